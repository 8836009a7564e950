// MetadataCache: frontmatter, links and headings per note, and link
// resolution in Obsidian core's order (no aliases: core does not follow them).
import type { MarkdownIt } from "markdown-it";
import { parse as parseYamlText } from "yaml";
import { Events } from "./component";
import { TFile, type Vault } from "./vault";
import { headingsOf, linksOf, splitFrontmatter } from "../markdown";

interface Pos {
	start: { line: number; col: number; offset: number };
	end: { line: number; col: number; offset: number };
}

export interface HostCachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	links?: { link: string; original: string; displayText: string; position: Pos }[];
	embeds?: { link: string; original: string; displayText: string; position: Pos }[];
	headings?: { heading: string; level: number; position: Pos }[];
	/** Block ids (`^id` at a line's end), as Obsidian's BlockCache by id. */
	blocks?: Record<string, { id: string; position: Pos }>;
}

function linePos(line: number): Pos {
	return { start: { line, col: 0, offset: 0 }, end: { line, col: 0, offset: 0 } };
}

export function dirname(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

export class MetadataCache extends Events {
	private caches = new Map<string, HostCachedMetadata>();
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};

	constructor(
		private readonly vault: Vault,
		private readonly md: MarkdownIt,
	) {
		super();
	}

	indexAll(): void {
		for (const file of this.vault.getMarkdownFiles()) this.indexFile(file, false);
		this.recomputeResolved();
		this.trigger("resolved");
	}

	indexFile(file: TFile, announce = true): void {
		const text = this.vault.peek(file.path) ?? "";
		const cache: HostCachedMetadata = {};
		const front = splitFrontmatter(text);
		if (front.yaml !== null) {
			cache.frontmatterPosition = { start: { line: 0, col: 0, offset: 0 }, end: { line: front.endLine, col: 3, offset: 0 } };
			try {
				const parsed: unknown = parseYamlText(front.yaml);
				// Obsidian keeps no frontmatter when the YAML does not parse to a map.
				if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) cache.frontmatter = parsed as Record<string, unknown>;
			} catch {
				/* Obsidian shows invalid properties and caches no frontmatter */
			}
		}
		const links = linksOf(this.md, text);
		cache.links = links.filter((l) => !l.embed).map((l) => ({ link: l.link, original: l.original, displayText: l.displayText, position: linePos(l.line) }));
		cache.embeds = links.filter((l) => l.embed).map((l) => ({ link: l.link, original: l.original, displayText: l.displayText, position: linePos(l.line) }));
		cache.headings = headingsOf(this.md, text).map((h) => ({ heading: h.heading, level: h.level, position: linePos(h.line) }));
		const blocks: Record<string, { id: string; position: Pos }> = {};
		text.split(/\r?\n/).forEach((line, i) => {
			const match = / \^([A-Za-z0-9-]+)\s*$/.exec(line);
			if (match?.[1]) blocks[match[1].toLowerCase()] = { id: match[1], position: linePos(i) };
		});
		if (Object.keys(blocks).length > 0) cache.blocks = blocks;
		this.caches.set(file.path, cache);
		if (announce) {
			this.recomputeResolved();
			this.trigger("changed", file, text, cache);
			this.trigger("resolved");
		}
	}

	forget(path: string): void {
		this.caches.delete(path);
	}

	renamed(file: TFile, oldPath: string): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(file.path, cache);
		this.recomputeResolved();
	}

	getFileCache(file: TFile): HostCachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): HostCachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/** Obsidian's order: exact path, then the source's folder, then the shortest matching path. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const target = linkpath.split("#")[0]?.trim() ?? "";
		if (target === "") return this.vault.getFileByPath(sourcePath);
		const hasExtension = /\.[A-Za-z0-9]+$/.test(target.split("/").pop() ?? "") && !target.endsWith(".");
		const candidates = hasExtension ? [target, `${target}.md`] : [`${target}.md`];
		for (const path of candidates) {
			const exact = this.vault.getFileByPath(path);
			if (exact) return exact;
		}
		const folder = dirname(sourcePath);
		for (const path of candidates) {
			const sibling = folder ? this.vault.getFileByPath(`${folder}/${path}`) : null;
			if (sibling) return sibling;
		}
		const wanted = candidates.map((c) => c.toLowerCase());
		let best: TFile | null = null;
		for (const file of this.vault.getFiles()) {
			const lower = file.path.toLowerCase();
			if (!wanted.some((w) => lower === w || lower.endsWith(`/${w}`))) continue;
			if (!best || file.path.length < best.path.length || (file.path.length === best.path.length && file.path < best.path)) best = file;
		}
		return best;
	}

	/**
	 * As Obsidian with its default "shortest path when possible": the file's name
	 * when no other file in the vault has that name, its path otherwise.
	 */
	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		const omit = omitMdExtension && file.extension === "md";
		const path = omit ? file.path.slice(0, -3) : file.path;
		const name = omit ? file.basename : file.name;
		const sameName = this.vault.getFiles().filter((other) => other.name === file.name).length;
		return sameName === 1 ? name : path;
	}

	private recomputeResolved(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const [source, cache] of this.caches) {
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			for (const link of [...(cache.links ?? []), ...(cache.embeds ?? [])]) {
				const dest = this.getFirstLinkpathDest(link.link, source);
				const bucket = dest ? resolved : unresolved;
				const key = dest ? dest.path : link.link.split("#")[0] ?? "";
				bucket[key] = (bucket[key] ?? 0) + 1;
			}
			this.resolvedLinks[source] = resolved;
			this.unresolvedLinks[source] = unresolved;
		}
	}
}
