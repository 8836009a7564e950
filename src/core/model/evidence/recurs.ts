import type { NameRule } from "./rule";

/** Seen in more than one table or chart: a name the note keeps coming back to. */
export const recurs: NameRule = (label, note) => {
	const count = Math.max(0, ...label.keys.map((key) => note.recurrence.get(key) ?? 0));
	return count >= 2 ? { rule: "recurs", score: 0.5, reason: `appears in ${count} tables or charts` } : null;
};
