import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decimalsOf, logTicks, makeScale, niceStep, niceTicks, offersLogScale, valueSpan } from "../../src/views/chart-scale";

describe("niceStep", () => {
	it("rounds up to 1, 2 or 5 times a power of ten", () => {
		expect([0.7, 1, 1.3, 2, 2.1, 4.9, 5.01, 9, 640, 0.184, 0.0031].map(niceStep)).toEqual([1, 1, 2, 2, 5, 5, 10, 10, 1000, 0.2, 0.005]);
	});

	it("falls back to 1 for nothing to measure", () => {
		expect([0, -3, Number.NaN, Number.POSITIVE_INFINITY].map(niceStep)).toEqual([1, 1, 1, 1]);
	});
});

describe("niceTicks", () => {
	it("covers the seed's 3200 images/sec with thousands", () => {
		expect(niceTicks(3200)).toEqual({ ticks: [0, 1000, 2000, 3000, 4000], step: 1000, top: 4000 });
	});

	it("covers latencies in milliseconds without floating-point noise", () => {
		expect(niceTicks(0.92).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(niceTicks(0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
		expect(niceTicks(0.23).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25]);
	});

	it("ends exactly on a round maximum", () => {
		expect(niceTicks(305000).ticks).toEqual([0, 100000, 200000, 300000, 400000]);
		expect(niceTicks(100).ticks).toEqual([0, 20, 40, 60, 80, 100]);
	});

	it("always starts at 0, steps evenly and covers the maximum (property)", () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (max) => {
				const { ticks, step, top } = niceTicks(max);
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

describe("logTicks", () => {
	it("spans whole decades, with 2s and 5s when there are only a few", () => {
		expect(logTicks(350, 3200)).toEqual({ ticks: [100, 200, 500, 1000, 2000, 5000, 10000], low: 100, high: 10000 });
		expect(logTicks(0.04, 0.92).ticks).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
		expect(logTicks(3, 40000).ticks).toEqual([1, 10, 100, 1000, 10000, 100000]);
	});

	it("gives one decade at least", () => {
		expect(logTicks(100, 100)).toEqual({ ticks: [100, 200, 500, 1000], low: 100, high: 1000 });
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
