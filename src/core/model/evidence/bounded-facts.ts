// Names are short. A cell, heading or title of thousands of characters is never
// one, and every rule reads each label several times over: cut such texts to a
// fixed length before the rules see them, so a hostile note costs time in
// proportion to its size and no single cell can stall detection.
import type { CellFacts, GroupFacts, NoteFacts } from "./facts";

/** Longer than any name a comparison has; long enough that a cut text still reads as the phrase it is. */
const MAX_TEXT = 200;

const cut = (text: string): string => (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);

function cutCell(cell: CellFacts): CellFacts {
	return cell.text.length > MAX_TEXT ? { ...cell, text: cut(cell.text) } : cell;
}

const longText = (text: string): boolean => text.length > MAX_TEXT;
const longCell = (cell: CellFacts): boolean => longText(cell.text);

/** A list with nothing to cut is kept as it is: a table of ten thousand short rows is not copied. */
function cutCells(cells: CellFacts[]): CellFacts[] {
	return cells.some(longCell) ? cells.map(cutCell) : cells;
}

function cutRow(row: string[]): string[] {
	return row.some(longText) ? row.map(cut) : row;
}

function cutGroup(group: GroupFacts): GroupFacts {
	return {
		...group,
		corner: group.corner === null ? null : cutCell(group.corner),
		rowLabels: cutCells(group.rowLabels),
		columnLabels: cutCells(group.columnLabels),
		body: group.body.some((row) => row.some(longText)) ? group.body.map(cutRow) : group.body,
	};
}

export function boundedFacts(facts: NoteFacts): NoteFacts {
	return {
		...facts,
		declared: facts.declared === null ? null : facts.declared.map(cut),
		lists: facts.lists.map((list) => ({ key: list.key, items: list.items.map(cut) })),
		subjects: facts.subjects.map(cut),
		headings: facts.headings.map(cut),
		linked: facts.linked.map(cut),
		notFrameworks: facts.notFrameworks.map(cut),
		groups: facts.groups.map(cutGroup),
	};
}
