// `| Kriterium | Gewichtung | Next.js (Bewertung) | Next.js (Gewichteter Wert) | Hugo (Bewertung) |
// Hugo (Gewichteter Wert) |`: a decision matrix weighs each criterion, and a thing's weighted value
// is its score times the weight, row by row. A column whose numbers times another column's give a
// third, for two such pairs at least, is the weights the scores are multiplied by: a key of the
// criteria, not one of the things scored. Read from the numbers alone, in any language.
// `| Unterkriterium | Gewicht | React | Angular | Vue |` over `7% | 10 | 9 | 9`: without weighted values,
// the weights still show as shares of a whole (percentages adding up to 100 %, or to the share the
// table's heading gives, `Funktionalität (20%)`) beside two columns of scores or more on one small
// scale, as the first column of values. Shares of a whole beside numbers of any size (market shares
// beside stars) or beside places (market shares beside ranks 1, 2, 3) are no weights.
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

/** The scales scores are given on: one to five, one to ten, or from zero. */
const HIGHEST_SCORE = 10;

/**
 * Whether the first `rows` cells of a column are scores: plain numbers from 0 to 10, or ratings.
 * Not places (1, 2, 3, 4 once each, in any order): a ranking beside shares ranks the things sharing.
 */
function scores(group: GroupFacts, column: number, note: NoteContext, rows: number): boolean {
	const seen = new Set<number>();
	let places = true;
	for (const row of group.body.slice(0, rows)) {
		const value = note.readCell(row[column] ?? "");
		if (value.kind === "rating") {
			places = false;
			continue;
		}
		if (value.kind !== "number" || value.unit !== null || value.value < 0 || value.value > HIGHEST_SCORE) return false;
		if (!Number.isInteger(value.value) || value.value < 1 || value.value > rows || seen.has(value.value)) places = false;
		seen.add(value.value);
	}
	return !places;
}

/** A share written in a heading: `Funktionalität (20%)`, `Sicherheit – 25 %`. */
const SHARE = /(\d{1,3}(?:[.,]\d{1,2})?) ?%/g;

/**
 * How many rows of a column, from the first, are shares of a whole, every cell a percentage or every
 * cell a fraction of one, adding up to 100 % or to a share its heading gives; 0 when they are not.
 * A last row adding up the rows above it (`**Summe** | **100%**`) is their total, no share.
 */
function sharesOfWhole(group: GroupFacts, column: number, note: NoteContext): number {
	const shares: number[] = [];
	let percent: boolean | undefined;
	for (const row of group.body) {
		const value = note.readCell(row[column] ?? "");
		const isPercent = value.kind === "percent";
		const isFraction = value.kind === "number" && value.unit === null && value.value > 0 && value.value <= 1;
		if ((!isPercent && !isFraction) || (percent !== undefined && percent !== isPercent)) return 0;
		percent = isPercent;
		shares.push(isPercent ? value.value : (value as { value: number }).value * 100);
	}
	const heading = group.headings?.[group.headings.length - 1] ?? "";
	const wholes = [100, ...Array.from(heading.matchAll(SHARE), (share) => Number((share[1] as string).replace(",", ".")))];
	const whole = (total: number) => wholes.some((value) => Math.abs(total - value) <= 0.5);
	const total = shares.reduce((sum, share) => sum + share, 0);
	if (shares.length >= FEWEST_ROWS && whole(total)) return shares.length;
	// A last weight of half (10 %, 15 %, 25 %, 50 %) adds up to the rest too: only where the whole column misses the whole is its last row a total.
	const last = shares[shares.length - 1] as number;
	if (shares.length > FEWEST_ROWS && Math.abs(total - 2 * last) <= 0.5 && whole(last)) return shares.length - 1;
	return 0;
}

/** The key of each table's weight columns in the note's memo. */
const WEIGHTS = {};

/** The columns whose numbers weigh two others or more into a third, or are shares of a whole beside two columns of scores or more. */
export function weightColumns(group: GroupFacts, note: NoteContext): ReadonlySet<number> {
	const memo = note.memo.workedOut<GroupFacts, ReadonlySet<number>>(WEIGHTS);
	let found = memo.get(group);
	if (found === undefined) {
		found = new Set<number>();
		const width = group.columnLabels.length;
		if (group.kind === "table" && width >= 3 && width <= MOST_COLUMNS && group.body.length >= FEWEST_ROWS) {
			const columns = Array.from({ length: width }, (_, c) => numbersOf(group, c, note));
			const numeric = columns.map((values) => values.filter((v) => !Number.isNaN(v)).length >= FEWEST_ROWS);
			for (let w = 0; w < width; w++) {
				let weighed = 0;
				for (let s = 0; s < width && weighed < 2 && numeric[w]; s++) {
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
				// Weights stand beside the criteria they weigh, as the first column of values: elsewhere a
				// column of fractions adding up to one is as likely a chance (0.35 + 0.41 + 0.24 seconds).
				else if (w === 0) {
					const rows = sharesOfWhole(group, w, note);
					let scored = 0;
					for (let s = 0; s < width && scored < 2 && rows > 0; s++) if (s !== w && scores(group, s, note, rows)) scored++;
					if (scored >= 2) (found as Set<number>).add(w);
				}
			}
		}
		memo.set(group, found);
	}
	return found;
}

export const weightColumn: NameRule = (label, note) => {
	if (label.side !== "columns" || label.group.kind !== "table") return null;
	const position = positionOf(sideLabels(label.group, "columns"), label.cell, note);
	return weightColumns(label.group, note).has(position) ? { rule: "weight-column", score: -2, reason: "weighs each criterion: its numbers times the things' scores give their weighted values, or are shares of a whole beside their scores" } : null;
};
