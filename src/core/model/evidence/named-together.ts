import { type CellFacts, type Side, sideLabels } from "./facts";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";
import { lowersLabel } from "./sentence-case";
import { opensAgainst } from "./against-label";

/**
 * A heading or title naming most labels of one side together, two at least: `Mapとオブジェクトの違い`
 * ("the difference between Map and objects"), `Kafka、ActiveMQ、RabbitMQ 有什么区别`,
 * `Cookie & Session`. Whatever joins them (a particle, a comma, "vs"), a heading about
 * two of a side's labels at once sets them against each other, so that side holds the
 * things compared. No word is looked for: only the labels themselves, found in the text.
 */
export const namedTogether: AxisRule = (group, note) => {
	if (group.kind !== "table") return [];
	const found: { side: Side; evidence: { rule: string; score: number; reason: string } }[] = [];
	for (const side of ["rows", "columns"] as const) {
		const heading = headingNaming(sideLabels(group, side), note);
		if (heading !== null) found.push({ side, evidence: { rule: "named-together", score: 1, reason: `two of its labels are named together in "${heading}"` } });
	}
	// Both sides named together says nothing about which is which.
	return found.length === 1 ? found : [];
};

/** A side longer than this is a list, not a handful of things set against each other; the cost stays bounded per table. */
const MOST_LABELS = 12;
const MOST_HEADINGS = 200;

/** The first heading or title that names at least two of the labels, or null. */
function headingNaming(cells: readonly CellFacts[], note: NoteContext): string | null {
	if (cells.length > 2 * MOST_LABELS) return null;
	// A label the heading and subject rules already found ("## Import and export" names both) is not counted twice.
	// `vs Node.js` names the thing its column is measured against, not a label set against the others.
	const unnamed = cells.filter((cell) => !opensAgainst(cell.text) && !note.namedByTitleOrHeading(note.nameOf(cell.text, cell.code).keys));
	const labels = [...new Set(unnamed.map((cell) => searchable(note.nameOf(cell.text, cell.code).name.bare)).filter((text) => text.length >= 2))];
	if (labels.length < 2 || labels.length > MOST_LABELS) return null;
	// Most of the side, two at least: a heading naming two options of ten is about those two options.
	const needed = Math.max(2, Math.ceil(cells.length / 2));
	if (labels.length < needed) return null;
	for (const [text, heading, cased] of headingsOf(note)) {
		let count = 0;
		let lowered = false;
		for (const label of labels) {
			const at = indexOf(heading, label);
			if (at < 0) continue;
			// "Speed and price" over `Speed | Price`: a heading in sentence case names attributes (./sentence-case).
			if (at > 0 && cased.length === heading.length && lowersLabel(cased.slice(at, at + label.length), note)) lowered = true;
			count++;
		}
		if (count >= needed && !lowered) return text;
	}
	return null;
}

/** The title and the first headings, each with its searchable form: worked out once per note. */
const searchableHeadings = new WeakMap<NoteContext, [string, string, string][]>();

/** Each heading as written, searchable, and searchable with its capitals kept. */
export function headingsOf(note: NoteContext): [string, string, string][] {
	let found = searchableHeadings.get(note);
	if (!found) {
		found = [...note.facts.subjects, ...note.facts.headings].slice(0, MOST_HEADINGS).map((text) => [text, searchable(text), cased(text)]);
		searchableHeadings.set(note, found);
	}
	return found;
}

export function searchable(text: string): string {
	return cased(text).toLowerCase();
}

export function cased(text: string): string {
	return text.normalize("NFKC").replace(/[*_`]/g, "").trim();
}

const WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;

/**
 * Where `text` names `label`, or -1: a label in Latin script must stand as whole words
 * ("Map" in "Mapとオブジェクト" but not in "Mapping"); one in a script without
 * spaces may stand anywhere.
 */
/** Whether `text` names `label` (as `indexOf` finds it). */
export function contains(text: string, label: string): boolean {
	return indexOf(text, label) >= 0;
}

function indexOf(text: string, label: string): number {
	let from = 0;
	for (;;) {
		const at = text.indexOf(label, from);
		if (at < 0) return -1;
		const before = text.charAt(at - 1);
		const after = text.charAt(at + label.length);
		const startsWord = !WORD_CHAR.test(label.charAt(0)) || before === "" || !WORD_CHAR.test(before);
		const endsWord = !WORD_CHAR.test(label.charAt(label.length - 1)) || after === "" || !WORD_CHAR.test(after);
		if (startsWord && endsWord) return at;
		from = at + 1;
	}
}
