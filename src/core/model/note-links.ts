// Every internal link form Obsidian resolves, as the note model lists them:
// wikilinks and embeds, markdown links and embeds to vault files
// (`[x](Note.md)`, `%20`, `<…>`, `./`, `#subpath`), and links in frontmatter
// properties (`related: "[[Django]]"`). External URLs are not vault links.
import type { Token } from "markdown-it";
import type { FrontmatterBlock } from "../frontmatter/frontmatter-block";
import { WIKILINK_TOKEN, type WikilinkMeta } from "../markdown/rules/wikilink";
import { sourceStartOf } from "../markdown/rules/source-offset";
import { parseWikilink } from "../markdown/wikilink-syntax";
import type { Problem } from "../result";
import type { LinkResolver } from "../vault/link-resolver";
import { hasAnchor, type NoteAnchors } from "../vault/note-anchors";
import { inlineText } from "./inline-text";
import type { Link } from "./types";

/** The line of each offset into `text`, counted from `first`: newlines are found once, however many links ask. */
function lineFinder(text: string, first: number): (offset: number) => number {
	let breaks: number[] | null = null;
	return (offset) => {
		if (breaks === null) {
			breaks = [];
			for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
		}
		let low = 0;
		let high = breaks.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if ((breaks[mid] as number) < offset) low = mid + 1;
			else high = mid;
		}
		return first + low;
	};
}

/** `https:`, `mailto:`, `obsidian:`, `//host`: addresses outside the vault. */
export function isExternal(href: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//");
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** A markdown link's destination as the vault reads it: decoded, split at the first "#". */
function splitDestination(href: string): { target: string; subpath: string } {
	const decoded = decode(href);
	const hash = decoded.indexOf("#");
	return hash < 0 ? { target: decoded, subpath: "" } : { target: decoded.slice(0, hash), subpath: decoded.slice(hash) };
}

/** The links of one inline run (a paragraph, a heading, a table cell), in source order. */
export function inlineLinks(inline: Token, firstLine: number, sourcePath: string, resolver: LinkResolver): Link[] {
	const links: Link[] = [];
	const children = inline.children ?? [];
	const lineOf = lineFinder(inline.content, firstLine);
	for (let i = 0; i < children.length; i++) {
		const child = children[i] as Token;
		if (child.type === WIKILINK_TOKEN) {
			const meta = child.meta as WikilinkMeta;
			const { target, subpath, display, embed } = meta.link;
			links.push({
				line: lineOf(meta.start),
				target,
				subpath,
				display,
				embed,
				form: "wikilink",
				resolved: resolver.resolve(target, sourcePath),
			});
		} else if (child.type === "link_open" || child.type === "image") {
			const embed = child.type === "image";
			const href = String(child.attrGet(embed ? "src" : "href") ?? "");
			const start = sourceStartOf(child.meta);
			const line = start === null ? firstLine : lineOf(start);
			if (href === "" || isExternal(href)) continue;
			const { target, subpath } = splitDestination(href);
			let display: string;
			if (embed) display = inlineText(child.children ?? null);
			else {
				// The link's text: the tokens up to its link_close.
				let depth = 0;
				let j = i + 1;
				for (; j < children.length; j++) {
					const inner = children[j] as Token;
					if (inner.type === "link_open") depth++;
					else if (inner.type === "link_close") {
						if (depth === 0) break;
						depth--;
					}
				}
				display = inlineText(children.slice(i + 1, j));
			}
			links.push({ line, target, subpath, display: display === "" ? null : display, embed, form: "markdown", resolved: resolver.resolve(target, sourcePath) });
		}
	}
	return links;
}

/** `"[[Django]]"` as a property value, alone or in a list, at any depth of the frontmatter. */
function propertyLinkTexts(value: unknown, into: string[]): void {
	if (typeof value === "string") {
		const trimmed = value.trim();
		if (trimmed.startsWith("[[") && trimmed.endsWith("]]")) into.push(trimmed);
	} else if (Array.isArray(value)) {
		for (const item of value) propertyLinkTexts(item, into);
	} else if (value !== null && typeof value === "object") {
		for (const item of Object.values(value as Record<string, unknown>)) propertyLinkTexts(item, into);
	}
}

/**
 * Links in frontmatter properties, in the order and on the lines the YAML
 * writes them: the source is scanned for `[[…]]`, and each counts when the
 * parsed properties hold it as a value (once per time they hold it).
 */
export function propertyLinks(properties: Readonly<Record<string, unknown>>, block: FrontmatterBlock | null, sourcePath: string, resolver: LinkResolver): Link[] {
	if (!block) return [];
	const texts: string[] = [];
	propertyLinkTexts(properties, texts);
	if (texts.length === 0) return [];
	const wanted = new Map<string, number>();
	for (const text of texts) wanted.set(text, (wanted.get(text) ?? 0) + 1);
	const links: Link[] = [];
	const yaml = block.yaml;
	const lineOf = lineFinder(yaml, block.startLine + 1);
	// Only a span as long as some wanted text is compared: "[[[[…]]" costs a scan, not a slice per bracket.
	const lengths = new Set(texts.map((text) => text.length));
	let close = -1;
	for (let open = yaml.indexOf("[[", 0); open >= 0; open = yaml.indexOf("[[", open + 2)) {
		if (close < open + 2) close = yaml.indexOf("]]", open + 2);
		if (close < 0) break;
		if (!lengths.has(close + 2 - open)) continue;
		const text = yaml.slice(open, close + 2);
		const left = wanted.get(text) ?? 0;
		if (left === 0) continue;
		wanted.set(text, left - 1);
		const parsed = parseWikilink(text);
		if (!parsed || parsed.embed) continue;
		links.push({
			line: lineOf(open),
			target: parsed.target,
			subpath: parsed.subpath,
			display: parsed.display,
			embed: false,
			form: "property",
			resolved: resolver.resolve(parsed.target, sourcePath),
		});
		open = close - 1;
	}
	return links;
}

/**
 * A `#Heading` or `#^block` the resolved note does not have: a problem at the
 * link's line. Notes whose headings are not known (no vault text read) are not judged.
 */
export function missingSubpathProblems(links: readonly Link[], sourcePath: string, readOwn: () => NoteAnchors, resolver: LinkResolver): Problem[] {
	const problems: Problem[] = [];
	// The note's own headings are read only when a link points into the note itself.
	let own: NoteAnchors | null = null;
	for (const link of links) {
		if (link.subpath === "" || link.resolved === null) continue;
		const anchors = link.resolved === sourcePath ? (own ??= readOwn()) : (resolver.anchorsOf?.(link.resolved) ?? null);
		if (anchors === null || hasAnchor(anchors, link.subpath)) continue;
		const parts = link.subpath.split("#").filter((part) => part !== "");
		const last = parts[parts.length - 1] ?? "";
		const what = last.startsWith("^") ? `no block "${last}"` : `no heading "${last}"`;
		const note = link.resolved.replace(/\.md$/, "");
		problems.push({ line: link.line, message: `The link to "${link.target === "" ? note : link.target}${link.subpath}" points nowhere: "${note}" has ${what}.` });
	}
	return problems;
}
