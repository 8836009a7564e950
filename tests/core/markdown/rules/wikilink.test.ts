import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownParser } from "../../../../src/core/markdown";
import { WIKILINK_TOKEN, type WikilinkMeta } from "../../../../src/core/markdown/rules/wikilink";
import { parseWikilink, type WikilinkSyntax } from "../../../../src/core/markdown/wikilink-syntax";

/** A link written back as a note would write it; in a table cell the pipe is escaped. */
function formatWikilink(link: WikilinkSyntax, options: { inTable?: boolean } = {}): string {
	const pipe = options.inTable ? "\\|" : "|";
	const display = link.display === null || link.display === "" ? "" : `${pipe}${link.display}`;
	return `${link.embed ? "!" : ""}[[${link.target}${link.subpath}${display}]]`;
}

/** Every wikilink token markdown-it produces for a text, with the source it covered. */
function wikilinks(markdown: string): (WikilinkSyntax & { source: string })[] {
	const found: (WikilinkSyntax & { source: string })[] = [];
	for (const token of markdownParser().parse(markdown, {})) {
		for (const child of token.children ?? []) {
			if (child.type !== WIKILINK_TOKEN) continue;
			const meta = child.meta as WikilinkMeta;
			found.push({ ...meta.link, source: token.content.slice(meta.start, meta.end) });
		}
	}
	return found;
}

const link = (target: string, subpath = "", display: string | null = null, embed = false) => ({ target, subpath, display, embed });

describe("wikilink inline rule", () => {
	it.each([
		["[[JAX]]", link("JAX")],
		["[[JAX|the JAX library]]", link("JAX", "", "the JAX library")],
		["[[JAX#Installation]]", link("JAX", "#Installation")],
		["[[JAX#Installation#On TPU]]", link("JAX", "#Installation#On TPU")],
		["[[JAX#^perf-table]]", link("JAX", "#^perf-table")],
		["[[#Performance Comparison]]", link("", "#Performance Comparison")],
		["![[Architecture diagram]]", link("Architecture diagram", "", null, true)],
		["[[Frameworks/JAX]]", link("Frameworks/JAX")],
		["[[JAX.md]]", link("JAX.md")],
		["![[charts/resnet.png]]", link("charts/resnet.png", "", null, true)],
		["![[paper.pdf#page=3]]", link("paper.pdf", "#page=3", null, true)],
		["[[Frameworks/JAX#Why|why JAX]]", link("Frameworks/JAX", "#Why", "why JAX")],
	])("reads %s in a paragraph", (source, expected) => {
		expect(wikilinks(`See ${source} for details.`)).toEqual([{ ...expected, source }]);
	});

	it("reads the escaped pipe of a table cell as the display separator", () => {
		const table = ["| Framework | Notes |", "|---|---|", "| [[JAX\\|Jax]] | fast |"].join("\n");
		expect(wikilinks(table)).toEqual([{ ...link("JAX", "", "Jax"), source: "[[JAX|Jax]]" }]);
	});

	it("finds links in headings, list items, block quotes and table cells of one document", () => {
		const doc = ["# About [[JAX]]", "", "- uses [[XLA]]", "> quoted [[PyTorch]]", "", "| a |", "|---|", "| [[TensorFlow]] |"].join("\n");
		expect(wikilinks(doc).map((l) => l.target)).toEqual(["JAX", "XLA", "PyTorch", "TensorFlow"]);
	});

	it("stores the link's own offsets in token.meta", () => {
		const [token] = markdownParser().parse("Compare [[JAX]] and ![[b.png]].", {}).filter((t) => t.type === "inline");
		const metas = (token?.children ?? []).filter((c) => c.type === WIKILINK_TOKEN).map((c) => c.meta as WikilinkMeta);
		expect(metas.map(({ start, end }) => [start, end])).toEqual([
			[8, 15],
			[20, 30],
		]);
	});

	it("leaves links in code spans and fences alone", () => {
		expect(wikilinks("Write `[[JAX]]` to link.\n\n```\n[[PyTorch]]\n```\n")).toEqual([]);
	});

	it.each(["[[]]", "[[|x]]", "[[#]]", "[[ ]]", "[[JAX", "[[JAX]", "[[a\nb]]", "\\[[JAX]]"])("treats %j as plain text", (source) => {
		expect(wikilinks(source)).toEqual([]);
	});

	it("links the inner link of an unclosed outer one, as Obsidian does", () => {
		expect(wikilinks("[[broken [[JAX]]").map((l) => l.target)).toEqual(["JAX"]);
	});

	it("does not take a wikilink for a markdown link or image", () => {
		expect(wikilinks("[JAX](https://jax.dev) and ![logo](logo.png)")).toEqual([]);
	});
});

/** Links in the form parseWikilink returns: trimmed target, no brackets or pipes in paths. */
const pathText = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[[\]|#\n\r]/.test(s) && s.trim() === s && !s.endsWith("\\"));
const linkArbitrary = fc
	.record({
		target: fc.oneof(pathText, fc.constant("")),
		subpath: fc.oneof(
			fc.constant(""),
			pathText.filter((s) => !s.includes("#")).map((s) => `#${s}`),
			pathText.filter((s) => !s.includes("#")).map((s) => `#^${s}`),
		),
		display: fc.oneof(
			fc.constant(null),
			// "[[" cannot stand inside a link (it would open another), so parseWikilink never returns one in a display.
			fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[\n\r]/.test(s) && !s.includes("]]") && !s.includes("[[") && !s.endsWith("]")),
		),
		embed: fc.boolean(),
	})
	.filter((l) => l.target !== "" || l.subpath !== "");

describe("wikilink formatter and parser", () => {
	it("parse(format(link)) gives back the link", () => {
		fc.assert(fc.property(linkArbitrary, (l) => {
				expect(parseWikilink(formatWikilink(l))).toEqual(l);
			}),
		);
	});

	it("parse(format(link)) gives back the link in the escaped table form", () => {
		fc.assert(fc.property(linkArbitrary, (l) => {
				expect(parseWikilink(formatWikilink(l, { inTable: true }))).toEqual(l);
			}),
		);
	});

	it("never throws, on any text", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (text) => {
				parseWikilink(text);
				parseWikilink(`[[${text}]]`);
				wikilinks(text);
				wikilinks(`| a |\n|---|\n| [[${text}]] |`);
			}),
		);
	});
});
