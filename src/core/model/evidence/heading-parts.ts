// The heading a table stands under sets things against each other (`# Open Source vs.
// Proprietário`, `## SQL vs NoSQL`), and the table writes them longer: `Software Livre (Open
// Source)` and `Software Proprietário` across its header. A label that holds one part of the
// heading as whole words is that part, when every part is held so by its own label of the side:
// the heading names the things, the table spells them out. A measure (`Speed (ms)` under
// "Speed vs Memory") is no such thing. A label the heading names exactly is the heading rule's.
import type { LabelContext, NoteContext } from "./context";
import { AGAINST, splitSubject } from "./context";
import { type CellFacts, sideLabels } from "./facts";
import { positionOf } from "./label-position";
import { namesMeasure } from "./measure";
import type { NameRule } from "./rule";

/** The words of a text, lower case, letters and digits only: ` software livre open source `. */
function wordsOf(text: string): string {
	const words = text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu);
	return words === null ? "" : ` ${words.join(" ")} `;
}

/** The key of the per-side answers in the note's memo. */
const HELD_PARTS = {};

/**
 * For each label of the side, the part of the innermost heading it holds, or null; null for
 * the whole side when the heading sets no two things against each other or a part is held by
 * no label, or by two. Worked out once per side.
 */
function heldParts(side: readonly CellFacts[], headings: readonly string[], note: NoteContext): readonly (string | null)[] | null {
	const memo = note.memo.workedOut<readonly CellFacts[], readonly (string | null)[] | null>(HELD_PARTS);
	let held = memo.get(side);
	if (held === undefined) {
		held = null;
		const heading = headings[headings.length - 1] ?? "";
		// "and" only joins (`# Morning and evening` over two routines compares nothing): the heading must say vs.
		const against = heading.split(" ").some((word) => AGAINST.has(word.toLowerCase()));
		const parts = against ? splitSubject(heading).map((part) => ({ part, words: wordsOf(part) })) : [];
		if (parts.length >= 2 && parts.length <= side.length && parts.every(({ words }) => words !== "")) {
			const labels = side.map((cell) => (namesMeasure(cell.text) ? "" : wordsOf(cell.text)));
			const found: (string | null)[] = side.map(() => null);
			let each = true;
			for (const { part, words } of parts) {
				const holders = labels.flatMap((label, i) => (label.includes(words) ? [i] : []));
				if (holders.length !== 1 || found[holders[0] as number] !== null) {
					each = false;
					break;
				}
				found[holders[0] as number] = part;
			}
			held = each ? found : null;
		}
		memo.set(side, held);
	}
	return held;
}

/**
 * The heading's part a label is written as, where every label of its side holds one and the words
 * left beside it are the same on each (`asdf Plugins | vfox Plugins` under `## asdf vs vfox`, `SQL
 * databases | NoSQL databases` under `## SQL vs NoSQL`): the heading names the things, and the table
 * writes each with the kind they share. Null otherwise (`Software Livre (Open Source)` beside
 * `Software Proprietário` spell each out in words of their own).
 */
export function sharedKindPart(label: LabelContext, note: NoteContext): string | null {
	const headings = label.group.headings;
	if (headings === undefined || headings.length === 0) return null;
	const side = sideLabels(label.group, label.side);
	const held = heldParts(side, headings, note);
	if (held === null || held.some((part) => part === null)) return null;
	const rests = new Set(side.map((cell, i) => wordsOf(cell.text).replace(wordsOf(held[i] as string), " ").trim()));
	const [rest] = rests;
	return rests.size === 1 && rest !== "" ? (held[positionOf(side, label.cell, note)] ?? null) : null;
}

export const headingParts: NameRule = (label, note) => {
	const headings = label.group.headings;
	if (headings === undefined || headings.length === 0) return null;
	const side = sideLabels(label.group, label.side);
	const part = heldParts(side, headings, note)?.[positionOf(side, label.cell, note)] ?? null;
	if (part === null || label.keys.some((key) => note.keysOf(part).includes(key))) return null;
	return { rule: "heading-parts", score: 1, reason: `holds "${part}", which the heading above sets against the others` };
};
