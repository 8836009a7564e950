import * as fc from "fast-check";
import markdownIt from "markdown-it";
import type { Token } from "markdown-it";
import { describe, expect, it } from "vitest";
import { createMarkdownParser } from "../../../../src/core/markdown";
import { tableRowMeta } from "../../../../src/core/markdown/rules/table-cell-spans";
import { analyzeNote } from "../../../../src/core/model/build-note-model";
import type { RowSource } from "../../../../src/core/model/types";
import { NO_VAULT } from "../../../../src/core/vault/link-resolver";
import { GROWTH_BOUND, growth } from "../../../growth";

/** Each table's rows as the core says they are written: [line, cells as written]. */
function written(text: string): [number, string[]][][] {
	return analyzeNote({ path: "Note.md", text }, NO_VAULT).tables.map((table) => table.source.map((row) => [row.line, row.cells.map((cell) => cell.markdown)]));
}

/** Every span points at its own text in the note, counted on the note's lines as markdown-it counts them. */
function expectSpansInSource(text: string): RowSource[][] {
	const lines = text.split(/\r\n?|\n/);
	const tables = analyzeNote({ path: "Note.md", text }, NO_VAULT).tables.map((table) => table.source);
	for (const row of tables.flat()) {
		const line = lines[row.line - 1] ?? "";
		expect(line.slice(row.start, row.end)).toBe(line.slice(row.start, row.end).trim());
		for (const cell of row.cells) {
			expect(line.slice(cell.start, cell.end)).toBe(cell.markdown);
			expect(cell.start).toBeGreaterThanOrEqual(row.start);
			expect(cell.end).toBeLessThanOrEqual(row.end);
		}
	}
	return tables;
}

describe("table cell spans", () => {
	it("counts a lone carriage return earlier in the note as a line break, as markdown-it does", () => {
		const text = "# Frameworks\rWritten on an old Mac.\n\n| Framework | Speed |\n|---|---|\n| **JAX** | 390 |\n| PyTorch | 410 |\n";
		expect(written(text)).toEqual([
			[
				[4, ["Framework", "Speed"]],
				[6, ["**JAX**", "390"]],
				[7, ["PyTorch", "410"]],
			],
		]);
		expectSpansInSource(text);
	});

	it("reads a table that starts on a list item's marker line without taking the marker as a cell", () => {
		const text = "- | Framework | Speed |\n  | --- | --- |\n  | JAX | 390 |\n";
		expect(written(text)).toEqual([
			[
				[1, ["Framework", "Speed"]],
				[3, ["JAX", "390"]],
			],
		]);
		const [[header]] = expectSpansInSource(text) as [[RowSource]];
		expect(header).toMatchObject({ start: 2, end: 23, cells: [{ start: 4, end: 13 }, { start: 16, end: 21 }] });
	});

	it("splits at a pipe inside a code span, as markdown-it does, and keeps an escaped one", () => {
		const text = "| Framework | Left | Right |\n|---|---|---|\n| JAX | `a|b` |\n| PyTorch | `a\\|b` | c |\n";
		expect(written(text)).toEqual([
			[
				[1, ["Framework", "Left", "Right"]],
				[3, ["JAX", "`a", "b`"]],
				[4, ["PyTorch", "`a\\|b`", "c"]],
			],
		]);
		expectSpansInSource(text);
	});

	it("keeps escaped pipes as written, a backslashed backslash before a pipe included (markdown-it's escapedSplit)", () => {
		const text = "| Name | Link |\n|---|---|\n| SQLite | [[SQLite\\|embedded]] |\n| Odd | a \\\\| b |\n";
		expect(written(text)).toEqual([
			[
				[1, ["Name", "Link"]],
				[3, ["SQLite", "[[SQLite\\|embedded]]"]],
				[4, ["Odd", "a \\\\| b"]],
			],
		]);
		expectSpansInSource(text);
	});

	it("reads a table without leading or trailing pipes, padding short rows and cutting long ones", () => {
		const text = "Framework | Speed\n--- | ---\nJAX | 390 | extra\nPyTorch\n";
		expect(written(text)).toEqual([
			[
				[1, ["Framework", "Speed"]],
				[3, ["JAX", "390"]],
				[4, ["PyTorch", ""]],
			],
		]);
		const [rows] = expectSpansInSource(text) as [RowSource[]];
		// The missing cell is written nowhere: an empty span at the row's end.
		expect(rows[2]?.cells[1]).toEqual({ start: 7, end: 7, markdown: "" });
	});

	it("reads tables inside blockquotes and callouts, nested ones too, without the quote markers", () => {
		const text = [
			"> | Framework | Speed |",
			"> |---|---|",
			">| JAX | 390 |",
			"",
			"> [!note] Callout",
			"> > | Framework | Speed |",
			"> > |---|---|",
			"> > | PyTorch | 410 |",
		].join("\n");
		expect(written(text)).toEqual([
			[
				[1, ["Framework", "Speed"]],
				[3, ["JAX", "390"]],
			],
			[
				[6, ["Framework", "Speed"]],
				[8, ["PyTorch", "410"]],
			],
		]);
		expectSpansInSource(text);
	});

	it("reads an indented table, and one in a numbered list inside a quote", () => {
		const text = "   | Framework | Speed |\n   |---|---|\n   | JAX | 390 |\n\n> 1. | Framework | Speed |\n>    |---|---|\n>    | TensorFlow | 300 |\n";
		expect(written(text)).toEqual([
			[
				[1, ["Framework", "Speed"]],
				[3, ["JAX", "390"]],
			],
			[
				[5, ["Framework", "Speed"]],
				[7, ["TensorFlow", "300"]],
			],
		]);
		expectSpansInSource(text);
	});

	it("reads a CRLF note, frontmatter included, with the file's line numbers", () => {
		const text = "---\r\nframeworks: [JAX, PyTorch]\r\n---\r\n| Framework | Speed |\r\n|---|---|\r\n| JAX | 390 |\r\n";
		expect(written(text)).toEqual([
			[
				[4, ["Framework", "Speed"]],
				[6, ["JAX", "390"]],
			],
		]);
		expectSpansInSource(text);
	});
});

// --- agreement with markdown-it itself, on generated tables ---

const stock = markdownIt("default", { html: true });
const ours = createMarkdownParser();

/** The block structure markdown-it gives, without the inline children (ours add wikilinks there). */
const blocks = (tokens: Token[]) => tokens.map((token) => [token.type, token.tag, token.map, token.nesting, token.type === "inline" ? token.content : "", token.attrs]);

const cellText = fc.array(fc.constantFrom("a", "JAX", " ", "|", "\\", "\\|", "`", "``", "**", "[[x\\|y]]", "\t", "é", "\u00a0", "\u3000"), { maxLength: 6 }).map((parts) => parts.join(""));
const cells = fc.array(cellText, { minLength: 1, maxLength: 5 });
const row = (written: string[]) =>
	fc.record({ lead: fc.boolean(), trail: fc.boolean() }).map(({ lead, trail }) => `${lead ? "| " : ""}${written.join(" | ")}${trail ? " |" : ""}`);
const tableNote = fc
	.record({
		before: fc.constantFrom("", "Intro\r", "Intro\n\n", "text\r\n\r\n", "- item\n"),
		// The first line's container prefix and the one on the lines after it.
		container: fc.constantFrom<[string, string]>(["", ""], ["> ", "> "], [">", ">"], ["- ", "  "], ["1. ", "   "], ["   ", "   "], ["> - ", ">   "], [" \t", " \t"], ["", "> "]),
		// Mostly as many columns as the header was written with; a pipe inside a cell changes that, as it should.
		head: cells.chain((written) => fc.record({ header: row(written), width: fc.constantFrom(written.length, written.length, written.length + 1) })),
		align: fc.constantFrom("---", ":-", "-:", ":-:"),
		body: fc.array(cells.chain(row), { maxLength: 4 }),
		newline: fc.constantFrom("\n", "\r\n", "\r"),
	})
	.map(({ before, container: [first, next], head: { header, width }, align, body, newline }) => {
		const separator = `|${` ${align} |`.repeat(width)}`;
		return before + [first + header, ...[separator, ...body].map((line) => next + line)].join(newline);
	});

describe("table cell spans agree with markdown-it", () => {
	it("leaves markdown-it's tokens as they are, and each cell's text is its span with \\| unescaped", () => {
		fc.assert(
			fc.property(fc.oneof({ arbitrary: tableNote, weight: 4 }, { arbitrary: fc.string({ maxLength: 80 }), weight: 1 }), (text) => {
				const tokens = ours.parse(text, {});
				expect(blocks(tokens)).toEqual(blocks(stock.parse(text, {})));
				const lines = text.split(/\r\n?|\n/);
				let row: { line: string; cells: string[] } | null = null;
				let cell = 0;
				for (const token of tokens) {
					const meta = tableRowMeta(token);
					if (meta) {
						row = { line: lines[token.map?.[0] ?? -1] ?? "", cells: meta.cells.map((c) => c.markdown) };
						cell = 0;
						meta.cells.forEach((c) => expect(row?.line.slice(c.start, c.end)).toBe(c.markdown));
					} else if (token.type === "tr_open") throw new Error("a row without spans");
					if (row && token.type === "inline") {
						// markdown-it drops the backslash of each escaped pipe and trims the cell.
						expect(row.cells[cell++]?.replace(/\\\|/g, "|")).toBe(token.content);
					}
					if (token.type === "tr_close") {
						expect(cell).toBe(row?.cells.length);
						row = null;
					}
				}
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("table cell spans stay linear", () => {
	// The spans' cost against markdown-it's own is a benchmark's figure (`npm run bench`: the note model on a
	// table of 10,000 rows against a bare parse); here only its growth, which noise cannot fake: ten times the
	// rows, pipes or columns must cost about ten times the time, never a hundred.
	const columns = (run: string) => `${run}|\n${run.replaceAll("| a ", "|-")}|\n| x |\n`;
	it.each([
		["rows", (run: string) => `| A | B | C |\n|---|---|---|\n${run}`, "| `x|y` | a \\| b | c |\n", 300],
		["pipes, backslashes and backticks in one row", (run: string) => `| A |\n|---|\n| ${run}|\n`, "\\|\\\\| `|` ", 5_000],
		// 500 columns and 5,000: from 1,000 to 10,000, markdown-it alone grows 15 to 28 times on this machine
		// (its arrays of ten thousand cells), too near the bound to tell the spans' growth from its own.
		["columns", columns, "| a ", 500],
	])("ten times the %s within the linear bound", (_, build, piece, count) => {
		const { ratio, small, large } = growth((text) => ours.parse(text, {}), build, piece, count);
		expect(ratio, `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBeLessThanOrEqual(GROWTH_BOUND);
	});
});
