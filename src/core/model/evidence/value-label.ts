import { capitalisesNouns } from "./noun-capitals";
import type { NameRule } from "./rule";

/** Two words or more after the number, each a capital then lower case: `7 Wonders Duel`, `28 Days Later`. */
const TITLE_AFTER_NUMBER = /^\d+ \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u;

/**
 * "2021", "✓", "12 ms", "N/A": a label that reads as a value is a heading of
 * values, never a name. A word glued to a number is a name when the word is
 * longer than a unit: "0http", "7zip", "3scale" (a unit is "ms", "kb", "req/s"). A word
 * that reads as nothing ("null", "none") is no value either, nor a number before words
 * written as a title ("7 Wonders Duel").
 */
export const valueLabel: NameRule = (label, note) => {
	const { head } = label.name;
	// Blank or punctuation only: blank-label's, which says no more than that.
	if (!/[\p{L}\p{N}]/u.test(head)) return null;
	const value = note.readCell(head);
	// `15.6/39.62`, `16:9`, `1920*1080`: digits and marks without a letter are a measure written out, never a name.
	if (value.kind === "text" && !/\p{L}/u.test(head)) return { rule: "value-label", score: -3, reason: "digits and marks without a letter: a value" };
	if (value.kind === "text") return null;
	// "null", "none": a word for nothing heads no values; down a column of names it is the
	// baseline run without any of them (a benchmark's no-op row), one of the rows compared.
	if (value.kind === "missing" && /^\p{L}+$/u.test(head)) return null;
	if (value.kind === "number" && value.unit !== null && /^\d/.test(head) && !head.includes(" ") && /^\p{L}{4,}$/u.test(value.unit)) return null;
	// A number before words written as a title (`7 Wonders Duel`) is a name: a unit is one short word
	// or an abbreviation (`12 ms`, `16 GB RAM`), not words each capitalised. Where a note
	// capitalises every noun (German: `30 Tage Rückgabe`), capitals tell nothing.
	if (value.kind === "number" && TITLE_AFTER_NUMBER.test(head) && !capitalisesNouns(note.facts)) return null;
	return { rule: "value-label", score: -3, reason: `reads as a value (${value.kind})` };
};
