import { readCell } from "../cell-value";
import type { NameRule } from "./rule";

/** "2021", "✓", "12 ms", "N/A": a label that reads as a value is a heading of values, never a name. */
export const valueLabel: NameRule = (label) => {
	if (!/[\p{L}\p{N}]/u.test(label.name.head)) return { rule: "value-label", score: -3, reason: "has no letters or digits" };
	const value = readCell(label.name.head);
	return value.kind === "text" ? null : { rule: "value-label", score: -3, reason: `reads as a value (${value.kind})` };
};
