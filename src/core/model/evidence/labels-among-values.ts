// `| Bash | Nu | Funktion |` over `ls` | `ls` | …: a table of equivalents. Each
// row's first cell comes back among the values of its own row (`count` beside
// Clojure's `count`, `alias` beside `Alias`), so that column holds values of the
// same kind as the others: it is one of the things compared, under the top-left
// cell, and not a column of names for the rows.
import { readCell } from "../cell-value";
import type { GroupFacts } from "./facts";
import { normalizeName } from "./names";
import type { AxisRule } from "./rule";

/** About a third of the labelled rows, and three at least, must find their label among their own values. */
const SHARE = 0.3;

const found = new WeakMap<GroupFacts, boolean>();

/** A row's values, each cell whole and split at commas ("last, peek, take-last"), in the form names are compared in. */
function valuesOf(row: readonly string[]): Set<string> {
	const values = new Set<string>();
	for (const cell of row) {
		values.add(normalizeName(cell));
		if (cell.includes(",")) for (const part of cell.split(",")) values.add(normalizeName(part));
	}
	return values;
}

/**
 * Every column holds words, as the first does: commands and names of functions. A list of
 * projects may repeat each name in a column of links, but beside dates, numbers and licences.
 */
function wordsOnly(body: readonly (readonly string[])[]): boolean {
	const width = body.reduce((widest, row) => Math.max(widest, row.length), 0);
	for (let column = 0; column < width; column++) {
		let filled = 0;
		let words = 0;
		for (const row of body) {
			const value = readCell(row[column] ?? "");
			if (value.kind === "missing") continue;
			filled++;
			if (value.kind === "text") words++;
		}
		if (words < filled * 0.8) return false;
	}
	return true;
}

export function rowsRepeatTheirLabels(group: GroupFacts): boolean {
	let known = found.get(group);
	if (known === undefined) {
		let labelled = 0;
		let repeated = 0;
		group.rowLabels.forEach((cell, r) => {
			const label = normalizeName(cell.text);
			if (label === "") return;
			labelled++;
			if (valuesOf(group.body[r] ?? []).has(label)) repeated++;
		});
		known = group.kind === "table" && repeated >= 3 && repeated >= labelled * SHARE && wordsOnly(group.body);
		found.set(group, known);
	}
	return known;
}

export const labelsAmongValues: AxisRule = (group) => {
	if (!rowsRepeatTheirLabels(group)) return [];
	const reason = "row labels come back among their own rows' values: the first column is one of the things compared";
	return [
		{ side: "rows", evidence: { rule: "labels-among-values", score: -1.5, reason } },
		{ side: "columns", evidence: { rule: "labels-among-values", score: 1, reason } },
	];
};
