import type { NameRule } from "./rule";
import { loweredInSubjects } from "./sentence-case";

/**
 * Named in the note's title, file name or aliases ("JAX vs PyTorch vs TensorFlow"), but not
 * where a title in sentence case writes the label in lower case, as an attribute ("Note apps,
 * pros and cons" over `| App | Pros | Cons |`: ./sentence-case.ts).
 */
export const subject: NameRule = (label, note) =>
	label.keys.some((key) => note.subjectKeys.has(key) && !loweredInSubjects(note).has(key)) ? { rule: "subject", score: 2, reason: "named in the note's title or aliases" } : null;
