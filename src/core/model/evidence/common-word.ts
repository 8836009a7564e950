// A common word is not a name. A name keeps its capital wherever the text writes it; a common
// word, capitalised in a header or at a sentence's start, is written in lower case in the running
// text as often as not ("data" 28 times beside "Data" 7, `Comida` beside "nos pasamos en
// comida"). Only the note's own words are counted, in any script with capitals; never a word
// list. The counts are worked out once per note, so asking of a label costs a lookup.
import type { NoteContext } from "./context";

const WORD = /[\p{L}\p{N}]+/gu;

/** The key of the note's word counts in its memo. */
const WORD_COUNTS = {};

/** How often each word of the note's running text is written, exactly as written; worked out once per note. */
function wordCounts(note: NoteContext): Map<string, number> {
	const memo = note.memo.workedOut<object, Map<string, number>>(WORD_COUNTS);
	let counts = memo.get(note.facts);
	if (counts === undefined) {
		counts = new Map();
		for (const text of note.facts.prose) {
			for (const match of withoutAddresses(text).matchAll(WORD)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
		}
		memo.set(note.facts, counts);
	}
	return counts;
}

/** What marks a web address in running text: a scheme's `://`, or `www.` opening a word. */
const SCHEME_MARK = "://";
const WWW = "www.";
const SPACE = /\s/u;
/** A scheme's letters, read back from its `://`. */
const SCHEME = /[A-Za-z0-9+.-]/;
/** What may stand before an address that opens a word: a bracket, a quote, emphasis. */
const OPENING = /[([<{"'*_]/;

/**
 * The text with its bare web addresses blanked out. An address is no part of the running text:
 * `https://example.com/que-es-java` writes its words in lower case whatever the text does ("¿Qué
 * es Java?"). Read word by word (runs between spaces): in a word holding `://`, from its scheme's
 * first letter to the word's end; in a word opening with `www.` (after brackets, quotes or
 * emphasis), from `www.` to the word's end. Each character is looked at a bounded number of times.
 */
export function withoutAddresses(text: string): string {
	if (!text.includes(SCHEME_MARK) && !text.includes(WWW)) return text;
	let out = "";
	let from = 0;
	let word = 0;
	while (word < text.length) {
		while (word < text.length && SPACE.test(text.charAt(word))) word++;
		let end = word;
		while (end < text.length && !SPACE.test(text.charAt(end))) end++;
		const start = addressStart(text, word, end);
		if (start >= 0) {
			out += `${text.slice(from, start)} `;
			from = end;
		}
		word = end;
	}
	return out + text.slice(from);
}

/** Where the address in the word `text[word, end)` begins, or -1 when it holds none. */
function addressStart(text: string, word: number, end: number): number {
	const piece = text.slice(word, end);
	const mark = piece.indexOf(SCHEME_MARK);
	if (mark > 0) {
		let start = mark;
		while (start > 0 && SCHEME.test(piece.charAt(start - 1))) start--;
		if (start < mark) return word + start;
	}
	let open = 0;
	while (open < piece.length && OPENING.test(piece.charAt(open))) open++;
	return piece.startsWith(WWW, open) ? word + open : -1;
}

/** A label's first word written in lower case at least as often in the note's running text (`Data` beside "data"). */
export function commonWordOfNote(label: string, note: NoteContext): boolean {
	const first = label.match(WORD)?.[0] ?? "";
	const lower = first.toLowerCase();
	if (first === "" || lower === first) return false;
	const counts = wordCounts(note);
	const low = counts.get(lower) ?? 0;
	return low > 0 && low >= (counts.get(first) ?? 0);
}
