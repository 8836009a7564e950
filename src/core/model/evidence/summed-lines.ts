import type { CellValue } from "../cell-value";
import type { NoteContext } from "./context";
import type { GroupFacts, Side } from "./facts";
import type { AxisRule } from "./rule";

/*
 * A total line: the last row (or the first) of a table whose amounts are the sums of the
 * rows' amounts in every column that has one (`Heizung 842,10 € … Summe 1.653,65 €`,
 * `Tente 1150 … Total 3595`, `| Voce | Rossi | Bianchi |` over cost lines and their
 * `Totale`); or the last column, summing each row's amounts. Lines that add up to a whole
 * are the parts of one budget, one bag, one quote: items listed, not alternatives compared.
 * Nobody adds the prices of three laptops. So the summed side holds no things compared,
 * whatever the total line is called in the note's language: only the arithmetic is read.
 *
 * The line of parts must be two lines or more with an amount, and an amount of three or more,
 * or a total line written in bold, so that one coincidence (2 + 3 = 5 down a column of small
 * counts) is not taken for a total. Percentages are left out: shares summing to 100 % may be
 * the things' shares of one market.
 */

/** Digits grouped by thousands with a space (`2 340`, `1 200`, as French, Polish and Swedish write them). */
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])/;

/** An amount the cell writes, or null: numbers only, read by the one cell reader. */
function amountOf(text: string, note: NoteContext): number | null {
	const cell = text.replace(/\*/g, "").trim();
	let value: CellValue = note.readCell(cell);
	if (value.kind === "text") {
		const grouped = SPACE_GROUPED.exec(cell);
		if (grouped) value = note.readCell(grouped[0].replace(/[ \u00a0\u202f]/g, "") + cell.slice(grouped[0].length));
	}
	return value.kind === "number" && Number.isFinite(value.value) ? value.value : null;
}

/** Whether a total is the sum of its parts, allowing for each figure's rounding. */
function sums(total: number, parts: readonly number[]): boolean {
	const sum = parts.reduce((a, b) => a + b, 0);
	return Math.abs(sum - total) <= Math.max(0.011, Math.abs(total) * 0.005);
}

/**
 * Whether line `at` of `lines` (each a list of cells, across the same fields) holds the sums of
 * the other lines, in every field where it has an amount and the others have two or more.
 */
function totalLine(lines: readonly (readonly string[])[], at: number, bold: boolean, note: NoteContext): boolean {
	const total = lines[at];
	if (!total) return false;
	let summed = 0;
	let manyParts = false;
	for (let field = 0; field < total.length; field++) {
		const whole = amountOf(total[field] ?? "", note);
		if (whole === null) continue;
		const parts: number[] = [];
		for (let i = 0; i < lines.length; i++) {
			if (i === at) continue;
			const part = amountOf(lines[i]?.[field] ?? "", note);
			if (part !== null) parts.push(part);
		}
		if (parts.length < 2) continue;
		if (!sums(whole, parts)) return false;
		summed++;
		if (parts.filter((part) => part !== 0).length >= 3) manyParts = true;
	}
	return summed > 0 && (manyParts || bold);
}

/** Whether one side of the table is lines adding up to a total line, its last or first. */
function summedSide(group: GroupFacts, side: Side, note: NoteContext): boolean {
	const body = group.body;
	if (side === "rows") {
		if (body.length < 3) return false;
		const boldAt = (i: number) => group.rowLabels[i]?.bold === true;
		return totalLine(body, body.length - 1, boldAt(body.length - 1), note) || totalLine(body, 0, boldAt(0), note);
	}
	const width = group.columnLabels.length;
	if (width < 3) return false;
	const columns: string[][] = Array.from({ length: width }, (_, c) => body.map((row) => row[c] ?? ""));
	return totalLine(columns, width - 1, group.columnLabels[width - 1]?.bold === true, note);
}

/** The key of the per-table answers in the note's memo. */
const SUMMED = {};

/** `| Posten | Betrag |` over cost lines and their `Summe`: the lines adding up are parts of a whole, not things compared. */
export const summedLines: AxisRule = (group, note) => {
	if (group.kind !== "table") return [];
	const memo = note.memo.workedOut<GroupFacts, Side[]>(SUMMED);
	let found = memo.get(group);
	if (found === undefined) {
		found = (["rows", "columns"] as Side[]).filter((side) => summedSide(group, side, note));
		memo.set(group, found);
	}
	return found.map((side) => ({
		side,
		evidence: { rule: "summed-lines", score: -1.5, reason: `the ${side === "rows" ? "rows'" : "columns'"} amounts add up to a total line: parts of a whole, not things compared` },
	}));
};
