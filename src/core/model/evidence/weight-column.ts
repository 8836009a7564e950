// `| Kriterium | Gewichtung | Next.js (Bewertung) | Next.js (Gewichteter Wert) | Hugo (Bewertung) |
// Hugo (Gewichteter Wert) |`: a decision matrix weighs each criterion, and a thing's weighted value
// is its score times the weight, row by row. A column whose numbers times another column's give a
// third, for two such pairs at least, is the weights the scores are multiplied by: a key of the
// criteria, not one of the things scored. Read from the numbers alone, in any language.
import type { NoteContext } from "./context";
import { type GroupFacts, sideLabels } from "./facts";
import { positionOf } from "./label-position";
import type { NameRule } from "./rule";

/** The widest table read: the search pairs every three columns. */
const MOST_COLUMNS = 16;
/** Rows needed: a product or two may meet by chance. */
const FEWEST_ROWS = 3;

/** The column's numbers, NaN where a cell holds none. */
function numbersOf(group: GroupFacts, column: number, note: NoteContext): number[] {
	return group.body.map((row) => {
		const value = note.readCell(row[column] ?? "");
		return value.kind === "number" ? value.value : Number.NaN;
	});
}

/** Whether a times b gives c in every row where all three are numbers, three rows at least, not all zero. */
function multiplies(a: readonly number[], b: readonly number[], c: readonly number[]): boolean {
	let rows = 0;
	let nonZero = false;
	for (let i = 0; i < a.length; i++) {
		const x = a[i] as number;
		const y = b[i] as number;
		const z = c[i] as number;
		if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(z)) continue;
		if (Math.abs(x * y - z) > 1e-6 * Math.max(1, Math.abs(z))) return false;
		rows++;
		if (z !== 0) nonZero = true;
	}
	return rows >= FEWEST_ROWS && nonZero;
}

/** The key of each table's weight columns in the note's memo. */
const WEIGHTS = {};

/** The columns whose numbers weigh two others or more into a third. */
function weightColumns(group: GroupFacts, note: NoteContext): ReadonlySet<number> {
	const memo = note.memo.workedOut<GroupFacts, ReadonlySet<number>>(WEIGHTS);
	let found = memo.get(group);
	if (found === undefined) {
		found = new Set<number>();
		const width = group.columnLabels.length;
		if (group.kind === "table" && width >= 3 && width <= MOST_COLUMNS && group.body.length >= FEWEST_ROWS) {
			const columns = Array.from({ length: width }, (_, c) => numbersOf(group, c, note));
			const numeric = columns.map((values) => values.filter((v) => !Number.isNaN(v)).length >= FEWEST_ROWS);
			for (let w = 0; w < width; w++) {
				if (!numeric[w]) continue;
				let weighed = 0;
				for (let s = 0; s < width && weighed < 2; s++) {
					if (s === w || !numeric[s]) continue;
					for (let v = 0; v < width; v++) {
						if (v === w || v === s || !numeric[v]) continue;
						if (multiplies(columns[w] as number[], columns[s] as number[], columns[v] as number[])) {
							weighed++;
							break;
						}
					}
				}
				if (weighed >= 2) (found as Set<number>).add(w);
			}
		}
		memo.set(group, found);
	}
	return found;
}

export const weightColumn: NameRule = (label, note) => {
	if (label.side !== "columns" || label.group.kind !== "table") return null;
	const position = positionOf(sideLabels(label.group, "columns"), label.cell, note);
	return weightColumns(label.group, note).has(position) ? { rule: "weight-column", score: -2, reason: "its numbers times each thing's scores give their weighted values: the criteria's weights" } : null;
};
