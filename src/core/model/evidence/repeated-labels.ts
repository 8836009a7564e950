import { sideLabels, type Side } from "./facts";
import { normalizeName } from "./names";
import type { AxisRule } from "./rule";

/**
 * The things compared are listed once each; a side whose labels repeat
 * ("install", "install") holds scenarios or categories, so the compared names
 * are on the other side. Not so in a long-form table (`GroupFacts.cases`, see
 * ./long-form.ts): there the things repeat once per case by the table's shape.
 */
export const repeatedLabels: AxisRule = (group) =>
	(["rows", "columns"] as Side[]).flatMap((side) => {
		if (side === "rows" && group.cases !== undefined) return [];
		const labels = sideLabels(group, side)
			.map((cell) => normalizeName(cell.text))
			.filter((text) => text !== "");
		if (labels.length < 3) return [];
		const distinct = new Set(labels).size / labels.length;
		if (distinct >= 0.8) return [];
		const reason = `only ${Math.round(distinct * 100)}% of its labels differ`;
		return [
			{ side, evidence: { rule: "repeated-labels", score: -2, reason } },
			{ side: side === "rows" ? "columns" : "rows", evidence: { rule: "repeated-labels", score: 0.5, reason: `the other side's labels repeat` } },
		];
	});
