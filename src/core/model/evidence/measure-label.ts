import type { LabelContext, NoteContext } from "./context";
import { type CellFacts, sideLabels } from "./facts";
import { BRACKETED_TAIL, namesMeasure } from "./measure";
import type { NameRule } from "./rule";

/** The key of each side's bracketed forms in the note's memo. */
const FORMS = {};

/** Per text before a closing bracket, the ways the side writes it; and how many texts it writes two ways or more. */
interface SideForms {
	forms: Map<string, Set<string>>;
	twoWays: number;
}

/**
 * Per text before a closing bracket (`C++` of `C++ (gcc)`), how many ways the side writes it: bare,
 * or with each bracketed word. Worked out once per side, so a long side stays linear.
 */
function formsOf(cells: readonly CellFacts[], note: NoteContext): SideForms {
	const memo = note.memo.workedOut<readonly CellFacts[], SideForms>(FORMS);
	let found = memo.get(cells);
	if (found === undefined) {
		const forms = new Map<string, Set<string>>();
		for (const cell of cells) {
			const text = cell.text.trim();
			const tail = BRACKETED_TAIL.exec(text);
			const base = (tail === null ? text : text.slice(0, tail.index)).trim().toLowerCase();
			if (base === "") continue;
			const seen = forms.get(base) ?? new Set<string>();
			seen.add(tail === null ? "" : (tail[1] ?? "").trim().toLowerCase());
			forms.set(base, seen);
		}
		let twoWays = 0;
		for (const written of forms.values()) if (written.size >= 2) twoWays++;
		found = { forms, twoWays };
		memo.set(cells, found);
	}
	return found;
}

/**
 * `Python (pypy)` beside `Python`; `C++ (gcc)` beside `C++ (clang)` where `Python` is so written
 * too: a name written alone and with a word in brackets, or two names each written two ways, are
 * things in variants, and the word in brackets is the variant, not a unit. One measure in two
 * units (`Size (min)` beside `Size (gz)`) is written two ways once, never alone.
 */
function writtenTwoWays(label: LabelContext, note: NoteContext): boolean {
	const text = label.cell.text.trim();
	const tail = BRACKETED_TAIL.exec(text);
	if (tail === null) return false;
	const base = text.slice(0, tail.index).trim().toLowerCase();
	const { forms, twoWays } = formsOf(sideLabels(label.group, label.side), note);
	const own = forms.get(base);
	if (own === undefined || own.size < 2) return false;
	return own.has("") || twoWays >= 2;
}

/** "Time (ms)", "ops/sec", "Share %": a measure, not a thing measured. */
export const measureLabel: NameRule = (label, note) =>
	namesMeasure(label.cell.text) && !writtenTwoWays(label, note)
		? { rule: "measure-label", score: -1, reason: "names a measure (a unit, a rate or a percentage)" }
		: null;
