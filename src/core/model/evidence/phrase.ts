import { codeMeasured } from "./code-label";
import { wordCount } from "./words";
import type { NameRule } from "./rule";

/**
 * Names are short; "Supports automatic differentiation out of the box" describes something.
 * A command in code that the other side times (`grep -r TODO .` under `Mean [ms]`) is no
 * phrase: its words are arguments, and its dot a path.
 */
export const phrase: NameRule = (label, note) => {
	if (codeMeasured(label, note)) return null;
	const text = label.name.head;
	const words = wordCount(text);
	const sentence = /[.!?:;。！？：；]$/.test(text);
	if (words > 8 || text.length > 60) return { rule: "phrase", score: -2, reason: `a long phrase (${words} words)` };
	if (words > 4 || sentence) return { rule: "phrase", score: -1, reason: sentence ? "ends like a sentence" : `a phrase (${words} words)` };
	return null;
};
