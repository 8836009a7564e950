// A benchmark runs each thing on a series of cases: `q1 | q2 | q3`, `Run 1 | Run 2 | Run 3`,
// counted from one (./numbered-series.ts reads such a side as the table's keys). Where every
// value of the grid is a number, the cases are what each thing is measured on, and the other
// side, whatever its labels look like (`duckdb`, `ripgrep`), holds the things measured: three
// of them at least, since two beside the cases may be two readings of each (`Expected |
// Actual`, before and after). Values that are not all numbers (a log's words, a decision
// matrix's options) say nothing. A hint, short of deciding a table alone.
import { sideLabels, type Side } from "./facts";
import type { AxisRule } from "./rule";
import { sideOfSeries } from "./numbered-series";

export const measuredCases: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.body.length < 2) return [];
	const series = (["rows", "columns"] as Side[]).filter((side) => sideOfSeries(sideLabels(group, side)));
	if (series.length !== 1) return [];
	let numbers = 0;
	for (const row of group.body) {
		for (const text of row) {
			const kind = note.readCell(text).kind;
			if (kind === "missing") continue;
			if (kind !== "number") return [];
			numbers++;
		}
	}
	if (numbers < 4) return [];
	const other: Side = series[0] === "rows" ? "columns" : "rows";
	// Two labels beside the cases may be two readings of each (expected and actual, before and after).
	if (sideLabels(group, other).filter((cell) => cell.text.trim() !== "").length < 3) return [];
	return [{ side: other, evidence: { rule: "measured-cases", score: 0.75, reason: "the other side is a numbered series of cases over a grid of numbers: these are what is measured" } }];
};
