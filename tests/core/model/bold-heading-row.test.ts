// A row of headings written in bold near the top of a table heads the rows below it:
// Markdown gives a table one header row, and bold is how a heading is written elsewhere.
// Made-up notes written for the rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const analysis = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a bold row of headings under a row about the whole table", () => {
	const runs = lines(
		"# Image compressors",
		"",
		"I ran [[oxipng]], [[pngquant]] and [[zopflipng]] on two photos.",
		"",
		"| Photo | Original | Pixels |",
		"|---|--:|--:|",
		"| beach.png | 2.4 MB | 12 MP |",
		"| **Tool** | **Output** | **Time** |",
		"| oxipng | 1.9 MB | 3.1 s |",
		"| pngquant | 0.8 MB | 0.4 s |",
		"| zopflipng | 1.8 MB | 41 s |",
		"",
		"| Photo | Original | Pixels |",
		"|---|--:|--:|",
		"| forest.png | 5.1 MB | 24 MP |",
		"| **Tool** | **Output** | **Time** |",
		"| oxipng | 4.2 MB | 6.8 s |",
		"| pngquant | 1.6 MB | 0.9 s |",
		"| zopflipng | 4.0 MB | 95 s |",
	);

	it("reads the tools under the bold row as the things compared, and not the photo above it", () => {
		const model = note(runs);
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["rows", "rows"]);
		expect(model.frameworks).toEqual(["oxipng", "pngquant", "zopflipng"]);
	});

	it("keeps the table as written, with the two rows above the tools pinned and belonging to no framework", () => {
		const read = analysis(runs);
		expect(read.note.tables[0]?.header).toEqual(["Photo", "Original", "Pixels"]);
		expect(read.tables[0]?.headingRows).toBe(2);
		expect(read.tables[0]?.frameworkOf).toEqual([null, null, "oxipng", "pngquant", "zopflipng"]);
	});
});

describe("bold rows that head nothing", () => {
	it("leaves a benchmark's winner, bold with its values, among the records", () => {
		// Titled as a real note is: a table of records alone, in a note that names no kind, is read as a log (rows-kind).
		const servers = lines(
			"# Node web frameworks",
			"",
			"| Framework | Version | Requests/s |",
			"|---|---|--:|",
			"| **Fastify** | **4.0.0** | **77,193** |",
			"| Koa | 2.13.4 | 54,272 |",
			"| Express | 4.18.1 | 14,200 |",
		);
		expect(analysis(servers).tables[0]?.headingRows).toBe(0);
		expect(note(servers).frameworks).toContain("Fastify");
	});

	it("leaves a stressed record of words over records of words as written", () => {
		const apps = lines(
			"# Where my notes live",
			"",
			"| App | Storage | Sync |",
			"|---|---|---|",
			"| Obsidian | local files | paid add-on |",
			"| **Logseq** | **local files** | **git** |",
			"| Notion | cloud | built in |",
			"| Bear | iCloud | built in |",
		);
		expect(analysis(apps).tables[0]?.headingRows).toBe(0);
	});

	it("reads a feature matrix cut into bold sections as before: a section is no header", () => {
		const editors = lines(
			"| Feature | VS Code | Zed | Helix |",
			"|---|---|---|---|",
			"| **Editing** | | | |",
			"| Multi-cursor | ✅ | ✅ | ✅ |",
			"| Vim mode | plugin | built in | built in |",
			"| **Extensions** | | | |",
			"| Marketplace | ✅ | ⚠️ | ❌ |",
		);
		expect(analysis(editors).tables[0]?.headingRows).toBe(0);
		expect(note(editors).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("leaves a bold row deep in a log alone: only a row near the top heads the table", () => {
		const log = lines(
			"| Week | Distance | Runs |",
			"|---|--:|--:|",
			"| 1 | 12 km | 3 |",
			"| 2 | 15 km | 3 |",
			"| 3 | 9 km | 2 |",
			"| **Total** | **Distance** | **Runs** |",
			"| 1-3 | 36 km | 8 |",
			"| 4 | 18 km | 4 |",
		);
		expect(analysis(log).tables[0]?.headingRows).toBe(0);
	});
});
