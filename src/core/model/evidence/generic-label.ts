import type { NameRule } from "./rule";

/**
 * Summary rows and columns that sit beside the things compared. A short list
 * that takes single labels out, and only labels nothing else names.
 */
export const GENERIC = new Set(
	"total totals average avg mean median sum overall other others notes note comments remarks details detail description winner best worst score rank summary verdict baseline links".split(" "),
);

export const genericLabel: NameRule = (label, note) => {
	if (!label.keys.some((key) => GENERIC.has(key))) return null;
	// A product called "Notes", named in the title or with a note of its own, is a name.
	const named = label.keys.some((key) => note.subjectKeys.has(key) || note.listed.has(key) || note.declaredKeys?.has(key)) || note.noteFor(label.name) !== null;
	return named ? null : { rule: "generic-label", score: -2, reason: "a summary label, not a thing compared" };
};
