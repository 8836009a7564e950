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
		ignores: ["node_modules/**", "main.js", "dist/**", "tests/host/dist/**", "example-vault/**", "**/*.mjs", "**/*.js"],
	},
	...obsidianmd.configs.recommended,
	{
		files: ["**/*.ts"],
		languageOptions: {
			parserOptions: {
				projectService: true,
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
);
