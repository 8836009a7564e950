import { capitalisesNouns } from "./noun-capitals";
import type { NameRule } from "./rule";

/**
 * Brand spellings: an inner capital (PyTorch), an initialism run into a word (SQLite, OAuth; not the
 * plural `APIs`, one letter after it), a dot or dash inside a word (Vue.js, commonmark-py), letters
 * with digits (D3, Web3).
 */
// Underscores are left out: snake_case is how identifiers and options are spelled, not products.
const BRAND = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}{2}|\p{L}[.-]\p{L}|\p{L}\d|\d\p{L}/u;
/** Where every noun is capitalised, a dash joins nouns ("Windows-Version", "User-Agent-String"): only the other signs count. */
const BRAND_AMONG_NOUNS = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}{2}|\p{L}\.\p{L}|\p{L}\d|\d\p{L}/u;

/** "@suspensive/react", "@tanstack/query": a scoped package. */
const SCOPED = /^@[\p{L}\d][\p{L}\d._-]*\/[\p{L}\d][\p{L}\d._-]*$/u;

export const nameShape: NameRule = (label, note) => {
	const text = label.name.bare;
	if (SCOPED.test(label.name.text.trim())) return { rule: "name-shape", score: 0.5, reason: "spelled like a scoped package" };
	if (text.includes(" ") || !BRAND.test(text)) return null;
	if (!BRAND_AMONG_NOUNS.test(text) && capitalisesNouns(note.facts)) return null;
	return { rule: "name-shape", score: 0.5, reason: "spelled like a product name" };
};
