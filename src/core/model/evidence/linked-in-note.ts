import type { NameRule } from "./rule";

/** The note links to it somewhere (`[[JAX]]` in the overview). */
export const linkedInNote: NameRule = (label, note) =>
	label.keys.some((key) => note.linkedKeys.has(key)) ? { rule: "linked-in-note", score: 1, reason: "the note links to it" } : null;
