import { type CellFacts, sideLabels } from "./facts";
import type { NameRule } from "./rule";

/** "n", "c", "b": one lower-case letter. */
const ONE_LETTER = /^\p{Ll}$/u;

const sides = new WeakMap<readonly CellFacts[], boolean>();

/** Three labels or more, every one a single lower-case letter (a command's options, a formula's variables). */
function sideOfLetters(side: readonly CellFacts[]): boolean {
	let found = sides.get(side);
	if (found === undefined) {
		const texts = side.map((cell) => cell.text.trim().replace(/^-+/, "")).filter((text) => text !== "");
		found = texts.length >= 3 && texts.every((text) => ONE_LETTER.test(text));
		sides.set(side, found);
	}
	return found;
}

/**
 * `| n | eg:192.168.1.2:9876 | 地址 |`, `| c | … |`, `| b | … |`: a side of single lower-case
 * letters lists a command's options or a formula's variables. No product is named so.
 */
export const oneLetter: NameRule = (label) =>
	sideOfLetters(sideLabels(label.group, label.side)) ? { rule: "one-letter", score: -2, reason: "one of several single letters: an option or a variable, not a thing compared" } : null;
