import { type CellFacts, sideLabels } from "./facts";
import type { NameRule } from "./rule";

/** Where an identifier's parts meet: "avc1.4d0034", "vp09.00.40.08.00", "hvc1.1.6.L120.B0". */
const SEPARATORS = new Set([".", "-", "_", "/", ":", "@"]);

const stems = new WeakMap<readonly CellFacts[], boolean>();

/**
 * Every label of the side is code, and all begin with one stem up to a separator
 * (`avc1.`) and go on with digits: the strings of one thing's profiles or levels.
 */
function sideOfOneStem(side: readonly CellFacts[]): boolean {
	let found = stems.get(side);
	if (found === undefined) {
		const texts = side.map((cell) => cell.text.trim()).filter((text) => text !== "");
		found = texts.length >= 2 && side.every((cell) => cell.text.trim() === "" || cell.code) && stemOf(texts) !== null;
		stems.set(side, found);
	}
	return found;
}

/** The stem all texts begin with, up to and with its last separator; null when it is short or a text goes on without a digit. */
function stemOf(texts: readonly string[]): string | null {
	const first = texts[0] as string;
	let common = first.length;
	for (const text of texts) {
		let i = 0;
		while (i < common && i < text.length && text.charAt(i) === first.charAt(i)) i++;
		common = i;
	}
	let cut = common;
	while (cut > 0 && !SEPARATORS.has(first.charAt(cut - 1))) cut--;
	const stem = first.slice(0, cut);
	// An identifier's stem has no space: `echo '{"a":` before each command of a pipeline is no stem.
	if (stem.length < 3 || !/\p{L}/u.test(stem) || /\s/u.test(stem)) return null;
	return texts.every((text) => /\d/.test(text.slice(cut))) ? stem : null;
}

/**
 * `avc1.42001f`, `avc1.4d0034`, `avc1.64003e` down a table under a codec's heading:
 * codes that share a stem and differ in digits are the variants of one thing (its
 * profiles, levels or builds), as versions are, not things compared.
 */
export const sharedStem: NameRule = (label) =>
	label.cell.code && sideOfOneStem(sideLabels(label.group, label.side))
		? { rule: "shared-stem", score: -1.5, reason: "one of several codes with the same stem: a variant of one thing" }
		: null;
