import type { NameRule } from "./rule";
import { namedOnlyInLoweredHeadings } from "./sentence-case";

/**
 * A heading of its own ("### PyTorch" under "Strengths and weaknesses"), or set against
 * another in one ("## Redux vs Zustand"); not a part of a heading in sentence case that
 * lowers the note's labels ("## Speed and price" over `Speed | Price`: attributes).
 */
export const heading: NameRule = (label, note) =>
	label.keys.some((key) => note.headingKeys.has(key) && !namedOnlyInLoweredHeadings(note).has(key))
		? { rule: "heading", score: 1, reason: "a heading of the note" }
		: null;
