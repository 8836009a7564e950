// Where a rendered table cell stands in the table as the note wrote it, for
// menus that act on "this row" or "this column" of the written table: a
// transposed or sorted view moves cells around, the note did not.

export interface WrittenCellPosition {
	/** The cell is in the table's header row. */
	headerRow: boolean;
	/** The cell is in the table's first column. */
	firstColumn: boolean;
	/** The written column, counted from 0. */
	column: number;
}

export function writtenCellPosition(cell: HTMLTableCellElement): WrittenCellPosition | null {
	// A transposed comparison table (comparison-table.ts) draws new cells, each
	// naming the written cell it shows as data-fc-from="row,column".
	const from = cell.dataset.fcFrom;
	if (from !== undefined) {
		const [row, column] = from.split(",").map(Number);
		if (row === undefined || column === undefined || Number.isNaN(row) || Number.isNaN(column)) return null;
		return { headerRow: row === 0, firstColumn: column === 0, column };
	}
	const row = cell.parentElement;
	if (row?.tagName !== "TR") return null;
	// Sorting reorders the body rows but never moves the header row or a column.
	const headerRow = row.parentElement?.tagName === "THEAD";
	const cells = Array.from(row.children).filter((el) => el.tagName === "TD" || el.tagName === "TH");
	const column = cells.indexOf(cell);
	return { headerRow, firstColumn: column === 0, column };
}
