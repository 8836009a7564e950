import type { GroupFacts, Side } from "./facts";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";

/** At least this share of the longer of the two headers must be shared. */
const SHARED_AT = 0.6;

/**
 * Second pass: a table headed as a decided one with a column or two changed
 * (`Plugin | GUI | Effects | Instruments` then `Plugin | GUI | Effects | Synthesis`
 * for the non-free ones) is the same kind of table: it reads the same way. The
 * top-left cell must be the same and most header cells shared; a header repeated
 * word for word is `same-header`'s. Weaker than that rule, since a changed column
 * may have changed what the table is about.
 */
export const similarHeader: AxisRule = (group, note, index) => {
	if (group.kind !== "table" || note.headerAxes === null || group.columnLabels.length < 2) return [];
	const own = note.headerSignature(index);
	const corner = note.normalized(group.corner?.text ?? "");
	const labels = new Set(group.columnLabels.map((cell) => note.normalized(cell.text)).filter((key) => key !== ""));
	// A few decided tables under the same top-left cell are enough to know; the rest are not looked at.
	for (const { other, side } of (decidedByCorner(note).get(corner) ?? []).slice(0, LOOKED_AT)) {
		const shape = note.facts.groups[other];
		if (other === index || !shape || note.headerSignature(other) === own || !alike(shape, labels, note)) continue;
		return [{ side, evidence: { rule: "similar-header", score: 1.5, reason: "another table of the note has the same top-left cell and most of this header" } }];
	}
	return [];
};

const LOOKED_AT = 8;

/** The decided tables by their top-left cell, worked out once per note and second pass. */
const byCorner = new WeakMap<object, Map<string, { other: number; side: Side }[]>>();

export function decidedByCorner(note: NoteContext): Map<string, { other: number; side: Side }[]> {
	const axes = note.headerAxes as object;
	let found = byCorner.get(axes);
	if (!found) {
		found = new Map();
		for (const decided of note.headerAxes?.values() ?? []) {
			for (const [other, side] of decided) {
				const corner = note.normalized(note.facts.groups[other]?.corner?.text ?? "");
				const list = found.get(corner) ?? [];
				list.push({ other, side });
				found.set(corner, list);
			}
		}
		byCorner.set(axes, found);
	}
	return found;
}

function alike(other: GroupFacts, labels: ReadonlySet<string>, note: NoteContext): boolean {
	if (other.kind !== "table") return false;
	const theirs = new Set(other.columnLabels.map((cell) => note.normalized(cell.text)).filter((key) => key !== ""));
	let shared = 0;
	for (const key of theirs) if (labels.has(key)) shared++;
	return shared >= 2 && shared >= SHARED_AT * Math.max(theirs.size, labels.size);
}
