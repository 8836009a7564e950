// `clap_derive` and `clap-minimal` beside `clap`, each with clap's version: builds
// or features of one package benchmarked as rows of their own. Read from one
// table: a label that extends another of its side by a separator and one word,
// and repeats that label's version among its values, is a variant of it.
import type { LabelContext } from "./evidence/context";
import { sideLabels } from "./evidence/facts";
import { VERSION_TOKEN, visibleName } from "./evidence/names";

const SEPARATORS = new Set(["-", "_", "."]);

/** The values of a label's row (or column), as written. */
function valuesOf(label: LabelContext): string[] {
	const index = sideLabels(label.group, label.side).indexOf(label.cell);
	if (index < 0) return [];
	return label.side === "rows" ? (label.group.body[index] ?? []) : label.group.body.map((row) => row[index] ?? "");
}

/** Per label that is a variant of another label of the same side, that other label. */
export function variantsOf(labels: readonly LabelContext[]): Map<LabelContext, LabelContext> {
	const found = new Map<LabelContext, LabelContext>();
	// A table of a few dozen packages at most is looked at: the pairs stay few.
	if (labels.length < 2 || labels.length > 60) return found;
	// Underscores kept: "clap_derive" is clap, then "_derive".
	const keys = labels.map((label) => visibleName(label.cell.text).toLowerCase());
	labels.forEach((label, i) => {
		const key = keys[i] as string;
		let base: LabelContext | null = null;
		let baseLength = 0;
		labels.forEach((other, j) => {
			const otherKey = keys[j] as string;
			if (j === i || otherKey.length < 2 || otherKey.length <= baseLength || !key.startsWith(otherKey) || !SEPARATORS.has(key.charAt(otherKey.length))) return;
			// One word after it, a build or a feature ("_derive", "-minimal"); "express-with-middlewares" names a setup of its own.
			if (!/^[\p{L}\p{N}]+$/u.test(key.slice(otherKey.length + 1))) return;
			base = other;
			baseLength = otherKey.length;
		});
		if (base === null) return;
		const own = valuesOf(label);
		const theirs = valuesOf(base);
		const sameVersion = own.some((value, column) => VERSION_TOKEN.test(value.trim()) && value.trim() === (theirs[column] ?? "").trim());
		if (sameVersion) found.set(label, base);
	});
	return found;
}
