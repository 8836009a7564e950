import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decimalsOf, extent, linearTicks, logTicks, makeScale, MAX_TICKS, offersLogScale, valueSpan } from "../../src/views/chart-scale";

describe("linearTicks from 0", () => {
	it("covers the seed's 3200 images/sec with thousands", () => {
		expect(linearTicks(0, 3200)).toEqual({ ticks: [0, 1000, 2000, 3000, 4000], step: 1000, bottom: 0, top: 4000 });
	});

	it("covers latencies in milliseconds without floating-point noise", () => {
		expect(linearTicks(0, 0.92).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(linearTicks(0, 0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
		expect(linearTicks(0, 0.23).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25]);
	});

	it("ends exactly on a round maximum", () => {
		expect(linearTicks(0, 305000).ticks).toEqual([0, 100000, 200000, 300000, 400000]);
		expect(linearTicks(0, 100).ticks).toEqual([0, 20, 40, 60, 80, 100]);
	});

	it("always starts at 0, steps evenly and covers the maximum (property)", () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (max) => {
				const { ticks, step, top } = linearTicks(0, max);
				expect(ticks[0]).toBe(0);
				expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-9));
				expect(ticks.length).toBeGreaterThanOrEqual(2);
				expect(ticks.length).toBeLessThanOrEqual(11);
				ticks.slice(1).forEach((tick, i) => expect(tick - ticks[i]).toBeCloseTo(step, 6));
				const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
				expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(true);
			}),
		);
	});
});

describe("linearTicks: values of any size and sign", () => {
	it("runs from a round value below the most negative to one above the largest, through 0", () => {
		expect(linearTicks(-50, 100)).toEqual({ ticks: [-50, 0, 50, 100], step: 50, bottom: -50, top: 100 });
		expect(linearTicks(-3200, -350)).toEqual({ ticks: [-4000, -3000, -2000, -1000, 0], step: 1000, bottom: -4000, top: 0 });
		expect(linearTicks(-0.3, 0.92).ticks).toEqual([-0.5, 0, 0.5, 1]);
	});

	it("gives a handful of ticks up to the largest double instead of spinning through the range", () => {
		expect(linearTicks(0, 1.7e308)).toEqual({ ticks: [0, 5e307, 1e308, 1.5e308], step: 5e307, bottom: 0, top: 1.7e308 });
		expect(linearTicks(-Number.MAX_VALUE, Number.MAX_VALUE)).toEqual({ ticks: [-1e308, 0, 1e308], step: 1e308, bottom: -Number.MAX_VALUE, top: Number.MAX_VALUE });
	});

	it("reads ticks on a tiny axis from their decimals, so they print as they are", () => {
		expect(linearTicks(0, 2e-7).ticks).toEqual([0, 5e-8, 1e-7, 1.5e-7, 2e-7]);
		expect(linearTicks(0, 5e-323).ticks.every((tick) => tick === 0 || tick > 0)).toBe(true);
		expect(linearTicks(0, 5e-323).ticks.length).toBeGreaterThan(1);
	});

	it("treats what is not a number as nothing to measure", () => {
		expect(linearTicks(Number.NaN, Number.NaN).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(linearTicks(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
	});

	it("has at most MAX_TICKS finite, ascending ticks holding 0, over an axis that covers both values, for any doubles (property)", () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) => {
				const min = Math.min(a, b);
				const max = Math.max(a, b);
				const { ticks, bottom, top } = linearTicks(min, max);
				expect(ticks.length).toBeGreaterThanOrEqual(2);
				expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
				expect(ticks.every(Number.isFinite)).toBe(true);
				expect(ticks.some((tick) => tick === 0)).toBe(true);
				ticks.slice(1).forEach((tick, i) => expect(tick).toBeGreaterThan(ticks[i]));
				expect(bottom).toBeLessThanOrEqual(Math.min(min, 0));
				expect(top).toBeGreaterThanOrEqual(Math.max(max, 0));
				expect([bottom, top].every(Number.isFinite)).toBe(true);
				const scale = makeScale("linear", [min, max]);
				for (const value of [min, max, 0]) {
					const at = scale.position(value);
					expect(at).toBeGreaterThanOrEqual(0);
					expect(at).toBeLessThanOrEqual(1);
				}
				expect(scale.position(max)).toBeGreaterThanOrEqual(scale.position(min));
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("logTicks", () => {
	it("spans whole decades, with 2s and 5s when there are only a few", () => {
		expect(logTicks(350, 3200)).toEqual({ ticks: [100, 200, 500, 1000, 2000, 5000, 10000], low: 100, high: 10000 });
		expect(logTicks(0.04, 0.92).ticks).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
		expect(logTicks(3, 40000).ticks).toEqual([1, 10, 100, 1000, 10000, 100000]);
	});

	it("gives one decade at least", () => {
		expect(logTicks(100, 100)).toEqual({ ticks: [100, 200, 500, 1000], low: 100, high: 1000 });
	});

	it("spaces the powers of ten out over hundreds of decades: 5e-323 to 100 has a handful of ticks, all powers of ten", () => {
		const { ticks, low, high } = logTicks(5e-323, 100);
		expect(ticks).toEqual([1e-323, 1e-300, 1e-250, 1e-200, 1e-150, 1e-100, 1e-50, 1, 100]);
		expect(low).toBe(1e-323);
		expect(high).toBe(100);
		expect(logTicks(1e-5, 1.7e308).ticks.length).toBeLessThanOrEqual(MAX_TICKS);
	});

	it("stays within the doubles at both ends", () => {
		expect(logTicks(Number.MIN_VALUE, Number.MIN_VALUE)).toMatchObject({ low: 1e-323, high: 1e-322 });
		expect(logTicks(1.7e308, Number.MAX_VALUE)).toMatchObject({ low: 1e307, high: 1e308 });
	});

	it("has at most MAX_TICKS positive, finite, ascending ticks for any positive values (property)", () => {
		fc.assert(
			fc.property(fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), (a, b) => {
				const { ticks, low, high } = logTicks(Math.min(a, b), Math.max(a, b));
				expect(ticks.length).toBeGreaterThanOrEqual(2);
				expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
				expect(ticks.every((tick) => tick > 0 && Number.isFinite(tick))).toBe(true);
				ticks.slice(1).forEach((tick, i) => expect(tick).toBeGreaterThan(ticks[i]));
				expect(ticks[0]).toBe(low);
				expect(ticks.at(-1)).toBe(high);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("offersLogScale", () => {
	it("is offered for the seed (350 to 3200, 9.1 times) but not for close values", () => {
		expect(offersLogScale([390, 850, 3200, 380, 820, null, 350, 780, 2900])).toBe(true);
		expect(offersLogScale([7.2, 10.4, 7.9, 11.1, 8.3, 11.8])).toBe(false);
	});

	it("is not offered with a zero or a negative value, or a single value", () => {
		expect(offersLogScale([0, 100, 1000])).toBe(false);
		expect(offersLogScale([-1, 100, 1000])).toBe(false);
		expect(offersLogScale([1000, null])).toBe(false);
	});

	it("measures the span of positive values", () => {
		expect(valueSpan([350, 3200, null])).toBeCloseTo(9.142857, 5);
		expect(valueSpan([null])).toBe(0);
	});

	it("is offered when the span is too wide for a double to hold (5e-323 to 100)", () => {
		expect(valueSpan([5e-323, 100])).toBe(Number.POSITIVE_INFINITY);
		expect(offersLogScale([5e-323, 100])).toBe(true);
	});

	it("finds the extent of thousands of values, leaving out gaps and what is not finite", () => {
		const many = Array.from({ length: 200_000 }, (_, i) => (i % 7 === 0 ? null : i - 1000));
		expect(extent(many)).toEqual({ min: -999, max: 198_999 });
		expect(extent([null, Number.NaN, Number.POSITIVE_INFINITY])).toBeNull();
	});
});

describe("makeScale", () => {
	it("places values linearly from 0 to the round top", () => {
		const scale = makeScale("linear", [390, 3200, null]);
		expect(scale.domain).toEqual([0, 4000]);
		expect(scale.position(2000)).toBe(0.5);
		expect(scale.position(5000)).toBe(1);
		expect(scale.position(-5)).toBe(0);
	});

	it("places values by their logarithm on a log scale", () => {
		const scale = makeScale("log", [350, 3200]);
		expect(scale.kind).toBe("log");
		expect(scale.domain).toEqual([100, 10000]);
		expect(scale.position(1000)).toBeCloseTo(0.5, 10);
		expect(scale.position(100)).toBe(0);
	});

	it("draws bars from 0 on a linear axis that runs below it for negative values", () => {
		const scale = makeScale("linear", [-50, 100, null]);
		expect(scale.domain).toEqual([-50, 100]);
		expect(scale.baseline).toBe(0);
		expect(scale.position(0)).toBeCloseTo(1 / 3, 10);
		expect(scale.position(-50)).toBe(0);
	});

	it("puts a log axis's bars on its low end", () => {
		expect(makeScale("log", [350, 3200]).baseline).toBe(100);
	});

	it("places values on an axis up to the largest double without overflowing", () => {
		const scale = makeScale("linear", [-Number.MAX_VALUE, Number.MAX_VALUE]);
		expect(scale.position(0)).toBe(0.5);
		expect(scale.position(Number.MAX_VALUE)).toBe(1);
		expect(makeScale("log", [5e-323, 100]).position(1)).toBeCloseTo(323 / 325, 10);
	});

	it("falls back to linear when a log scale cannot show the values", () => {
		expect(makeScale("log", [0, 10]).kind).toBe("linear");
		expect(makeScale("log", []).kind).toBe("linear");
	});

	it("runs a percent scale from 0 with round steps", () => {
		const scale = makeScale("percent", [100, 97.4, 89.7, null]);
		expect(scale.ticks).toEqual([0, 20, 40, 60, 80, 100]);
		expect(scale.tickDecimals).toBe(0);
	});

	it("knows how many decimals its ticks need", () => {
		expect(makeScale("linear", [0.92]).tickDecimals).toBe(1);
		expect(makeScale("linear", [0.23]).tickDecimals).toBe(2);
		expect([1000, 1, 0.5, 0.05, 0.001].map(decimalsOf)).toEqual([0, 0, 1, 2, 3]);
	});
});
