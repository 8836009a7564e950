import type { NameRule } from "./rule";

/** A heading of its own ("### PyTorch" under "Strengths and weaknesses"). */
export const heading: NameRule = (label, note) =>
	label.keys.some((key) => note.headingKeys.has(key)) ? { rule: "heading", score: 1, reason: "a heading of the note" } : null;
