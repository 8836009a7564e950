import type { NameRule } from "./rule";

/** Blank or punctuation only ("** **", "—"): no name, and no evidence about its side either (left out of its mean). */
export const blankLabel: NameRule = (label) =>
	/[\p{L}\p{N}]/u.test(label.name.head) ? null : { rule: "blank-label", score: -3, reason: "has no letters or digits" };
