import { sideLabels } from "./facts";
import type { NameRule } from "./rule";
import { isLatin } from "./words";

/**
 * "核心工程影响" beside "Paxos" and "Raft": among names in Latin script, a
 * label in the note's own script is a heading of values, not a product.
 */
export const scriptOutlier: NameRule = (label) => {
	if (isLatin(label.name.head) || !/\p{L}/u.test(label.name.head)) return null;
	const others = sideLabels(label.group, label.side).filter((cell) => cell !== label.cell && /\p{L}/u.test(cell.text));
	if (others.length < 2 || others.filter((cell) => isLatin(cell.text)).length < others.length * 0.75) return null;
	return { rule: "script-outlier", score: -1.5, reason: "the only label not in Latin script beside Latin names" };
};
