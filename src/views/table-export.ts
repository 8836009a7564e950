// The table as currently shown, as Markdown or CSV text for the clipboard.
export type Grid = string[][]; // first row is the header

function escapeMarkdownCell(cell: string): string {
	// Cells hold Markdown source already; only line breaks and bare pipes would break the row.
	return cell.replace(/\r?\n/g, "<br>").replace(/(?<!\\)\|/g, "\\|").trim();
}

export function toMarkdown(grid: Grid): string {
	const [header, ...rows] = grid;
	if (!header) return "";
	const line = (cells: string[]) => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
	return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n") + "\n";
}

/**
 * What a spreadsheet may read as the start of a formula: = + - @ (also in their
 * full-width forms, which some spreadsheets and input methods fold), a tab or a
 * carriage return, after any spaces and invisible marks a spreadsheet skips.
 */
// The combining grapheme joiner (U+034F) stands alone: inside a class the lint reads it as joined to its neighbour.
const FORMULA_START = /^(?:[\s\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\u034F)*[=+\-@\uFF1D\uFF0B\uFF0D\uFE62\uFE63\uFE66\uFE6B\uFF20\t\r]/;

function escapeCsvCell(cell: string): string {
	// RFC 4180; a formula-like cell is prefixed with a quote so spreadsheets show it as text.
	const plainNumber = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/.test(cell);
	const safe = FORMULA_START.test(cell) && !plainNumber ? `'${cell}` : cell;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(grid: Grid): string {
	return grid.map((row) => row.map(escapeCsvCell).join(",")).join("\r\n") + "\r\n";
}
