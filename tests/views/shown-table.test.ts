// @vitest-environment happy-dom
// The copy commands' two readings of "the table as shown": the interactive
// table's own (drawn, in the reading view) and the model's (the editor, where
// nothing is drawn) agree, whatever the reader hid, sorted or transposed; and
// which table is "current" in the reading view.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { analyzeNote } from "../../src/core/model/build-note-model";
import { tableKey } from "../../src/core/model/table-key";
import { NO_VAULT } from "../../src/core/vault/link-resolver";
import { type ComparisonTableInput, enhanceComparisonTable, shownGridOf } from "../../src/views/comparison-table";
import { NoteViewState } from "../../src/views/note-view-state";
import { currentTableIndex, shownTableGrid } from "../../src/views/shown-table";
import { noteFrameworksWord } from "../../src/views/table-corner";
import { fakeMenuHost } from "./fake-menu-host";

const md = new MarkdownIt({ html: true });
const SEED = readFileSync(join(import.meta.dirname, "../../example-vault/JAX vs. Other ML Frameworks.md"), "utf8");

function drawSeed() {
	const analysis = analyzeNote({ path: "Seed.md", text: SEED }, NO_VAULT);
	const { note } = analysis;
	document.body.replaceChildren(...Array.from(new DOMParser().parseFromString(md.render(SEED.replace(/^---[\s\S]*?---\n/, "")), "text/html").body.childNodes));
	const rendered = Array.from(document.querySelectorAll("table"));
	const state = new NoteViewState(note.frameworks, undefined);
	const word = noteFrameworksWord(note.tables.map((table, i) => ({ ...table, nameColumn: analysis.tables[i]?.nameColumn ?? 0 })));
	const inputs: ComparisonTableInput[] = note.tables.map((table, index) => {
		const layout = analysis.tables[index];
		return {
			key: tableKey(note.tables, index),
			model: table,
			source: layout.source.map((row) => row.cells.map((cell) => cell.markdown)),
			frameworkOf: layout.frameworkOf,
			nameColumn: layout.nameColumn,
			frameworksWord: word,
		};
	});
	inputs.forEach((input, i) => enhanceComparisonTable(rendered[i], input, state, { ...fakeMenuHost, linkFor: () => null, copyText: () => undefined }));
	const containers = Array.from(document.querySelectorAll(".framework-compare-table"));
	return { state, inputs, containers };
}

describe("shownTableGrid", () => {
	it("gives what the drawn table's Copy gives, after hiding, sorting, hiding a column and transposing", () => {
		const { state, inputs, containers } = drawSeed();
		expect(containers).toHaveLength(2);
		const [philosophy, ecosystem] = [inputs[0], inputs[1]];
		const agree = () => {
			for (const [input, container] of [
				[philosophy, containers[0]],
				[ecosystem, containers[1]],
			] as const) {
				for (const markdown of [true, false]) expect(shownTableGrid(input, state, markdown)).toEqual(shownGridOf(container, markdown));
			}
		};
		agree();
		state.setHidden("PyTorch", true);
		agree();
		expect(shownTableGrid(ecosystem, state, true).map((row) => row[0])).toEqual(["Framework", "**JAX**", "**TensorFlow**"]);
		state.updateTable(ecosystem.key, { sort: { column: 1, direction: "descending" }, hiddenColumns: ["High-level APIs"] });
		agree();
		expect(shownTableGrid(ecosystem, state, false)).toEqual([
			["Framework", "Primary Research Org", "Production Deployment"],
			["JAX", "Google Research", "Limited but improving"],
			["TensorFlow", "Google AI", "TF Serving, TF Lite, TFX"],
		]);
		state.updateTable(philosophy.key, { transposed: true });
		agree();
		expect(shownTableGrid(philosophy, state, false)[0]).toEqual(["Feature", "JAX", "TensorFlow"]);
	});

	it("copies a table that compares nothing as written", () => {
		const { state, inputs } = drawSeed();
		const useCases = inputs[2];
		expect(useCases.model.frameworkAxis).toBe("none");
		state.setHidden("JAX", true);
		const grid = shownTableGrid(useCases, state, true);
		expect(grid).toHaveLength(useCases.model.rows.length + 1);
		expect(grid[1]).toEqual(["ML Research", "JAX or PyTorch", "Flexibility and iteration speed"]);
	});
});

describe("currentTableIndex", () => {
	const view = { top: 0, bottom: 800 };
	const table = (top: number, extra: { focused?: boolean; lastUsed?: boolean } = {}) => ({ focused: false, lastUsed: false, top, bottom: top + 300, ...extra });

	it("takes the focused table first, then the one last used while in view, then the first in view", () => {
		expect(currentTableIndex([table(-900), table(100), table(500, { focused: true })], view)).toBe(2);
		expect(currentTableIndex([table(-900), table(100), table(500, { lastUsed: true })], view)).toBe(2);
		expect(currentTableIndex([table(-900), table(100), table(500)], view)).toBe(1);
		// Last used but scrolled away: the one in view wins.
		expect(currentTableIndex([table(-900, { lastUsed: true }), table(100)], view)).toBe(1);
	});

	it("falls back to the one last used when none is in view, and to none", () => {
		expect(currentTableIndex([table(-900, { lastUsed: true }), table(2000)], view)).toBe(0);
		expect(currentTableIndex([table(-900), table(2000)], view)).toBe(-1);
		expect(currentTableIndex([], view)).toBe(-1);
	});
});
