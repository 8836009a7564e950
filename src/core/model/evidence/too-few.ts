import { sideLabels, type Side } from "./facts";
import { GENERIC } from "./generic-label";
import { normalizeName } from "./names";
import type { AxisRule } from "./rule";

/** A comparison needs two things: a side with fewer than two labels compares nothing. */
export const tooFew: AxisRule = (group) =>
	(["rows", "columns"] as Side[]).flatMap((side) => {
		const count = sideLabels(group, side).filter((cell) => {
			const key = normalizeName(cell.text);
			return key !== "" && !GENERIC.has(key);
		}).length;
		return count >= 2 ? [] : [{ side, evidence: { rule: "too-few", score: -3, reason: `only ${count} label${count === 1 ? "" : "s"}` } }];
	});
