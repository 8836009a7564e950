// Scales of a bar chart: round ("nice") ticks on 1/2/5 steps for linear and
// percent axes, powers of ten for a log axis. Pure: no DOM.
//
// A note can hold any double, from 5e-324 to 1.7e308, of either sign. So every
// tick list is computed from the two ends of the axis, never by stepping
// through its range, and has at most MAX_TICKS ticks; every tick is read from
// its decimal text ("3e-7"), so it is the double nearest that decimal and
// prints as one; and no arithmetic here may overflow to Infinity or underflow
// a power of ten to 0.
export type ScaleKind = "linear" | "log" | "percent";

export interface ChartScale {
	kind: ScaleKind;
	/** The axis runs from domain[0] to domain[1]. */
	domain: [number, number];
	/** Where bars start: 0 on a linear or percent axis (negative bars go left of it), domain[0] on a log axis. */
	baseline: number;
	ticks: number[];
	/** Where a value sits along the axis, 0 at domain[0] and 1 at domain[1], clamped. */
	position(value: number): number;
	/** Decimal places that print every tick exactly. */
	tickDecimals: number;
}

/** No axis gets more ticks than this, however wide its range. */
export const MAX_TICKS = 12;

/** The powers of ten a double can hold: 1e-323 is the smallest above 0, 1e308 the largest below Infinity. */
const MIN_EXPONENT = -323;
const MAX_EXPONENT = 308;

/** A step of 1, 2 or 5 times a power of ten, kept as digits so multiples of it are exact decimals. */
interface Step {
	mantissa: 1 | 2 | 5;
	exponent: number;
}

/** The double nearest `multiple` × the step, read from its decimal text. */
function multipleOf(step: Step, multiple: number): number {
	return Number(`${multiple * step.mantissa}e${step.exponent}`);
}

function clampExponent(exponent: number): number {
	return Math.min(MAX_EXPONENT, Math.max(MIN_EXPONENT, exponent));
}

/** The round step nearest above `raw` (raw > 0 and finite), or the largest a double holds. */
function roundStep(raw: number): Step {
	let exponent = clampExponent(Math.floor(Math.log10(raw)));
	const residual = raw / Number(`1e${exponent}`);
	// log10 is not exact near powers of ten: 1e23 is a hair below the double nearest it.
	if (residual >= 10 && exponent < MAX_EXPONENT) exponent += 1;
	const r = raw / Number(`1e${exponent}`);
	const step: Step = r <= 1 ? { mantissa: 1, exponent } : r <= 2 ? { mantissa: 2, exponent } : r <= 5 ? { mantissa: 5, exponent } : nextStep({ mantissa: 5, exponent });
	// Above 1e308 no round step is a double: 2e308 is Infinity.
	return Number.isFinite(multipleOf(step, 1)) ? step : { mantissa: 1, exponent: MAX_EXPONENT };
}

/** The next round step up: 1 → 2 → 5 → 10; past 1e308 it stays (2e308 would be Infinity). */
function nextStep(step: Step): Step {
	if (step.exponent >= MAX_EXPONENT) return step;
	if (step.mantissa === 1) return { mantissa: 2, exponent: step.exponent };
	if (step.mantissa === 2) return { mantissa: 5, exponent: step.exponent };
	return { mantissa: 1, exponent: step.exponent + 1 };
}

/** Decimal places a step needs: 0 for 200, 2 for 0.05. */
export function decimalsOf(step: number): number {
	if (!(step > 0) || step >= 1 || !Number.isFinite(step)) return 0;
	return Math.ceil(-Math.log10(step) - 1e-9);
}

/** A quotient that is an integer but for floating-point noise (0.3 / 0.1) counts as that integer. */
const EPSILON = 1e-9;

/**
 * Ticks on round steps over an axis from `min` to `max` that always holds 0
 * (bars start there), about `target` steps, at most MAX_TICKS ticks. Where
 * the round end would overflow (past 1.7e308) the axis ends at the value itself.
 */
export function linearTicks(min: number, max: number, target = 5): { ticks: number[]; step: number; bottom: number; top: number } {
	const lo = Number.isFinite(min) && min < 0 ? min : 0;
	const hi = Number.isFinite(max) && max > 0 ? max : lo < 0 ? 0 : 1;
	// Divided before subtracting: -1.7e308 to 1.7e308 is a span no double holds.
	let step = roundStep(hi / target - lo / target);
	let first = 0;
	let last = 0;
	// Each round step up at least doubles the step, so a few tries bring any axis under MAX_TICKS.
	for (let tries = 0; tries < 8; tries++) {
		const size = multipleOf(step, 1);
		first = Math.floor(lo / size + EPSILON);
		last = Math.ceil(hi / size - EPSILON);
		// The tolerance is for noise, never for a value itself: the axis must hold both ends.
		if (multipleOf(step, first) > lo) first -= 1;
		if (multipleOf(step, last) < hi) last += 1;
		if (last - first + 1 <= MAX_TICKS) break;
		step = nextStep(step);
	}
	const roundBottom = multipleOf(step, first);
	const roundTop = multipleOf(step, last);
	const bottom = Number.isFinite(roundBottom) ? roundBottom : lo;
	const top = Number.isFinite(roundTop) ? roundTop : hi;
	const ticks: number[] = [];
	for (let i = first; i <= last && ticks.length < MAX_TICKS; i++) {
		const tick = multipleOf(step, i);
		if (Number.isFinite(tick) && tick >= bottom && tick <= top) ticks.push(tick);
	}
	return { ticks, step: multipleOf(step, 1), bottom, top };
}

/**
 * Powers of ten around [min, max] (both > 0); within two decades the 2s and
 * 5s as well; over many decades every 2nd, 5th, 10th, 20th … power, so that
 * 5e-323 to 100 has a handful of ticks, not 326.
 */
export function logTicks(min: number, max: number): { ticks: number[]; low: number; high: number } {
	let lowExp = clampExponent(Math.floor(Math.log10(min)));
	let highExp = clampExponent(Math.ceil(Math.log10(max)));
	if (highExp <= lowExp) {
		if (lowExp < MAX_EXPONENT) highExp = lowExp + 1;
		else lowExp = highExp - 1;
	}
	const decades = highExp - lowExp;
	const power = (exponent: number, mantissa: 1 | 2 | 5 = 1) => multipleOf({ mantissa, exponent }, 1);
	const ticks: number[] = [];
	if (decades <= 2) {
		for (let e = lowExp; e <= highExp; e++) {
			ticks.push(power(e));
			if (e < highExp) ticks.push(power(e, 2), power(e, 5));
		}
	} else {
		// Decades between ticks: the smallest 1, 2 or 5 times a power of ten that keeps to MAX_TICKS.
		// Both ends, and the multiples of `every` strictly between them.
		const count = (size: number) => Math.ceil(highExp / size) - Math.floor(lowExp / size) + 1;
		let every: Step = { mantissa: 1, exponent: 0 };
		while (count(multipleOf(every, 1)) > MAX_TICKS) every = nextStep(every);
		const size = multipleOf(every, 1);
		ticks.push(power(lowExp));
		for (let k = Math.floor(lowExp / size) + 1; k * size < highExp; k++) ticks.push(power(k * size));
		ticks.push(power(highExp));
	}
	return { ticks, low: power(lowExp), high: power(highExp) };
}

/** Smallest and largest of the finite values, without spreading them into arguments (a chart may hold thousands). */
export function extent(values: readonly (number | null)[]): { min: number; max: number } | null {
	let min = Number.POSITIVE_INFINITY;
	let max = Number.NEGATIVE_INFINITY;
	for (const value of values) {
		if (value === null || !Number.isFinite(value)) continue;
		if (value < min) min = value;
		if (value > max) max = value;
	}
	return min <= max ? { min, max } : null;
}

/** The ratio of the largest to the smallest positive value, or 0 when there are none; Infinity when the ratio overflows. */
export function valueSpan(values: readonly (number | null)[]): number {
	const positive = extent(values.filter((v) => v !== null && v > 0));
	if (!positive) return 0;
	return positive.max / positive.min;
}

/**
 * A log axis is offered once values are about an order of magnitude apart
 * (the seed's 350 to 3,200 is 9.1 times) and none is zero or negative: a
 * logarithm has no place for them, and a chart that left some values out
 * would not be the note's chart.
 */
export const LOG_SCALE_SPAN = 8;

export function offersLogScale(values: readonly (number | null)[]): boolean {
	const numbers = values.filter((v): v is number => v !== null);
	return numbers.length > 1 && numbers.every((v) => v > 0 && Number.isFinite(v)) && valueSpan(numbers) >= LOG_SCALE_SPAN;
}

/** A scale over the values the bars show (percentages already applied for "percent"). */
export function makeScale(kind: ScaleKind, values: readonly (number | null)[]): ChartScale {
	const range = extent(values);
	if (kind === "log" && range && range.min > 0) {
		const { ticks, low, high } = logTicks(range.min, range.max);
		// The ends are powers of ten: their exponents are whole (log10 of the double 1e-323 is a hair off).
		const a = Math.round(Math.log10(low));
		const b = Math.round(Math.log10(high));
		return {
			kind,
			domain: [low, high],
			baseline: low,
			ticks,
			position: (value) => clamp01(value > 0 ? (Math.log10(value) - a) / (b - a) : 0),
			tickDecimals: Math.max(0, ...ticks.map((t) => decimalsOf(t))),
		};
	}
	const { ticks, step, bottom, top } = linearTicks(range?.min ?? 0, range?.max ?? 0);
	// Halves, because top - bottom overflows on an axis from -1.7e308 to 1.7e308.
	const half = top / 2 - bottom / 2;
	return {
		kind: kind === "log" ? "linear" : kind,
		domain: [bottom, top],
		baseline: 0,
		ticks,
		position: (value) => clamp01((value / 2 - bottom / 2) / half),
		tickDecimals: decimalsOf(step),
	};
}

function clamp01(x: number): number {
	return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
