// `| Dataset | Recharts (ms) | Chart.js (ms) | Diferença |` over `1.220 | 177 | +1,0`, or
// `| Server | Numflow | Express | vs Express |` over `+265%`: a line whose values are written with
// a sign, a plus among them, beside lines of the same side written plain, is the change from one
// thing to another, or their difference: worked out from the things, no thing itself. A thing's
// own measures are written as they are (`177`, `-3 °C`); a sign before every value of a line says
// it is relative. Only the writing of the values is read, in any language. Changes against a
// baseline are written so too (`| React | 42 | 120 |` above `| Vue | +3 | +10 |`, `| Svelte | -30 |
// -40 |`): there the signed lines are the things, the baseline's one plain line among them, so the
// plain lines must be two at least and outnumber the signed ones.
import type { NoteContext } from "./context";
import { type GroupFacts, type Side, lineOf, sideLabels } from "./facts";
import { positionOf } from "./label-position";
import type { NameRule } from "./rule";

/** Filled values a line needs to be read at all. */
const FEWEST = 3;
/** A sign, then the number: `+1,0`, `-9.7%`, `−12 ms`, `+ 4`. */
const SIGNED = /^[+＋\-−–] ?\d/u;
const PLUS = /^[+＋]/u;

type Writing = "signed" | "plain" | null;

/**
 * How a line's values are written: three quarters of its filled values signed numbers (a plus among
 * them), or most of them plain numbers, or neither. A zero is either: the baseline's own change is
 * written `0%`.
 */
function writingOf(values: readonly string[], note: NoteContext): Writing {
	let filled = 0;
	let signed = 0;
	let plus = false;
	let plain = 0;
	let zeros = 0;
	for (const raw of values) {
		const text = raw.trim();
		const value = note.readCell(text);
		if (value.kind === "missing") continue;
		filled++;
		if (value.kind !== "number" && value.kind !== "percent") continue;
		if (value.value === 0) zeros++;
		else if (SIGNED.test(text)) {
			signed++;
			if (PLUS.test(text)) plus = true;
		} else plain++;
	}
	if (filled < FEWEST) return null;
	if (plus && signed >= 2 && signed * 4 >= (filled - zeros) * 3) return "signed";
	// A thing may fail a round (`XX`, `timeout`): most of its values are enough.
	return plain * 2 > filled - zeros && plain > 0 ? "plain" : null;
}

const SIGNED_LINES = {};

/** The indices of a side's signed lines, where the side has a plain line too; worked out once per group and side. */
function signedLines(group: GroupFacts, side: Side, note: NoteContext): ReadonlySet<number> {
	const memo = note.memo.workedOut<GroupFacts, Partial<Record<Side, ReadonlySet<number>>>>(SIGNED_LINES);
	const known = memo.get(group)?.[side];
	if (known) return known;
	const signed = new Set<number>();
	let plain = 0;
	if (group.kind === "table") {
		const count = sideLabels(group, side).length;
		for (let i = 0; i < count; i++) {
			const writing = writingOf(lineOf(group, side, i), note);
			if (writing === "signed") signed.add(i);
			else if (writing === "plain") plain++;
		}
	}
	// The things written plain outnumber the differences worked out from them: one plain line among signed
	// ones is a baseline's absolute values, the others' changes against it written beside.
	const found: ReadonlySet<number> = plain >= 2 && plain > signed.size ? signed : new Set();
	memo.set(group, { ...memo.get(group), [side]: found });
	return found;
}

export const signedLine: NameRule = (label, note) => {
	const found = signedLines(label.group, label.side, note);
	if (found.size === 0) return null;
	const index = positionOf(sideLabels(label.group, label.side), label.cell, note);
	return found.has(index) ? { rule: "signed-line", score: -3, reason: "its values are written with a sign beside plain ones: a change or a difference between the things, no thing" } : null;
};
