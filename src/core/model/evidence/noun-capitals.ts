// Whether the note is written in an orthography that capitalises every noun
// (German): there a capital letter at the start of a word says little about
// its being a name ("Regel", "Beispiel", "Wert"). Read from the note's own
// running text, once per note, in one pass over its characters.
import type { NoteFacts } from "./facts";

/** Mid-sentence words that start with a capital, of all the words of letters: English prose with many names stays near 0.15. */
const CAPITALISED_SHARE = 0.2;
/**
 * Words carrying ä, ö, ü or ß, of all words: the letters of the one language whose
 * nouns are all capitalised. English, French or Spanish prose has next to none.
 */
const UMLAUT_SHARE = 0.04;
/** Fewer words than this say nothing either way. */
const ENOUGH_WORDS = 80;

const found = new WeakMap<NoteFacts, boolean>();

export function capitalisesNouns(facts: NoteFacts): boolean {
	let known = found.get(facts);
	if (known === undefined) {
		known = measure(facts.prose);
		found.set(facts, known);
	}
	return known;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const UMLAUT = /[äöüßÄÖÜ]/;

function measure(prose: readonly string[]): boolean {
	let words = 0;
	let capitalised = 0;
	let umlauts = 0;
	for (const text of prose) {
		// A word: a run of letters. A sentence starts at the text's start and after . ! ? :
		let start = true;
		let length = 0;
		let first = "";
		let allLower = true;
		let umlaut = false;
		const end = () => {
			// Words of three letters or more, written as a word is (one capital at most, at its start).
			if (length >= 3 && allLower) {
				words++;
				if (UPPER.test(first) && !start) capitalised++;
				if (umlaut) umlauts++;
			}
			if (length > 0) start = false;
			length = 0;
			allLower = true;
			umlaut = false;
		};
		for (const ch of text) {
			if (LOWER.test(ch) || UPPER.test(ch)) {
				if (length === 0) first = ch;
				else if (!LOWER.test(ch)) allLower = false;
				if (UMLAUT.test(ch)) umlaut = true;
				length++;
				continue;
			}
			end();
			if (ch === "." || ch === "!" || ch === "?" || ch === ":") start = true;
		}
		end();
	}
	return words >= ENOUGH_WORDS && capitalised >= words * CAPITALISED_SHARE && umlauts >= words * UMLAUT_SHARE;
}
