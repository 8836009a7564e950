import type { AxisRule } from "./rule";
import { weightColumns } from "./weight-column";

/**
 * A decision matrix: a column weighs each row (./weight-column.ts), so the rows are the
 * criteria things are scored by, and the columns beside the weights are the things scored.
 * The weights themselves are told apart from those things by weight-column.
 */
export const weightedRows: AxisRule = (group, note) => {
	if (group.kind !== "table" || weightColumns(group, note).size === 0) return [];
	return [
		{ side: "rows", evidence: { rule: "weighted-rows", score: -1, reason: "a column weighs each row: the rows are criteria" } },
		{ side: "columns", evidence: { rule: "weighted-rows", score: 1, reason: "beside a column of weights, the columns are the things scored" } },
	];
};
