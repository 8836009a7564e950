// A support list (where a library runs, each place with its lowest working version)
// compares nothing. Made-up notes written for the rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const axisRules = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => [...group.rows.evidence, ...group.columns.evidence].map((e) => e.rule));

describe("a support list compares nothing", () => {
	it("leaves the tools a library works with alone: one answer for all, a version floor each", () => {
		const tools = lines(
			"# tiny-colors",
			"",
			"## Compatibility",
			"",
			"| Tool | Version | Compatibility | Supports |",
			"| --- | --- | --- | --- |",
			"| **Node.js** | **v14+** | ✅ Full support | CJS, ESM |",
			"| **Deno** | **v2.0+** | ✅ Full support | CJS, ESM |",
			"| **esbuild** | **v0.8+** | ✅ Full support | CJS, ESM |",
			"| **swc** | **v1.2+** | ✅ Full support | CJS, ESM, FAUX |",
			"| **Vite** | **v2.5+** | ✅ Full support | ESM |",
			"| **Webpack** | **v5.0+** | ✅ Full support | CJS, ESM |",
		);
		expect(note(tools).tables[0]?.frameworkAxis).toBe("none");
		expect(axisRules(tools)).toContain("support-list");
	});

	it("leaves browsers alone that all show the same thing from some version on", () => {
		const browsers = lines(
			"| Browser | Version | Colors Supported |",
			"| --- | --- | --- |",
			"| Chrome | 60+ | TrueColor |",
			"| Firefox | >= 55 | TrueColor |",
			"| Safari | 11+ | TrueColor |",
			"| Edge | 79+ | TrueColor |",
		);
		expect(note(browsers).tables[0]?.frameworkAxis).toBe("none");
	});
});

describe("what is no support list", () => {
	it("keeps a comparison that gives each thing's requirement among attributes that tell them apart", () => {
		const clients = lines(
			"# HTTP clients",
			"",
			"| Library | Node | Size | Stars |",
			"| --- | --- | --- | --- |",
			"| got | 18+ | 200 kB | 14k |",
			"| ky | 18+ | 13 kB | 12k |",
			"| axios | 12+ | 400 kB | 104k |",
			"| undici | 18+ | 1.2 MB | 6k |",
		);
		expect(axisRules(clients)).not.toContain("support-list");
		expect(note(clients).tables[0]?.frameworkAxis).toBe("rows");
	});

	it("keeps a comparison whose things each need a version of one platform, however alike the rest", () => {
		// The floors are all Node's, so they repeat: each thing's requirement, not each place's own numbering.
		const clients = lines(
			"# HTTP clients for Node",
			"",
			"| Library | Node | License |",
			"| --- | --- | --- |",
			"| got | 18+ | MIT |",
			"| axios | 14+ | MIT |",
			"| ky | 18+ | MIT |",
			"| undici | 18+ | MIT |",
		);
		expect(axisRules(clients)).not.toContain("support-list");
		expect(note(clients).frameworks).toEqual(["got", "axios", "ky", "undici"]);
	});

	it("says nothing of version floors beside no shared answer, nor of a shared answer without floors", () => {
		const floorsOnly = lines("| Runtime | Since | Notes |", "| --- | --- | --- |", "| Node.js | 14+ | fast |", "| Deno | 2.0+ | secure |", "| Bun | 1.0+ | new |");
		expect(axisRules(floorsOnly)).not.toContain("support-list");
		const sameOnly = lines("| Editor | License | Price |", "| --- | --- | --- |", "| Vim | open | 0 |", "| Emacs | open | 0 |", "| Helix | open | 0 |");
		expect(axisRules(sameOnly)).not.toContain("support-list");
	});
});
