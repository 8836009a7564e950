import type { CellFacts } from "./facts";
import { normalizeName } from "./names";
import type { NameRule } from "./rule";

/** Per header, how often each normalised text stands in it (the top-left cell included). */
const counts = new WeakMap<readonly CellFacts[], Map<string, number>>();

function headerCounts(corner: CellFacts | null, labels: readonly CellFacts[]): Map<string, number> {
	let found = counts.get(labels);
	if (!found) {
		found = new Map();
		for (const cell of corner ? [corner, ...labels] : labels) {
			const key = normalizeName(cell.text);
			if (key !== "") found.set(key, (found.get(key) ?? 0) + 1);
		}
		counts.set(labels, found);
	}
	return found;
}

/**
 * `| Notebook | Description | Article | Notebook |`: a header cell written twice, the
 * top-left one included, names a kind of column (a title, then a link to it), not a
 * thing compared: each thing compared has one column of its own.
 */
export const repeatedHeader: NameRule = (label) => {
	if (label.side !== "columns" || label.group.kind !== "table") return null;
	const key = normalizeName(label.cell.text);
	if (key === "" || (headerCounts(label.group.corner, label.group.columnLabels).get(key) ?? 0) < 2) return null;
	return { rule: "repeated-header", score: -1, reason: "written twice in the header: a kind of column, not a thing compared" };
};
