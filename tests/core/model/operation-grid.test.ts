// Labels that cross every name with every operation, the operation being the
// last word or last few words of each label.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { operationGrid } from "../../../src/core/model/operation-grid";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);

describe("operationGrid", () => {
	it("cuts each label before its operation of one word, as before", () => {
		expect(operationGrid(["std decode", "easyjson decode", "std encode", "easyjson encode"])).toEqual(["std", "easyjson", "std", "easyjson"]);
	});

	it("cuts before an operation of a few words, or a hyphened one, at the place where both parts recur", () => {
		const timings = ["Rspack  startup time", "Vite  startup time", "Farm  startup time", "Vite  Root HMR time", "Rspack  Root HMR time", "Farm  Root HMR time"];
		expect(operationGrid(timings)).toEqual(["Rspack", "Vite", "Farm", "Vite", "Rspack", "Farm"]);
		expect(operationGrid(["./bench-bun.sh vm-fast", "./bench-node.sh vm-fast", "./bench-bun.sh eval-fast", "./bench-node.sh eval-fast"])).toEqual([
			"./bench-bun.sh",
			"./bench-node.sh",
			"./bench-bun.sh",
			"./bench-node.sh",
		]);
		expect(operationGrid(["React Native cold start", "Flutter cold start", "React Native warm start", "Flutter warm start"])).toEqual(["React Native", "Flutter", "React Native", "Flutter"]);
	});

	it("finds no grid in products, versions, or an operation that only one label has", () => {
		expect(operationGrid(["Google Drive", "Google Photos", "Amazon Drive", "Amazon Photos"])).toBeNull();
		expect(operationGrid(["Python 2", "Python 3", "Ruby 2", "Ruby 3"])).toBeNull();
		expect(operationGrid(["Vite startup time", "Farm startup time", "Vite build time", "Farm cold build"])).toBeNull();
		expect(operationGrid(["Vite startup time", "Farm startup time", "Webpack startup time"])).toBeNull();
	});
});

describe("a plotted benchmark naming each runtime with its case", () => {
	it("names each group's column by its case where no line above the group does", () => {
		const text = ["bun vm-fast    ████ 11.4", "node vm-fast   █████ 13.2", "", "Second run:", "bun eval-fast  ████ 11.9", "node eval-fast █████ 13.8"].join("\n");
		const model = note(["```", text, "```"].join("\n"));
		expect(model.charts[0]?.rowLabels).toEqual(["bun", "node"]);
		expect(model.charts[0]?.columnLabels).toEqual(["vm-fast", "Second run"]);
	});

	it("gives one toggle per runtime, not one per runtime and case", () => {
		const model = note(
			[
				"# Interpreter speed",
				"",
				"```text",
				"$ ruby plot.rb results-vm-fast.json",
				"         ┌                        ┐",
				"   bun vm-fast  ┤■■■■■■■■■■■ 11.4",
				"   node vm-fast ┤■■■■■■■■■■■■■ 13.2",
				"   jvm vm-fast  ┤■■■■ 3.6",
				"         └                        ┘",
				"$ ruby plot.rb results-eval-fast.json",
				"         ┌                        ┐",
				"   bun eval-fast  ┤■■■■■■■■■■■ 11.9",
				"   node eval-fast ┤■■■■■■■■■■■■■ 13.8",
				"   jvm eval-fast  ┤■■■ 2.6",
				"         └                        ┘",
				"```",
			].join("\n"),
		);
		// One row per runtime, its two cases side by side, each under the command that plotted it.
		expect(model.charts[0]?.rowLabels).toEqual(["bun", "node", "jvm"]);
		expect(model.charts[0]?.values).toEqual([[11.4, 11.9], [13.2, 13.8], [3.6, 2.6]]);
		expect(model.frameworks).toEqual(["bun", "node", "jvm"]);
	});
});
