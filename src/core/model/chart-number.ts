// Cell values of text charts: "1,250" and "12.5" are numbers; "N/A", dashes
// and blanks are a known gap.

export type ChartCell = { kind: "number"; value: number } | { kind: "missing" } | { kind: "text" };

const MISSING = /^(?:n\/?a|—|–|-+|\?|)$/i;
// Thousands groups must be whole ("1,250", not "12,5"), so a European decimal is not misread.
const NUMBER = /^([~≈]\s*)?([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*([a-zA-Z%×µ/]{0,12})$/;
const SCALE: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6 };

export function parseChartCell(text: string): ChartCell {
	const cell = text.trim();
	if (MISSING.test(cell)) return { kind: "missing" };
	const match = NUMBER.exec(cell);
	if (!match) return { kind: "text" };
	const [, , sign = "", whole, fraction = "", suffix = ""] = match;
	if (whole === undefined && fraction === "") return { kind: "text" };
	const magnitude = Number(`${(whole ?? "0").replace(/,/g, "")}${fraction}`) * (SCALE[suffix] ?? 1);
	const value = sign === "-" || sign === "−" ? -magnitude : magnitude;
	return Number.isFinite(value) ? { kind: "number", value } : { kind: "text" };
}
