// How a parser's time grows with its input, told apart from noise: shared by
// tests/core/linear-time.test.ts and the tests of single rules that once went quadratic.

/**
 * Ten times the input: a linear parser takes 10× the time, a quadratic one 100×.
 * The bound sits at their geometric midpoint, so a collection pause or a busy
 * neighbour (the browser tests run beside these on two cores) does not read as
 * quadratic, and quadratic growth still cannot pass.
 */
export const GROWTH_BOUND = Math.sqrt(10 * 100);

function fastest(run: () => void): number {
	let best = Number.POSITIVE_INFINITY;
	for (let i = 0; i < 3; i++) {
		const start = performance.now();
		run();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

/**
 * Time at ten times the input over time at the input; the floor keeps sub-millisecond
 * noise from counting. A collection pause can land in one measurement, so a run over
 * the bound is measured again: a quadratic parser is over it every time.
 */
export function growth(parse: (text: string) => unknown, build: (run: string) => string, piece: string, count: number): { ratio: number; small: number; large: number } {
	const small = build(piece.repeat(count));
	const large = build(piece.repeat(count * 10));
	parse(small);
	let best = { ratio: Number.POSITIVE_INFINITY, small: 0, large: 0 };
	for (let attempt = 0; attempt < 5 && best.ratio > GROWTH_BOUND; attempt++) {
		const a = fastest(() => parse(small));
		const b = fastest(() => parse(large));
		const ratio = b / Math.max(a, 2);
		if (ratio < best.ratio) best = { ratio, small: a, large: b };
	}
	return best;
}
