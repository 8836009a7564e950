import type { AxisRule } from "./rule";

/** Second pass: a table with the same header as a decided one (awesome lists repeat theirs) reads the same way. */
export const sameHeader: AxisRule = (group, note, index) => {
	if (group.kind !== "table" || note.headerAxes === null) return [];
	const decided = note.headerAxes.get(note.headerSignature(index));
	for (const [other, side] of decided ?? []) {
		if (other !== index) return [{ side, evidence: { rule: "same-header", score: 2, reason: "another table of the note has this header" } }];
	}
	return [];
};
