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

/** What marks a web address in running text: a scheme's `://`, or `www.` after a space. */
const SCHEME_MARK = "://";
const SPACE = /\s/u;

/**
 * The text with its bare web addresses blanked out. An address is no part of the running text:
 * `https://example.com/que-es-java` writes its words in lower case whatever the text does ("¿Qué
 * es Java?"). From each `://` back over the scheme's letters and on to the next space; found with
 * `indexOf`, so a line of letters with no address costs one pass, never a pass per letter.
 */
export function withoutAddresses(text: string): string {
	let at = text.indexOf(SCHEME_MARK);
	if (at < 0 && !text.includes("www.")) return text;
	let out = "";
	let from = 0;
	const cut = (start: number, end: number) => {
		out += text.slice(from, start) + " ";
		from = end;
	};
	while (at >= 0) {
		let start = at;
		while (start > from && /[A-Za-z0-9+.-]/.test(text.charAt(start - 1))) start--;
		let end = at + SCHEME_MARK.length;
		while (end < text.length && !SPACE.test(text.charAt(end))) end++;
		if (start < at) cut(start, end);
		at = text.indexOf(SCHEME_MARK, Math.max(end, at + 1));
	}
	for (let www = text.indexOf("www.", from); www >= 0; www = text.indexOf("www.", from)) {
		if (www > 0 && !SPACE.test(text.charAt(www - 1)) && text.charAt(www - 1) !== "(" && text.charAt(www - 1) !== "<") {
			out += text.slice(from, www + 4);
			from = www + 4;
			continue;
		}
		let end = www;
		while (end < text.length && !SPACE.test(text.charAt(end))) end++;
		cut(www, end);
	}
	return out + text.slice(from);
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
