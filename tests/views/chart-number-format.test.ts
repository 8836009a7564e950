import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatNumber, formatPercent, formatPowerOfTen, formatScaled, formatWritten, numberFormatOf } from "../../src/views/chart-number-format";
import { readCell } from "../../src/core";
import { writtenForm } from "../../src/core/model/cell-value";

const PLAIN = { decimals: 0, grouping: false };

/** Reads back what formatNumber printed: "−1,250.5", "1.7×10³⁰⁸", "10⁻³²³". */
function readPrinted(text: string): number {
	const digits: Record<string, string> = { "⁻": "-", "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9" };
	const plain = text.replace(/−/g, "-").replace(/,/g, "");
	const power = /^(-?)(?:([\d.]+)×)?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(plain);
	if (!power) return Number(plain);
	const exponent = Array.from(power[3], (ch) => digits[ch]).join("");
	return Number(`${power[1]}${power[2] ?? "1"}e${exponent}`);
}

describe("numbers as the note writes them", () => {
	const form = (text: string) => writtenForm(text);
	/** A value printed as its cell writes it. */
	const asWritten = (text: string) => {
		const cell = readCell(text);
		if (cell.kind !== "number" && cell.kind !== "percent") throw new Error(`not a number: ${text}`);
		return formatWritten(cell.value, form(text), PLAIN);
	};

	it("reads how a number is written: decimals, separators and scale suffix", () => {
		expect(form("12.40")).toEqual({ decimals: 2, grouping: false, suffix: null });
		expect(form("1,250")).toEqual({ decimals: 0, grouping: true, suffix: null });
		expect(form("90k")).toEqual({ decimals: 0, grouping: false, suffix: "k" });
		expect(form("1.5M req/s")).toEqual({ decimals: 1, grouping: false, suffix: "M" });
		expect(form("58.4 ms ±0.83%")).toEqual({ decimals: 1, grouping: false, suffix: null });
		expect(form("−3.0")).toEqual({ decimals: 1, grouping: false, suffix: null });
		// An exponent has no written precision beyond its digits; text is no number.
		expect(form("1e-7")).toBeNull();
		expect(form("fast")).toBeNull();
	});

	it("prints each value with the precision its cell is written with, not the most precise value's", () => {
		expect(["12.4", "1.85", "2.10", "6.75", "4.30", "10.9"].map(asWritten)).toEqual(["12.4", "1.85", "2.10", "6.75", "4.30", "10.9"]);
		expect(["90k", "12.5k", "1.5M", "2bn", "120K"].map(asWritten)).toEqual(["90k", "12.5k", "1.5M", "2bn", "120K"]);
		expect(["1,250", "18,400", "3200", "-0.50", "0.0000001"].map(asWritten)).toEqual(["1,250", "18,400", "3200", "−0.50", "10⁻⁷"]);
		// Unknown form: every digit the value has, none it has not.
		expect(formatWritten(12.4, null, PLAIN)).toBe("12.4");
		expect(formatWritten(18400, null, { decimals: 0, grouping: true })).toBe("18,400");
	});

	it("prints a number written the European way in its own marks, as readCell reads it", () => {
		// A German price list and a Russian one: "1.299,00 €" once printed as "1299.000".
		expect(form("1.299,00 €")).toEqual({ decimals: 2, grouping: true, suffix: null, marks: { decimal: ",", group: "." } });
		expect(["1.299,00 €", "11,9 kg", "62,90 € im Jahr", "449 €", "12 000 ₽"].map(asWritten)).toEqual(["1.299,00", "11,9", "62,90", "449", "12 000"]);
		// The English way stays English even beside a unit ("1,250 ms" is a thousand and more).
		expect(["1,250 ms", "€12.40"].map(asWritten)).toEqual(["1,250", "12.40"]);
		// The axis speaks the European way only when every value does.
		expect(numberFormatOf([form("1.299,00 €"), form("899,00 €")], "").marks).toEqual({ decimal: ",", group: "." });
		expect(numberFormatOf([form("1.299,00 €"), form("899.00")], "").marks).toBeUndefined();
		expect(formatNumber(2500.5, { decimals: 1, grouping: true, marks: { decimal: ",", group: "." } })).toBe("2.500,5");
		// A dollar named by its country keeps how its amount is written, the Brazilian way or the English one.
		expect(["R$ 1.499,00", "R$ 2.199,90", "NT$1,290", "HK$ 12k", "US$ 12.50"].map(asWritten)).toEqual(["1.499,00", "2.199,90", "1,290", "12k", "12.50"]);
	});

	it("gives the axis separators when the note writes any, and the suffix when every value shares it", () => {
		expect(numberFormatOf([form("12.4"), null, form("1.85")], "")).toEqual({ decimals: 0, grouping: false, suffix: null });
		expect(numberFormatOf([form("18,400"), form("96500")], "")).toEqual({ decimals: 0, grouping: true, suffix: null });
		expect(numberFormatOf([form("90k"), form("120k"), null], "")).toEqual({ decimals: 0, grouping: false, suffix: "k" });
		expect(numberFormatOf([form("90k"), form("1.2M")], "")).toEqual({ decimals: 0, grouping: false, suffix: null });
		// No forms known (a chart without its layout): separators as the text shows them.
		expect(numberFormatOf(null, "║ PostgreSQL ║ 18,400 ║")).toEqual({ decimals: 0, grouping: true, suffix: null });
		expect(formatScaled(25000, "k", PLAIN)).toBe("25k");
		expect(formatScaled(2500, "k", PLAIN)).toBe("2.5k");
		expect(formatScaled(300000, "k", PLAIN, 1)).toBe("300.0k");
	});

	it("prints numbers with those rules", () => {
		expect(formatNumber(305000, { decimals: 0, grouping: true })).toBe("305,000");
		expect(formatNumber(3200, PLAIN)).toBe("3200");
		expect(formatNumber(0.2, { decimals: 2, grouping: false })).toBe("0.20");
		expect(formatNumber(1234.5, { decimals: 1, grouping: true })).toBe("1,234.5");
		expect(formatNumber(-12, PLAIN)).toBe("−12");
		expect(formatNumber(-0, PLAIN)).toBe("0");
	});

	it("never prints fewer digits than the value has: a value below the format's precision is not 0", () => {
		const format = { decimals: 2, grouping: false };
		expect(formatNumber(0.0001, format)).toBe("0.0001");
		expect(formatNumber(0.000001, format)).toBe("0.000001");
		expect(formatNumber(1e-7, format)).toBe("10⁻⁷");
		expect(formatNumber(1.2e-7, format)).toBe("1.2×10⁻⁷");
		expect(formatNumber(5e-323, format)).toBe("5×10⁻³²³");
		expect(formatNumber(-2.5e-9, format)).toBe("−2.5×10⁻⁹");
		// Fewer decimals asked for than the value has: the value wins.
		expect(formatNumber(0.5, format, 0)).toBe("0.5");
	});

	it("prints a number near the largest double with a power of ten, not 309 digits", () => {
		expect(formatNumber(1.7e308, { decimals: 0, grouping: true })).toBe("1.7×10³⁰⁸");
		expect(formatNumber(Number.MAX_VALUE, PLAIN)).toBe("1.7976931348623157×10³⁰⁸");
		expect(formatNumber(1e21, PLAIN)).toBe("10²¹");
		expect(formatNumber(123456789012345680000, { decimals: 0, grouping: true })).toBe("123,456,789,012,345,680,000");
	});

	it("prints what no chart value can be without throwing", () => {
		expect(formatNumber(Number.POSITIVE_INFINITY, PLAIN)).toBe("∞");
		expect(formatNumber(Number.NEGATIVE_INFINITY, PLAIN)).toBe("−∞");
		expect(formatNumber(Number.NaN, PLAIN)).toBe("NaN");
	});

	it("reads back as the very value it printed, for every finite double (property)", () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), fc.boolean(), (value, decimals, grouping) => {
				const printed = formatNumber(value, { decimals, grouping });
				expect(readPrinted(printed)).toBe(value === 0 ? 0 : value);
				expect(printed.length).toBeLessThan(64);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("powers of ten", () => {
	it("prints a power of ten as 10 with a superscript exponent, other values with their digits", () => {
		expect([1e-323, 1e-50, 1, 100, 2e-300, -1e5].map(formatPowerOfTen)).toEqual(["10⁻³²³", "10⁻⁵⁰", "10⁰", "10²", "2×10⁻³⁰⁰", "−10⁵"]);
		expect(formatPowerOfTen(0)).toBe("0");
	});
});

describe("percentages", () => {
	it("prints whole percents from 10%, one decimal below", () => {
		expect([100, 97.43, 9.46, 0].map(formatPercent)).toEqual(["100%", "97%", "9.5%", "0%"]);
	});

	it("says a share is below 0.1% rather than printing a real share as 0.0%", () => {
		expect(formatPercent(5e-321)).toBe("<0.1%");
		expect(formatPercent(0.04)).toBe("<0.1%");
		expect(formatPercent(0.05)).toBe("0.1%");
	});

	it("prints a share too large for plain digits with a power of ten", () => {
		expect(formatPercent(2e30)).toBe("2×10³⁰%");
	});
});
