import type { NameRule } from "./rule";

/** A name with a note of its own in the vault (by file name or alias) is a thing, not an attribute. */
export const vaultNote: NameRule = (label, note) => {
	const path = note.noteFor(label.name);
	return path === null ? null : { rule: "vault-note", score: 2, reason: `names the note ${path}` };
};
