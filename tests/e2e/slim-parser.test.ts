// The parser main.js bundles, run where main.js runs. The core is bundled with
// main.js's own options (scripts/plugin-bundle.mjs: the slim markdown-it, HTML
// entities from the browser's parser) and loaded into Chromium; every note under
// tests/fixtures and the example vault must give the same tokens and note model
// there as the stock markdown-it gives in Node, and the browser-backed entity
// decoder (src/plugin/decode-html-strict.ts) the same text as the entities package
// for every named character reference and numbers of every kind.
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pluginBuildOptions } from "../../scripts/plugin-bundle.mjs";
import * as stock from "../../src/core";
import { FIXTURE_NOTES, PARSER_PROBES } from "../fixtures/parser-inputs";
import { launchChromium } from "./chromium.mjs";

const ROOT = join(import.meta.dirname, "..", "..");

interface Entities {
	decodeHTMLStrict(reference: string): string;
	EntityDecoder: new (tree: Uint16Array, emit: () => void) => { startEntity(mode: number): void; write(input: string, offset: number): number };
	DecodingMode: { Strict: number };
	htmlDecodeTree: Uint16Array;
}
/** The entities package markdown-it imports (the command line's), found from markdown-it's own folder. */
const entities = createRequire(createRequire(import.meta.url).resolve("markdown-it"))("entities/decode") as Entities;

/** Every named character reference entities knows, found by walking its table name by name. */
function namedReferences(): string[] {
	const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	const names: string[] = [];
	const prefixes = [...ALNUM];
	for (let prefix = prefixes.pop(); prefix !== undefined; prefix = prefixes.pop()) {
		if (entities.decodeHTMLStrict(`&${prefix};`) !== `&${prefix};`) names.push(prefix);
		const decoder = new entities.EntityDecoder(entities.htmlDecodeTree, () => {});
		decoder.startEntity(entities.DecodingMode.Strict);
		// -1: the table has longer names that begin so.
		if (decoder.write(prefix, 0) === -1) prefixes.push(...[...ALNUM].map((char) => prefix + char));
	}
	return names.sort();
}

/** What markdown-it may hand decodeHTMLStrict: `&` [a-z#][a-z0-9]{1,31} `;`, any case, numbers it did not decode itself. */
function references(names: string[]): string[] {
	const named = names.flatMap((name) => [`&${name};`, `&${name.toUpperCase()};`, `&${name}x;`, `&${name}1;`]);
	const codes = [0, 1, 9, 10, 13, 32, 65, 127, 128, 129, 141, 150, 159, 160, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfdd0, 0xfffe, 0xffff, 0x1f600, 0x10ffff, 0x110000, 0xffffffff];
	const numbers = codes.flatMap((code) => [
		`&#${code};`,
		`&#${String(code).padStart(12, "0")};`,
		`&#x${code.toString(16)};`,
		`&#X${code.toString(16).toUpperCase().padStart(10, "0")};`,
	]);
	const malformed = ["&#;", "&#x;", "&#xg;", "&#12a;", "&#x1fz;", "&#abc;", "&#123456789012345678901234567890;", "&a;", "&zz;", "&bogus;", "&amp", "&;"];
	return [...new Set([...named, ...numbers, ...malformed])];
}

/**
 * Two 32-bit FNV-1a hashes of different seeds and the length: the same function runs in the
 * page (added as its source, for a blank page has no crypto.subtle) and in Node.
 */
function fingerprint(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		a = Math.imul(a ^ code, 0x01000193);
		b = Math.imul(b ^ code, 0x5bd1e995);
	}
	return `${text.length}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
}

describe("the parser main.js bundles, in Chromium", () => {
	let browser: Browser;
	let page: Page;

	let bundled: string;

	/** A fresh copy of the bundle in the page: a decoder that remembers nothing yet. */
	const load = () => page.addScriptTag({ content: bundled });

	beforeAll(async () => {
		const bundle = await build({
			...pluginBuildOptions(true),
			entryPoints: undefined,
			stdin: {
				contents: 'export * from "./src/core/index.ts"; export { decodeHTMLStrict, decodeReferencesIn } from "./src/plugin/decode-html-strict.ts";',
				resolveDir: ROOT,
				loader: "ts",
			},
			format: "iife",
			globalName: "slimCore",
			write: false,
			outfile: undefined,
			logLevel: "silent",
		});
		bundled = bundle.outputFiles[0].text;
		browser = await launchChromium();
		page = await browser.newPage();
		await load();
	}, 120_000);

	afterAll(async () => {
		await browser?.close();
	});

	it("decodes every named character reference, and numbers, as the entities package does", async () => {
		const names = namedReferences();
		expect(names.length).toBe(2125);
		const all = references(names);
		const expected = all.map((reference) => entities.decodeHTMLStrict(reference));
		// One reference at a time, as markdown-it asks; then a copy that had them all at once from a note's text.
		for (const inOneParse of [false, true]) {
			await load();
			const decoded = await page.evaluate(
				({ list, inOneParse }) => {
					const core = (window as unknown as { slimCore: Record<"decodeHTMLStrict" | "decodeReferencesIn", (text: string) => string> }).slimCore;
					if (inOneParse) core.decodeReferencesIn(list.join(" "));
					return list.map((reference) => core.decodeHTMLStrict(reference));
				},
				{ list: all, inOneParse },
			);
			expect(all.filter((reference, i) => decoded[i] !== expected[i])).toEqual([]);
		}
	}, 120_000);

	it("reads every note into the same tokens and note model as the stock markdown-it in Node", async () => {
		const paths = FIXTURE_NOTES.map(({ path }) => ({ path, aliases: [] }));
		const vault = stock.VaultIndex.build(paths);
		const differ: string[] = [];
		const all = [...FIXTURE_NOTES, ...PARSER_PROBES];
		expect(FIXTURE_NOTES.length).toBeGreaterThan(100);
		// Notes go to the page in batches, against one vault index built there once:
		// a round trip per note cost this file a minute.
		await page.evaluate((paths) => {
			const scope = window as unknown as { slimCore: typeof stock; slimVault: stock.VaultIndex };
			scope.slimVault = scope.slimCore.VaultIndex.build(paths);
		}, paths);
		const BATCH = 40;
		const batches = Array.from({ length: Math.ceil(all.length / BATCH) }, (_, b) => all.slice(b * BATCH, (b + 1) * BATCH));
		// Fingerprints come back rather than the JSON: carrying the tokens out of the page took longer than reading the notes.
		await page.addScriptTag({ content: `window.fingerprint = ${fingerprint.toString()};` });
		const inPage = (notes: typeof all) =>
			page.evaluate((notes) => {
				const scope = window as unknown as { slimCore: typeof stock; slimVault: stock.VaultIndex; fingerprint: typeof fingerprint };
				const core = scope.slimCore;
				return notes.map((note) => [scope.fingerprint(JSON.stringify(core.markdownParser().parse(note.text, {}))), scope.fingerprint(JSON.stringify(core.analyzeNote(note, scope.slimVault)))]);
			}, notes);
		// The page reads the next batch while Node reads this one: the two took turns before.
		let next = inPage(batches[0]);
		for (const [b, batch] of batches.entries()) {
			const results = await next;
			if (b + 1 < batches.length) next = inPage(batches[b + 1]);
			batch.forEach((note, i) => {
				const [tokens, analysis] = results[i];
				if (tokens !== fingerprint(JSON.stringify(stock.markdownParser().parse(note.text, {})))) differ.push(`${note.path}: tokens`);
				if (analysis !== fingerprint(JSON.stringify(stock.analyzeNote(note, vault)))) differ.push(`${note.path}: model`);
			});
		}
		expect(differ).toEqual([]);
	}, 300_000);
});
