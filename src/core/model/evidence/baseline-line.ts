// A table of ratios is measured against one thing: its values read `1x`, `11.7x slower`,
// `(1.00x)`, and the thing they are relative to has 1× in every cell of its line. That
// line is one of the things compared, so the things run along its side: a row of 1× says
// the libraries are down the rows (`|   | select 1 row | insert 1 row |` over
// `better-sqlite3 | 1x | 1x`, `sqlite3 | 11.7x slower | 2.8x slower`), a column of 1× that
// they are across the header. The principle holds of any table of relative values, whatever
// its language: a measure is never its own baseline, a thing is.
//
// Only a table whose values are mostly ratios is read, and only when one line of one side,
// and no line of the other, is 1× throughout: where every tool ties on one task and one tool
// is the baseline, both sides have such a line and the rule says nothing.
import { readRatio } from "../cell-value";
import type { NoteContext } from "./context";
import type { GroupFacts, Side } from "./facts";
import type { AxisRule } from "./rule";
import { countFilled } from "./filled-cells";

/** The share of filled value cells a table must write as ratios to be read as a table of ratios. */
const RATIOS = 0.8;

/** How many lines of each side are 1× in every filled cell (at least two of them). */
function baselineLines(body: readonly (readonly string[])[]): { rows: number; columns: number } | null {
	let filled = 0;
	for (const row of body) for (const cell of row) if (cell.trim() !== "") filled++;
	if (filled < 4) return null;
	// Most tables hold no ratio at all: stop reading them at the first cells that say so.
	const allowed = filled - Math.ceil(filled * RATIOS);
	let misses = 0;
	const width = body.reduce((widest, row) => Math.max(widest, row.length), 0);
	const ratios: (number | null)[][] = [];
	for (const row of body) {
		const read: (number | null)[] = [];
		for (let j = 0; j < width; j++) {
			const cell = row[j] ?? "";
			const ratio = cell.trim() === "" ? null : readRatio(cell);
			if (ratio === null && cell.trim() !== "" && ++misses > allowed) return null;
			read.push(ratio);
		}
		ratios.push(read);
	}
	const isBaseline = (cells: readonly (number | null)[], texts: readonly string[]) => {
		const written = texts.filter((text) => text.trim() !== "").length;
		return written >= 2 && cells.filter((value) => value !== null).length === written && cells.every((value) => value === null || value === 1);
	};
	let rows = 0;
	for (const [i, row] of body.entries()) if (isBaseline(ratios[i] ?? [], row)) rows++;
	let columns = 0;
	for (let j = 0; j < width; j++) {
		if (
			isBaseline(
				ratios.map((row) => row[j] ?? null),
				body.map((row) => row[j] ?? ""),
			)
		)
			columns++;
	}
	return { rows, columns };
}

/** The key of each table's baseline side in the note's memo: code-label asks it once per label. */
const BASELINE_SIDES = {};

/** The side of the table one line of which is 1× throughout, or null. */
export function baselineSide(group: GroupFacts, note: NoteContext): Side | null {
	const memo = note.memo.workedOut<GroupFacts, Side | null>(BASELINE_SIDES);
	let side = memo.get(group);
	if (side === undefined) {
		side = null;
		const lines = group.kind === "table" && group.rowLabels.length >= 2 && group.columnLabels.length >= 2 ? baselineLines(group.body) : null;
		if (lines?.rows === 1 && lines.columns === 0) side = "rows";
		if (lines?.columns === 1 && lines.rows === 0) side = "columns";
		memo.set(group, side);
	}
	return side;
}

/**
 * The side of a table measured against its baseline whose cells write a measure before the ratio
 * (criterion-table's `284.71 us (✅ 1.00x)`), or null. Bare ratios (`1x`, `1.5x`) are as often
 * scales as speeds: a table of screen densities (`mdpi | 1x`, `hdpi | 1.5x`) has a row of 1× too.
 */
export function measuredAgainst(group: GroupFacts, note: NoteContext): Side | null {
	const side = baselineSide(group, note);
	if (side === null) return null;
	// Asked once per label written as code: the cells are read once per table.
	const memo = note.memo.workedOut<GroupFacts, boolean>(MEASURED_CELLS);
	let measuredCells = memo.get(group);
	if (measuredCells === undefined) {
		measuredCells = cellsMeasured(group, note);
		memo.set(group, measuredCells);
	}
	return measuredCells ? side : null;
}

/** The key of each table's answer in the note's memo. */
const MEASURED_CELLS = {};

/** Whether most filled cells write a number with a unit other than a ratio's `x`. */
function cellsMeasured(group: GroupFacts, note: NoteContext): boolean {
	const { filled, counted: measured } = countFilled(group, note, (value) => value.kind === "number" && value.unit !== null && value.unit !== "x" && value.unit !== "×");
	return measured * 2 > filled;
}

export const baselineLine: AxisRule = (group: GroupFacts, note) => {
	const side = baselineSide(group, note);
	if (side === null) return [];
	const line = side === "rows" ? "row" : "column";
	return [{ side, evidence: { rule: "baseline-line", score: 3, reason: `one ${line} is 1× throughout: the others are measured against its thing` } }];
};
