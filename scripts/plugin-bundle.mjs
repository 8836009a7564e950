// How main.js is bundled, in one place: esbuild.config.mjs builds it,
// scripts/bundle-size.mjs measures it, and tests/core/markdown/slim-parser.test.ts
// checks that the parser it bundles reads every note as the stock one does.
//
// main.js holds markdown-it without what the core never calls. The core only
// parses (never renders) with linkify and the typographer off, so the plugin
// build leaves out markdown-it's renderer, its linkify and typographer rules
// and the linkify-it package, the presets other than "default" and the methods
// the core never calls (enable, disable, use, parseInline; Ruler's disable and
// after, Token's attrSet and attrJoin), and asks the JavaScript engine's own Unicode
// tables (\p{P}, \p{S}) whether a character is punctuation instead of
// bundling uc.micro's, and the browser's HTML parser what a character reference
// such as &check; stands for instead of bundling the entities package
// (src/plugin/decode-html-strict.ts). The command line (dist/cli.mjs) keeps
// markdown-it and its packages whole.
import { readFile } from "node:fs/promises";
import { builtinModules, createRequire } from "node:module";
import esbuild from "esbuild";

const require = createRequire(import.meta.url);

/** The markdown-it release the cuts below were written against (package.json pins it). */
const MARKDOWN_IT_VERSION = "15.0.3";

/** Regions of markdown-it's one-file build (`//#region src/...`) that parsing never runs. */
const CUT_REGIONS = [
	"src/renderer.ts", // md.render and md.renderInline
	"src/rules_core/linkify.ts", // linkify: false
	"src/rules_inline/linkify.ts",
	"src/rules_core/replacements.ts", // typographer: false
	"src/rules_core/smartquotes.ts",
];

/** Unicode punctuation and symbols, markdown-it's isPunctChar, as a `u` regex class. */
export const PUNCTUATION = String.raw`[\p{P}\p{S}]`;

/** [what to take out or change, what to put there]; each must match exactly once. */
const EDITS = [
	[/^import \{ LinkifyIt \} from "linkify-it";\n/m, ""],
	// Rules from the cut regions, out of the core and inline chains.
	[/^\t\["linkify", linkify\$1\],\n\t\["replacements", replace\],\n\t\["smartquotes", smartquotes\],\n/m, ""],
	[/^\t\["linkify", linkify\],\n/m, ""],
	// The instance's renderer, linkify-it and utils (md.utils, which holds uc.micro whole).
	[/_defineProperty\(\s*this,\s*(?:\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?"renderer",\s*new Renderer\(\)\s*\);\n/, ""],
	[/_defineProperty\(\s*this,\s*(?:\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?"linkify",\s*new LinkifyIt\(\)\s*\);\n/, ""],
	[/_defineProperty\(\s*this,\s*(?:\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?"utils",\s*utils_exports\s*\);\n/, ""],
	[/^\trender\(src, env = \{\}\) \{\n\t\treturn this\.renderer\.render\(this\.parse\(src, env\), this\.options, env\);\n\t\}\n/m, ""],
	[/^\trenderInline\(src, env = \{\}\) \{\n\t\treturn this\.renderer\.render\(this\.parseInline\(src, env\), this\.options, env\);\n\t\}\n/m, ""],
	[/^_defineProperty\(MarkdownIt, "Renderer", Renderer\);\n/m, ""],
	// The presets other than "default" (src/core/markdown asks for "default" only).
	[/^\tzero: \{\n(?:\t\t.*\n)*\t\},\n\tcommonmark: \{\n(?:\t\t.*\n)*\t\}\n(?=\};\n)/m, ""],
	// md.enable, md.disable, md.use and md.parseInline: the core sets its rules up through
	// the rulers (md.block.ruler, md.inline.ruler) and only ever calls md.parse. A method
	// here is its first line, body lines indented twice, and its closing brace.
	[/^\tenable\(list, ignoreInvalid = false\) \{\n\t\tlet result = \[\];\n(?:\t\t.*\n)*\t\}\n/m, ""],
	[/^\tdisable\(list, ignoreInvalid = false\) \{\n\t\tlet result = \[\];\n(?:\t\t.*\n)*\t\}\n/m, ""],
	[/^\tuse\(plugin, \.\.\.params\) \{\n(?:\t\t.*\n)*\t\}\n/m, ""],
	[/^\tparseInline\(src, env\) \{\n(?:\t\t.*\n)*\t\}\n/m, ""],
	// What only those methods, the renderer or a plugin called: Ruler's disable and after (the core
	// adds its rules with before and at), Token's attrSet and attrJoin.
	[/^\tafter\(afterName, ruleName, fn, options = \{\}\) \{\n(?:\t\t.*\n)*\t\}\n/m, ""],
	[/^\tdisable\(list, ignoreInvalid = false\) \{\n\t\tif \(!Array\.isArray\(list\)\) list = \[list\];\n(?:\t\t.*\n)*\t\}\n/m, ""],
	[/^\tattrSet\(name, value\) \{\n(?:\t\t.*\n)*\t\}\n/m, ""],
	[/^\tattrJoin\(name, value\) \{\n(?:\t\t.*\n)*\t\}\n/m, ""],
	// The classes as statics of MarkdownIt (MarkdownIt.Token ...), for plugins; the core imports none.
	[/^(?:_defineProperty\(MarkdownIt, "(?:Token|Ruler|ParserCore|StateCore|ParserBlock|StateBlock|ParserInline|StateInline)", \w+\);\n){8}/m, ""],
	// uc.micro 3.0.0's P and S are Unicode's P and S: tests/core/markdown/slim-parser.test.ts
	// compares them code point by code point.
	[/^import \* as ucmicro from "uc\.micro";\n/m, ""],
	[/^var lib = \{\n\tmdurl,\n\tucmicro\n\};\n/m, ""],
	[/^\tlib: \(\) => lib,\n/m, ""],
	[/return ucmicro\.P\.test\(ch\) \|\| ucmicro\.S\.test\(ch\);/, `return /${PUNCTUATION}/u.test(ch);`],
];

/** `_defineProperty(this, "name", ` with the doc comment the build may put before the name. */
const CLASS_FIELD = /_defineProperty\(\s*this,\s*(?:\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?"([\w$]+)",\s*/g;

/** markdown-it's source with the cuts made; throws when the release no longer fits them. */
export async function slimMarkdownIt(source) {
	const cut = [];
	let text = source;
	for (const region of CUT_REGIONS) {
		const start = text.indexOf(`//#region ${region}\n`);
		const end = start < 0 ? -1 : text.indexOf("//#endregion\n", start);
		if (start < 0 || end < 0 || text.indexOf(`//#region ${region}\n`, start + 1) >= 0) throw misfit(`region ${region}`);
		cut.push(text.slice(start, end));
		text = text.slice(0, start) + text.slice(end + "//#endregion\n".length);
	}
	for (const [pattern, replacement] of EDITS) {
		const found = text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
		if (found !== 1) throw misfit(`${pattern} (found ${found} times)`);
		text = text.replace(pattern, replacement);
	}
	// Class fields, which the build writes as _defineProperty(this, "name", value), become
	// `this.name = (value)`: no class here has a setter or getter, so each instance gets the
	// same own, enumerable, writable properties in the same order (the helper itself assigns
	// whenever the name is not already in the object), and the helper and its
	// toPropertyKey, toPrimitive and typeof go from main.js.
	const fields = text.match(CLASS_FIELD)?.length ?? 0;
	text = text.replace(CLASS_FIELD, "this.$1 = (");
	if (fields === 0 || /_defineProperty\((?!e, r, t\))|^\t(?:get|set|static) /m.test(text)) throw misfit(`class fields (${fields} found)`);
	// Nothing left may still use a function, class or variable of a cut region.
	const kept = (await esbuild.transform(text, { minifyWhitespace: true, loader: "js" })).code;
	for (const region of cut) {
		for (const [, name] of region.matchAll(/^(?:function|class|var|const|let) ([\w$]+)/gm)) {
			const use = new RegExp(String.raw`(?<![\w$."'])${name.replace(/\$/g, "\\$")}(?![\w$"':])`);
			if (use.test(kept)) throw misfit(`"${name}" from a cut region is still used`);
		}
	}
	for (const name of ["ucmicro", "LinkifyIt", "Renderer"]) {
		if (new RegExp(String.raw`(?<![\w$."'])${name}(?![\w$"':])`).test(kept)) throw misfit(`"${name}" is still used`);
	}
	return text;
}

function misfit(what) {
	return new Error(
		`scripts/plugin-bundle.mjs: markdown-it's build no longer fits the cuts written for ${MARKDOWN_IT_VERSION}: ${what}. ` +
			"Update CUT_REGIONS and EDITS for the new release.",
	);
}

/** The esbuild plugin that hands the plugin bundle the slim markdown-it. */
export const slimParser = {
	name: "slim-markdown-it",
	setup(build) {
		build.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.mjs$/ }, async (args) => {
			const { version } = JSON.parse(await readFile(require.resolve("markdown-it/package.json"), "utf8"));
			if (version !== MARKDOWN_IT_VERSION) throw misfit(`installed version ${version}`);
			return { contents: await slimMarkdownIt(await readFile(args.path, "utf8")), loader: "js" };
		});
	},
};

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
		// Keeping `?.` and `??` as written instead of lowering them saves about 9.6 KB. A later
		// target gains next to nothing (es2022: 59 bytes), so ES2020 it stays.
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
		plugins: [slimParser],
		// markdown-it's HTML entity decoder, answered by the browser (see the file).
		alias: { entities: "./src/plugin/decode-html-strict.ts" },
		logLevel: "info",
		sourcemap: production ? false : "inline",
		minify: production,
		treeShaking: true,
		legalComments: "none",
		// Not `charset: "utf8"`: it would save about 0.5 KB of \u escapes, but main.js stays ASCII
		// whatever reads it. Nor `mangleProps`: the names only this code uses are worth 0.4 KB.
	};
}
