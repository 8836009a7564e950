// main.js bundles a slimmer markdown-it than the command line (scripts/plugin-bundle.mjs:
// no renderer, no linkify or typographer rules, no presets but "default", the engine's own \p{P} and \p{S}).
// Here the core is bundled with the options main.js is built with, and the parser
// in that bundle must read every note under tests/fixtures and the example vault
// into the same tokens as the stock markdown-it. main.js leaves HTML entities to
// the browser's parser, which Node has not, so here they keep the entities package.
// The note model is compared in tests/e2e/slim-parser.test.ts, in Chromium with
// main.js's own decoder: a second run of it here, in Node, cost half a minute and
// could only find what that one finds.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUNCTUATION, pluginBuildOptions } from "../../../scripts/plugin-bundle.mjs";
import * as stock from "../../../src/core";
import { FIXTURE_NOTES as notes, PARSER_PROBES } from "../../fixtures/parser-inputs";

type Core = typeof stock;

const ROOT = join(import.meta.dirname, "../../..");

describe("the parser main.js bundles", () => {
	let dir: string;
	let slim: Core;
	let metafile: Metafile;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), "framework-compare-slim-"));
		const outfile = join(dir, "core.js");
		const result = await build({
			...pluginBuildOptions(true),
			entryPoints: [join(ROOT, "src/core/index.ts")],
			alias: {},
			outfile,
			metafile: true,
			logLevel: "silent",
		});
		metafile = result.metafile;
		slim = createRequire(import.meta.url)(outfile) as Core;
	}, 60_000);

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("leaves out linkify-it and uc.micro, and markdown-it's renderer and the methods the core never calls", () => {
		const inputs = Object.keys(metafile.inputs);
		expect(inputs.filter((input) => /node_modules\/(linkify-it|uc\.micro)\//.test(input))).toEqual([]);
		expect(inputs.some((input) => input.includes("node_modules/markdown-it/"))).toBe(true);
		const md = slim.markdownParser() as unknown as Record<string, unknown>;
		expect([md.render, md.renderer, md.linkify]).toEqual([undefined, undefined, undefined]);
		expect([md.enable, md.disable, md.use, md.parseInline]).toEqual([undefined, undefined, undefined, undefined]);
		const [token] = slim.markdownParser().parse("x", {}) as unknown as Record<string, unknown>[];
		const ruler = slim.markdownParser().block.ruler as unknown as Record<string, unknown>;
		expect([token?.attrSet, token?.attrJoin, ruler.disable, ruler.after]).toEqual([undefined, undefined, undefined, undefined]);
		expect([typeof token?.attrGet, typeof ruler.enableOnly, typeof ruler.before, typeof ruler.at]).toEqual(["function", "function", "function", "function"]);
	});

	it("builds a main.js with none of linkify-it, uc.micro, entities or yaml", async () => {
		const main = await build({ ...pluginBuildOptions(true), write: false, metafile: true, logLevel: "silent" });
		const packages = Object.keys(main.metafile.inputs).flatMap((input) => /node_modules\/([^/]+)\//.exec(input)?.[1] ?? []);
		expect([...new Set(packages)].sort()).toEqual(["markdown-it", "mdurl", "punycode.js", "zod"]);
	}, 60_000);

	it("asks the engine's \\p{P} and \\p{S} what uc.micro answered, for every code point", () => {
		const engine = new RegExp(PUNCTUATION, "u");
		const { isPunctChar } = (stock.markdownParser() as unknown as { utils: { isPunctChar: (ch: string) => boolean } }).utils;
		const differ: string[] = [];
		for (let code = 0; code <= 0x10ffff; code++) {
			const ch = String.fromCodePoint(code);
			if (engine.test(ch) !== isPunctChar(ch)) differ.push(`U+${code.toString(16).toUpperCase()}`);
		}
		expect(differ).toEqual([]);
	}, 30_000);

	it(`reads all ${notes.length} notes into the same tokens as the stock markdown-it`, () => {
		const differ: string[] = [];
		for (const { path, text } of [...notes, ...PARSER_PROBES]) {
			const expected = stock.markdownParser().parse(text, {});
			const actual = slim.markdownParser().parse(text, {});
			const first = expected.findIndex((token, i) => JSON.stringify(token) !== JSON.stringify(actual[i]));
			if (first >= 0 || actual.length !== expected.length) differ.push(`${path}: token ${first >= 0 ? first : expected.length}`);
		}
		expect(differ).toEqual([]);
		expect(notes.length).toBeGreaterThan(200);
	}, 120_000);
});
