import { defineConfig } from "vitest/config";

// FRAMEWORK_COMPARE_SKIP_E2E=1 leaves the browser tests out on purpose; without
// it a missing Chromium fails them with a message that says how to get one.
const skipE2E = process.env.FRAMEWORK_COMPARE_SKIP_E2E === "1";

export default defineConfig({
	test: {
		// No note the suite reads may change by a byte across the run.
		globalSetup: ["tests/note-bytes.setup.ts"],
		// vitest's default leaves one of two cores idle.
		maxWorkers: 2,
		// .ci/run counts passes and failures from vitest's own JSON report.
		reporters: process.env.VITEST_JSON_REPORT ? ["default", ["json", { outputFile: process.env.VITEST_JSON_REPORT }]] : ["default"],
		projects: [
			{
				test: {
					name: "unit",
					include: ["tests/**/*.test.ts"],
					exclude: ["tests/e2e/**", "node_modules/**"],
					environment: "node",
					// Unit files share one module graph: isolating each re-imported src/ and its
					// libraries 156 times, two thirds of the project's time (197 s against 120 s).
					// No unit test mocks a module or stubs a global.
					isolate: false,
				},
			},
			...(skipE2E ? [] : [{
				test: {
					name: "e2e",
					include: ["tests/e2e/**/*.test.ts"],
					environment: "node",
					testTimeout: 60_000,
					// A browser test that hangs once on a busy two-core machine (a page that missed an event while
					// another file's Chromium held the cores) gets one more go; one that fails twice fails the run.
					retry: 1,
					hookTimeout: 120_000,
					// One browser and one host server per file. Two files at a time: a file
					// spends half its time waiting on the page, and CI has two cores.
					maxWorkers: 2,
				},
			}]),
		],
	},
});
