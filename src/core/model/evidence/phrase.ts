import { codeMeasured } from "./code-label";
import { wordCount } from "./words";
import type { NameRule } from "./rule";

/** A token of a letter then letters and digits (`C10`, `A2`, `RTX4090`, `ext4`): a model's mark, not a word of prose. A quantity (`32GB`) stays a word. */
function isMark(token: string): boolean {
	// Two plain scans: one pattern with a digit between two runs would try every digit against the rest.
	return /^\p{L}[\p{L}\d]*$/u.test(token) && /\d/.test(token);
}

/** A model's number alone (`4060` of `NVIDIA GeForce RTX 4060 Ti`). */
const MODEL_NUMBER = /^\d{1,6}$/;
/** A series written in capitals before its model's number (`RTX`, `GTX`, `RX`). */
const SERIES = /^\p{Lu}{2,}$/u;

/** A token that opens with a capital or a digit: a word of a name written as a title. */
const TITLED = /^[\p{Lu}\d]/u;

/**
 * Names are short; "Supports automatic differentiation out of the box" describes something.
 * A command in code that the other side times (`grep -r TODO .` under `Mean [ms]`) is no
 * phrase: its words are arguments, and its dot a path.
 */
export const phrase: NameRule = (label, note) => {
	if (codeMeasured(label, note)) return null;
	const text = label.name.head;
	// A product's full name strings marks after its name (`SanDisk Ultra 32GB C10 U1 A1`): only words count.
	// Only in a name written as a title, a word in small letters at most beside the marks (`NVIDIA H200 for
	// SXM5`, `Raspberry Pi 0 W v2`): a task (`Upgrade Node18 to Node20 on CI`) keeps its marks as words.
	// A model's number alone counts as a mark only after a series written in capitals (`RTX 4060`, `RX 7900`),
	// in a title of no small word at all: `Fine-tune Llama 3 with ORPO` is a task whose `3` is as much a word
	// as its `with`, and `Sprint 12 Planning Notes For Q3` a title of words.
	const tokens = text.split(" ").filter((token) => token !== "");
	const marks = tokens.filter(isMark).length;
	const small = tokens.filter((token) => !TITLED.test(token) && !isMark(token)).length;
	const numbers = small === 0 ? tokens.filter((token, i) => MODEL_NUMBER.test(token) && SERIES.test(tokens[i - 1] ?? "")).length : 0;
	const words = wordCount(text) - (small <= 1 ? marks : 0) - numbers;
	// One word and a dot is an abbreviation (`Port.`, `Casa.`, `Corp.`), not a sentence; a question or a cry is one.
	const sentence = /[!?！？]$/.test(text) || (/[.:;。：；]$/.test(text) && tokens.length >= 2);
	if (words > 8 || text.length > 60) return { rule: "phrase", score: -2, reason: `a long phrase (${words} words)` };
	if (words > 4 || sentence) return { rule: "phrase", score: -1, reason: sentence ? "ends like a sentence" : `a phrase (${words} words)` };
	return null;
};
