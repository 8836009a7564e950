import type { LabelContext, NoteContext } from "./context";
import { type CellFacts, sideLabels } from "./facts";
import { BRACKETED_TAIL, namesMeasure } from "./measure";
import type { NameRule } from "./rule";

/** The key of each side's bracketed forms in the note's memo. */
const FORMS = {};

/**
 * Per text before a closing bracket (`C++` of `C++ (gcc)`), how many ways the side writes it: bare,
 * or with each bracketed word. Worked out once per side, so a long side stays linear.
 */
function formsOf(cells: readonly CellFacts[], note: NoteContext): Map<string, Set<string>> {
	const memo = note.memo.workedOut<readonly CellFacts[], Map<string, Set<string>>>(FORMS);
	let forms = memo.get(cells);
	if (forms === undefined) {
		forms = new Map();
		for (const cell of cells) {
			const text = cell.text.trim();
			const tail = BRACKETED_TAIL.exec(text);
			const base = (tail === null ? text : text.slice(0, tail.index)).trim().toLowerCase();
			if (base === "") continue;
			const seen = forms.get(base) ?? new Set<string>();
			seen.add(tail === null ? "" : (tail[1] ?? "").trim().toLowerCase());
			forms.set(base, seen);
		}
		memo.set(cells, forms);
	}
	return forms;
}

/**
 * `C++ (gcc)` beside `C++ (clang)`, `Python (pypy)` beside `Python`: one name written two ways on
 * its side is a thing in two variants, and the word in brackets is the variant, not a unit.
 */
function writtenTwoWays(label: LabelContext, note: NoteContext): boolean {
	const text = label.cell.text.trim();
	const tail = BRACKETED_TAIL.exec(text);
	if (tail === null) return false;
	const base = text.slice(0, tail.index).trim().toLowerCase();
	return (formsOf(sideLabels(label.group, label.side), note).get(base)?.size ?? 0) >= 2;
}

/** "Time (ms)", "ops/sec", "Share %": a measure, not a thing measured. */
export const measureLabel: NameRule = (label, note) =>
	namesMeasure(label.cell.text) && !writtenTwoWays(label, note)
		? { rule: "measure-label", score: -1, reason: "names a measure (a unit, a rate or a percentage)" }
		: null;
