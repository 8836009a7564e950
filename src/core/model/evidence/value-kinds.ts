// Crestan and Pantel's observation about web tables: an attribute's values are
// of one kind (a column of numbers, of ✓/✗, of licences), while one entity's
// values mix kinds. So the side along which values stay alike holds the
// attributes, and the other side the things compared.
import { IMAGE_VALUE } from "../cell-facts";
import type { CellFacts, GroupFacts } from "./facts";
import { opensAgainst } from "./against-label";
import { GENERIC } from "./generic-label";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";
import { isScriptOutlier } from "./script-outlier";
import { valueKind } from "./value-kind";

/** The key of each cell text's kind in the note's memo: a text stands in many cells, and in each table's two passes. */
const KINDS = {};

function kindOf(text: string, note: NoteContext): string | null {
	// A screenshot or a logo: a column of them is one attribute (see IMAGE_VALUE).
	if (text === IMAGE_VALUE) return "image";
	return valueKind(text, note);
}

/** `kindOf(text)`, worked out once per text and note. */
function kindIn(kinds: Map<string, string | null>, text: string, note: NoteContext): string | null {
	let found = kinds.get(text);
	if (found === undefined) {
		found = kindOf(text, note);
		kinds.set(text, found);
	}
	return found;
}

/**
 * The mean share of the commonest kind along each line, for lines with at least two values.
 * `lines` lines of `length` kinds each, `kindAt(line, i)` the i-th kind of a line: the
 * table's kinds read in place, down the columns or across the rows, without copying them.
 */
function sameness(lines: number, length: number, kindAt: (line: number, i: number) => string | null): number | null {
	let sum = 0;
	let count = 0;
	// Kinds are a handful of words: counted in two short lists, not a Map per line.
	const kinds: string[] = [];
	const counts: number[] = [];
	for (let line = 0; line < lines; line++) {
		kinds.length = 0;
		counts.length = 0;
		let values = 0;
		for (let i = 0; i < length; i++) {
			const kind = kindAt(line, i);
			if (kind === null) continue;
			values++;
			const at = kinds.indexOf(kind);
			if (at < 0) {
				kinds.push(kind);
				counts.push(1);
			} else counts[at] = (counts[at] as number) + 1;
		}
		if (values < 2) continue;
		let most = 0;
		for (const n of counts) most = Math.max(most, n);
		sum += most / values;
		count++;
	}
	return count === 0 ? null : sum / count;
}

/**
 * "Total", "Difference" (차이 among Latin names), `vs Express` (a ratio of two other columns): a
 * summary beside the things compared, of its own kind.
 */
function isSummary(cell: CellFacts | undefined, side: readonly CellFacts[], note: NoteContext): boolean {
	return cell !== undefined && (GENERIC.has(note.normalized(cell.text)) || opensAgainst(cell.text) || isScriptOutlier(cell, side, note));
}

/** Each table's reading, kept for the note: rows-kind asks it again of the same table. */
const READING = {};

export const valueKinds: AxisRule = (group, note, index) => {
	const memo = note.memo.workedOut<GroupFacts, ReturnType<AxisRule>>(READING);
	let found = memo.get(group);
	if (found === undefined) {
		found = readValueKinds(group, note, index);
		memo.set(group, found);
	}
	return found;
};

const readValueKinds: AxisRule = (group, note) => {
	// Summary rows and columns ("Total", "Difference") are of their own kind by design; they are left out.
	const rows = group.body.filter((_, r) => !isSummary(group.rowLabels[r], group.rowLabels, note));
	const memo = note.memo.workedOut<string, string | null>(KINDS);
	const all = rows.map((row) => row.map((text) => kindIn(memo, text, note)));
	// reduce, not Math.max(...rows): a spread of 130,000 rows overflows the stack.
	const allWidth = all.reduce((widest, row) => Math.max(widest, row.length), 0);
	// A column of prose describes the rows; it says nothing about which side is which.
	const kept: number[] = [];
	for (let c = 0; c < allWidth; c++) {
		if (isSummary(group.columnLabels[c], group.columnLabels, note)) continue;
		let values = 0;
		let prose = 0;
		for (const row of all) {
			const kind = row[c] ?? null;
			if (kind === null) continue;
			values++;
			if (kind === "prose") prose++;
		}
		if (prose * 2 < values) kept.push(c);
	}
	const width = kept.length;
	if (all.length < 2 || width < 2) return [];
	const at = (r: number, i: number) => (all[r] as (string | null)[])[kept[i] as number] ?? null;
	const alongColumns = sameness(width, all.length, (c, r) => at(r, c));
	const alongRows = sameness(all.length, width, at);
	if (alongColumns === null || alongRows === null) return [];
	const difference = alongColumns - alongRows;
	if (Math.abs(difference) < 0.1) return [];
	const score = Math.min(2, 4 * Math.abs(difference));
	const percent = (n: number) => `${Math.round(n * 100)}%`;
	const reason = `values are alike down each column ${percent(alongColumns)}, across each row ${percent(alongRows)}`;
	// Alike down the columns: each column is an attribute, so the rows are the things compared.
	return [{ side: difference > 0 ? "rows" : "columns", evidence: { rule: "value-kinds", score, reason } }];
};
