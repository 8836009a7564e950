import type { NameRule } from "./rule";

/** The user said "Not a framework". */
export const userExcluded: NameRule = (label, note) =>
	label.keys.some((key) => note.excluded.has(key)) ? { rule: "user-excluded", score: -10, reason: "you marked it Not a framework" } : null;
