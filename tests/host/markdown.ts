// How the host turns a note into reading-view HTML: markdown-it with
// Obsidian's wikilinks and embeds, split into one block per section. This is
// the host's own stand-in for Obsidian's renderer, written apart from
// src/core so the plugin is tested against an independent rendering.
import MarkdownItConstructor, { type MarkdownIt, type StateInline, type Token } from "markdown-it";

export interface HostLink {
	original: string;
	link: string; // path plus subpath, as Obsidian's LinkCache.link
	displayText: string;
	embed: boolean;
	line: number; // 0-based
}

export interface HostSection {
	lineStart: number; // 0-based, inclusive
	lineEnd: number; // 0-based, inclusive
	tag: string; // the block's element: p, table, pre, h2, ul, ...
	tokens: Token[];
	fenceInfo: string | null;
	fenceContent: string | null;
}

export function splitWikilink(inner: string): { link: string; display: string | null } {
	// Inside tables Obsidian notes write "\|"; the backslash is not part of the link.
	const match = /\\?\|/.exec(inner);
	if (!match) return { link: inner.trim(), display: null };
	return { link: inner.slice(0, match.index).trim(), display: inner.slice(match.index + match[0].length).trim() };
}

function wikilinkRule(state: StateInline, silent: boolean): boolean {
	const start = state.pos;
	const embed = state.src.charCodeAt(start) === 0x21; /* ! */
	const open = embed ? start + 1 : start;
	if (state.src.slice(open, open + 2) !== "[[") return false;
	const close = state.src.indexOf("]]", open + 2);
	if (close < 0) return false;
	const inner = state.src.slice(open + 2, close);
	if (inner.includes("\n") || inner.includes("[[")) return false;
	const { link, display } = splitWikilink(inner);
	if (link === "" && !inner.trim().startsWith("#")) return false;
	if (!silent) {
		const token = state.push("wikilink", "", 0);
		token.meta = { link, display, embed, original: state.src.slice(start, close + 2) };
	}
	state.pos = close + 2;
	return true;
}

export function createMarkdown(resolve: (link: string) => string | null, resourceUrl: (path: string) => string): MarkdownIt {
	const md = new MarkdownItConstructor({ html: true, linkify: false, breaks: false });
	md.inline.ruler.before("link", "wikilink", wikilinkRule);
	md.renderer.rules.wikilink = (tokens, idx) => {
		const meta = tokens[idx].meta as { link: string; display: string | null; embed: boolean };
		const escape = md.utils.escapeHtml;
		// As Obsidian shows a link without display text: "Note > Heading", "Heading" alone for [[#Heading]].
		const text = meta.display ?? meta.link.split("#").filter((part) => part !== "").join(" > ");
		const path = meta.link.split("#")[0] ?? "";
		const resolved = resolve(path);
		if (meta.embed && resolved && /\.(png|jpe?g|gif|svg|webp)$/i.test(resolved)) {
			return `<span class="internal-embed image-embed is-loaded" src="${escape(meta.link)}" alt="${escape(text)}"><img src="${escape(resourceUrl(resolved))}" alt="${escape(text)}"></span>`;
		}
		if (meta.embed) {
			return `<span class="internal-embed${resolved ? "" : " is-unresolved"}" src="${escape(meta.link)}" alt="${escape(text)}">${escape(text)}</span>`;
		}
		const cls = resolved || path === "" ? "internal-link" : "internal-link is-unresolved";
		return `<a data-href="${escape(meta.link)}" href="${escape(meta.link)}" class="${cls}" target="_blank" rel="noopener nofollow">${escape(text)}</a>`;
	};
	// As Obsidian: a markdown link to a vault file is an internal link, followed like a wikilink.
	const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
	md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
		const token = tokens[idx];
		const href = String(token.attrGet("href") ?? "");
		if (href !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("//")) {
			let decoded = href;
			try {
				decoded = decodeURIComponent(href);
			} catch {
				/* left as written */
			}
			const path = decoded.split("#")[0] ?? "";
			token.attrSet("data-href", decoded);
			token.attrSet("class", path === "" || resolve(path) ? "internal-link" : "internal-link is-unresolved");
			token.attrSet("target", "_blank");
			token.attrSet("rel", "noopener nofollow");
		}
		return defaultLinkOpen(tokens, idx, options, env, self);
	};
	return md;
}

/** Frontmatter as Obsidian finds it: a `---` block at the very top. */
export function splitFrontmatter(text: string): { yaml: string | null; endLine: number } {
	const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(\r?\n|$)/.exec(text);
	if (!match) return { yaml: null, endLine: -1 };
	const endLine = match[0].split("\n").length - (match[2] ? 2 : 1);
	return { yaml: match[1] ?? "", endLine };
}

/** The note's body with its frontmatter lines blanked, so line numbers stay the file's. */
export function blankFrontmatter(text: string): string {
	const { endLine } = splitFrontmatter(text);
	if (endLine < 0) return text;
	const lines = text.split("\n");
	for (let i = 0; i <= endLine; i++) lines[i] = "";
	return lines.join("\n");
}

export function sectionsOf(md: MarkdownIt, text: string): HostSection[] {
	const tokens = md.parse(blankFrontmatter(text), {});
	const sections: HostSection[] = [];
	let i = 0;
	while (i < tokens.length) {
		const first = tokens[i];
		let depth = 0;
		let j = i;
		for (; j < tokens.length; j++) {
			depth += tokens[j].nesting;
			if (depth === 0) break;
		}
		const slice = tokens.slice(i, j + 1);
		const map = first.map ?? [0, 1];
		sections.push({
			lineStart: map[0],
			lineEnd: Math.max(map[0], map[1] - 1),
			tag: first.tag || first.type,
			tokens: slice,
			fenceInfo: first.type === "fence" ? first.info.trim() : null,
			fenceContent: first.type === "fence" ? first.content : null,
		});
		i = j + 1;
	}
	return sections;
}

export function linksOf(md: MarkdownIt, text: string): HostLink[] {
	const links: HostLink[] = [];
	for (const token of md.parse(blankFrontmatter(text), {})) {
		if (token.type !== "inline" || !token.children) continue;
		const line = token.map?.[0] ?? 0;
		for (const child of token.children) {
			if (child.type !== "wikilink") continue;
			const meta = child.meta as { link: string; display: string | null; embed: boolean; original: string };
			links.push({
				original: meta.original,
				link: meta.link,
				displayText: meta.display ?? meta.link,
				embed: meta.embed,
				line,
			});
		}
	}
	return links;
}

export function headingsOf(md: MarkdownIt, text: string): { heading: string; level: number; line: number }[] {
	const tokens = md.parse(blankFrontmatter(text), {});
	const headings: { heading: string; level: number; line: number }[] = [];
	tokens.forEach((token, index) => {
		if (token.type !== "heading_open") return;
		const inline = tokens[index + 1];
		headings.push({ heading: inline?.content ?? "", level: Number(token.tag.slice(1)), line: token.map?.[0] ?? 0 });
	});
	return headings;
}
