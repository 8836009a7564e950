// A long-form table: one row per (thing, case). Benchmark results and measurement
// logs are often written so: `| Benchmark | Library | ops/s |` over `get | lru-cache`,
// `get | quick-lru`, `set | lru-cache`, `set | quick-lru`. One key column enumerates
// the cases, each written once, in runs (or once above blanks, as a merged cell
// would be); within each run another column names the things measured, each at most
// once, and the same things come back run after run. That second column is the one
// whose values are set side by side case by case, so it holds the things compared,
// and its repeating is the shape of the table, not a sign of scenarios. Only the
// shape is read (which column runs, which cycles within the runs), never a word,
// and only where values are measured beside the two keys.
import type { CellValue } from "../cell-value";
import type { CellFacts } from "./facts";
import { dateKey, logSeriesOf } from "./log-keys";
import type { AxisRule } from "./rule";
import { wordCount } from "./words";

type CellReader = (text: string) => CellValue;

const textOf = (cell: CellFacts | undefined): string => cell?.text.trim() ?? "";

/** Whether a key comes back after another was written: keys written in runs do not (a blank continues the run above it). */
export function keyComesBack(keys: readonly string[]): boolean {
	const closed = new Set<string>();
	let current = "";
	for (const key of keys) {
		if (key === "" || key === current) continue;
		if (closed.has(key)) return true;
		if (current !== "") closed.add(current);
		current = key;
	}
	return false;
}

/**
 * The run each row belongs to, by the key column's cells: a run starts where the key is
 * written and differs from the run before, and a blank cell continues the run above it.
 * Null when the key is not written in runs of two rows or more, or writes a case twice.
 */
function runsOf(keys: readonly string[]): { run: number[]; names: string[] } | null {
	// A case is enumerated once: a key that comes back after another is no run.
	if (keyComesBack(keys)) return null;
	const run: number[] = [];
	const names: string[] = [];
	let current = "";
	// Rows before the first case (a blank row under the header) belong to no run.
	for (const key of keys) {
		if (key !== "" && key !== current) {
			names.push(key);
			current = key;
		}
		run.push(names.length - 1);
	}
	if (names.length < 2 || names.length * 2 > keys.length) return null;
	return { run, names };
}

/**
 * Whether the values of `names` cycle within the runs of `keys`: each run holds two of
 * them or more, none twice, and most of them come back in another run. A column of
 * names of things, not values or sentences.
 */
function cyclesWithin(names: readonly string[], keys: readonly string[], read: CellReader): boolean {
	const runs = runsOf(keys);
	// Cases that are dates or times, or days or a numbered series in order, are a log's entries, kept by time (./log-keys.ts).
	if (runs === null || logSeriesOf(runs.names) !== null || runs.names.every((name) => dateKey(name) !== null)) return false;
	const seen: Set<string>[] = runs.names.map(() => new Set());
	const runsOfName = new Map<string, number>();
	for (let row = 0; row < names.length; row++) {
		const name = names[row] as string;
		if (name === "") continue;
		// A name above the first case belongs to no case.
		if ((runs.run[row] as number) < 0) return false;
		if (read(name).kind !== "text" || wordCount(name) > 4) return false;
		const inRun = seen[runs.run[row] as number] as Set<string>;
		if (inRun.has(name)) return false;
		inRun.add(name);
		runsOfName.set(name, (runsOfName.get(name) ?? 0) + 1);
	}
	if (seen.some((run) => run.size < 2) || runsOfName.size < 2) return false;
	let recurring = 0;
	for (const count of runsOfName.values()) if (count >= 2) recurring++;
	return recurring * 2 >= runsOfName.size;
}

/** Whether a column holds measured values (numbers, marks, sizes): mostly cells that read as no plain text. */
function measured(cells: readonly string[], read: CellReader): boolean {
	const filled = cells.filter((text) => text !== "");
	if (filled.length < 2) return false;
	return filled.filter((text) => read(text).kind !== "text").length * 2 > filled.length;
}

/** How far to look for the two keys: a long-form table starts with them. */
const LOOK = 3;

/**
 * The table read as long-form: the column of the things measured and the column of
 * the cases they cycle through, or null. `subject` is the column that names the rows
 * as the subject column says: only a table named by its first column (no row numbers,
 * no distinct names after a category) is looked at. A long-form table may name its
 * things in the column after a column of cases (`| Operation | Library |`), or in the
 * first column with its cases after it (`| Library | Benchmark |`).
 */
export function longForm(rows: readonly (readonly CellFacts[])[], width: number, subject: number, read: CellReader): { names: number; cases: number } | null {
	if (subject !== 0 || rows.length < 4 || width < 3) return null;
	const column = (c: number) => rows.map((row) => textOf(row[c]));
	const columns: string[][] = Array.from({ length: Math.min(LOOK, width - 1) }, (_, c) => column(c));
	const valued = (a: number, b: number) => Array.from({ length: width }, (_, c) => c).some((c) => c !== a && c !== b && measured(column(c), read));
	// The first column's cases with the things after them, then the things first with their cases after.
	const pairs: [number, number][] = [[1, 0], [2, 0], [0, 1], [0, 2]];
	for (const [names, cases] of pairs) {
		const namesCells = columns[names];
		const casesCells = columns[cases];
		if (namesCells === undefined || casesCells === undefined) continue;
		if (cyclesWithin(namesCells, casesCells, read) && valued(names, cases)) return { names, cases };
	}
	return null;
}

/**
 * A table read as long-form (its rows keyed by a column of cases, `GroupFacts.cases`):
 * the names down its rows recur once per case, which is what the things compared do
 * in such a table. It scores nothing and is listed so `inspect --explain` says why the
 * rows are named as they are: the shape says where the things measured stand, not that
 * they are things a reader compares (products cycling through the regions of a sales
 * report, exercises through a workout's sessions), so the rows' own evidence and how the
 * values run decide, as in any table, with no penalty for the repeating.
 */
export const longFormRows: AxisRule = (group) => {
	if (group.kind !== "table" || group.cases === undefined) return [];
	const names = new Set(group.rowLabels.map((cell) => cell.text.trim()).filter((text) => text !== "")).size;
	const cases = new Set(group.cases.filter((text) => text !== "")).size;
	return [{ side: "rows", evidence: { rule: "long-form", score: 0, reason: `one row per name and case: ${names} names recur through ${cases} cases` } }];
};
