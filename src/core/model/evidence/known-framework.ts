import type { NameRule } from "./rule";

/** Second pass: found as a compared thing in another table or chart of the note. */
export const knownFramework: NameRule = (label, note) =>
	note.knownElsewhere(label.keys, label.index)
		? { rule: "known-framework", score: 1.5, reason: "compared in another table or chart of the note" }
		: null;
