import type { NoteContext } from "./context";
import type { GroupFacts, Side } from "./facts";
import type { AxisRule } from "./rule";

/*
 * A line of values that are days (`2024-06-02`, `20.09.2024`): each line of the other side carries
 * the day something was done or is due, as the entries of a log, a plan or an inventory do
 * (`Monstera | 2024-06-02 | 2024-06-09`, a task due `30.09.2024`, a reagent expiring
 * `2025-03-01`). Things compared carry attributes; when a comparison dates them it writes a year
 * or a month (`2019`, `Sep 2023`), seldom the day. So a field of three days or more, in three of
 * four lines or more and all within one year, speaks against the lines as things compared:
 * releases of products spread over years, the entries of one log or one to-do list over weeks.
 * And the field itself, a line holding only days, is a record's field (`Due`), no thing compared
 * either: a little against the other side too. Only the digits are read, never a word for a date.
 */

/** A day written day first (`20.09.2024`, `5/10/2024`), as most of Europe writes it; the cell reader reads only ISO days. */
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
/** The ISO day the cell reader gives a date of a day (`2024-06-02`; `2024-06`, a month, is none). */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day a cell writes, as days since 1970, or null. */
function dayOf(text: string, note: NoteContext): number | null {
	const cell = text.replace(/\*/g, "").trim();
	const value = note.readCell(cell);
	const iso = value.kind === "date" ? ISO_DAY.exec(value.value) : null;
	let year: number;
	let month: number;
	let day: number;
	if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	else {
		const first = DAY_FIRST.exec(cell);
		if (!first) return null;
		[day, month, year] = [Number(first[1]), Number(first[2]), Number(first[3])];
		if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	}
	return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Whether one field, across the lines, holds days (three or more, three of them apart) in three of four lines or more, within one year. */
function daysField(cells: readonly string[], note: NoteContext): boolean {
	const filled = cells.filter((cell) => cell.trim() !== "");
	const days = filled.map((cell) => dayOf(cell, note)).filter((day): day is number => day !== null);
	if (days.length < 3 || days.length < filled.length * 0.75) return false;
	// Entries fall on days of their own; alternatives on one day (three flights on 18 April) are one choice's day.
	if (new Set(days).size < 3) return false;
	return Math.max(...days) - Math.min(...days) <= 366;
}

/** Whether the lines of one side each carry a day, in one field of values. */
function datedSide(group: GroupFacts, side: Side, note: NoteContext): boolean {
	const body = group.body;
	if (side === "rows") {
		const width = group.columnLabels.length;
		for (let c = 0; c < width; c++) if (daysField(body.map((row) => row[c] ?? ""), note)) return true;
		return false;
	}
	return body.some((row) => daysField(row, note));
}

/** The key of the per-table answers in the note's memo. */
const DATED = {};

/** `| Plant | Watered | Next |` over days: the rows are a log's entries, not things compared. */
export const datedLines: AxisRule = (group, note: NoteContext) => {
	if (group.kind !== "table" || group.body.length < 2) return [];
	const memo = note.memo.workedOut<GroupFacts, Side[]>(DATED);
	let found = memo.get(group);
	if (found === undefined) {
		found = (["rows", "columns"] as Side[]).filter((side) => datedSide(group, side, note));
		memo.set(group, found);
	}
	return found.flatMap((side) => {
		const other: Side = side === "rows" ? "columns" : "rows";
		return [
			{ side, evidence: { rule: "dated-lines", score: -1, reason: `each of the ${side} carries a day within one year: entries of a log or a plan, not things compared` } },
			// The field of days is one of the record's fields (`Due`, `Watered`), no thing compared either.
			{ side: other, evidence: { rule: "dated-lines", score: -0.5, reason: `one of the ${other} holds only days: a record's field, not a thing compared` } },
		];
	});
};
