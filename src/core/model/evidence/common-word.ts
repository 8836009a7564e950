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
			for (const match of text.matchAll(WORD)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
		}
		memo.set(note.facts, counts);
	}
	return counts;
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
