import type { NameRule } from "./rule";

/** The frontmatter `frameworks` list is the user's own answer. */
export const declared: NameRule = (label, note) =>
	note.declaredKeys !== null && label.keys.some((key) => note.declaredKeys?.has(key))
		? { rule: "declared", score: 3, reason: "listed in the frontmatter `frameworks`" }
		: null;
