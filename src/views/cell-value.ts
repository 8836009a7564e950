// What a table cell is worth when sorting, from the core's one cell reader
// (`readCell`), so a table sorts a cell as the chart reads it: numbers,
// percentages and ratings as numbers ("1,250" before "12,000", "12m" as 12
// million), checks as ✓ before partial before ✗ (ascending), text (also
// versions and dates) naturally, and missing values always last.
import { readCell } from "../core";

export type SortKey =
	| { kind: "number"; value: number }
	| { kind: "check"; rank: number }
	| { kind: "text"; value: string }
	| { kind: "missing" };

/** Ascending rank of a check: ✓ first, then partial, then ✗. */
const CHECK_RANK = new Map<boolean | "partial", number>([
	[true, 0],
	["partial", 1],
	[false, 2],
]);

export function sortKeyOf(text: string): SortKey {
	const cell = readCell(text);
	switch (cell.kind) {
		case "missing":
			return { kind: "missing" };
		case "number":
		case "percent":
		case "rating":
			return { kind: "number", value: cell.value };
		case "check":
			return { kind: "check", rank: CHECK_RANK.get(cell.value) ?? 1 };
		case "version":
		case "date":
		case "text":
			return { kind: "text", value: cell.value.toLocaleLowerCase() };
	}
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
/** Kinds in ascending order when a column mixes them. */
const KIND_ORDER = { number: 0, check: 1, text: 2 } as const;

/** Ascending order; numbers, then checks, then text; missing values last in both directions. */
export function compareSortKeys(a: SortKey, b: SortKey, direction: "ascending" | "descending"): number {
	if (a.kind === "missing" || b.kind === "missing") return (a.kind === "missing" ? 1 : 0) - (b.kind === "missing" ? 1 : 0);
	const sign = direction === "ascending" ? 1 : -1;
	if (a.kind !== b.kind) return sign * (KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
	if (a.kind === "number" && b.kind === "number") return sign * (a.value - b.value);
	if (a.kind === "check" && b.kind === "check") return sign * (a.rank - b.rank);
	if (a.kind === "text" && b.kind === "text") return sign * collator.compare(a.value, b.value);
	return 0;
}
