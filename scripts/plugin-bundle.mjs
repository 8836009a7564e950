// How main.js is bundled, in one place: esbuild.config.mjs builds it,
// scripts/bundle-size.mjs measures it, and tests/core/markdown/slim-parser.test.ts
// will check what it bundles.

import { builtinModules } from "node:module";

/** esbuild options for main.js, loaded by Obsidian on desktop and mobile. */
export function pluginBuildOptions(production) {
	return {
		entryPoints: ["src/main.ts"],
		bundle: true,
		format: "cjs",
		platform: "browser",
		// ES2020, not the sample plugin's ES2018: main.js already needs an ES2020 engine
		// (src/ is type-checked against the ES2020 library and calls String.matchAll, which
		// esbuild does not polyfill), and every engine Obsidian runs on has one: Electron's
		// Chromium on desktop, the system WebView on Android and iOS (Chrome 80+, Safari 13.1+).
		// Keeping `?.` and `??` as written instead of lowering them saves about 8 KB.
		target: "es2020",
		outfile: "main.js",
		external: [
			"obsidian",
			"electron",
			"@codemirror/*",
			"@lezer/*",
			...builtinModules,
			...builtinModules.map((m) => `node:${m}`),
		],
		logLevel: "info",
		sourcemap: production ? false : "inline",
		minify: production,
		treeShaking: true,
		legalComments: "none",
	};
}
