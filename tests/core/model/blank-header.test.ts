// A header row of blank cells names nothing: the first row under it, words all across, is
// where the table's headings are. Made-up notes written for the rule, read through the whole
// note model as the plugin and the command line read them.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a blank header row over a row of headings", () => {
	const approaches = lines(
		"# Planning a project",
		"",
		"Waterfall plans once, and Waterfall ships once. Scrum plans every sprint; Scrum ships every sprint. Kanban never plans a batch, and Kanban ships as work is done.",
		"",
		"|  |  |  |  |",
		"| --- | --- | --- | --- |",
		"| Method | Planning | Releases a year | Goal |",
		"| Waterfall | Once, up front | 1 | Cost control |",
		"| Scrum | Every sprint | 26 | Early feedback |",
		"| Kanban | Continuous | 52 | Flow |",
	);

	it("reads the first row as the header: the methods down the rows are compared", () => {
		const model = note(approaches);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Waterfall", "Scrum", "Kanban"]);
	});

	it("keeps the table as written, and the heading row belongs to no framework", () => {
		const analysis = analyzeNote({ path: "note.md", text: approaches }, NO_VAULT);
		expect(analysis.note.tables[0]?.header).toEqual(["", "", "", ""]);
		expect(analysis.note.tables[0]?.rows[0]).toEqual(["Method", "Planning", "Releases a year", "Goal"]);
		expect(analysis.tables[0]?.frameworkOf).toEqual([null, "Waterfall", "Scrum", "Kanban"]);
	});

	// The review of issue 12's rules: a first row of words over rows of words may be the first
	// record, and reading it as headings took that row's thing out of the comparison.
	it("leaves a first row of words over rows of words as written: it may be the first record", () => {
		const tools = lines(
			"I tried Hugo first, then Jekyll, then Eleventy. Hugo won on speed; Jekyll on GitHub Pages; Eleventy on templates.",
			"",
			"| | | |",
			"|---|---|---|",
			"| Hugo | very fast | Go templates |",
			"| Jekyll | built by GitHub Pages | slow on big sites |",
			"| Eleventy | flexible | fewer themes |",
		);
		const model = buildNoteModel({ path: "note.md", text: tools }, NO_VAULT);
		expect(model.frameworks).not.toEqual(["Jekyll", "Eleventy"]);
		expect(analyzeNote({ path: "note.md", text: tools }, NO_VAULT).tables[0]?.headingRows).toBe(0);
	});

	it("reads a first row of links over rows of plain words as the headings", () => {
		const apps = lines("| | | |", "|---|---|---|", "| [[Obsidian]] | [[Logseq]] | [[Notion]] |", "| local | local | cloud |", "| Markdown | Markdown | blocks |", "| free | free | freemium |");
		expect(note(apps).frameworks).toEqual(["Obsidian", "Logseq", "Notion"]);
	});

	it("does not take a first row of values for headings", () => {
		const values = lines("|  |  |  |", "| --- | --- | --- |", "| Offline | ✅ | ❌ |", "| Sync | ✅ | ✅ |", "| Price | 0 | 8 |");
		expect(note(values).tables[0]?.frameworkAxis).toBe("none");
	});

	it("leaves a header with only an empty corner as it was: the names across it stay compared", () => {
		const matrix = lines("| | Helix | Kakoune | Neovim |", "| --- | --- | --- | --- |", "| LSP built in | ✅ | ❌ | ✅ |", "| Plugins | ❌ | ✅ | ✅ |", "| Startup | 20 ms | 15 ms | 40 ms |");
		const model = note(matrix);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Helix", "Kakoune", "Neovim"]);
	});

	it("leaves a benchmark with a blank header and its rows of figures alone", () => {
		const bench = lines("|  |  |  |", "| --- | --- | --- |", "| esbuild | 0.39 s | 1x |", "| rollup | 32.1 s | 82x |", "| webpack | 41.5 s | 106x |");
		const model = note(bench);
		expect(model.tables[0]?.rows[0]).toEqual(["esbuild", "0.39 s", "1x"]);
		expect(model.tables[0]?.frameworkAxis).not.toBe("columns");
		expect(model.frameworks).not.toContain("0.39 s");
		expect(model.frameworks).not.toContain("1x");
	});
});
