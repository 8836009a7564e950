import { AGAINST } from "./context";
import type { NameRule } from "./rule";

/**
 * `vs Node.js`, `versus baseline`, `対 React`: a label opening with the word that sets one thing
 * against another heads a column of ratios to that thing (`49.5x faster`), a measure, not one
 * of the things compared. The words are those a title is split by ("A vs B"), as written there in
 * small letters: `VS Code` is a product.
 */
export function opensAgainst(text: string): boolean {
	const trimmed = text.trim();
	const space = trimmed.indexOf(" ");
	return space > 0 && space < trimmed.length - 1 && AGAINST.has(trimmed.slice(0, space));
}

/** `| IPv4 | VS | IPv6 |`: the word alone, in any case, stands between the things as a title's does. */
export function isAgainstWord(text: string): boolean {
	const trimmed = text.trim();
	return trimmed.length <= 7 && AGAINST.has(trimmed.toLowerCase());
}

export const againstLabel: NameRule = (label) => {
	if (isAgainstWord(label.cell.text)) return { rule: "against-label", score: -3, reason: "the word that sets the things against each other, not one of them" };
	return opensAgainst(label.cell.text) ? { rule: "against-label", score: -1.5, reason: "measured against another thing: a ratio, not a thing compared" } : null;
};
