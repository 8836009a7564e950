import { type CellFacts, type GroupFacts, type Side, lineOf, sideLabels } from "./facts";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";

/** Past this many labels a side is a list, not the parts of one thing; the look stays bounded. */
const MAX_PARTS = 40;
/** Runs of Latin letters and digits in a heading ("以 Apollo 为例" has one: Apollo). */
const LATIN_RUN = /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}.+#-]*/gu;

/** The key of each heading's runs in the note's memo: tables of one section share their headings. */
const HEADING_RUNS = {};

/**
 * The keys of each run of one to three Latin words in a heading, in order. Names of
 * up to three words ("Spring Cloud Config"): a heading has few words. Worked out once
 * per heading text and note.
 */
function headingRuns(heading: string, note: NoteContext): string[][] {
	const memo = note.memo.workedOut<string, string[][]>(HEADING_RUNS);
	let found = memo.get(heading);
	if (found === undefined) {
		found = [];
		const words = heading.match(LATIN_RUN) ?? [];
		for (let i = 0; i < words.length && i < 30; i++) {
			let run = "";
			for (let n = 0; n < 3 && i + n < words.length; n++) {
				run = n === 0 ? (words[i] as string) : `${run} ${words[i + n] as string}`;
				found.push(note.keysOf(run));
			}
		}
		memo.set(heading, found);
	}
	return found;
}

/** Whether the note compares the name of this key in a group other than `index`. */
function knownElsewhere(key: string, note: NoteContext, index: number): boolean {
	const groups = note.known?.get(key);
	if (groups === undefined) return false;
	for (const group of groups) if (group !== index) return true;
	return false;
}

/**
 * The one thing compared elsewhere in the note that the nearest heading naming any
 * of them names ("## Taking Apollo as the example" under "# Apollo vs Nacos"); null
 * when no heading names one, or the nearest names several ("## Apollo vs Nacos").
 */
function ownerInHeadings(headings: readonly string[], note: NoteContext, index: number): string | null {
	for (let h = headings.length - 1; h >= 0; h--) {
		const owners = new Set<string>();
		for (const keys of headingRuns(headings[h] as string, note)) {
			const key = keys.find((k) => knownElsewhere(k, note, index));
			if (key !== undefined) owners.add(key);
		}
		if (owners.size > 0) return owners.size === 1 ? ([...owners][0] as string) : null;
	}
	return null;
}

/** How many of the side's items name another of its labels among their values ("supplies the Portal's address"). */
function itemsNamingOthers(group: GroupFacts, side: Side, labels: readonly CellFacts[]): number {
	const names = labels.map((cell) => cell.text.trim().toLowerCase().replace(/[*_`]/g, ""));
	let naming = 0;
	labels.forEach((_, i) => {
		const values = lineOf(group, side, i);
		const text = values.join(" ").toLowerCase();
		if (names.some((name, j) => j !== i && name.length >= 3 && text.includes(name))) naming++;
	});
	return naming;
}

/**
 * The roles of one system, under a heading that names it: `| Portal | Client | Config
 * Service |` in the Apollo section of a note comparing Apollo and Nacos, each row saying
 * which of the others it serves. Parts that work together are not set against each
 * other; the thing they make up is compared elsewhere. Second pass: it needs to know
 * what the note compares in its other tables.
 */
export const partsOfOne: AxisRule = (group, note, index) => {
	if (group.kind !== "table" || !group.headings || group.headings.length === 0 || note.known === null) return [];
	const sides = (["rows", "columns"] as Side[]).filter((side) => {
		const labels = sideLabels(group, side);
		if (labels.length < 3 || labels.length > MAX_PARTS) return false;
		// Parts the note compares in another table are not parts only.
		if (labels.some((cell) => note.knownElsewhere(note.keysOf(cell.text), index))) return false;
		const naming = itemsNamingOthers(group, side, labels);
		return naming >= 2 && naming * 2 >= labels.length;
	});
	// The headings are read only for a side of parts: most tables have none, and their headings' words cost more to key.
	if (sides.length === 0) return [];
	const owner = ownerInHeadings(group.headings, note, index);
	if (owner === null) return [];
	return sides.map((side) => ({ side, evidence: { rule: "parts-of-one", score: -3, reason: `parts of ${owner}, named in a heading above, each naming the others: they work together` } }));
};
