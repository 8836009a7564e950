// "Convert table to chart": a pipe table's numeric columns written as a
// `comparison-chart` fence, a box drawn with line-drawing characters that
// the chart reader (box-chart.ts) reads back as the same labels and numbers.
import { classifyBoxLine } from "./box-lines";
import { readCell } from "./cell-value";

export interface ChartSourceTable {
	header: readonly string[];
	/** Cell text with markup removed, as the note model gives it. */
	rows: readonly (readonly string[])[];
}

/** What the chart reader takes for a number; N/A, dashes and blanks are gaps. */
function cellKind(text: string): "number" | "missing" | "other" {
	const value = readCell(text);
	if (value.kind === "number" || value.kind === "percent") return "number";
	return value.kind === "missing" ? "missing" : "other";
}

/**
 * The columns a chart can draw: every cell a number or a gap, and at least
 * one number. The label column is never one of them.
 */
export function numericColumns(table: ChartSourceTable, labelColumn = 0): number[] {
	const columns: number[] = [];
	for (let c = 0; c < table.header.length; c++) {
		if (c === labelColumn) continue;
		const kinds = table.rows.map((row) => cellKind(row[c] ?? ""));
		if (kinds.includes("number") && !kinds.includes("other")) columns.push(c);
	}
	return columns;
}

/** A cell on one line with no bar that would split it: the reader splits cells on every vertical bar. */
function boxCell(text: string): string {
	return text.replace(/\s+/g, " ").replace(/[|│┃║╎╏┆┇┊┋]/g, "/").trim();
}

/** The text of a `comparison-chart` fence: a title line if given, then the box. Null when no column holds numbers. */
export function tableChartSource(table: ChartSourceTable, options: { title?: string | null; labelColumn?: number } = {}): string | null {
	const labelColumn = options.labelColumn ?? 0;
	const columns = numericColumns(table, labelColumn);
	if (columns.length === 0 || table.rows.length === 0) return null;
	const pick = (cells: readonly string[]) => [cells[labelColumn] ?? "", ...columns.map((c) => cells[c] ?? "")];
	const header = pick(table.header).map(boxCell);
	const rows = table.rows.map((row) => pick(row).map((cell, i) => (i > 0 && cellKind(cell) === "missing" ? "N/A" : boxCell(cell))));
	const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
	const line = (left: string, middle: string, right: string) => left + widths.map((width) => "─".repeat(width + 2)).join(middle) + right;
	const row = (cells: string[]) => "│" + cells.map((cell, i) => ` ${cell.padEnd(widths[i] ?? 0)} `).join("│") + "│";
	// The rule under the header row tells the reader it is a header, even of years ("2023 │ 2024").
	const lines = [line("┌", "┬", "┐"), row(header), line("├", "┼", "┤"), ...rows.map(row), line("└", "┴", "┘")];
	// A title the reader would take for part of the box is left out.
	const title = boxCell(options.title ?? "");
	if (title !== "" && classifyBoxLine(title).kind === "text") lines.unshift(title);
	return lines.join("\n");
}

/** The whole fence, its backtick fence longer than any run of backticks in the text. */
export function chartFence(source: string): string {
	let longest = 0;
	for (const run of source.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
	const fence = "`".repeat(Math.max(3, longest + 1));
	return `${fence}comparison-chart\n${source}\n${fence}`;
}
