// A benchmark runs its things on numbered cases: `q1 | q2 | q3` down the rows under `duckdb |
// sqlite` across, `Run 1 | Run 2 | Run 3` across over tools down. A numbered series of one stem
// counted from one is such keys (./numbered-series.ts), and where every value of the table is a
// number, the values are one measure taken on each case: the other side is what was measured.
// A decision matrix's `Option 1 | Option 2` has values of several kinds along its rows and is
// left alone. A log kept by the week (`Week 1 | Week 2` over `Squat`, `Bench` in kilograms) has
// the benchmark's shape too; its entries have no evidence of their own, so the other side counts
// only where one of its labels does (a product's spelling, a link, a mention, a lower-case name
// under a capitalised header: ./rows-kind.ts). Read from the table's shape, in any language.
// A measure taken on cases differs from case to case; a line that keeps one value through three
// quarters of the series at least (a fee paid each quarter, `32.97 | 32.97 | 32.97` under
// `Q1 | Q2 | Q3`) is an amount recorded per period, so where most lines do, the series is periods of a record kept by time,
// not cases a benchmark ran, and this rule says nothing.
import type { NoteContext } from "./context";
import { type GroupFacts, type Side, sideLabels } from "./facts";
import { sideOfSeries } from "./numbered-series";
import { labelsSpeakForThemselves } from "./rows-kind";
import type { AxisRule } from "./rule";

/** Every filled value cell reads as a number, and there are two at least. */
function allNumbers(group: GroupFacts, note: NoteContext): boolean {
	let numbers = 0;
	for (const row of group.body) {
		for (const text of row) {
			const value = note.readCell(text);
			if (value.kind === "missing") continue;
			if (value.kind !== "number") return false;
			numbers++;
		}
	}
	return numbers >= 2;
}

/** Whether most lines along the series (each row when the series runs across) keep one value for three quarters of it at least. */
function recurring(group: GroupFacts, keys: Side, note: NoteContext): boolean {
	const lines = keys === "columns" ? group.body : (group.body[0] ?? []).map((_, c) => group.body.map((row) => row[c] ?? ""));
	let kept = 0;
	for (const line of lines) {
		const counts = new Map<number, number>();
		let values = 0;
		for (const text of line) {
			const value = note.readCell(text);
			if (value.kind !== "number") continue;
			values++;
			counts.set(value.value, (counts.get(value.value) ?? 0) + 1);
		}
		let most = 0;
		for (const n of counts.values()) most = Math.max(most, n);
		if (values >= 3 && most * 4 >= values * 3) kept++;
	}
	return kept * 2 > lines.length;
}

export const casesMeasured: AxisRule = (group, note, index) => {
	if (group.kind !== "table") return [];
	for (const [keys, other] of [["rows", "columns"], ["columns", "rows"]] as [Side, Side][]) {
		if (!sideOfSeries(sideLabels(group, keys)) || sideOfSeries(sideLabels(group, other))) continue;
		if (!allNumbers(group, note) || recurring(group, keys, note) || !labelsSpeakForThemselves(group, other, note, index)) return [];
		return [{ side: other, evidence: { rule: "cases-measured", score: 1, reason: `numbered cases ${keys === "rows" ? "down the rows" : "across"} over numbers only: the other side is what was measured` } }];
	}
	return [];
};
