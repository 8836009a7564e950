import type { NameRule } from "./rule";

/**
 * Summary rows and columns that sit beside the things compared. A short list,
 * so it only ever takes single labels out; it never decides a table.
 */
export const GENERIC = new Set(
	"total totals average avg mean median sum overall other others notes note comments remarks details detail description winner best worst score rank summary verdict baseline links".split(" "),
);

export const genericLabel: NameRule = (label) =>
	label.keys.some((key) => GENERIC.has(key)) ? { rule: "generic-label", score: -2, reason: "a summary label, not a thing compared" } : null;
