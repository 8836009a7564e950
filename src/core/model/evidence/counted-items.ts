// `| Name | Count | Remarks |` over `1 set`, `2 sheets`, `42`, `42 pieces`, `28 screws`: a column
// that counts each row in a word of its own (a set of this, sheets of that, screws of the other),
// beside bare counts, says how many of each item one build or one trip takes. The rows are the
// lines of a bill of materials or a packing list, pieces of one whole, not things set against
// each other: an attribute measured across things compared keeps one unit down its column (or
// one measure at several scales, `512 MB | 2 GB`), so counting words that change from row to
// row are what the rows are, not what they measure. Read from the cell reader's units alone:
// whole numbers, words of small letters, no word list. One short word list, for one header: a column
// headed as the quantity (`Qty`, `個数`) counts a bill's lines in any counter (`2個`, `2本`), bare or not.
import type { GroupFacts } from "./facts";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";
import { headerWord } from "./names";

/** A column needs this many filled cells to say anything. */
const LEAST = 3;
/** A counting word: small letters only, three at least (`set`, `spool`, `pieces`; not `GB`, `ms`, `h`). */
const COUNTING = /^\p{Ll}{3,}$/u;

/** The counting word of a unit, one word whether singular or plural (`sheet`, `sheets`). */
const counted = (unit: string) => (unit.endsWith("s") ? unit.slice(0, -1) : unit);

/** Whether one value column holds whole counts only, some bare and some in two counting words or more. */
function countsItems(group: GroupFacts, column: number, note: NoteContext): boolean {
	let filled = 0;
	let bare = 0;
	const words = new Set<string>();
	for (const row of group.body) {
		const value = note.readCell(row[column] ?? "");
		if (value.kind === "missing") continue;
		if (value.kind !== "number" || !Number.isInteger(value.value) || value.value < 0) return false;
		filled++;
		if (value.unit === null) bare++;
		else if (COUNTING.test(value.unit)) words.add(counted(value.unit));
		else return false;
	}
	return filled >= LEAST && bare > 0 && words.size >= 2;
}

/** The items a label lists: `R3,R4`, `SW1, SW2`, `C1、C5` are two parts each. */
const itemsOf = (label: string) => label.split(/[,，、]/).filter((item) => item.trim() !== "").length;

/**
 * Whether one value column counts what each row's label lists, row by row (`R3,R4 | 2`, `SW1, SW2 | 2`,
 * `J4 | 1`), two rows at least listing several: a bill of materials names each line by the parts it
 * places and counts them. Things compared have no count of their own names.
 */
function countsLabels(group: GroupFacts, column: number, note: NoteContext): boolean {
	let filled = 0;
	let several = 0;
	for (const [r, row] of group.body.entries()) {
		const value = note.readCell(row[column] ?? "");
		if (value.kind === "missing") continue;
		const items = itemsOf(group.rowLabels[r]?.text ?? "");
		if (value.kind !== "number" || value.unit !== null || value.value !== items) return false;
		filled++;
		if (items > 1) several++;
	}
	return filled >= LEAST && several >= 2;
}

/**
 * `Quantity`, `Qty`, `Anzahl`, `Quantité`, `Cantidad`, `Количество`, `数量`, `個数`, `수량`: a header that says
 * its column is how many of each row one build takes. Counts of one thing measured across rivals are
 * headed by what is counted (`Stars`, `Cores`, `カメラ数`); the word alone heads a bill's count.
 */
const QUANTITY = new Set(
	"qty qty. quantity quantities anzahl menge stückzahl cantidad quantité qté quantidade qtd количество кол-во 数量 个数 個数 数 수량 개수".split(" "),
);

/** Whether a column headed as a quantity holds whole counts, in any unit (`2個`, `3 boards`, `24`), down at least half its rows. */
function headedAsQuantity(group: GroupFacts, column: number, note: NoteContext): boolean {
	if (!QUANTITY.has(headerWord(group.columnLabels[column]?.text ?? ""))) return false;
	let counts = 0;
	for (const row of group.body) {
		const value = note.readCell(row[column] ?? "");
		if (value.kind === "number" && Number.isInteger(value.value) && value.value >= 0) counts++;
	}
	return counts >= 1 && counts * 2 >= group.body.length;
}

/** The key of the note's headers that head a bill of items, in the note's memo: worked out once per note. */
const BILL_HEADERS = {};

/** The column of a table that counts items, or -1. */
const countingColumn = (group: GroupFacts, note: NoteContext) =>
	group.kind !== "table" || group.body.length < 1 ? -1 : group.columnLabels.findIndex((_, column) => countsItems(group, column, note) || countsLabels(group, column, note) || headedAsQuantity(group, column, note));

/**
 * The headers of the note's tables that count their rows as items somewhere: tables under one
 * header are one list cut in parts (`### Required` and `### Optional` parts), so where one part
 * counts its rows in words of their own, every part is a bill of items, though a short one may
 * count in bare numbers only.
 */
function billHeaders(note: NoteContext): Set<string> {
	const memo = note.memo.workedOut<object, Set<string>>(BILL_HEADERS);
	let found = memo.get(BILL_HEADERS);
	if (found === undefined) {
		found = new Set();
		for (const [index, group] of note.facts.groups.entries()) if (countingColumn(group, note) >= 0) found.add(note.headerSignature(index));
		memo.set(BILL_HEADERS, found);
	}
	return found;
}

export const countedItems: AxisRule = (group, note, index) => {
	if (group.kind !== "table" || group.body.length < 1) return [];
	const at = countingColumn(group, note);
	if (at >= 0) {
		const title = group.columnLabels[at]?.text.trim() ?? "";
		const rows = { side: "rows" as const, evidence: { rule: "counted-items", score: -3, reason: `${title === "" ? "a column" : `"${title}"`} counts each row, in a word of its own or by the parts its label lists: the lines of one bill of items` } };
		// Headed as the quantity, the header is a bill's, not a row of things (`| パーツ名 | 個数 | 写真 |`).
		if (!headedAsQuantity(group, at, note)) return [rows];
		return [rows, { side: "columns", evidence: { rule: "counted-items", score: -3, reason: `"${title}" is how many of each row: the header of a bill of items, not things compared` } }];
	}
	if (!billHeaders(note).has(note.headerSignature(index))) return [];
	return [{ side: "rows", evidence: { rule: "counted-items", score: -3, reason: "another table under this header counts its rows in words of their own: one bill of items cut in parts" } }];
};
