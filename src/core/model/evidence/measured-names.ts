// A header that writes one measure beside each thing measured: `| Test | hidash ops/sec | lodash
// ops/sec |`, `| Project | cargo test (s) | nextest (s) |`, `| Proyecto | Tiempo oxytest | Tiempo
// pytest |`. The word the cells share is the measure, in any language; what is left of each cell
// tells the columns apart. Read with that word taken off, the header is a header of names when
// what is left is named by the note (in its text, title or other tables), where `Latency (avg) |
// Latency (p99)` or `Mean [ms] | Min [ms] | Max [ms]` leave statistics and common words, and `p99`
// or `FP16` no more than the shape of a name. detect-frameworks reads a table so only when that
// reading sets the names across as clearly as any table must.
import type { CellFacts, Evidence, GroupFacts } from "./facts";
import type { NoteContext } from "./context";
import { countFilledInColumn } from "./filled-cells";
import { cased, contains, headingsOf } from "./named-together";

/** The shared word and what each label keeps, when two labels or more share one. */
interface SharedWord {
	/** The word, as the first label wrote it. */
	word: string;
	/** Per column label: what is left once the word is taken off, or null when it does not have it. */
	rest: (string | null)[];
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A word cut where Latin letters meet a script written without spaces: `pylopdf文字数` is `pylopdf` and
 * `文字数` (its character count), as `hidash ops/sec` is two words. A number after such a script stays with
 * it (`第2`). One pass over the word.
 */
function scriptParts(word: string): string[] {
	const parts: string[] = [];
	let start = 0;
	let previous: "latin" | "unspaced" | null = null;
	let at = 0;
	for (const char of word) {
		const kind = UNSPACED_SCRIPT.test(char) ? "unspaced" : LATIN_OR_DIGIT.test(char) ? "latin" : null;
		const digit = kind === "latin" && !/\p{L}/u.test(char);
		if (kind !== null && previous !== null && kind !== previous && !(digit && previous === "unspaced")) {
			parts.push(word.slice(start, at));
			start = at;
		}
		if (kind !== null && !(digit && previous === "unspaced")) previous = kind;
		at += char.length;
	}
	parts.push(word.slice(start));
	return parts;
}

/** Words split on white space and where scripts meet; a label is read only when it has two or more. */
function wordsOf(text: string): string[] {
	return text
		.trim()
		.split(/\s+/u)
		.flatMap(scriptParts)
		.filter((word) => word !== "");
}

const LETTER = /\p{L}/u;

/** The first or last word most labels share (two at least), with what each keeps; null when none is shared. */
function sharedWord(labels: readonly CellFacts[]): SharedWord | null {
	const split = labels.map((cell) => wordsOf(cell.text));
	let best: SharedWord | null = null;
	let bestCount = 1;
	for (const end of ["first", "last"] as const) {
		const at = (words: readonly string[]) => (end === "first" ? 0 : words.length - 1);
		// The word most labels of two words or more open (or close) with, counted in one pass.
		const counts = new Map<string, number>();
		let key: string | null = null;
		for (const words of split) {
			if (words.length < 2) continue;
			const word = (words[at(words)] as string).toLowerCase();
			const count = (counts.get(word) ?? 0) + 1;
			counts.set(word, count);
			if (count > bestCount && (key === null || count > (counts.get(key) ?? 0))) key = word;
		}
		if (key === null) continue;
		let written: string | null = null;
		const rest = split.map((words) => {
			if (words.length < 2 || (words[at(words)] as string).toLowerCase() !== key) return null;
			written ??= words[at(words)] as string;
			return (end === "first" ? words.slice(1) : words.slice(0, -1)).join(" ");
		});
		const kept = rest.filter((text): text is string => text !== null);
		// What is left must tell the columns apart, and be words.
		if (new Set(kept.map((text) => text.toLowerCase())).size !== kept.length || !kept.every((text) => LETTER.test(text))) continue;
		best = { word: written ?? key, rest };
		bestCount = kept.length;
	}
	return best;
}

/**
 * The table with each header cell that shares the measure's word read without it, and the labels so
 * read; null when no two header cells share a first or last word.
 */
export function measuredNamesReading(group: GroupFacts, note: NoteContext): { read: GroupFacts; stripped: ReadonlySet<CellFacts>; word: string; figures: boolean } | null {
	if (group.kind !== "table" || group.columnLabels.length < 2) return null;
	const shared = sharedWord(group.columnLabels);
	if (shared === null) return null;
	// A measure's columns hold figures. A word shared over marks, code or sentences is a kind (`asdf Plugins | vfox Plugins`,
	// `Export 文 | Import 文`): detect-frameworks takes what is left as names only where a heading sets them against each other.
	let figures = true;
	for (const [i, rest] of shared.rest.entries()) {
		if (rest === null) continue;
		const { filled, counted } = countFilledInColumn(group, i, note, (value) => value.kind === "number" || value.kind === "percent");
		if (filled < 2 || counted * 4 < filled * 3) figures = false;
	}
	const stripped = new Set<CellFacts>();
	const columnLabels = group.columnLabels.map((cell, i) => {
		const rest = shared.rest[i];
		if (rest === null || rest === undefined) return cell;
		const { unannotated, ...plain } = cell;
		// What superscripts the cell wrote is said of the whole label, not of what is left.
		const read: CellFacts = unannotated === undefined ? { ...cell, text: rest } : { ...plain, text: rest };
		stripped.add(read);
		return read;
	});
	return { read: { ...group, columnLabels }, stripped, word: shared.word, figures };
}

/** A column's numbers and the one unit they are written in (null for none), or null when its cells are not all figures of one unit. */
function figuresOf(group: GroupFacts, column: number, note: NoteContext): { numbers: number[]; unit: string | null } | null {
	const numbers: number[] = [];
	let unit: string | null | undefined;
	for (const row of group.body) {
		const value = note.readCell(row[column] ?? "");
		if (value.kind === "missing") continue;
		if (value.kind !== "number") return null;
		if (unit !== undefined && unit !== value.unit) return null;
		unit = value.unit;
		numbers.push(value.value);
	}
	return numbers.length === 0 || unit === undefined ? null : { numbers, unit };
}

/** How far from the measured columns' figures a column may run and still be the same measure: ten times either way. */
const SCALE = 10;

/**
 * The header cells that are things of a table read so: those that wrote the measure, and those beside them
 * whose figures are the same measure, in its unit and on its scale (`| Task | Node time | Bun time | Deno |`
 * over times alike), where a count of tests or a column of ratios beside them (`Tests`, `Aceleración`) is not.
 */
export function measuredColumns(read: GroupFacts, stripped: ReadonlySet<CellFacts>, note: NoteContext): ReadonlySet<CellFacts> {
	const kept = new Set(stripped);
	let low = Infinity;
	let high = -Infinity;
	let unit: string | null | undefined;
	let oneUnit = true;
	read.columnLabels.forEach((cell, column) => {
		if (!stripped.has(cell)) return;
		const figures = figuresOf(read, column, note);
		if (figures === null || (unit !== undefined && unit !== figures.unit)) oneUnit = false;
		else {
			unit = figures.unit;
			for (const n of figures.numbers) {
				low = Math.min(low, Math.abs(n));
				high = Math.max(high, Math.abs(n));
			}
		}
	});
	if (!oneUnit || unit === undefined) return kept;
	read.columnLabels.forEach((cell, column) => {
		if (kept.has(cell)) return;
		const figures = figuresOf(read, column, note);
		if (figures === null || figures.unit !== unit || figures.numbers.length < 2) return;
		if (figures.numbers.every((n) => Math.abs(n) >= low / SCALE && Math.abs(n) <= high * SCALE)) kept.add(cell);
	});
	return kept;
}

export function measuredNamesEvidence(word: string, figures: boolean): Evidence {
	return figures
		? { rule: "measured-names", score: 2, reason: `each header cell writes "${word}" beside a name of its own: one measure of the things across` }
		: { rule: "measured-names", score: 2, reason: `each header cell writes "${word}" beside a name a heading sets against the others: one kind of thing across` };
}

/**
 * Whether one heading or the title names every label left once the kind's word is taken off, two at
 * least, as the header writes them (`## Feature Comparison: asdf vs vfox` over `asdf Plugins | vfox
 * Plugins`): written together so, they are set against each other. A heading that lowers one (`# Old
 * and new settings` over `Old value | New value`, `# Morning and evening`) says words, not names.
 * Bounded as named-together's search is: the first headings only.
 */
export function kindNamedTogether(read: GroupFacts, stripped: ReadonlySet<CellFacts>, note: NoteContext): boolean {
	const names = read.columnLabels.filter((cell) => stripped.has(cell)).map((cell) => cased(cell.text));
	// A dozen at most, as named-together counts: a heading naming more at once is a list, and the search stays bounded.
	if (names.length < 2 || names.length > 12 || names.some((name) => name.length < 2)) return false;
	return headingsOf(note).some(([, , heading]) => names.every((name) => contains(heading, name)));
}
