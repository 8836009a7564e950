import { type CellFacts, type GroupFacts, type Side, sideLabels } from "./facts";
import type { NoteContext } from "./context";
import type { NameRule } from "./rule";

// Makers name models by a number and what follows it: `7800X3D | 7950X | 14900K`, `13 mini |
// 13 | 13 Pro`, `2 | 2 Pro`. Read alone, each reads as a value, a number with a unit
// (value-label); read beside its side, it does not: a run of values is of one kind, so its
// labels share one unit (`2021 | 2022`, `12 ms | 40 ms`), or one measure written at several
// scales (`1 KB | 1 MB | 1 GB`, `100 ms | 1 s`). Numbers whose suffixes differ as the side goes
// (`X3D`, `X`, none; `mini`, none, `Pro`), one of them carrying a digit or a word of its own,
// are models' names, whatever their language. A side of bare numbers (years, codes, sizes)
// or of one unit is left to value-label.

/** A prefix of scale before a unit (`k`, `M`, `G`, `m`, `µ`, `n`): `KB` and `MB` measure one thing. */
const SCALE = /^[kKMGTPmµun](?=\p{L})/u;
/** A model's suffix: a capital first, then letters and digits with a digit among them (`X3D`, `M2`). */
const MODEL_SUFFIX = /^\p{Lu}[\p{L}\d]*\d/u;
/** A suffix that is a word of its own (`mini`, `Pro`, `Ultra`), not an abbreviation of a unit. */
const WORD = /^\p{L}\p{Ll}{2,}$/u;

/** The kind a suffix stands for: its letters without a prefix of scale; a bare number has none. */
const baseOf = (unit: string | null) => (unit === null ? "" : unit.replace(SCALE, ""));

/** A side's reading, once per table and side. */
const READING = {};

/** Whether a side's labels are numbers named as models are: two at least, every filled label a number, their suffixes unlike. */
function modelNumbers(labels: readonly CellFacts[], note: NoteContext): boolean {
	const units: (string | null)[] = [];
	for (const cell of labels) {
		const text = cell.text.trim();
		// Blank or punctuation only (a blank corner): blank-label's.
		if (!/[\p{L}\p{N}]/u.test(text)) continue;
		const value = note.readCell(text);
		if (value.kind !== "number") return false;
		units.push(value.unit);
	}
	if (units.length < 2) return false;
	const bases = new Set(units.map(baseOf));
	if (bases.size < 2) return false;
	// What tells a model's suffix from a unit: a capital with a digit after it (`X3D`; a commit's
	// hash, `08f8d67`, is small letters and digits), or a word beside a bare number (`13`, `13 mini`).
	const digit = units.some((unit) => unit !== null && MODEL_SUFFIX.test(unit));
	const word = units.includes(null) && units.some((unit) => unit !== null && WORD.test(unit));
	return digit || word;
}

export const modelNumber: NameRule = (label, note) => {
	if (note.readCell(label.name.head).kind !== "number") return null;
	const memo = note.memo.workedOut<GroupFacts, Partial<Record<Side, boolean>>>(READING);
	let sides = memo.get(label.group);
	if (sides === undefined) {
		sides = {};
		memo.set(label.group, sides);
	}
	let found = sides[label.side];
	if (found === undefined) {
		found = modelNumbers(sideLabels(label.group, label.side), note);
		sides[label.side] = found;
	}
	if (!found) return null;
	// Outweighs value-label's reading of the label alone, and no more: the table still decides its side.
	return { rule: "model-number", score: 3, reason: "a number whose suffix differs along its side, as models' names do, not a value" };
};
