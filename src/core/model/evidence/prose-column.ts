// `| Bash | Nu | Funktion |`: beside columns of short values, a column of
// sentences describes each row. It is a description, not one of the things
// compared. Only by contrast: when every column is prose (a comparison written
// out in words) no column is singled out.
import type { GroupFacts } from "./facts";
import type { NoteContext } from "./context";
import type { NameRule } from "./rule";
import { wordCount } from "./words";

/** The key of the per-table columns in the note's memo. */
const PROSE_COLUMNS = {};

/** Per column, whether most of its filled cells are sentences (more than three words of text). */
export function proseOf(group: GroupFacts, note: NoteContext): { prose: boolean[]; at: Map<unknown, number> } {
	const proseColumns = note.memo.workedOut<GroupFacts, { prose: boolean[]; at: Map<unknown, number> }>(PROSE_COLUMNS);
	let found = proseColumns.get(group);
	if (!found) {
		const prose = group.columnLabels.map((_, column) => {
			let filled = 0;
			let long = 0;
			for (const row of group.body) {
				const text = row[column] ?? "";
				const value = note.readCell(text);
				if (value.kind === "missing") continue;
				filled++;
				if (value.kind === "text" && wordCount(text) > 3) long++;
			}
			return filled > 0 && long * 2 >= filled;
		});
		// Where each label stands, so a header of thousands of cells is not searched once per cell.
		const at = new Map<unknown, number>(group.columnLabels.map((cell, i) => [cell, i]));
		found = { prose, at };
		proseColumns.set(group, found);
	}
	return found;
}

export const proseColumn: NameRule = (label, note) => {
	if (label.side !== "columns" || label.group.kind !== "table") return null;
	const { prose, at: where } = proseOf(label.group, note);
	const at = where.get(label.cell) ?? -1;
	if (at < 0 || prose[at] !== true) return null;
	const others = prose.length - 1;
	const short = prose.filter((isProse) => !isProse).length;
	// Two columns are no contrast: one of sentences beside one of checks may be two things described.
	if (others < 2 || short * 2 <= others) return null;
	return { rule: "prose-column", score: -2, reason: "a column of sentences beside columns of short values: it describes the rows" };
};
