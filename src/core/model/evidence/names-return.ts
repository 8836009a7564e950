import type { AxisRule } from "./rule";

/**
 * The things compared come back: the same names down the rows of table after
 * table, each looking at something else (the seed's three frameworks; a page of
 * "Project | <aspect>" tables). Only down the rows: names coming back across
 * the header look just like a header of attributes reused with other rows.
 * A weak hint, because features can come back down the rows of per-category matrices, and
 * keywords down the rows of a reference's tables: a logistic fit of every rule's weight to the
 * corpus scaled its 0.75 by 0.56; of the weights then tried on the corpus and the held-out sets,
 * 0.25 did best.
 */
export const namesReturn: AxisRule = (group, note, index) => {
	const labels = group.rowLabels.filter((cell) => cell.text.trim() !== "");
	if (labels.length < 2) return [];
	const returning = labels.filter((cell) => note.returnsElsewhere(cell.text, "rows", index)).length;
	if (returning < 2 || returning / labels.length < 0.5) return [];
	const reason = `${returning} of its ${labels.length} names come back down tables about other things`;
	return [{ side: "rows", evidence: { rule: "names-return", score: 0.25, reason } }];
};
