import { type CellFacts, type GroupFacts, type Side, sideLabels } from "./facts";
import { countFilled } from "./filled-cells";
import { namesMeasure } from "./measure";
import { proseOf } from "./prose-column";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";

function measureShare(cells: readonly CellFacts[]): number {
	const labels = cells.filter((cell) => cell.text.trim() !== "");
	return labels.length === 0 ? 0 : labels.filter((cell) => namesMeasure(cell.text)).length / labels.length;
}

/** The key of the per-side answers in the note's memo. */
const MEASURED = {};

/** Whether at least half the labels of a side name measures; worked out once per side. */
export function namesMeasures(cells: readonly CellFacts[], note: NoteContext): boolean {
	const measured = note.memo.workedOut<readonly CellFacts[], boolean>(MEASURED);
	let found = measured.get(cells);
	if (found === undefined) {
		found = measureShare(cells) >= 0.5;
		measured.set(cells, found);
	}
	return found;
}

/**
 * Sentences in every value column, hardly one with a figure: measures explained. Sentences
 * around figures (`about 12 ms without plugins` under each editor) measure in words.
 */
function explained(group: GroupFacts, note: NoteContext): boolean {
	if (!proseOf(group, note).prose.every(Boolean)) return false;
	const { filled, counted: figures } = countFilled(group, note, (_, text) => /\p{N}/u.test(text));
	return figures * 4 <= filled;
}

/**
 * `Library | ops/sec | Time (ms)`: when one side names measures, the things measured are on the other.
 * Not measures down the rows with sentences in every column (`first prompt lag (ms) | from the start
 * of the shell to…`): the measures are being explained, and the header names what is said of them.
 */
export const measuresAcross: AxisRule = (group, note) =>
	(["rows", "columns"] as Side[]).flatMap((side) => {
		if (!namesMeasures(sideLabels(group, side), note)) return [];
		if (side === "rows" && group.kind === "table" && explained(group, note)) return [];
		const other: Side = side === "rows" ? "columns" : "rows";
		return [{ side: other, evidence: { rule: "measures-across", score: 1, reason: `the ${side === "rows" ? "row" : "column"} labels name measures` } }];
	});
