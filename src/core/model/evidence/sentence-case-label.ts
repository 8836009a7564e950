// Where a script has capitals, a name keeps one on each of its words, or is written all in
// lower case as packages are (`Visual Studio Code`, `Obsidian Sync`, `react-dom`), while a
// description starts a sentence: a capital on its first word only (`Header compression`,
// `Tipos psicológicos`, `Romanian deadlift`). A label of several words in sentence case is
// written as a phrase, not as a name: a hint against it, which a link, a heading or a vault
// note naming it outweighs. A lower-case word that other labels of the side share is an
// operation or a mode crossing the names (`React render`, `Preact render`), not a phrase's,
// and leaves the label alone. Scripts without case, one-word labels and code are never touched.
// A label keeps the company of its side: where it is the only one in sentence case and every other
// label, two at least, is written as a name is (one capitalised word, or a capital on each word:
// `Google sheets` beside `Excel | Airtable`), the side is names and this one is written casually,
// so the hint says nothing. Two labels set no pattern (`Tipos psicológicos | Trigramas`), and a
// side with two phrases or more is read as before.
// Case tells a phrase from a name only in the script the note is written in. In a note whose own
// text is mostly in Cyrillic, Han, kana or Hangul (twenty letters at least, more than its Latin ones), the writer's phrases are in that script; a Latin label
// there is a term carried over as its source spells it (`Front matter`, `Dataview field` beside
// Плюсы | Минусы), as script-contrast reads it, and its case says nothing of it being a phrase.
import { type CellFacts, sideLabels } from "./facts";
import type { NameRule } from "./rule";
import { otherScriptNote } from "./script-contrast";
import { isLatin } from "./words";

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
/** Capitals, digits, `/` and `-`, from a capital on, maybe with a plural `s`: the shape of an initialism. */
const INITIALISM_SHAPE = /^\p{Lu}[\p{Lu}\p{N}/-]*s?$/u;
const CAPITALS = /\p{Lu}/gu;

/** An initialism: two capitals or more, or one with digits (`CVE`, `SBOMs`, `L3`, `FIPS/STIG`); one pass each. */
function isInitialism(word: string): boolean {
	if (!INITIALISM_SHAPE.test(word)) return false;
	return (word.match(CAPITALS)?.length ?? 0) >= 2 || /\p{N}/u.test(word);
}
/** Words of letters only: a version or a number is no word of the phrase. */
const WORD = /^\p{L}+$/u;

/** In sentence case, as judged below: a capital on its first word only, several words. */
export function sentenceCase(text: string): boolean {
	const words = text.trim().split(" ").filter((word) => word !== "");
	if (words.length < 2 || !UPPER.test(words[0] as string)) return false;
	const rest = words.slice(1);
	// An initialism kept as its source spells it (`Correções de CVE críticas em sete dias`, `Quase zero CVEs`
	// beside more words) leaves a phrase a phrase; a capitalised word (`Guyton and Hall textbook of medical
	// physiology`, a title) makes it a name. One pass over the words.
	let lower = 0;
	let kept = 0;
	let long = false;
	for (const word of rest) {
		if (WORD.test(word) && LOWER.test(word)) {
			lower++;
			if (word.length > 3) long = true;
		} else if (isInitialism(word)) kept++;
		else return false;
	}
	return (kept === 0 || lower >= 3) && lower * 3 >= rest.length * 2 && long;
}

const companyMemo = new WeakMap<readonly CellFacts[], boolean>();

/** Whether one label of the side alone is in sentence case and the others, two at least, are written as names (each word capitalised). */
function loneAmongNames(side: readonly CellFacts[]): boolean {
	let found = companyMemo.get(side);
	if (found === undefined) {
		const texts = side.map((cell) => cell.text.trim()).filter((text) => text !== "");
		const phrases = texts.filter(sentenceCase).length;
		const names = texts.filter((text) => text.split(" ").every((word) => word === "" || UPPER.test(word))).length;
		found = phrases === 1 && names >= 2 && names === texts.length - 1;
		companyMemo.set(side, found);
	}
	return found;
}

const sharedMemo = new WeakMap<readonly CellFacts[], Set<string>>();

/** The lower-case words that two labels of the side or more write: worked out once per side. */
function sharedWords(side: readonly CellFacts[]): Set<string> {
	let shared = sharedMemo.get(side);
	if (!shared) {
		const seen = new Set<string>();
		shared = new Set();
		for (const cell of side) {
			const words = new Set(cell.text.trim().split(" ").filter((word) => LOWER.test(word)));
			for (const word of words) (seen.has(word) ? shared : seen).add(word);
		}
		sharedMemo.set(side, shared);
	}
	return shared;
}

export const sentenceCaseLabel: NameRule = (label, note) => {
	if (label.cell.code) return null;
	const words = label.name.head.split(" ").filter((word) => word !== "");
	if (words.length < 2 || words.length > 4 || !UPPER.test(words[0] as string)) return null;
	const rest = words.slice(1);
	// Every later word of letters in lower case, and one of them long enough not to be a joining word.
	if (!rest.every((word) => WORD.test(word) && LOWER.test(word)) || !rest.some((word) => word.length > 3)) return null;
	const side = sideLabels(label.group, label.side);
	const shared = sharedWords(side);
	if (rest.some((word) => shared.has(word))) return null;
	if (loneAmongNames(side)) return null;
	// A Latin term in a note written in another script keeps its source's case (see above).
	if (isLatin(label.name.head) && otherScriptNote(note)) return null;
	return { rule: "sentence-case-label", score: -0.5, reason: "several words in sentence case: written as a phrase, not a name" };
};
