// The commands' side of copying a table: which table is "current", and a
// table as the note's views show it (hidden frameworks and columns left out,
// sorted, transposed) computed from the note model and the shared state alone,
// for the editor, where no interactive table is drawn. Pure: no DOM.
import type { ComparisonTableInput } from "./comparison-table";
import type { NoteViewState } from "./note-view-state";
import { applicableTableChoices } from "./table-choices";
import { transposedCorner } from "./table-corner";
import type { Grid } from "./table-export";
import { layoutTable, shownGrid, SortKeys, type TableFacts } from "./table-layout";

/** The part of the note's shared state a shown table reads. */
type ShownState = Pick<NoteViewState, "has" | "isHidden" | "table">;

/**
 * The cells the note's interactive view of this table shows, in its order:
 * what its *Copy* menu copies. `markdown`: cells as the note writes them
 * (links and markup kept), else their text.
 */
export function shownTableGrid(input: ComparisonTableInput, state: ShownState, markdown: boolean): Grid {
	const { model } = input;
	const width = model.header.length;
	const height = model.rows.length + 1;
	const text = (r: number, c: number) => (r === 0 ? model.header[c] : model.rows[r - 1]?.[c]) ?? "";
	if (model.frameworkAxis === "none") return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => cellOf(input, r, c, markdown, text)));
	const known = (name: string | null | undefined) => (name && state.has(name) ? name : null);
	const rowFramework = Array.from({ length: height }, (_, r) => (r > 0 && model.frameworkAxis === "rows" ? known(input.frameworkOf[r - 1]) : null));
	const columnFramework = model.header.map((_, c) => (model.frameworkAxis === "columns" ? known(input.frameworkOf[c]) : null));
	const labels = [
		...model.header.flatMap((label, c) => (c > 0 && !columnFramework[c] ? [label] : [])),
		...model.rows.flatMap((row, r) => (!rowFramework[r + 1] ? [row[0] ?? ""] : [])),
	];
	const { choices } = applicableTableChoices(state.table(input.key), { width, height, labels });
	const facts: TableFacts = { width, height, text, rowFramework, columnFramework, headingRows: input.headingRows ?? 0 };
	const layout = layoutTable(facts, choices, (name) => state.isHidden(name), new SortKeys(facts));
	const corner = transposedCorner({ written: model.header[0] ?? "", axis: model.frameworkAxis, isFramework: columnFramework[0] !== null }, input.frameworksWord ?? null);
	return shownGrid(layout, (r, c) => (r === 0 && c === 0 && layout.transposed && corner !== null ? corner : cellOf(input, r, c, markdown, text)));
}

function cellOf(input: ComparisonTableInput, r: number, c: number, markdown: boolean, text: (r: number, c: number) => string): string {
	return markdown && input.source ? (input.source[r]?.[c] ?? text(r, c)) : text(r, c);
}

/** One interactive table of the reading view, as the "current table" choice sees it. */
export interface TableCandidate {
	/** It holds the keyboard focus. */
	focused: boolean;
	/** The reader clicked, tapped or focused it last, in this view. */
	lastUsed: boolean;
	/** Its box against the pane: top and bottom edges, and the pane's. */
	top: number;
	bottom: number;
}

/**
 * Which table "Copy current table" copies in the reading view: the one with
 * the focus; else the one last used while it is in view; else the first one
 * in view; else the one last used, scrolled away. -1: none.
 */
export function currentTableIndex(tables: readonly TableCandidate[], view: { top: number; bottom: number }): number {
	const focused = tables.findIndex((table) => table.focused);
	if (focused >= 0) return focused;
	const inView = (table: TableCandidate) => table.bottom > view.top && table.top < view.bottom;
	const used = tables.findIndex((table) => table.lastUsed);
	if (used >= 0 && inView(tables[used]!)) return used;
	const first = tables.findIndex(inView);
	return first >= 0 ? first : used;
}
