// Where a script has capitals, a name keeps one on each of its words, or is written all in
// lower case as packages are (`Visual Studio Code`, `Obsidian Sync`, `react-dom`), while a
// description starts a sentence: a capital on its first word only (`Header compression`,
// `Tipos psicológicos`, `Old value`). A label of several words in sentence case is written as a
// phrase, not as a name: a hint against it, which a link, a heading or a vault note naming it
// outweighs. Scripts without case, one-word labels and code are never touched.
import type { NameRule } from "./rule";

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
/** Words of letters only: "and", "of" and a version or a number are not words of the phrase. */
const WORD = /^\p{L}+$/u;

export const sentenceCaseLabel: NameRule = (label) => {
	if (label.cell.code) return null;
	const words = label.name.head.split(" ").filter((word) => word !== "");
	if (words.length < 2 || words.length > 4 || !UPPER.test(words[0] as string)) return null;
	const rest = words.slice(1).filter((word) => WORD.test(word));
	// Every later word in lower case, and at least one of them long enough not to be a joining word.
	if (rest.length === 0 || rest.length !== words.length - 1 || !rest.every((word) => LOWER.test(word)) || !rest.some((word) => word.length > 3)) return null;
	return { rule: "sentence-case-label", score: -0.5, reason: "several words in sentence case: written as a phrase, not a name" };
};
