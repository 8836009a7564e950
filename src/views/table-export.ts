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

function escapeCsvCell(cell: string): string {
	// RFC 4180; a leading = + - @ is prefixed so spreadsheets do not run it as a formula.
	const plainNumber = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/.test(cell);
	const safe = /^[=+\-@\t\r]/.test(cell) && !plainNumber ? `'${cell}` : cell;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(grid: Grid): string {
	return grid.map((row) => row.map(escapeCsvCell).join(",")).join("\r\n") + "\r\n";
}
