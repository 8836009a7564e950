import type { NameRule } from "./rule";

/** Spelled as a proper name: a capital, a digit or a dot or dash inside ("Obsidian", "JSDOM", "Vue.js"). */
const PROPER = /\p{Lu}|\d|\p{L}[.-]\p{L}/u;

/**
 * The note talks about it: named, as the table writes it, at least twice in its
 * running text ("…more consistent with Obsidian"). Only names spelled as proper
 * names count, since "date" and "string" run through any text. A hint.
 */
export const mentioned: NameRule = (label, note) => {
	const name = label.name.head;
	if (!PROPER.test(name)) return null;
	const count = note.mentionsOf(name);
	if (count < 2) return null;
	return { rule: "mentioned", score: count >= 5 ? 1 : 0.5, reason: `named ${count} times in the note's text` };
};
