import { defineConfig } from "vitest/config";

// Benchmarks run on their own: figures are read as ratios against a baseline
// measured in the same run, never asserted in tests.
export default defineConfig({
	test: {
		benchmark: { include: ["bench/**/*.bench.ts"] },
	},
});
