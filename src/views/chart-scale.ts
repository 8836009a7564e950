// Scales of a bar chart: round ("nice") ticks on 1/2/5 steps for linear and
// percent axes, powers of ten for a log axis. Pure: no DOM.
export type ScaleKind = "linear" | "log" | "percent";

export interface ChartScale {
	kind: ScaleKind;
	/** The axis runs from domain[0] (bars start there) to domain[1]. */
	domain: [number, number];
	ticks: number[];
	/** Where a value sits along the axis, 0 at domain[0] and 1 at domain[1], clamped. */
	position(value: number): number;
	/** Decimal places that print every tick exactly. */
	tickDecimals: number;
}

/** The round step (1, 2 or 5 times a power of ten) nearest above `raw`. */
export function niceStep(raw: number): number {
	if (!(raw > 0) || !Number.isFinite(raw)) return 1;
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const residual = raw / magnitude;
	const nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
	return roundTo(nice * magnitude, decimalsOf(magnitude));
}

/** Decimal places a step needs: 0 for 200, 2 for 0.05. */
export function decimalsOf(step: number): number {
	if (!(step > 0) || step >= 1) return 0;
	return Math.min(12, Math.ceil(-Math.log10(step) - 1e-9));
}

function roundTo(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	return Math.round(value * factor) / factor;
}

/** Ticks from 0 to a round maximum that covers `max`, about `target` steps. */
export function niceTicks(max: number, target = 5): { ticks: number[]; step: number; top: number } {
	const top0 = max > 0 && Number.isFinite(max) ? max : 1;
	const step = niceStep(top0 / target);
	const decimals = decimalsOf(step);
	const top = roundTo(Math.ceil(roundTo(top0 / step, 9)) * step, decimals);
	const ticks: number[] = [];
	for (let i = 0; roundTo(i * step, decimals) <= top; i++) ticks.push(roundTo(i * step, decimals));
	return { ticks, step, top };
}

/** Powers of ten around [min, max]; within two decades the 2s and 5s as well. */
export function logTicks(min: number, max: number): { ticks: number[]; low: number; high: number } {
	const lowExp = Math.floor(Math.log10(min));
	let highExp = Math.ceil(Math.log10(max));
	if (highExp === lowExp) highExp += 1;
	const decades = highExp - lowExp;
	const ticks: number[] = [];
	for (let e = lowExp; e <= highExp; e++) {
		const power = 10 ** e;
		const decimals = Math.max(0, -e);
		ticks.push(roundTo(power, decimals));
		if (decades <= 2 && e < highExp) ticks.push(roundTo(2 * power, decimals), roundTo(5 * power, decimals));
	}
	return { ticks, low: roundTo(10 ** lowExp, Math.max(0, -lowExp)), high: roundTo(10 ** highExp, Math.max(0, -highExp)) };
}

/** The ratio of the largest to the smallest positive value, or 0 when there are none. */
export function valueSpan(values: readonly (number | null)[]): number {
	const positive = values.filter((v): v is number => v !== null && v > 0);
	if (positive.length === 0) return 0;
	return Math.max(...positive) / Math.min(...positive);
}

/**
 * A log axis is offered once values are about an order of magnitude apart
 * (the seed's 350 to 3,200 is 9.1 times) and none is zero or negative.
 */
export const LOG_SCALE_SPAN = 8;

export function offersLogScale(values: readonly (number | null)[]): boolean {
	const numbers = values.filter((v): v is number => v !== null);
	return numbers.length > 1 && numbers.every((v) => v > 0) && valueSpan(numbers) >= LOG_SCALE_SPAN;
}

/** A scale over the values the bars show (percentages already applied for "percent"). */
export function makeScale(kind: ScaleKind, values: readonly (number | null)[]): ChartScale {
	const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
	if (kind === "log" && numbers.length > 0 && numbers.every((v) => v > 0)) {
		const { ticks, low, high } = logTicks(Math.min(...numbers), Math.max(...numbers));
		const a = Math.log10(low);
		const b = Math.log10(high);
		return {
			kind,
			domain: [low, high],
			ticks,
			position: (value) => clamp01(value > 0 ? (Math.log10(value) - a) / (b - a) : 0),
			tickDecimals: Math.max(0, ...ticks.map((t) => decimalsOf(t))),
		};
	}
	const max = numbers.length > 0 ? Math.max(0, ...numbers) : 0;
	const { ticks, step, top } = niceTicks(max);
	return {
		kind: kind === "log" ? "linear" : kind,
		domain: [0, top],
		ticks,
		position: (value) => clamp01(value / top),
		tickDecimals: decimalsOf(step),
	};
}

function clamp01(x: number): number {
	return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
