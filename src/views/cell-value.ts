// What a table cell is worth when sorting: numbers as numbers ("1,250"
// before "12,000"), text as text, and missing values always last.
export type SortKey = { kind: "number"; value: number } | { kind: "text"; value: string } | { kind: "missing" };

const MISSING = /^(?:n\/?a|—|–|-|\?|none|null|tbd|unknown)?$/i;
// A leading number with optional sign, thousands separators and decimals: "1,250", "-3.5 ms", "~12k".
const NUMBER = /^[~≈<>≤≥]?\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*([kKmMbB](?![a-z]))?/;
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

export function sortKeyOf(text: string): SortKey {
	const trimmed = text.replace(/\s+/g, " ").trim();
	if (MISSING.test(trimmed)) return { kind: "missing" };
	const number = NUMBER.exec(trimmed.replace(/^\$/, ""));
	if (number) {
		const base = Number(number[1]!.replace(/,/g, ""));
		const scale = number[2] ? (SCALE[number[2].toLowerCase()] ?? 1) : 1;
		if (Number.isFinite(base)) return { kind: "number", value: base * scale };
	}
	return { kind: "text", value: trimmed.toLocaleLowerCase() };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/** Ascending order; numbers before text; missing values last in both directions. */
export function compareSortKeys(a: SortKey, b: SortKey, direction: "ascending" | "descending"): number {
	if (a.kind === "missing" || b.kind === "missing") return (a.kind === "missing" ? 1 : 0) - (b.kind === "missing" ? 1 : 0);
	const sign = direction === "ascending" ? 1 : -1;
	if (a.kind === "number" && b.kind === "number") return sign * (a.value - b.value);
	if (a.kind !== b.kind) return sign * (a.kind === "number" ? -1 : 1);
	return sign * collator.compare(String(a.value), String(b.value));
}
