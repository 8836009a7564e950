import { type CellFacts, sideLabels } from "./facts";
import type { NameRule } from "./rule";
import { isLatin } from "./words";

/**
 * "核心工程影响" beside "Paxos" and "Raft": among names in Latin script, a
 * label in the note's own script is a heading of values, not a product.
 */
export const scriptOutlier: NameRule = (label) =>
	isScriptOutlier(label.cell, sideLabels(label.group, label.side))
		? { rule: "script-outlier", score: -1.5, reason: "the only label not in Latin script beside Latin names" }
		: null;

export function isScriptOutlier(cell: CellFacts, side: readonly CellFacts[]): boolean {
	if (isLatin(cell.text) || !/\p{L}/u.test(cell.text)) return false;
	const others = side.filter((other) => other !== cell && /\p{L}/u.test(other.text));
	return others.length >= 2 && others.filter((other) => isLatin(other.text)).length >= others.length * 0.75;
}
