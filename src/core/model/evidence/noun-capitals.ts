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

/** Per ASCII code: 1 a lower-case letter, 2 an upper-case letter, 0 no letter (what LOWER and UPPER say of it). */
const ASCII_CASE = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_CASE[code] = code >= 0x61 && code <= 0x7a ? 1 : code >= 0x41 && code <= 0x5a ? 2 : 0;

/** 1 lower case, 2 upper case, 0 neither, for one character (a code point). */
function caseOf(ch: string): number {
	const code = ch.charCodeAt(0);
	if (code < 0x80) return ASCII_CASE[code] as number;
	return LOWER.test(ch) ? 1 : UPPER.test(ch) ? 2 : 0;
}

function measure(prose: readonly string[]): boolean {
	let words = 0;
	let capitalised = 0;
	let umlauts = 0;
	for (const text of prose) {
		// A word: a run of letters. A sentence starts at the text's start and after . ! ? :
		let start = true;
		let length = 0;
		let firstUpper = false;
		let allLower = true;
		let umlaut = false;
		// By code point, as `for (const ch of text)` reads it, without a string per ASCII character;
		// one step past the end closes the last word. Plain locals, no closure: this runs per character.
		for (let i = 0; i <= text.length; i++) {
			const code = i < text.length ? text.charCodeAt(i) : 0x20;
			let ch = "";
			let kind: number;
			if (code < 0x80) kind = ASCII_CASE[code] as number;
			else {
				const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
				ch = pair ? text.slice(i, i + 2) : text.charAt(i);
				if (pair) i++;
				kind = caseOf(ch);
			}
			if (kind !== 0) {
				if (length === 0) firstUpper = kind === 2;
				else if (kind !== 1) allLower = false;
				if (ch !== "" && UMLAUT.test(ch)) umlaut = true;
				length++;
				continue;
			}
			// Words of three letters or more, written as a word is (one capital at most, at its start).
			if (length >= 3 && allLower) {
				words++;
				if (firstUpper && !start) capitalised++;
				if (umlaut) umlauts++;
			}
			if (length > 0) start = false;
			length = 0;
			allLower = true;
			umlaut = false;
			if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a) start = true;
		}
	}
	return words >= ENOUGH_WORDS && capitalised >= words * CAPITALISED_SHARE && umlauts >= words * UMLAUT_SHARE;
}
