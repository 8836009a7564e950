// Markdown gives a table one header row. A writer who needs headings somewhere else writes a
// row of them in bold: under a blank header (`| | | |` over `| **App** | **Storage** | **Price** |`),
// or under a first row that says what the whole table is about (a benchmark's workload and its
// size, then `| __Minifier__ | __Minified size__ | __Time__ |` over one row per minifier). A row
// whose every filled cell is a word in bold, none a value, heads the rows below it: detection
// reads the table from that row on, the rows above it belong to no framework, and the table
// itself, as the note writes it, is unchanged. A bold row of values (a benchmark's winner,
// `| **Fastify** | **4.0.0** | **77,193** |`) is a record, and a bold label beside empty cells
// (`| **Editing** | | |`) a section of the rows; neither heads anything. General, whatever the
// note compares or its language: bold is how a heading is written where a heading cannot be.
import type { CellValue } from "./cell-value";
import { valueText } from "./cell-facts";
import type { CellFacts } from "./evidence/facts";

/** How far down a bold row may head the table: under the header, or under one row about the whole table. */
const LAST_HEADING_ROW = 1;

/**
 * How many of `rows` (the table's body, as written) head the table: the rows down to and
 * including the first row, among the first two, whose filled cells (two at least) are all
 * words in bold, when two rows or more lie below it and they hold values (a number, a mark,
 * a date) in a column where it holds a word: headings over figures. A bold row over rows of
 * words alone may be a record the writer stressed (`| **Obsidian** | **local** | **free** |`),
 * so it is left as written. Else 0.
 */
export function boldHeadingRows(rows: readonly (readonly CellFacts[])[], read: (text: string) => CellValue): number {
	for (let index = 0; index <= LAST_HEADING_ROW && index < rows.length; index++) {
		const row = rows[index] as readonly CellFacts[];
		if (!isBoldHeadings(row, read)) continue;
		const below = rows.slice(index + 1);
		const overValues = row.some((cell, column) => cell.text.trim() !== "" && below.some((other) => isValue(other[column], read)));
		return below.length >= 2 && overValues ? index + 1 : 0;
	}
	return 0;
}

function isValue(cell: CellFacts | undefined, read: (text: string) => CellValue): boolean {
	if (cell === undefined) return false;
	const kind = read(valueText(cell)).kind;
	return kind !== "text" && kind !== "missing";
}

function isBoldHeadings(row: readonly CellFacts[], read: (text: string) => CellValue): boolean {
	const filled = row.filter((cell) => cell.text.trim() !== "");
	return filled.length >= 2 && filled.every((cell) => cell.bold === true && read(cell.text).kind === "text");
}
