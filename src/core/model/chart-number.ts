// Cell values of text charts, from the one cell reader (`readCell`) that
// tables sort by too: numbers and percentages are numbers ("1,250", "12.5 ms",
// "12m" is 12 million, "85%" is 85); N/A, dashes, "none", "TBD" and blanks are
// a known gap; everything else (checks, ratings, versions, words) is text.
import { readCell } from "./cell-value";

export type ChartCell = { kind: "number"; value: number } | { kind: "missing" } | { kind: "text" };

export function parseChartCell(text: string): ChartCell {
	const cell = readCell(text);
	if (cell.kind === "number" || cell.kind === "percent") return { kind: "number", value: cell.value };
	if (cell.kind === "missing") return { kind: "missing" };
	return { kind: "text" };
}
