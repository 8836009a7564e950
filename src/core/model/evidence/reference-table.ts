import type { NoteContext } from "./context";
import type { GroupFacts } from "./facts";
import type { AxisRule } from "./rule";
import { isMeasuredColumn } from "./type-column";
import { wordCount } from "./words";

/**
 * `Option | Default | Description`, `Key | Command | Description`: one column of
 * values beside prose describes each row; it is a reference list, not a
 * comparison of the rows. A comparison has two or more columns of values, or
 * weighs each row in two columns of prose or more (`Tool | Pros | Cons`,
 * `Methode | Stärken | Schwächen`): a reference list describes a row once.
 */
/**
 * Whether three quarters of a column's numbers at least carry one unit, as a measure's do
 * (`ev/sec` down a benchmark): counts of parts (`2枚`, `2個`, `1本`) and latencies spanning
 * scales (`30 ns`, `10 μs`) are a list's quantities, not one measure taken of each row.
 */
function oneUnit(group: GroupFacts, column: number, note: NoteContext): boolean {
	const units = new Map<string, number>();
	let numbers = 0;
	for (const row of group.body) {
		const value = note.readCell(row[column] ?? "");
		if (value.kind !== "number" || value.unit === null) continue;
		numbers++;
		units.set(value.unit, (units.get(value.unit) ?? 0) + 1);
	}
	let most = 0;
	for (const count of units.values()) most = Math.max(most, count);
	return numbers > 0 && most * 4 >= group.body.length * 3;
}

export const referenceTable: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.body.length < 2) return [];
	const width = group.body.reduce((widest, row) => Math.max(widest, row.length), 0);
	let prose = 0;
	let values = 0;
	let measured = false;
	for (let column = 0; column < width; column++) {
		const cells = group.body.map((row) => row[column] ?? "").filter((text) => note.readCell(text).kind !== "missing");
		if (cells.length === 0) continue;
		// A list in a cell (items on lines of their own) describes as prose does, however short its items.
		const long = cells.filter((text) => note.readCell(text).kind === "text" && (wordCount(text) > 3 || text.includes("\n"))).length;
		if (long >= cells.length / 2) prose++;
		else {
			values++;
			measured ||= isMeasuredColumn(group, column, note) && oneUnit(group, column, note);
		}
	}
	// One measured column beside remarks is a benchmark noted down (`| Machine | CPU speed | Notes |` over
	// `2724.77 ev/sec`): the rows are the things measured. A reference's one column holds a default or a key.
	if (prose >= 1 && values === 1 && measured) return [{ side: "rows", evidence: { rule: "measured-remarks", score: 1, reason: "one column measures each row, beside remarks: the rows are the things measured" } }];
	if (prose !== 1 || values > 1) return [];
	return [{ side: "rows", evidence: { rule: "reference-table", score: -0.5, reason: `${values} column${values === 1 ? "" : "s"} of values beside prose` } }];
};
