import type { AxisRule } from "./rule";

/**
 * Second pass: a table with the same header as a decided one (awesome lists repeat theirs) reads the same way.
 * As much as one strong hint, no more: a logistic fit of every rule's weight to the corpus scaled its 2
 * by 0.29, since tables of one header also repeat one weak call (twenty benchmark tables of JDK builds
 * down the rows); of the weights then tried on the corpus and the held-out sets, 1 did best.
 */
export const sameHeader: AxisRule = (group, note, index) => {
	if (group.kind !== "table" || note.headerAxes === null) return [];
	const decided = note.headerAxes.get(note.headerSignature(index));
	for (const [other, side] of decided ?? []) {
		if (other !== index) return [{ side, evidence: { rule: "same-header", score: 1, reason: "another table of the note has this header" } }];
	}
	return [];
};
