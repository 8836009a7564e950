// How a chart prints its numbers: as the note writes them. Every value shows
// at least the digits it has, so 0.0000001 beside 390 never prints as "0"
// (nor looks like a tie with another "0" that lost the ★); numbers too small
// or too large for plain decimals print as 1.7×10³⁰⁸. Pure: no DOM.
export interface NumberFormat {
	/** Decimal places every value gets, so a column of 1.50 and 2.25 lines up as the note writes it. */
	decimals: number;
	/** "1,250" in the note: thousands get separators too when printed. */
	grouping: boolean;
}

/** Below this, or at and above PLAIN_MAX, a number prints with a power of ten: plain decimals would be a row of zeros. */
const PLAIN_MIN = 1e-6;
const PLAIN_MAX = 1e21;

/** The decimal places shared by the values: the most any value written in plain decimals has, up to 6. */
export function numberFormatOf(values: readonly (number | null)[], sourceText: string): NumberFormat {
	let decimals = 0;
	for (const value of values) if (value !== null && isPlain(value)) decimals = Math.max(decimals, fractionDigits(value));
	return { decimals: Math.min(decimals, 6), grouping: /\d,\d{3}(?!\d)/.test(sourceText) };
}

/** Whether `value` prints in plain decimals (0.000001 to 10²¹), else with a power of ten. */
export function isPlain(value: number): boolean {
	const magnitude = Math.abs(value);
	return magnitude === 0 || (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX);
}

/** Digits after the point in the shortest decimal that reads back as `value`: 2 for 1.25, 7 for 1e-7. */
export function fractionDigits(value: number): number {
	if (!Number.isFinite(value)) return 0;
	const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
	if (!match) return 0;
	return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}

const SUPERSCRIPT: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };

/** 1.7e308 as "1.7×10³⁰⁸", 1e-323 as "10⁻³²³", 100 as "10²": every digit the value has, none it has not. */
export function formatPowerOfTen(value: number): string {
	if (!Number.isFinite(value) || value === 0) return formatNumber(value, { decimals: 0, grouping: false });
	return `${value < 0 ? "−" : ""}${withPowerOfTen(Math.abs(value))}`;
}

function withPowerOfTen(magnitude: number): string {
	const [mantissa = "", exponent = "0"] = magnitude.toExponential().split("e");
	const power = `10${Array.from(String(Number(exponent)), (ch) => SUPERSCRIPT[ch] ?? ch).join("")}`;
	return mantissa === "1" ? power : `${mantissa}×${power}`;
}

/**
 * `value` with at least `decimals` places (the format's by default) and never
 * fewer than the value has, so what the note wrote is what the chart shows.
 */
export function formatNumber(value: number, format: NumberFormat, decimals = format.decimals): string {
	if (Number.isNaN(value)) return "NaN";
	const sign = value < 0 ? "−" : "";
	const magnitude = Math.abs(value);
	if (magnitude === Number.POSITIVE_INFINITY) return `${sign}∞`;
	if (!isPlain(magnitude)) return `${sign}${withPowerOfTen(magnitude)}`;
	// The shortest decimal that reads back as the value (in plain digits in this range), padded,
	// never rounded: toFixed would print 123456789012345680000 as …683968.
	const [whole = "0", written = ""] = String(magnitude).split(".");
	const fraction = written.padEnd(Math.min(100, Math.max(0, decimals)), "0");
	const grouped = format.grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
	return `${magnitude === 0 ? "" : sign}${grouped}${fraction === "" ? "" : `.${fraction}`}`;
}

/** A share of the best value: whole percents from 10%, one decimal below; a share too small for that says so instead of "0.0%". */
export function formatPercent(percent: number): string {
	if (Number.isNaN(percent)) return "NaN";
	const magnitude = Math.abs(percent);
	if (magnitude > 0 && magnitude < 0.05) return percent > 0 ? "<0.1%" : "−<0.1%";
	if (!isPlain(magnitude)) return `${formatNumber(percent, { decimals: 0, grouping: false })}%`;
	const sign = percent < 0 ? "−" : "";
	return `${sign}${magnitude >= 10 || magnitude === 0 ? Math.round(magnitude) : magnitude.toFixed(1)}%`;
}
