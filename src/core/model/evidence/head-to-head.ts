// `| | Native | ExaGameBooster | Improvement |` over `162,96 FPS | 176,97 FPS | +8,5%`, or
// `| cargo test (s) | nextest (s) | Improvement |` over `5.14 | 1.52 | 3.38×`: a column that writes how
// far one column's numbers lie from another's, as a change in percent or as a ratio marked ×, sets
// those two columns against each other. They are two things measured alike, and the column is their
// difference, no thing of its own. Read from the numbers alone, in any language; a ratio written
// without its mark (`Speedup | 5.12`) may as well relate two measures of one thing, and says nothing.
import { writtenForm } from "../cell-value";
import type { NoteContext } from "./context";
import { type GroupFacts, sideLabels } from "./facts";
import { positionOf } from "./label-position";
import type { NameRule } from "./rule";

/** The widest table read: the search looks at every three columns. */
const MOST_COLUMNS = 16;
/** Rows needed, every one of them agreeing: one may agree by chance. */
const FEWEST_ROWS = 2;

interface Column {
	/** The numbers, NaN where a cell holds none. */
	values: number[];
	/** How near each number was written: one unit of its last decimal place (1 for `15x`, 0.1 for `+8,5%`). */
	steps: number[];
	/** The one unit every number is written with ("" for none), or null when they differ or none is a number. */
	unit: string | null;
	/** What the column writes: shares, ratios marked ×, or other numbers. */
	kind: "share" | "ratio" | "number" | null;
}

function columnOf(group: GroupFacts, column: number, note: NoteContext): Column {
	const values: number[] = [];
	const steps: number[] = [];
	let unit: string | null | undefined;
	let kind: Column["kind"] | undefined;
	for (const row of group.body) {
		const value = note.readCell(row[column] ?? "");
		let own: Column["kind"];
		let written = "";
		if (value.kind === "percent") own = "share";
		else if (value.kind === "number") {
			written = value.unit ?? "";
			own = written === "×" || written === "x" ? "ratio" : "number";
		} else {
			values.push(Number.NaN);
			steps.push(Number.NaN);
			continue;
		}
		values.push(value.value);
		steps.push(10 ** -(writtenForm(row[column] ?? "")?.decimals ?? 0));
		kind = kind === undefined || kind === own ? own : null;
		unit = unit === undefined || unit === written ? written : null;
	}
	return { values, steps, unit: unit ?? null, kind: kind ?? null };
}

/** Whether c writes, row by row, the change from a to b in percent, or their ratio either way. */
function relates(a: Column, b: Column, c: Column): boolean {
	let rows = 0;
	for (let i = 0; i < c.values.length; i++) {
		const x = a.values[i] as number;
		const y = b.values[i] as number;
		const z = c.values[i] as number;
		if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(z) || x === 0 || y === 0) continue;
		// Written values are rounded, or cut (176.97 / 162.96 is 8.597 % more, written `+8,5%`): within one unit of the last place written, and a hundredth.
		const near = (worked: number) => Math.abs(worked - z) <= (c.steps[i] as number) + Math.abs(z) * 0.01;
		const fits = c.kind === "share" ? near((y / x - 1) * 100) || near((x / y - 1) * 100) : near(y / x) || near(x / y);
		if (!fits) return false;
		rows++;
	}
	return rows >= FEWEST_ROWS;
}

/** The key of each table's answer in the note's memo. */
const PAIRS = {};

/** Per column of the table, "compared" for the two set against each other and "difference" for the column between them. */
function headToHead(group: GroupFacts, note: NoteContext): ReadonlyMap<number, "compared" | "difference"> {
	const memo = note.memo.workedOut<GroupFacts, ReadonlyMap<number, "compared" | "difference">>(PAIRS);
	let found = memo.get(group);
	if (found === undefined) {
		const roles = new Map<number, "compared" | "difference">();
		const width = group.columnLabels.length;
		if (group.kind === "table" && width >= 3 && width <= MOST_COLUMNS && group.body.length >= FEWEST_ROWS) {
			const columns = Array.from({ length: width }, (_, c) => columnOf(group, c, note));
			for (let c = 0; c < width; c++) {
				const difference = columns[c] as Column;
				if (difference.kind !== "share" && difference.kind !== "ratio") continue;
				for (let a = 0; a < width; a++) {
					const first = columns[a] as Column;
					if (a === c || first.kind !== "number" || first.unit === null) continue;
					for (let b = a + 1; b < width; b++) {
						const second = columns[b] as Column;
						if (b === c || second.kind !== "number" || second.unit !== first.unit || !relates(first, second, difference)) continue;
						roles.set(c, "difference");
						if (!roles.has(a)) roles.set(a, "compared");
						if (!roles.has(b)) roles.set(b, "compared");
					}
				}
			}
		}
		found = roles;
		memo.set(group, found);
	}
	return found;
}

export const headToHeadColumn: NameRule = (label, note) => {
	if (label.side !== "columns" || label.group.kind !== "table") return null;
	const role = headToHead(label.group, note).get(positionOf(sideLabels(label.group, "columns"), label.cell, note));
	if (role === "compared") return { rule: "head-to-head", score: 1, reason: "a column beside writes how far its numbers lie from another column's: two things measured alike" };
	if (role === "difference") return { rule: "difference-column", score: -2, reason: "writes how far one column's numbers lie from another's: their difference, no thing" };
	return null;
};
