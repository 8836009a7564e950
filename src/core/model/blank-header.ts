// A header row of blank cells names nothing. Markdown asks every table for a header row,
// so a table written without headings gets an empty one (`| | | |`), and its first row,
// words all across (`| Approach | Delivery | Goal |`), is where its headings really are.
// Detection reads such a table with that row as its header; the table itself, as the
// note writes it, is unchanged. General, whatever the note compares or its language.
import type { CellFacts } from "./evidence/facts";
import type { CellValue } from "./cell-value";

/**
 * How many of `rows` head the table: 1 when every header cell is blank and the first row
 * reads as headings (every cell after the first filled, none a value: a number, a mark, a
 * version or a date) above two rows or more; else 0.
 */
export function headingRows(header: readonly CellFacts[], rows: readonly (readonly CellFacts[])[], read: (text: string) => CellValue): number {
	if (rows.length < 3 || !header.every((cell) => cell.text.trim() === "")) return 0;
	const first = rows[0] as readonly CellFacts[];
	const headings = first.slice(1);
	if (headings.length === 0) return 0;
	return headings.every((cell) => read(cell.text).kind === "text") && (first[0] === undefined || ["text", "missing"].includes(read(first[0].text).kind)) ? 1 : 0;
}
