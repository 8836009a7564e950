// The column that names what each row is about. Usually the first; but a list
// such as `Category | Company | Description | Stars` names its rows in the
// second, because the first repeats. Web-table research calls it the subject
// column: the leftmost whose cells are distinct texts rather than values.
import { type CellValue, readCell } from "./cell-value";
import type { CellFacts } from "./evidence/facts";
import { wordCount } from "./evidence/words";
import { undecorated } from "./evidence/names";

/** How a cell reads: `readCell`, or the note's memo of it. */
type CellReader = (text: string) => CellValue;

function isCategory(cells: readonly (CellFacts | undefined)[], read: CellReader): boolean {
	const texts = cells.map((cell) => cell?.text.trim() ?? "").filter((text) => text !== "");
	if (texts.length < 2) return false;
	// Words that repeat are a category; places shared by ties in a ranking are one too.
	if (texts.every((text) => read(text).kind === "text")) return new Set(texts).size / texts.length < 0.8;
	return isTiedRanking(texts, read);
}

/**
 * `1, 1, 1, 4, 5` or `1, 1, 2, 3` down a `Rank` column: places from one, a tie repeating the place
 * and the next place either the row's own (standard ranking) or one more (dense ranking). Whole
 * numbers that repeat otherwise (`16, 16, 32` pixel sizes) are keys the table looks up.
 */
function isTiedRanking(texts: readonly string[], read: CellReader): boolean {
	let tied = false;
	let previous = 0;
	let placed = 0;
	let unplaced = 0;
	for (const text of texts) {
		// A baseline measured beside the things ranked may stand unplaced (`—`), as under row numbers.
		if (read(text).kind === "missing") {
			unplaced++;
			continue;
		}
		if (!/^\d{1,3}$/.test(text)) return false;
		const place = Number(text);
		if (place === previous && placed > 0) tied = true;
		else if (place !== placed + 1 && place !== previous + 1) return false;
		previous = place;
		placed++;
	}
	return tied && unplaced * 4 <= texts.length;
}

/**
 * `| **Geometry** | B-rep | ✓ |` over `|  | Surface | ✓ |`: a first cell written once
 * above blanks spans the rows below it, as a merged cell would. Such a column groups
 * the rows; what each row is about is named in a column after it.
 */
function isGrouping(cells: readonly (CellFacts | undefined)[], read: CellReader): boolean {
	const texts = cells.map((cell) => cell?.text.trim() ?? "");
	if (texts.length < 3 || texts[0] === "") return false;
	const filled = texts.filter((text) => text !== "");
	return filled.length * 2 <= texts.length && filled.every((text) => read(text).kind === "text");
}

/** A word written as a model is: a digit, or a capital after a letter (`Rpi 4`, `ZCU104`, `iPhone`). */
const MODEL_WORD = /\d|\p{L}\p{Lu}/u;

/**
 * `Rpi 4 | TfLite | 55` beside `Jetson Nano | TfLite | 41`: a value of the subject column standing under two of the
 * first column's words, with other figures in the rest of its rows, is a case each of them was run on (a long
 * table, one row per thing and case), not a name of its own. That needs a first column of things, written as
 * models are (most of its words carry a digit or an inner capital: boards, chips, phones), and figures that
 * differ. A category's members stand under one category each (`Frontend | React`); one listed under two
 * (`Mobile | React`, its stars alike though its description differs; `Cache | Redis` beside `Key-value | Redis`)
 * is still one member, and categories are words, not models.
 */
function casesOfEach(rows: readonly (readonly CellFacts[])[], column: number, read: CellReader): boolean {
	const groups = new Set(rows.map((row) => row[0]?.text.trim() ?? "").filter((text) => text !== ""));
	if ([...groups].filter((group) => MODEL_WORD.test(group)).length * 2 <= groups.size) return false;
	const under = new Map<string, { group: string; rest: string }>();
	for (const row of rows) {
		const value = row[column]?.text.trim().toLowerCase() ?? "";
		const group = row[0]?.text.trim().toLowerCase() ?? "";
		if (value === "" || group === "") continue;
		// Only the figures: a description written again in other words is the same member.
		const rest = row
			.filter((cell, i) => i !== 0 && i !== column && read(cell.text).kind === "number")
			.map((cell) => cell.text.trim())
			.join("\u0000");
		const seen = under.get(value);
		if (seen !== undefined && seen.group !== group && seen.rest !== rest) return true;
		if (seen === undefined) under.set(value, { group, rest });
	}
	return false;
}

/** How far to look: past the third column a table has no subject column. */
const LOOK = 3;

/** A name has a letter: `100.0/100` is a score written out. */
const LETTER = /\p{L}/u;

/** How many of a ranking's names must differ: places already tell its rows apart. */
const RANKED_DISTINCT = 0.6;
/**
 * How many of a ranking's cells must read as names: beside places, the first column of words names the
 * rows though a few run long or open with a model number (`1660 super asus`, read as 1660 of a unit).
 */
const RANKED_NAMES = 0.6;

function isSubject(cells: readonly (CellFacts | undefined)[], read: CellReader, leastDistinct = 0.8, leastNames = 0.8): boolean {
	const texts = cells.map((cell) => cell?.text.trim() ?? "").filter((text) => text !== "");
	if (texts.length < 2 || texts.length < cells.length / 2) return false;
	const distinct = new Set(texts).size / texts.length;
	// Names, not values and not descriptions.
	const names = texts.filter((text) => read(text).kind === "text" && wordCount(text) <= 4 && LETTER.test(text)).length / texts.length;
	return distinct >= leastDistinct && names >= leastNames;
}

/** The highest number a list carried on from an earlier table starts at: past it, numbers are years or codes. */
const CARRIED_ON = 999;

/** Letters outside brackets: a header naming what its column holds (`Octal`, `Level`), not `#`, `(index)` or nothing. */
const namesItsColumn = (header: string) => /\p{L}/u.test(header.replace(/\([^)]*\)/g, ""));

/** The places a medal stands for, down a ranking that gives the first three medals and the rest numbers. */
const MEDALS = new Map([["🥇", "1"], ["🥈", "2"], ["🥉", "3"]]);

/**
 * `| # | Repo | Stars |` over 1, 2, 3 …, console.table's `(index)` over 0, 1, 2:
 * row numbers, counted from 0 or 1, say where a row stands and not what it is. People
 * number rows from one: digits from zero under a header of their own (`| Octal |
 * Permission |` over 0 … 7) are the keys the table looks up, and stay its labels.
 * A list cut into tables under `#` goes on counting (6, 7, 8 … in its second table): under that
 * mark, a count of three digits at most may start anywhere.
 * A ranking may leave a row unplaced (`| Rank | Router |` over 1, 2, 3, —, 4: the baseline
 * measured beside the things ranked), as long as most rows hold their place.
 */
function isRowNumbers(cells: readonly (CellFacts | undefined)[], header: string, read: CellReader): boolean {
	if (cells.length < 2) return false;
	// `🥇 1`, `🥈 2`: a medal decorates a place as emoji decorate a name (./evidence/names.ts); a medal
	// alone is its place.
	const place = (cell: CellFacts | undefined) => {
		const text = cell?.text.trim() ?? "";
		return MEDALS.get(text) ?? undecorated(text).trim();
	};
	const first = Number(/^(\d{1,7})/.exec(place(cells[0]))?.[1] ?? NaN);
	if (first === 0 && namesItsColumn(header)) return false;
	// Under `#` (a mark, no word and no blank), numbering that starts past one still counts rows: a list
	// cut into tables goes on counting (6, 7, 8 … in its second table). A header in words numbers from
	// the start; under none, a run of keys (`200`, `201`, `202` … status codes) or years down a timeline
	// counts as well as a carried-on list would, and is read as keys; past three digits it is no count.
	if (first !== 0 && first !== 1 && (namesItsColumn(header) || header.trim() === "" || !(first <= CARRIED_ON))) return false;
	let next = first;
	for (const cell of cells) {
		const text = place(cell);
		const match = /^(\d{1,7})\.?$/.exec(text);
		if (match !== null && Number(match[1]) === next) next++;
		else if (match !== null || text === "" || read(text).kind !== "missing") return false;
	}
	// Unplaced rows are the few: a column of mostly dashes is no ranking.
	return (next - first) * 4 >= cells.length * 3;
}

/**
 * Whether a column of the rows is a subject column, worked out once per table and column
 * (both functions below ask): `columns`, the caller's answers for this table so far.
 */
export type SubjectColumns = Map<number, boolean>;

function isSubjectColumn(rows: readonly (readonly CellFacts[])[], column: number, read: CellReader, columns: SubjectColumns): boolean {
	let found = columns.get(column);
	if (found === undefined) {
		found = isSubject(rows.map((row) => row[column]), read);
		columns.set(column, found);
	}
	return found;
}

/**
 * `| Logo | Name | Price |` over `![](bw.svg)`, or icons drawn by HTML the note's site renders
 * (`<logos-ios />`): a column of only images shows each row, and names it beside.
 */
function isImages(cells: readonly (CellFacts | undefined)[]): boolean {
	const filled = cells.filter((cell) => cell !== undefined && (cell.image === true || cell.text.trim() !== ""));
	return filled.length >= 2 && filled.every((cell) => cell?.image === true);
}

export function subjectColumn(rows: readonly (readonly CellFacts[])[], width: number, read: CellReader = readCell, columns: SubjectColumns = new Map(), corner = ""): number {
	const first = rows.map((row) => row[0]);
	if (isRowNumbers(first, corner, read) || isImages(first)) {
		// Places say what the rows are: the names beside them, though one is ranked twice (two
		// releases of one router written alike), as long as most differ.
		// A column of names first; only then one whose names a few long rows or model numbers blur, so a
		// column of tasks written as phrases does not take the place of the winners beside it. A column of
		// pictures shows each row and names none, whatever their alt text says: it comes last.
		const beside = Array.from({ length: Math.max(0, Math.min(LOOK, width - 1) - 1) }, (_, i) => i + 1);
		const pictures = (column: number) => isImages(rows.map((row) => row[column]));
		const found =
			beside.find((column) => !pictures(column) && isSubjectColumn(rows, column, read, columns)) ??
			beside.find((column) => !pictures(column) && isSubject(rows.map((row) => row[column]), read, RANKED_DISTINCT, RANKED_NAMES)) ??
			beside.find((column) => isSubjectColumn(rows, column, read, columns));
		return found ?? 0;
	}
	// Only a first column of repeating words is a category; one of numbers or codes
	// (`200 | OK | …`) keys a reference table, and stays its first column.
	if (isSubjectColumn(rows, 0, read, columns) || !(isCategory(first, read) || isGrouping(first, read))) return 0;
	for (let column = 1; column < Math.min(LOOK, width - 1); column++) {
		if (isSubjectColumn(rows, column, read, columns)) return casesOfEach(rows, column, read) ? 0 : column;
	}
	return 0;
}

/**
 * `action | cache | lockfile | npm | pnpm | Yarn`: when rows are told apart by
 * several leading columns of repeating values (a scenario, a ✔ per condition),
 * those columns are the rows' key and the compared names start after them.
 * Returns how many leading columns form the key (0 when the first column names the rows).
 */
export function keyColumnCount(rows: readonly (readonly CellFacts[])[], width: number, read: CellReader = readCell, columns: SubjectColumns = new Map()): number {
	if (rows.length < 3 || isSubjectColumn(rows, 0, read, columns)) return 0;
	let count = 0;
	while (count < width - 2 && (repeats(rows.map((row) => row[count]?.text.trim() ?? "")) || isGrouping(rows.map((row) => row[count]), read))) count++;
	// The key ends where varied values begin (pnpm's times). A table whose columns all
	// repeat (a ✓/✗ matrix under a category column) has only its first column for a key.
	const valuesFollow = Array.from({ length: width - count }, (_, i) => count + i).some((column) => !repeats(rows.map((row) => row[column]?.text.trim() ?? "")));
	return valuesFollow ? count : Math.min(count, 1);
}

function repeats(texts: readonly string[]): boolean {
	const filled = texts.filter((text) => text !== "");
	if (filled.length === 0) return true;
	return new Set(filled).size <= Math.max(2, filled.length / 2);
}
