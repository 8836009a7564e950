// `| Critères | Express | NestJS | Fastify |` over `**Performance (x2)**`, `**Sécurité (x1.5)**`:
// a decision matrix may write each criterion's weight into its label, a multiplier in brackets,
// as ./weight-column.ts reads one written in a column of its own. A thing compared carries no
// weight of its own, so the side of weighted labels is the criteria, and the things are across.
import { type CellFacts, type Side, sideLabels } from "./facts";
import type { AxisRule } from "./rule";

/** A multiplier in brackets closing the label: `(x2)`, `(×1.5)`, `(2x)`, `(x 3)`. */
const WEIGHT = /[(（]\s?(?:[x×]\s?\d{1,3}(?:[.,]\d{1,2})?|\d{1,3}(?:[.,]\d{1,2})?\s?[x×])\s?[)）]$/u;

/** Two labels at least, and half the side, written with a weight. */
function weighted(cells: readonly CellFacts[]): boolean {
	let labels = 0;
	let weights = 0;
	for (const cell of cells) {
		const text = cell.text.replace(/[*_]/g, "").trim();
		if (text === "") continue;
		labels++;
		if (WEIGHT.test(text)) weights++;
	}
	return weights >= 2 && weights * 2 >= labels;
}

export const weightedLabels: AxisRule = (group) => {
	if (group.kind !== "table") return [];
	for (const [side, other] of [["rows", "columns"], ["columns", "rows"]] as [Side, Side][]) {
		if (!weighted(sideLabels(group, side)) || weighted(sideLabels(group, other))) continue;
		return [
			{ side, evidence: { rule: "weighted-labels", score: -1, reason: "its labels carry weights: they are criteria" } },
			{ side: other, evidence: { rule: "weighted-labels", score: 1, reason: "across labels that carry weights, the things scored" } },
		];
	}
	return [];
};
