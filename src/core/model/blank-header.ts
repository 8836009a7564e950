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
 * version or a date) above two rows or more, and something sets it apart from the rows
 * below: its first cell is empty, the corner over row headings (`| | Netlify | Vercel |`),
 * or the rows below hold values where it holds words (a header of words over figures and
 * marks), or its cells are links where theirs are plain words (`| [[Obsidian]] | [[Logseq]] |`). A first row of words over rows of words (`| Hugo | very fast | Go templates |` over
 * `| Jekyll | built by GitHub Pages | slow |`) may as well be the first record, and reading it
 * as headings would take that row's thing out of the comparison, so the table is left as
 * written. Else 0.
 */
export function headingRows(header: readonly CellFacts[], rows: readonly (readonly CellFacts[])[], read: (text: string) => CellValue): number {
	if (rows.length < 3 || !header.every((cell) => cell.text.trim() === "")) return 0;
	const first = rows[0] as readonly CellFacts[];
	const headings = first.slice(1);
	if (headings.length === 0) return 0;
	const corner = first[0] === undefined ? "missing" : read(first[0].text).kind;
	if (!headings.every((cell) => read(cell.text).kind === "text") || (corner !== "text" && corner !== "missing")) return 0;
	if (corner === "missing") return 1;
	const body = rows.slice(1).map((row) => row.slice(1));
	// A header of words over values, or of links over plain words: the first row is of another kind.
	const values = body.some((row) => row.some((cell) => !["text", "missing"].includes(read(cell.text).kind)));
	const links = headings.every((cell) => cell.linked) && !body.some((row) => row.some((cell) => cell.linked));
	return values || links ? 1 : 0;
}
