import type { NameRule } from "./rule";

/** Second pass: stands on the attribute side of another table or chart ("Vite" as a bundler column). */
export const attributeElsewhere: NameRule = (label, note) => {
	if (!note.attributeElsewhere(label.keys, label.index)) return null;
	if (note.knownElsewhere(label.keys, label.index)) return null;
	return { rule: "attribute-elsewhere", score: -1.5, reason: "an attribute in another table or chart of the note" };
};
