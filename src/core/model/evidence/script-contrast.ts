import type { NoteContext } from "./context";
import { type CellFacts, type GroupFacts, type Side, sideLabels } from "./facts";
import type { AxisRule } from "./rule";
import { isLatin } from "./words";

/** A remark in brackets closing a label, with no Latin letter in it: `(1위)`, `（推荐）`. */
const REMARK = /[(（][^()（）\p{Script=Latin}]{1,12}[)）]$/u;

/**
 * The name a label is read by, without a remark in brackets written in another script: `Rust(1위)`
 * is Rust, ranked first in the note's own words, and written in Latin as a name is. A bracket with
 * Latin in it stays (`Tensor Core(TFLOPS)(FP16累计)`: a measure, its unit and its mode).
 */
function named(cell: CellFacts): string {
	const remark = REMARK.exec(cell.text.trim());
	if (remark === null) return cell.text;
	const bare = cell.text.trim().slice(0, remark.index).trim();
	return bare === "" ? cell.text : bare;
}

/**
 * Latin labels count as names in Latin script; code (`fs:allow-read`, `i8`) is Latin in every
 * language and says nothing, and a side mostly of code (`google.protobuf.Empty` down the rows,
 * one `google.protobuf.*Value (wrappers)` written half in words) says nothing either.
 */
function latinShare(cells: readonly CellFacts[]): number | null {
	const lettered = cells.filter((cell) => /\p{L}/u.test(cell.text));
	const texts = lettered.filter((cell) => !cell.code).map(named).filter((text) => /\p{L}/u.test(text));
	return texts.length === 0 || texts.length * 2 < lettered.length ? null : texts.filter(isLatin).length / texts.length;
}

/** Most values are words in a script other than Latin: the table pairs each label with its translation. */
function translated(body: readonly (readonly string[])[]): boolean {
	const words = body.flat().filter((text) => /\p{L}/u.test(text));
	return words.length > 0 && words.filter((text) => !isLatin(text)).length * 2 > words.length;
}

/**
 * Whether one Latin label of the side in four or more writes a capital (`Redis`, `VS Code`, `npm`
 * beside `MySQL`). Latin words all in lower case in a note in another script (`code`, `data`, `time`
 * down a table of response fields) are the keys and identifiers of code, which every language
 * writes in Latin; product names are written so only now and then, all or nearly all of them never:
 * a glossary's terms are words (`example`, `compiler`, `source code`) beside one name (`Go`).
 */
function capitalised(cells: readonly CellFacts[]): boolean {
	let latin = 0;
	let capitals = 0;
	for (const cell of cells) {
		if (cell.code) continue;
		const text = named(cell);
		if (!isLatin(text)) continue;
		latin++;
		if (WORD_CAPITAL.test(text)) capitals++;
	}
	return capitals > 0 && capitals * SHARE_CAPITALISED >= latin;
}

/**
 * A capital opening a word (`Redis`, `VS Code`, `MySQL`). One inside a word alone is how code
 * joins the words of an identifier (`socketUrl`, `reconnectLimit`, `xField` down an API's
 * parameters); product names written so (`iPhone`, `macOS`) are read by other evidence, for
 * their shape is an identifier's.
 */
const WORD_CAPITAL = /(?:^|[^\p{L}])\p{Lu}/u;

/** One Latin label in this many at least writes a capital where names are listed. */
const SHARE_CAPITALISED = 4;

/** How many labels of a side head a line of values that are mostly words (half of them with a letter). */
function linesOfWords(group: GroupFacts, side: Side): number {
	const labels = sideLabels(group, side);
	let lines = 0;
	for (let i = 0; i < labels.length; i++) {
		const line = side === "columns" ? group.body.map((row) => row[i] ?? "") : (group.body[i] ?? []);
		if (line.filter((text) => LETTER.test(text)).length * 2 >= line.length) lines++;
	}
	return lines;
}

const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const OWN_SCRIPT = {};

/** The letters of the note's own text (its title and running text, outside tables): Latin, and in other scripts. */
function ownLetters(note: NoteContext): { latin: number; other: number } {
	const memo = note.memo.workedOut<NoteContext, { latin: number; other: number }>(OWN_SCRIPT);
	let found = memo.get(note);
	if (found === undefined) {
		let latin = 0;
		let other = 0;
		for (const text of [...note.facts.subjects.slice(0, 1), ...note.facts.prose]) {
			for (const char of text) {
				if (!LETTER.test(char)) continue;
				if (LATIN_LETTER.test(char)) latin++;
				else other++;
			}
		}
		found = { latin, other };
		memo.set(note, found);
	}
	return found;
}

/**
 * Whether the note's own text is written in Latin script: nineteen letters of twenty at least,
 * and some text to tell by. Then Latin labels are in the note's own script, and nothing sets them
 * apart (a vocabulary list of Japanese verbs under `Reading | Meaning` in an English note).
 */
function latinNote(note: NoteContext): boolean {
	const { latin, other } = ownLetters(note);
	return latin >= 20 && other * 20 <= latin + other;
}

/** Whether the note's own text is written mostly in a script other than Latin, with some text to tell by. */
export function otherScriptNote(note: NoteContext): boolean {
	const { latin, other } = ownLetters(note);
	return other >= 20 && other > latin;
}

/**
 * In a Chinese, Korean or Russian note, product names stay in Latin script while attributes are in
 * the note's language. A note whose own text is in Latin script has no such contrast to read.
 */
export const scriptContrast: AxisRule = (group, note) => {
	const rows = latinShare(group.rowLabels);
	const columns = latinShare(group.columnLabels);
	if (rows === null || columns === null) return [];
	let side: Side | null = null;
	// "JSON" among Russian attribute names does not blur the contrast.
	if (rows >= 0.75 && columns <= 0.4) side = "rows";
	else if (columns >= 0.75 && rows <= 0.4) side = "columns";
	// Against a single line of words, the values decide: English terms beside their Korean words are
	// a glossary (each value a translation), while package managers beside their commands are names.
	// A line mostly without words beside it (the glossary's links to where each word was
	// discussed, `#2`, and a remark now and then) is no second attribute.
	if (side !== null && linesOfWords(group, side === "rows" ? "columns" : "rows") === 1 && translated(group.body)) side = null;
	if (side === null) return partialContrast(group, note, rows, columns);
	if (!capitalised(side === "rows" ? group.rowLabels : group.columnLabels) || latinNote(note)) return [];
	return [{ side, evidence: { rule: "script-contrast", score: 1.5, reason: "names in Latin script, the other side in the note's own script" } }];
};

/** Labels of a side written in the note's own script, not Latin: `클럭`, `가격` among `CPU`, `GPU`. */
function ownScriptLabels(cells: readonly CellFacts[]): number {
	return cells.filter((cell) => !cell.code).map(named).filter((text) => /\p{L}/u.test(text) && !isLatin(text)).length;
}

/**
 * `| 항목 | Orange Pi 5 | Raspberry Pi 5 |` over `SoC`, `CPU`, `클럭`, `GPU`, `가격`: attributes are
 * written in initialisms every language borrows (CPU, RAM, HDMI) as often as in the note's own
 * words, while the things keep their Latin names. A side wholly in Latin against one that writes
 * two of its labels or more in the note's own script holds the names, though less surely than
 * against a side wholly in that script.
 */
function partialContrast(group: GroupFacts, note: NoteContext, rows: number, columns: number): { side: Side; evidence: { rule: string; score: number; reason: string } }[] {
	let side: Side | null = null;
	if (columns === 1 && rows < 1 && ownScriptLabels(group.rowLabels) >= 2) side = "columns";
	else if (rows === 1 && columns < 1 && ownScriptLabels(group.columnLabels) >= 2) side = "rows";
	if (side === null || !capitalised(side === "rows" ? group.rowLabels : group.columnLabels) || latinNote(note) || !otherScriptNote(note)) return [];
	if (linesOfWords(group, side === "rows" ? "columns" : "rows") === 1 && translated(group.body)) return [];
	return [{ side, evidence: { rule: "script-contrast", score: 0.75, reason: "names wholly in Latin script, the other side partly in the note's own script" } }];
}
