// A grid of marks: most filled value cells (three quarters) are checks or ratings (✓/✗, ○/×,
// Ja/Nein, ⭐⭐⭐, 4/5), the shape of a feature matrix or a scoring sheet. The values alone say
// nothing of which side is compared (a mark answers "does this have that?" either way round);
// rules that read the labels (./phrase-rows.ts, ./lower-case-header.ts) speak only in such a grid,
// where records (tasks, logs, key maps) do not stand.
import type { NoteContext } from "./context";
import type { GroupFacts } from "./facts";
import { countFilled } from "./filled-cells";

const GRIDS = {};

function readMarkGrid(group: GroupFacts, note: NoteContext): boolean {
	const { filled, counted: marks } = countFilled(group, note, (value) => value.kind === "check" || value.kind === "rating");
	return filled > 0 && marks * 4 >= filled * 3;
}

/** Whether the table is a grid of marks, worked out once per table and note. */
export function isMarkGrid(group: GroupFacts, note: NoteContext): boolean {
	const memo = note.memo.workedOut<GroupFacts, boolean>(GRIDS);
	let found = memo.get(group);
	if (found === undefined) {
		found = readMarkGrid(group, note);
		memo.set(group, found);
	}
	return found;
}
