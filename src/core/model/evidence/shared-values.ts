// Things compared share values of an attribute: two apps both "open a folder", two
// databases both "GPL". In a table with the things across its header, each row is one
// attribute, so the same words written twice in one row (`| Setup | open a folder | open a
// folder |`) are one attribute's value shared by two things across. When words repeat along
// rows and never down any column, the things compared are across the header. Only words
// count: marks (✓ ✗), numbers, dates and versions repeat along every line of a grid of them
// and say nothing. The other direction is no hint: a list of records (tasks by status, books
// by genre, components by stability) repeats its categories down its columns without
// comparing its rows, so words repeating down columns say nothing here.
import { normalizeName } from "./names";
import type { GroupFacts } from "./facts";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";

/** The key of each table's answer in the note's memo: a table is judged more than once. */
const SHARED = {};

/** Whether some words stand twice among `texts`. */
function repeats(texts: readonly string[]): boolean {
	const seen = new Set<string>();
	for (const text of texts) {
		if (seen.has(text)) return true;
		seen.add(text);
	}
	return false;
}

/** The table's words, a normal form per cell, or "" where the cell holds no words (a value, a mark, nothing). */
function wordsOf(group: GroupFacts, note: NoteContext): string[][] {
	return group.body.map((row) => row.map((text) => (note.readCell(text).kind === "text" ? normalizeName(text) : "")));
}

function linesWithRepeats(lines: readonly (readonly string[])[]): number {
	return lines.filter((line) => repeats(line.filter((text) => text !== ""))).length;
}

export const sharedValues: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.body.length < 2 || group.columnLabels.length < 2) return [];
	const found = note.memo.workedOut<GroupFacts, "columns" | null>(SHARED);
	let side = found.get(group);
	if (side === undefined) {
		const words = wordsOf(group, note);
		const width = group.columnLabels.length;
		const columns = Array.from({ length: width }, (_, c) => words.map((row) => row[c] ?? ""));
		const inRows = linesWithRepeats(words);
		const inColumns = linesWithRepeats(columns);
		side = inRows >= 2 && inColumns === 0 ? "columns" : null;
		found.set(group, side);
	}
	if (side === null) return [];
	return [{ side, evidence: { rule: "shared-values", score: 0.5, reason: "the same words stand twice in a row: the things across share an attribute's value" } }];
};
