import type { NameRule } from "./rule";

/** Named in the note's title, file name or aliases ("JAX vs PyTorch vs TensorFlow"). */
export const subject: NameRule = (label, note) =>
	label.keys.some((key) => note.subjectKeys.has(key)) ? { rule: "subject", score: 2, reason: "named in the note's title or aliases" } : null;
