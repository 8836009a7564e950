// How a chart prints its numbers: as the note writes them. Each value keeps
// its own written form ("12.4" stays 12.4 beside "1.85", "2.10" keeps its 0,
// "90k" stays 90k, "1,250" keeps its comma); every value shows at least the
// digits it has, so 0.0000001 beside 390 never prints as "0" (nor looks like a
// tie with another "0" that lost the ★); numbers too small or too large for
// plain decimals print as 1.7×10³⁰⁸. Pure: no DOM.
import { suffixScale, type WrittenForm, type WrittenMarks } from "../core";

export interface NumberFormat {
	/** Decimal places a number gets at least. */
	decimals: number;
	/** "1,250" in the note: thousands get separators too when printed. */
	grouping: boolean;
	/** The scale suffix every value of the chart is written with ("k" for 90k, 120k), for the axis; null for none or a mix. */
	suffix?: string | null;
	/** A decimal comma and its thousands mark, when the note writes its numbers the European way ("1.299,00 €"). */
	marks?: WrittenMarks;
}

/** Below this, or at and above PLAIN_MAX, a number prints with a power of ten: plain decimals would be a row of zeros. */
const PLAIN_MIN = 1e-6;
const PLAIN_MAX = 1e21;

/**
 * The chart's own format, for its axis and for values with no written form:
 * separators when the note writes any ("1,250"; in the text when the forms are
 * not known), and the suffix when every value is written with the same one.
 */
export function numberFormatOf(written: readonly (WrittenForm | null)[] | null, sourceText: string): NumberFormat {
	const forms = (written ?? []).filter((form): form is WrittenForm => form !== null);
	if (forms.length === 0) return { decimals: 0, grouping: /\d,\d{3}(?!\d)/.test(sourceText), suffix: null };
	const suffixes = new Set(forms.map((form) => form.suffix));
	const [suffix = null] = suffixes.size === 1 ? suffixes : [];
	// The axis speaks the note's way only when every value is written that way: a mix keeps the English marks.
	const [marks] = forms.every((form) => form.marks !== undefined && form.marks.group === forms[0]?.marks?.group) ? [forms[0]?.marks] : [];
	return { decimals: 0, grouping: forms.some((form) => form.grouping), suffix, ...(marks ? { marks } : {}) };
}

/**
 * `value` as the note writes it: its written decimals ("2.10"), separators
 * ("1,250") and scale suffix ("90k", "1.5M"); every digit it has when its form
 * is unknown or cannot hold it.
 */
export function formatWritten(value: number, form: WrittenForm | null, fallback: NumberFormat): string {
	if (form === null) return formatNumber(value, { decimals: 0, grouping: fallback.grouping, ...(fallback.marks ? { marks: fallback.marks } : {}) });
	const format = { decimals: form.decimals, grouping: form.grouping, ...(form.marks ? { marks: form.marks } : {}) };
	return form.suffix === null ? formatNumber(value, format) : formatScaled(value, form.suffix, format);
}

/** `value` in units of a suffix: 90000 with "k" is "90k"; floating-point noise of the division (0.1 + 0.2) is rounded away. */
export function formatScaled(value: number, suffix: string, format: NumberFormat, decimals = format.decimals): string {
	const scaled = value / suffixScale(suffix);
	if (!Number.isFinite(scaled) || !isPlain(value)) return formatNumber(value, format, decimals);
	return `${formatNumber(Number(scaled.toPrecision(15)), format, decimals)}${suffix}`;
}

/** Whether `value` prints in plain decimals (0.000001 to 10²¹), else with a power of ten. */
export function isPlain(value: number): boolean {
	const magnitude = Math.abs(value);
	return magnitude === 0 || (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX);
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
	const grouped = format.grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, format.marks?.group ?? ",") : whole;
	return `${magnitude === 0 ? "" : sign}${grouped}${fraction === "" ? "" : `${format.marks?.decimal ?? "."}${fraction}`}`;
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
