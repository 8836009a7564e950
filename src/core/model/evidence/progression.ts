// A numbered series counted from one (`Level 1 | Level 2 | Level 3`, `Version 1 | Version 2`:
// ./numbered-series.ts) is keys of the table, unless the values say its members are alternatives
// compared, as a decision matrix's `Option 1 | Option 2` are. Alternatives are numbered in no
// order their values keep; stages are: where every line of numbers along the series climbs or
// falls with the count (XP needed 0, 300, 900, 2,700 by level; words 1,200, 950, 900 by draft),
// the series is a progression, each member a stage of one thing, and its side is the keys of a
// record, not things compared. Three values at least on each such line; a line of numbers that
// turns back, or none at all, leaves the series as ./numbered-series.ts reads it. A stage moves
// its measure: only a line whose values spread by a fifth of the largest at least speaks (XP
// from 0 to 2,700; 1,200 words to 900), while values that stay close say the members are alike
// (a game's sequels, `Halo 1 | Halo 2 | Halo 3`, out in 2001, 2004, 2007 and scored 97, 95, 94:
// years climb with any series numbered in the order things came out). Read from the values
// alone, in any language.
import type { NoteContext } from "./context";
import { type GroupFacts, type Side, linesAlong, sideLabels } from "./facts";
import { sideOfSeries } from "./numbered-series";
import type { AxisRule } from "./rule";

/** A fifth: how far a stage's values spread at least, against the largest of them. */
const SPREAD = 0.2;

/**
 * Whether every line of numbers along the series (three at least per line) climbs or falls all
 * the way, and one line at least spreads by SPREAD.
 */
function steady(group: GroupFacts, side: Side, note: NoteContext): boolean {
	let found = 0;
	for (const line of linesAlong(group, side)) {
		const values: number[] = [];
		let numbers = true;
		for (const text of line) {
			const value = note.readCell(text);
			if (value.kind === "missing") continue;
			if (value.kind !== "number") {
				numbers = false;
				break;
			}
			values.push(value.value);
		}
		if (!numbers || values.length < 3) continue;
		let up = true;
		let down = true;
		for (let i = 1; i < values.length; i++) {
			const step = (values[i] as number) - (values[i - 1] as number);
			if (step <= 0) up = false;
			if (step >= 0) down = false;
		}
		if (!up && !down) return false;
		const largest = Math.max(...values.map(Math.abs));
		if (largest > 0 && (Math.max(...values) - Math.min(...values)) / largest >= SPREAD) found++;
	}
	return found > 0;
}

export const progression: AxisRule = (group, note) =>
	group.kind !== "table"
		? []
		: (["rows", "columns"] as const).flatMap((side) =>
				sideOfSeries(sideLabels(group, side)) && steady(group, side, note)
					? [{ side, evidence: { rule: "progression", score: -1.5, reason: "numbered from one, with the values climbing or falling with the count: stages of a progression, not things compared" } }]
					: [],
			);
