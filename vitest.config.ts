import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: "unit",
					include: ["tests/**/*.test.ts"],
					exclude: ["tests/e2e/**", "node_modules/**"],
					environment: "node",
				},
			},
			{
				test: {
					name: "e2e",
					include: ["tests/e2e/**/*.test.ts"],
					environment: "node",
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One browser and one host server per file; files run one after another
					// because the machines have two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
