import { type CellFacts, type Side } from "./facts";
import type { AxisRule } from "./rule";
import { headOf, undecorated } from "./names";
import { wordCount } from "./words";
import { sideOfSeries } from "./numbered-series";

function meanWords(cells: readonly CellFacts[]): number | null {
	// Counted without qualifiers: "Blink-basiert (Chromium, Chrome, Opera)" is one name.
	const counts = cells.filter((cell) => cell.text.trim() !== "").map((cell) => wordCount(headOf(undecorated(cell.text))));
	return counts.length === 0 ? null : counts.reduce((a, b) => a + b, 0) / counts.length;
}

/** Names are a word or two; the other side's labels ("Learning curve", "Max DB size") run longer. */
export const labelLength: AxisRule = (group) => {
	// "test 1", "Q2": keys of a numbered series are as long as their stem, which says nothing of names (./numbered-series).
	if (sideOfSeries(group.rowLabels) || sideOfSeries(group.columnLabels)) return [];
	const rows = meanWords(group.rowLabels);
	const columns = meanWords(group.columnLabels);
	if (rows === null || columns === null) return [];
	const [shorter, longer, side]: [number, number, Side] = rows < columns ? [rows, columns, "rows"] : [columns, rows, "columns"];
	if (shorter < 0.5 || shorter > 2 || longer < shorter * 1.5) return [];
	const reason = `labels of ${shorter.toFixed(1)} words against ${longer.toFixed(1)} on the other side`;
	// Twice as long or more is a plainer contrast (names against descriptions); still only a hint.
	const score = longer >= shorter * 2 ? 0.75 : 0.5;
	return [{ side, evidence: { rule: "label-length", score, reason } }];
};
