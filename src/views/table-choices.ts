// A table's saved choices, kept to what this table can apply. data.json is
// read value by value, but only the table knows its columns: a sort column
// past its end (or -1, or 0.5, in a hand-edited file) or a hidden column it
// does not have is dropped here, and the rest is kept. Pure: no DOM.
import type { SortDirection, TableViewChoices } from "./note-view-state";

export interface TableShape {
	/** Columns as written (header cells). */
	width: number;
	/** Rows as written, header included: the columns once transposed. */
	height: number;
	/** The labels "Hide column" can name: header cells and row labels that are not frameworks. */
	labels: readonly string[];
}

const DIRECTIONS: readonly SortDirection[] = ["ascending", "descending"];

/**
 * The choices the table applies, and `dropped`: a patch that removes from the
 * saved choices what it cannot apply (null when everything fits).
 */
export function applicableTableChoices(saved: Readonly<TableViewChoices>, shape: TableShape): { choices: TableViewChoices; dropped: Partial<TableViewChoices> | null } {
	const choices: TableViewChoices = {};
	const dropped: Partial<TableViewChoices> = {};
	if (saved.transposed === true) choices.transposed = true;
	else if (saved.transposed !== undefined && saved.transposed !== false) dropped.transposed = undefined;
	if (saved.sort !== undefined) {
		const { column, direction } = (saved.sort ?? {}) as { column?: unknown; direction?: unknown };
		const columns = choices.transposed ? shape.height : shape.width;
		const fits = typeof column === "number" && Number.isInteger(column) && column >= 0 && column < columns;
		const known = DIRECTIONS.find((name) => name === direction);
		if (fits && known) choices.sort = { column, direction: known };
		else dropped.sort = undefined;
	}
	if (saved.hiddenColumns !== undefined) {
		const list: unknown[] = Array.isArray(saved.hiddenColumns) ? saved.hiddenColumns : [];
		const hidden = list.filter((label, i): label is string => typeof label === "string" && shape.labels.includes(label) && list.indexOf(label) === i);
		if (hidden.length > 0) choices.hiddenColumns = hidden;
		if (hidden.length !== list.length || !Array.isArray(saved.hiddenColumns)) dropped.hiddenColumns = hidden.length > 0 ? hidden : undefined;
	}
	return { choices, dropped: Object.keys(dropped).length > 0 ? dropped : null };
}
