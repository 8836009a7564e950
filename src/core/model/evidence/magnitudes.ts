// A benchmark grid where every cell is one measure (`333 ms` … `0.7 ms`) gives
// value-kinds nothing: the kinds are alike both ways. The sizes still differ.
// One task run by the things compared gives values of about one size (333 ms
// against 45 ms), while one thing's column runs over tasks of very different
// cost (333 ms for an import, 4.9 ms for a query). So the side along which the
// values keep their order of magnitude holds the tasks, and the other side the
// things compared.
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";

/** How many orders of magnitude one line's values span, or null for fewer than two positive values. */
function spread(values: readonly (number | null)[]): number | null {
	let least = Infinity;
	let most = 0;
	let count = 0;
	for (const value of values) {
		if (value === null || value <= 0) continue;
		count++;
		least = Math.min(least, value);
		most = Math.max(most, value);
	}
	return count < 2 ? null : Math.log10(most / least);
}

function meanSpread(lines: readonly (readonly (number | null)[])[]): number | null {
	let sum = 0;
	let count = 0;
	for (const line of lines) {
		const found = spread(line);
		if (found === null) continue;
		sum += found;
		count++;
	}
	return count === 0 ? null : sum / count;
}

/** The values as numbers when every filled cell is a number written with the same unit; null otherwise. */
function oneMeasure(body: readonly (readonly string[])[], note: NoteContext): (number | null)[][] | null {
	let unit: string | null | undefined;
	const values: (number | null)[][] = [];
	for (const row of body) {
		const line: (number | null)[] = [];
		for (const text of row) {
			const value = note.readCell(text);
			if (value.kind === "missing") {
				line.push(null);
				continue;
			}
			if (value.kind !== "number") return null;
			const own = value.unit === null ? null : value.unit.toLowerCase();
			if (unit === undefined) unit = own;
			else if (unit !== own) return null;
			line.push(value.value);
		}
		values.push(line);
	}
	// Bare numbers may be several measures under units in the header (`dict (ms)`, `vs. orjson`):
	// only cells that each carry the one unit are surely one measure.
	return unit === undefined || unit === null ? null : values;
}

/** The spread must be this many orders of magnitude larger one way, and at least twice as large. */
const APART = 0.5;

export const magnitudes: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.body.length < 2 || group.columnLabels.length < 2) return [];
	const values = oneMeasure(group.body, note);
	if (values === null) return [];
	const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
	const columns = Array.from({ length: width }, (_, c) => values.map((row) => row[c] ?? null));
	const alongRows = meanSpread(values);
	const alongColumns = meanSpread(columns);
	if (alongRows === null || alongColumns === null) return [];
	const [small, large] = alongRows < alongColumns ? [alongRows, alongColumns] : [alongColumns, alongRows];
	if (large - small < APART || large < small * 2) return [];
	const orders = (n: number) => n.toFixed(1);
	const reason = `one measure throughout: across each row its values span ${orders(alongRows)} orders of magnitude, down each column ${orders(alongColumns)}`;
	// Alike across each row: a row is one task, so the columns are the things compared.
	return [{ side: alongRows < alongColumns ? "columns" : "rows", evidence: { rule: "magnitudes", score: 0.75, reason } }];
};
