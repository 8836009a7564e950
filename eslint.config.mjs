import tseslint from "typescript-eslint";
import obsidianmd from "eslint-plugin-obsidianmd";

// The layers of the design, enforced: core and views never see obsidian,
// nothing in src sees the test host.
const noObsidian = {
	name: "obsidian",
	message: "Only src/plugin and src/main.ts may import obsidian.",
};
const noTests = {
	group: ["**/tests/**", "../tests/*", "../../tests/*"],
	message: "src/ never imports test infrastructure.",
};

export default tseslint.config(
	{
		ignores: ["node_modules/**", "main.js", "dist/**", "tests/host/dist/**", "example-vault/**", "**/*.mjs", "**/*.js", "**/*.d.mts", "vitest.config.ts", "vitest.bench.config.ts"],
	},
	...obsidianmd.configs.recommended,
	{
		files: ["**/*.ts"],
		languageOptions: {
			parserOptions: {
				project: ["./tsconfig.json", "./tsconfig.cli.json", "./tests/tsconfig.json"],
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		files: ["src/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", { patterns: [noTests] }],
		},
	},
	{
		files: ["src/core/**/*.ts", "src/views/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", { paths: [noObsidian], patterns: [noTests] }],
		},
	},
	{
		files: ["src/**/*.ts"],
		rules: {
			// The plugin's name and the frameworks it compares are proper nouns.
			"obsidianmd/ui/sentence-case": ["warn", { brands: ["Framework Compare", "JAX", "PyTorch", "TensorFlow", "Markdown", "CSV"] }],
		},
	},
	{
		// Views run in Obsidian and in unit tests under happy-dom, which lacks
		// Obsidian's createEl helpers, so they use the standard DOM.
		files: ["src/views/**/*.ts"],
		rules: { "obsidianmd/prefer-create-el": "off" },
	},
	{
		// Tests, benchmarks, the CLI and the host are not plugin code: the host stands in for
		// Obsidian itself, and Node is their platform.
		files: ["tests/**/*.ts", "bench/**/*.ts", "src/cli/**/*.ts"],
		rules: Object.fromEntries(
			Object.keys(obsidianmd.rules).map((rule) => [`obsidianmd/${rule}`, "off"]).concat([
				["no-restricted-globals", "off"],
				["no-undef", "off"],
				["@microsoft/sdl/no-inner-html", "off"],
			]),
		),
	},
);
