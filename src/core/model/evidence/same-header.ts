import type { AxisRule } from "./rule";

/**
 * Second pass: a table with the same header as a decided one (awesome lists repeat theirs) reads the same way.
 * As much as one strong hint, no more: fitted to the corpus its weight came out at a third of the 2 it had,
 * since tables of one header also repeat one weak call (twenty benchmark tables of JDK builds down the rows).
 */
export const sameHeader: AxisRule = (group, note, index) => {
	if (group.kind !== "table" || note.headerAxes === null) return [];
	const decided = note.headerAxes.get(note.headerSignature(index));
	for (const [other, side] of decided ?? []) {
		if (other !== index) return [{ side, evidence: { rule: "same-header", score: 1, reason: "another table of the note has this header" } }];
	}
	return [];
};
