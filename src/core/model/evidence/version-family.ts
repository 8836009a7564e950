import { type CellFacts, sideLabels } from "./facts";
import type { LabelContext } from "./context";
import { headOf, undecorated } from "./names";
import type { NameRule } from "./rule";

/**
 * "Firefox 128 bis 131" -> "Firefox", "Firefox vor 47" -> "Firefox": a label's first
 * word when what follows it holds a number (a version, a range of versions, in any
 * language); null otherwise. The first word is letters (and dots or dashes inside).
 */
export function versionedWord(text: string): string | null {
	const head = headOf(undecorated(text));
	const space = head.indexOf(" ");
	if (space <= 1) return null;
	const word = head.slice(0, space);
	if (!/^\p{L}[\p{L}.-]*$/u.test(word) || !/\d/.test(head.slice(space + 1))) return null;
	return word;
}

/**
 * Words that bound a range of versions, in the languages notes are written in: "bis",
 * "vor", "und später", "and later", "jusqu'à", "hasta". Other words after a version
 * name a release or a build ("Node 18 LTS", "Node 22 Current", "Python 3.13 free
 * threaded"), one thing each, not a range.
 */
const RANGE_WORDS = new Set([
	// English
	"to", "through", "thru", "until", "till", "before", "after", "since", "and", "or", "later", "earlier", "newer", "older", "above", "below", "onwards", "prior",
	// German
	"bis", "vor", "nach", "ab", "seit", "und", "oder", "später", "früher", "neuer", "älter", "höher",
	// French, Spanish, Italian, Portuguese, Dutch
	"au", "jusqu'à", "avant", "après", "et", "ou", "ultérieures", "antérieures", "hasta", "antes", "después", "posteriores", "anteriores", "fino", "prima", "dopo", "até", "depois", "tot", "voor", "na", "en", "eerder",
]);

/**
 * "128 bis 131", "vor 47", "132 und später", "128–131", "15+", "12-": a word that bounds a
 * range, two versions joined by a dash, or a version open at one end: a range of versions
 * rather than one. "7B v0.2" (a size and a version) and "18 LTS" (a release) are none.
 */
function isRange(text: string, word: string): boolean {
	const tokens = headOf(undecorated(text)).slice(word.length).trim().split(" ");
	if (tokens.length === 1) return /^\d[\d.]*[+-]$/.test(tokens[0] as string) || /^\d[\d.]*[-–]\d[\d.]*$/.test(tokens[0] as string);
	return tokens.some((token, i) => RANGE_WORDS.has(token.toLowerCase()) || (/^[-–]$/.test(token) && /^\d/.test(tokens[i + 1] ?? "")));
}

interface Family {
	/** Labels of the side that write the word with versions. */
	count: number;
	/** One of them writes a range of versions. */
	ranged: boolean;
}

/** A number with a point inside (`3.12`, `13.1`): a release, never a line's or a room's number. */
const DOTTED = /\d\.\d/;

const families = new WeakMap<readonly CellFacts[], Map<string, Family> | null>();

/** Per first word, the labels of the side that write it with versions; null when the side has one first word only. */
function familiesOf(side: readonly CellFacts[]): Map<string, Family> | null {
	let found = families.get(side);
	if (found === undefined) {
		const firsts = new Set<string>();
		const byWord = new Map<string, Family>();
		// A label with no number, or one written as only a version is: the side is more than numbered.
		let beyondNumbers = false;
		for (const cell of side) {
			const text = cell.text.trim();
			if (text === "") continue;
			firsts.add(headOf(undecorated(text)).split(" ")[0]?.toLowerCase() ?? "");
			const word = versionedWord(text);
			if (word === null) {
				beyondNumbers = true;
				continue;
			}
			const ranged = isRange(text, word);
			// A range (`Quokka 128 bis 131`, `Numbat 131+`) or a number with a point (`Python 3.12`) is a version.
			if (ranged || DOTTED.test(text)) beyondNumbers = true;
			const family = byWord.get(word.toLowerCase()) ?? { count: 0, ranged: false };
			family.count++;
			family.ranged ||= ranged;
			byWord.set(word.toLowerCase(), family);
		}
		// "Step 1", "Step 2", "Step 3" alone are steps, not versions of a thing beside others; and
		// where every label is a word and a whole number (`Bus 42`, `Tram 7`, `Bus 138`; `Salle 101`,
		// `Amphi 3`) the side is numbered, lines or rooms, unless a name stands alone on it for the
		// versions to be beside, or a label writes what only a version is (a range, a point release).
		found = firsts.size >= 2 && beyondNumbers ? byWord : null;
		families.set(side, found);
	}
	return found;
}

/** The word a label's versions are of, when another label of its side writes the same word with versions too. */
export function familyOf(label: Pick<LabelContext, "cell" | "group" | "side">): string | null {
	const word = versionedWord(label.cell.text);
	if (word === null) return null;
	return (familiesOf(sideLabels(label.group, label.side))?.get(word.toLowerCase())?.count ?? 0) >= 2 ? word : null;
}

/**
 * The name a label stands for when it writes a name with a range of versions: `Firefox 128
 * bis 131` beside `Firefox 132 und später` (and `Firefox 65` among them) is Firefox. One
 * version each (`Zuul 1.x`, `Zuul 2.x`) tells two things apart and is kept. `known` says
 * whether the note compares a name elsewhere: then a lone `Chrome und Edge 121 und später` is Chrome.
 */
export function rangeName(label: Pick<LabelContext, "cell" | "group" | "side">, known: (word: string) => boolean): string | null {
	const word = versionedWord(label.cell.text);
	if (word === null) return null;
	const family = familiesOf(sideLabels(label.group, label.side))?.get(word.toLowerCase());
	if (family !== undefined && family.count >= 2 && family.ranged) return word;
	return isRange(label.cell.text, word) && known(word) ? word : null;
}

/**
 * `Firefox 132 und später`, `Firefox 128 bis 131`, `Firefox vor 47` beside Safari and Chrome:
 * one name written with several versions is software, listed by version. A side of one
 * word only (`Step 1`, `Step 2`) is not read so.
 */
export const versionFamily: NameRule = (label) => {
	const word = familyOf(label);
	return word === null ? null : { rule: "version-family", score: 1, reason: `one of several versions of ${word} beside other names` };
};
