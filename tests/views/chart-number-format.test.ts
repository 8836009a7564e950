import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatNumber, formatPercent, formatPowerOfTen, fractionDigits, numberFormatOf } from "../../src/views/chart-number-format";

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
	it("keeps the decimals of the most precise value and groups thousands only when the note does", () => {
		expect(numberFormatOf([0.21, 0.04, null, 0.9], "")).toEqual({ decimals: 2, grouping: false });
		expect(numberFormatOf([18400, 96500], "║ PostgreSQL ║ 18,400 ║")).toEqual({ decimals: 0, grouping: true });
		expect(numberFormatOf([3200], "│ JAX/Flax │ 3200 │")).toEqual({ decimals: 0, grouping: false });
	});

	it("does not give every value seven decimals because one value is tiny", () => {
		expect(numberFormatOf([390, 1e-7], "")).toEqual({ decimals: 0, grouping: false });
		expect(numberFormatOf([1.5, 5e-323], "")).toEqual({ decimals: 1, grouping: false });
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

	it("counts the digits after the point of the shortest decimal of a value", () => {
		expect([1.25, 1e-7, 5e-323, 1.7e308, 3200, -0.5].map(fractionDigits)).toEqual([2, 7, 323, 0, 0, 1]);
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
