// Many rules ask what share of a table's filled value cells is of some kind: most cells marks (a
// grid of marks), measures with units (a benchmark), text (a table of words). A cell that reads as
// nothing (blank, `N/A`, `—`) answers no question, so it is left out of the count, the same way for
// every rule; the cell reader (../cell-value.ts) says what nothing is.
import type { CellValue } from "../cell-value";
import type { NoteContext } from "./context";
import type { GroupFacts } from "./facts";

/** How many cells are filled, and of those how many `counts` holds for. */
export interface FilledCount {
	filled: number;
	counted: number;
}

type Counts = (value: CellValue, text: string) => boolean;

/** Every value cell of the table, row by row. */
export function countFilled(group: GroupFacts, note: NoteContext, counts: Counts): FilledCount {
	let filled = 0;
	let counted = 0;
	for (const row of group.body) {
		for (const text of row) {
			const value = note.readCell(text);
			if (value.kind === "missing") continue;
			filled++;
			if (counts(value, text)) counted++;
		}
	}
	return { filled, counted };
}

/** The value cells of one column (0 the first after the row labels). */
export function countFilledInColumn(group: GroupFacts, column: number, note: NoteContext, counts: Counts): FilledCount {
	let filled = 0;
	let counted = 0;
	for (const row of group.body) {
		const text = row[column] ?? "";
		const value = note.readCell(text);
		if (value.kind === "missing") continue;
		filled++;
		if (counts(value, text)) counted++;
	}
	return { filled, counted };
}

/** The value cells of one row (0 the first body row), across the columns after the row labels. */
export function countFilledInRow(group: GroupFacts, row: number, note: NoteContext, counts: Counts): FilledCount {
	let filled = 0;
	let counted = 0;
	for (const text of group.body[row] ?? []) {
		const value = note.readCell(text);
		if (value.kind === "missing") continue;
		filled++;
		if (counts(value, text)) counted++;
	}
	return { filled, counted };
}
