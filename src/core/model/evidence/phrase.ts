import { codeMeasured } from "./code-label";
import { wordCount } from "./words";
import type { NameRule } from "./rule";

/** A token of a letter then letters and digits (`C10`, `A2`, `RTX4090`, `ext4`): a model's mark, not a word of prose. A quantity (`32GB`) stays a word. */
function isMark(token: string): boolean {
	return /^\p{L}[\p{L}\d]*\d[\p{L}\d]*$/u.test(token);
}

/**
 * Names are short; "Supports automatic differentiation out of the box" describes something.
 * A command in code that the other side times (`grep -r TODO .` under `Mean [ms]`) is no
 * phrase: its words are arguments, and its dot a path.
 */
export const phrase: NameRule = (label, note) => {
	if (codeMeasured(label, note)) return null;
	const text = label.name.head;
	// A product's full name strings marks after its name (`SanDisk Ultra 32GB C10 U1 A1`): only words count.
	const words = wordCount(text) - text.split(" ").filter(isMark).length;
	const sentence = /[.!?:;。！？：；]$/.test(text);
	if (words > 8 || text.length > 60) return { rule: "phrase", score: -2, reason: `a long phrase (${words} words)` };
	if (words > 4 || sentence) return { rule: "phrase", score: -1, reason: sentence ? "ends like a sentence" : `a phrase (${words} words)` };
	return null;
};
