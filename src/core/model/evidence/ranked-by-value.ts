// A benchmark's result is a ranking: `Language | Runtime` over C++ 2.251, Rust 3.220, Java 3.552 …
// Ruby 102.693, the rows put in order by the one thing measured of each. A list of expenses,
// ingredients or hours is kept in the order it was written (Rent, Food, Transport; Flour, Eggs,
// Milk), and its numbers run up and down. So where a column of numbers of one unit climbs or falls
// all the way down four rows or more, and the rows are told apart by labels of their own (not
// numbers, dates, versions or one stem counted, which a log or a series is sorted by), the rows
// are things put in order by that measure. Four rows in an order that happens to run one way are
// one chance in twelve; five, one in sixty. Read from the values alone, in any language. A chart's
// bars so ordered are a leaderboard drawn (`srvx-fast 123955 req/sec`, `whatwg-node 83564 req/sec`)
// only where a label has evidence of its own of naming a thing, since a profiler prints one program's
// phases slowest first too (`Parse`, `Resolve`, `Link`): bars of plain words (`node`, `hono`) are left
// alone, no toolbar being better than a wrong one.
import type { NoteContext } from "./context";
import type { GroupFacts } from "./facts";
import { dateKey } from "./log-keys";
import { normalizeName } from "./names";
import { oneStemCounted } from "./numbered-series";
import type { AxisRule } from "./rule";
import { labelsSpeakForThemselves } from "./rows-kind";

/** At least this many rows: fewer fall into an order by chance too often. */
const FEWEST_ROWS = 4;

/** The numbers of a column when every row holds one, all of one unit; else null. */
function numbersOf(group: GroupFacts, column: number, note: NoteContext): number[] | null {
	const values: number[] = [];
	let unit: string | null | undefined;
	for (const row of group.body) {
		const value = note.readCell(row[column] ?? "");
		if (value.kind === "percent") {
			if (unit !== undefined && unit !== "%") return null;
			unit = "%";
		} else if (value.kind === "number") {
			const own = value.unit === null ? null : value.unit.toLowerCase();
			if (unit !== undefined && unit !== own) return null;
			unit = own;
		} else return null;
		values.push(value.value);
	}
	return values;
}

/** The values run one way from first to last, and not all alike. */
function ranked(values: readonly number[]): boolean {
	let up = true;
	let down = true;
	for (let i = 1; i < values.length; i++) {
		const step = (values[i] as number) - (values[i - 1] as number);
		if (step < 0) up = false;
		if (step > 0) down = false;
		if (step === 0) return false;
	}
	return up !== down;
}

/**
 * `00 | 01 | 02 …` or `1 | 2 | 3 …` beside the names: a column counting the rows from zero or one
 * numbers them, as a list's `#` does. It is the order they were written in, not a measure they stand
 * in order of. A header that gives the run a scale or a unit in brackets, as a measure is written
 * (`Difficulty (1-5)`, `Rating (/5)`), makes it a measure the rows were sorted by.
 */
function counting(values: readonly number[], header: string): boolean {
	const first = values[0];
	// A scale or a unit: `(1-5)`, `(/5)`, `(0–10)`; a word in brackets (`No. (order)`) still numbers the rows.
	if (/[(（[][^)）\]]*[\d/%][^)）\]]*[)）\]]/u.test(header)) return false;
	return (first === 0 || first === 1) && values.every((value, i) => value === (first as number) + i);
}

/** Labels of their own: text with a letter, each different, not dates, versions or one stem counted. */
function ownLabels(group: GroupFacts, note: NoteContext): boolean {
	const texts = group.rowLabels.map((cell) => cell.text.trim());
	if (texts.some((text) => text === "" || !/\p{L}/u.test(text))) return false;
	if (new Set(texts.map(normalizeName)).size < texts.length) return false;
	if (texts.some((text) => note.readCell(text).kind !== "text" || dateKey(text) !== null)) return false;
	return !oneStemCounted(texts);
}

export const rankedByValue: AxisRule = (group, note, index) => {
	if (group.kind === "output" || group.body.length < FEWEST_ROWS || group.rowLabels.length !== group.body.length) return [];
	const width = group.body.reduce((widest, row) => Math.max(widest, row.length), 0);
	let column = -1;
	let measured = 0;
	let climbing = 0;
	for (let c = 0; c < width; c++) {
		const values = numbersOf(group, c, note);
		if (values === null) continue;
		measured++;
		if (!ranked(values) || counting(values, group.columnLabels[c]?.text ?? "")) continue;
		climbing++;
		if (column < 0) column = c;
	}
	// `Small | Medium | Large | Huge` under `lodash | ramda`: where every column of numbers runs one
	// way down the rows, the rows are cases of growing size and each thing's time grows with them;
	// a ranking orders the rows by one measure, and its other measures go their own ways.
	if (column < 0 || (measured >= 2 && climbing === measured) || !ownLabels(group, note)) return [];
	// A profiler prints one program's phases slowest first too (`Parse`, `Resolve`, `Link`): bars in order
	// are a leaderboard only where a bar's label has evidence of its own of naming a thing (`srvx-fast`).
	if (group.kind === "chart" && !labelsSpeakForThemselves(group, "rows", note, index)) return [];
	const label = group.columnLabels[column]?.text.trim() || (group.kind === "chart" ? "their values" : "a column");
	return [{ side: "rows", evidence: { rule: "ranked-by-value", score: 1, reason: `the rows stand in order of ${label}` } }];
};
