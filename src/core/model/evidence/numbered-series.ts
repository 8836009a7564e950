import { type CellFacts, sideLabels } from "./facts";
import type { AxisRule, NameRule } from "./rule";

/**
 * One stem and a count: "q1", "Q2", "test 3", "Run #4". The stem is letters (words apart by
 * single spaces), then at most one mark ("-", "_", "#", " ") and a whole number. Read by
 * scanning from the end, so a label of any length costs linear time.
 */
export function seriesKey(text: string): { stem: string; number: number } | null {
	const trimmed = text.trim();
	let end = trimmed.length;
	while (end > 0 && isDigit(trimmed.charCodeAt(end - 1))) end--;
	if (end === trimmed.length || trimmed.length - end > 4) return null;
	const number = Number(trimmed.slice(end));
	let stemEnd = end;
	const mark = trimmed.charAt(stemEnd - 1);
	if (mark === " " || mark === "-" || mark === "_" || mark === "#") stemEnd--;
	// "Run #4": a space may stand before the number sign too.
	if (mark === "#" && trimmed.charAt(stemEnd - 1) === " ") stemEnd--;
	const stem = trimmed.slice(0, stemEnd);
	if (!STEM.test(stem)) return null;
	return { stem: stem.toLowerCase(), number };
}

/** Every label one stem with a count, the stem the same for all (`Woche 1 | Woche 2`, `Windows 10 | Windows 11`): one thing counted, whatever the numbers. */
export function oneStemCounted(texts: readonly string[]): boolean {
	let stem: string | null = null;
	for (const text of texts) {
		const key = seriesKey(text);
		if (key === null || (stem !== null && key.stem !== stem)) return false;
		stem = key.stem;
	}
	return stem !== null;
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/** Letters, words apart by one space: "q", "Test", "test case". */
const STEM = /^\p{L}+(?: \p{L}+)*$/u;

/** Three of a series at least, so two labels that happen to end in a number are no series. */
const LEAST = 3;

const sides = new WeakMap<readonly CellFacts[], boolean>();

/**
 * Every label of the side but one at most (a "Total" row) is one stem with a number, the
 * stem the same for all, and the numbers count from the start: the lowest is 0 or 1.
 */
export function sideOfSeries(side: readonly CellFacts[]): boolean {
	let found = sides.get(side);
	if (found === undefined) {
		const texts = side.map((cell) => cell.text.trim()).filter((text) => text !== "");
		const keys = texts.map(seriesKey).filter((key) => key !== null);
		const stems = new Set(keys.map((key) => key.stem));
		const numbers = new Set(keys.map((key) => key.number));
		found = keys.length >= LEAST && keys.length >= texts.length - 1 && stems.size === 1 && numbers.size === keys.length && Math.min(...numbers) <= 1;
		sides.set(side, found);
	}
	return found;
}

/** Letters glued to the count ("q1", "Q2"): what name-shape reads as a product's spelling. */
const GLUED = /^\p{L}+\d+$/u;

/**
 * `q1 | q2 | q3` down a benchmark's rows, `test 1 | test 2 | test 3` across its header,
 * `Week 1`, `Level 2`: a series of one stem counted from one numbers the cases a thing is
 * measured on. Its labels name nothing: "q1" is a count, not a product spelled with a
 * digit, so the spelling rule's hint is taken back. Releases of a product carry the
 * numbers the product gave them and do not count from one (`Node 18 | Node 20 | Node 22`,
 * `Python 2 | Python 3`), and names of different stems are no series (`Chrome 120 |
 * Firefox 121`), so neither is touched.
 */
export const numberedSeries: NameRule = (label) =>
	GLUED.test(label.cell.text.trim()) && seriesKey(label.cell.text) !== null && sideOfSeries(sideLabels(label.group, label.side))
		? { rule: "numbered-series", score: -0.5, reason: "a count in a numbered series of one stem, not a name spelled with a digit" }
		: null;

/**
 * The side as a whole: a numbered series counted from one is keys, the cases or steps of
 * the table, unless its values say otherwise. A decision matrix's `Option 1 | Option 2 |
 * Option 3`, whose values run in kinds along the rows, stays the things compared; a
 * benchmark's `q1 | q2 | q3` over values all of one kind does not.
 */
export const seriesSide: AxisRule = (group) =>
	(["rows", "columns"] as const).flatMap((side) =>
		sideOfSeries(sideLabels(group, side)) ? [{ side, evidence: { rule: "numbered-series", score: -0.5, reason: "a numbered series of one stem counted from one: keys of the table" } }] : [],
	);
