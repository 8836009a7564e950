import { capitalisesNouns } from "./noun-capitals";
import type { NameRule } from "./rule";
import { otherScriptNote } from "./script-contrast";
import { isLatin } from "./words";

/** Spelled as a proper name: a capital, a digit or a dot or dash inside ("Obsidian", "JSDOM", "Vue.js"). */
const PROPER = /\p{Lu}|\d|\p{L}[.-]\p{L}/u;
/** Where every noun starts with a capital, only a capital after the first letter, a digit, a dot or a dash inside ("WebKit", "Vue.js"). */
const PROPER_AMONG_NOUNS = /.\p{Lu}|\d|\p{L}[.-]\p{L}/u;

/**
 * The note talks about it: named, as the table writes it, at least twice in its
 * running text ("…more consistent with Obsidian"). Only names spelled as proper
 * names count, since "date" and "string" run through any text (in a note of another script, any
 * word in Latin letters); in a note whose
 * nouns are all capitalised ("Regel", "Beispiel"), a first capital is no such sign. A hint.
 */
export const mentioned: NameRule = (label, note) => {
	let name = label.name.head;
	// In a note written in another script, a word in Latin letters stands out as a name does, capital or not
	// (`ref` and `state` through a Japanese text): no word of the note's own language is written so.
	let count = PROPER.test(name) || (isLatin(name) && otherScriptNote(note)) ? note.mentionsOf(name) : 0;
	// `Vecteur de distance (RIP)` in a note that says RIP throughout: the words spell out the name the
	// text uses. Not a unit in brackets (`Memory (MB)`), which names a measure.
	const initialism = count < 2 ? note.shortFormOf(label.cell.text) : null;
	if (initialism !== null) {
		name = initialism;
		count = note.mentionsOf(initialism);
	}
	if (count < 2) return null;
	// Among capitalised nouns a plain capitalised word is named often before it counts, and counts little.
	if (!PROPER_AMONG_NOUNS.test(name) && capitalisesNouns(note.facts)) {
		return count >= 5 ? { rule: "mentioned", score: 0.25, reason: `named ${count} times in the note's text, where every noun is capitalised` } : null;
	}
	return { rule: "mentioned", score: count >= 5 ? 1 : 0.5, reason: `named ${count} times in the note's text` };
};
