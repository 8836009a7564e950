// Where a label stands on its side, asked by rules that read the label's own line of values
// or a per-side answer: one Map per side, so a side of 10,000 labels is not searched 10,000 times.
import type { NoteContext } from "./context";
import type { CellFacts } from "./facts";

/** The key of the per-side positions in the note's memo. */
const POSITIONS = {};

/** `side.indexOf(cell)`, from a Map built once per side. */
export function positionOf(side: readonly CellFacts[], cell: CellFacts, note: NoteContext): number {
	const positions = note.memo.workedOut<readonly CellFacts[], Map<CellFacts, number>>(POSITIONS);
	let found = positions.get(side);
	if (!found) {
		found = new Map();
		for (let i = side.length - 1; i >= 0; i--) found.set(side[i] as CellFacts, i);
		positions.set(side, found);
	}
	return found.get(cell) ?? -1;
}
