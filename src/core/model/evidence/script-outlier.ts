import { type CellFacts, sideLabels } from "./facts";
import type { NoteContext } from "./context";
import type { NameRule } from "./rule";
import { isLatin } from "./words";
import { unqualified } from "./names";

/** A label's script is its name's: a gloss in brackets (`NVIDIA (英伟达)`) translates it and says nothing of its kind. */
function nameText(text: string): string {
	const name = unqualified(text).trim();
	return /\p{L}/u.test(name) ? name : text;
}

/**
 * "核心工程影响" beside "Paxos" and "Raft": among names in Latin script, a
 * label in the note's own script is a heading of values, not a product.
 */
export const scriptOutlier: NameRule = (label, note) =>
	isScriptOutlier(label.cell, sideLabels(label.group, label.side), note)
		? { rule: "script-outlier", score: -1.5, reason: "the only label not in Latin script beside Latin names" }
		: null;

export function isScriptOutlier(cell: CellFacts, side: readonly CellFacts[], note: NoteContext): boolean {
	const name = nameText(cell.text);
	if (isLatin(name) || !/\p{L}/u.test(name)) return false;
	// Counted once per side, then the cell itself (lettered, not Latin) taken out.
	const { lettered, latin } = scriptsOf(side, note);
	const others = lettered - 1;
	return others >= 2 && latin >= others * 0.75;
}

/** The key of the per-side counts in the note's memo. */
const COUNTED = {};

function scriptsOf(side: readonly CellFacts[], note: NoteContext): { lettered: number; latin: number } {
	const counted = note.memo.workedOut<readonly CellFacts[], { lettered: number; latin: number }>(COUNTED);
	let found = counted.get(side);
	if (!found) {
		found = { lettered: 0, latin: 0 };
		for (const cell of side) {
			// The side as written: a glossed name (`iPhone 15 (苹果)`) is no Latin name beside a brand in the note's script.
			if (!/\p{L}/u.test(cell.text)) continue;
			found.lettered++;
			if (isLatin(cell.text)) found.latin++;
		}
		counted.set(side, found);
	}
	return found;
}
