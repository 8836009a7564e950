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
	for (const [signature, decided] of note.headerAxes) {
		if (signature === own) continue;
		for (const [other, side] of decided) {
			const shape = note.facts.groups[other];
			if (other === index || !shape || !alike(shape, corner, labels, note)) continue;
			return [{ side: side as Side, evidence: { rule: "similar-header", score: 1.5, reason: "another table of the note has the same top-left cell and most of this header" } }];
		}
	}
	return [];
};

function alike(other: GroupFacts, corner: string, labels: ReadonlySet<string>, note: NoteContext): boolean {
	if (other.kind !== "table" || note.normalized(other.corner?.text ?? "") !== corner) return false;
	const theirs = new Set(other.columnLabels.map((cell) => note.normalized(cell.text)).filter((key) => key !== ""));
	let shared = 0;
	for (const key of theirs) if (labels.has(key)) shared++;
	return shared >= 2 && shared >= SHARED_AT * Math.max(theirs.size, labels.size);
}
