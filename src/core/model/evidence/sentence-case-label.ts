// Where a script has capitals, a name keeps one on each of its words, or is written all in
// lower case as packages are (`Visual Studio Code`, `Obsidian Sync`, `react-dom`), while a
// description starts a sentence: a capital on its first word only (`Header compression`,
// `Tipos psicológicos`, `Romanian deadlift`). A label of several words in sentence case is
// written as a phrase, not as a name: a hint against it, which a link, a heading or a vault
// note naming it outweighs. A lower-case word that other labels of the side share is an
// operation or a mode crossing the names (`React render`, `Preact render`), not a phrase's,
// and leaves the label alone. Scripts without case, one-word labels and code are never touched.
import { type CellFacts, sideLabels } from "./facts";
import type { NameRule } from "./rule";

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
/** Words of letters only: a version or a number is no word of the phrase. */
const WORD = /^\p{L}+$/u;

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

export const sentenceCaseLabel: NameRule = (label) => {
	if (label.cell.code) return null;
	const words = label.name.head.split(" ").filter((word) => word !== "");
	if (words.length < 2 || words.length > 4 || !UPPER.test(words[0] as string)) return null;
	const rest = words.slice(1);
	// Every later word of letters in lower case, and one of them long enough not to be a joining word.
	if (!rest.every((word) => WORD.test(word) && LOWER.test(word)) || !rest.some((word) => word.length > 3)) return null;
	const shared = sharedWords(sideLabels(label.group, label.side));
	if (rest.some((word) => shared.has(word))) return null;
	return { rule: "sentence-case-label", score: -0.5, reason: "several words in sentence case: written as a phrase, not a name" };
};
