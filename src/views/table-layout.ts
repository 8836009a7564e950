// What an interactive table shows, in which order and sorted how, as plain
// data: the DOM layer (comparison-table.ts) only draws it. A table is read as
// "lines" down the side and "crosses" along the top: the written rows and
// columns, or the other way round once transposed. Pure: no DOM.
import { compareSortKeys, sortKeyOf, type SortKey } from "./cell-value";
import type { TableViewChoices } from "./note-view-state";

export interface TableFacts {
	/** Columns as written. */
	width: number;
	/** Rows as written, header included. */
	height: number;
	/** A cell's text as written: row 0 is the header. */
	text(r: number, c: number): string;
	/** The framework each written row stands for (frameworks down the rows), else null. */
	rowFramework: readonly (string | null)[];
	/** The framework each written column stands for (frameworks across), else null. */
	columnFramework: readonly (string | null)[];
	/** Written body rows at the top that head the table (under a blank header row): never sorted away from it. */
	headingRows?: number;
}

export interface TableLayout {
	transposed: boolean;
	/** The written row (or, transposed, column) of each displayed row; the header line first. */
	lines: number[];
	/** The written column (or, transposed, row) of each displayed column. */
	crosses: number[];
	/** Per displayed row: hidden by a framework toggle or "Hide column". */
	lineHidden: boolean[];
	/** Per displayed column. */
	crossHidden: boolean[];
}

/** The written cell under displayed row `line` and column `cross` (both already mapped through the layout). */
export function writtenCell(transposed: boolean, line: number, cross: number): { r: number; c: number } {
	return transposed ? { r: cross, c: line } : { r: line, c: cross };
}

/** The framework a written row (`row` true) or column stands for. */
function frameworkOf(facts: TableFacts, row: boolean, index: number): string | null {
	return (row ? facts.rowFramework[index] : facts.columnFramework[index]) ?? null;
}

/** The framework a displayed line stands for. */
export function lineFramework(facts: TableFacts, transposed: boolean, line: number): string | null {
	return line === 0 ? null : frameworkOf(facts, !transposed, line);
}

/** The framework a displayed column stands for: the first one too, in a table without row labels (`| Azure | AWS |`). */
export function crossFramework(facts: TableFacts, transposed: boolean, cross: number): string | null {
	return frameworkOf(facts, transposed, cross);
}

/** A line or cross that is no framework is named by its label as written (its first cell); the first of each is never hidden. */
function attributeOf(facts: TableFacts, row: boolean, index: number): string | null {
	if (index === 0 || frameworkOf(facts, row, index)) return null;
	return row ? facts.text(index, 0) : facts.text(0, index);
}

export function lineAttribute(facts: TableFacts, transposed: boolean, line: number): string | null {
	return attributeOf(facts, !transposed, line);
}

export function crossAttribute(facts: TableFacts, transposed: boolean, cross: number): string | null {
	return attributeOf(facts, transposed, cross);
}

/** Sort keys of one written column or row, computed once per table and reused by every later sort. */
export class SortKeys {
	private byCross = new Map<string, SortKey[]>();

	constructor(private readonly facts: TableFacts) {}

	of(transposed: boolean, cross: number): SortKey[] {
		const id = `${String(transposed)}:${cross}`;
		let keys = this.byCross.get(id);
		if (!keys) {
			const count = transposed ? this.facts.width : this.facts.height;
			keys = Array.from({ length: count }, (_, line) => {
				const { r, c } = writtenCell(transposed, line, cross);
				return sortKeyOf(this.facts.text(r, c));
			});
			this.byCross.set(id, keys);
		}
		return keys;
	}
}

export function layoutTable(
	facts: TableFacts,
	choices: Readonly<TableViewChoices>,
	isHidden: (framework: string) => boolean,
	sortKeys: SortKeys,
): TableLayout {
	const transposed = choices.transposed === true;
	const lineCount = transposed ? facts.width : facts.height;
	const crossCount = transposed ? facts.height : facts.width;
	const crosses = Array.from({ length: crossCount }, (_, i) => i);
	// Transposed, heading rows become columns, which are never sorted.
	const pinned = transposed ? 0 : Math.min(facts.headingRows ?? 0, lineCount - 1);
	const head = Array.from({ length: pinned }, (_, i) => i + 1);
	const body = Array.from({ length: lineCount - 1 - pinned }, (_, i) => i + 1 + pinned);
	const { sort } = choices;
	if (sort && sort.column < crossCount) {
		const keys = sortKeys.of(transposed, crosses[sort.column]!);
		// Array.prototype.sort is stable: equal keys keep the note's order.
		body.sort((a, b) => compareSortKeys(keys[a]!, keys[b]!, sort.direction));
	}
	const lines = [0, ...head, ...body];
	const hiddenLabels = new Set(choices.hiddenColumns ?? []);
	const hides = (framework: string | null, attribute: string | null) =>
		framework ? isHidden(framework) : attribute !== null && hiddenLabels.has(attribute);
	return {
		transposed,
		lines,
		crosses,
		lineHidden: lines.map((line) => hides(lineFramework(facts, transposed, line), lineAttribute(facts, transposed, line))),
		crossHidden: crosses.map((cross) => hides(crossFramework(facts, transposed, cross), crossAttribute(facts, transposed, cross))),
	};
}

/** The cells a reader sees, as text: what Copy puts on the clipboard. */
export function shownGrid(layout: TableLayout, cellText: (r: number, c: number) => string): string[][] {
	const crosses = layout.crosses.filter((_, e) => !layout.crossHidden[e]);
	return layout.lines
		.filter((_, d) => !layout.lineHidden[d])
		.map((line) =>
			crosses.map((cross) => {
				const { r, c } = writtenCell(layout.transposed, line, cross);
				return cellText(r, c);
			}),
		);
}

/** The layout with only the written rows that `keep` accepts (the header row always stays): a find in a long table. */
export function narrowToRows(layout: TableLayout, keep: (r: number) => boolean): TableLayout {
	if (layout.transposed) return { ...layout, crossHidden: layout.crossHidden.map((hidden, e) => hidden || (layout.crosses[e]! > 0 && !keep(layout.crosses[e]!))) };
	return { ...layout, lineHidden: layout.lineHidden.map((hidden, d) => hidden || (layout.lines[d]! > 0 && !keep(layout.lines[d]!))) };
}
