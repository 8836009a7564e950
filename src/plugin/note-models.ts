// Note models for rendered notes: each note is analysed once per text, vault
// state and set of the user's corrections, however many sections of it the
// reading view renders.
import { type DetectionOverrides, type NoteAnalysis, analyzeNote, findFrontmatter, type FrontmatterInput } from "../core";
import { parseYaml } from "obsidian";
import { decodeReferencesIn } from "./decode-html-strict";
import type { VaultLinks } from "./vault-links";

interface Cached {
	text: string;
	version: number;
	/** The corrections the analysis used, as JSON: a correction made since means a new analysis. */
	corrections: string;
	/** The frontmatter Obsidian handed over, as JSON: properties changed since mean a new analysis. */
	frontmatter: string;
	analysis: NoteAnalysis;
}

export class NoteModels {
	private cache = new Map<string, Cached>();

	constructor(
		private readonly links: VaultLinks,
		/** The user's corrections for a note, kept in the plugin's data. */
		private readonly overrides: (path: string) => DetectionOverrides | undefined = () => undefined,
	) {}

	analysis(path: string, text: string, frontmatter: unknown): NoteAnalysis {
		const index = this.links.get();
		const overrides = this.overrides(path);
		const corrections = JSON.stringify(overrides ?? null);
		const properties = JSON.stringify(frontmatter ?? null);
		const cached = this.cache.get(path);
		if (cached && cached.text === text && cached.version === this.links.version && cached.corrections === corrections && cached.frontmatter === properties) return cached.analysis;
		// main.js's markdown-it asks the browser for HTML entities; all of the note's at once is faster.
		decodeReferencesIn(text);
		const analysis = analyzeNote({ path, text, frontmatter: frontmatterInput(text, frontmatter), overrides }, index);
		this.cache.set(path, { text, version: this.links.version, corrections, frontmatter: properties, analysis });
		return analysis;
	}

	/** The note's last analysis, whatever text it was made from: for a command that must answer at once. */
	latest(path: string): NoteAnalysis | null {
		return this.cache.get(path)?.analysis ?? null;
	}

	forget(path: string): void {
		this.cache.delete(path);
	}
}

/**
 * Obsidian hands over its parsed frontmatter, or nothing when the YAML is
 * broken; then the block is parsed again only to tell the user why.
 */
function frontmatterInput(text: string, frontmatter: unknown): FrontmatterInput | undefined {
	if (frontmatter !== null && frontmatter !== undefined) return { data: frontmatter };
	const block = findFrontmatter(text);
	if (!block) return undefined;
	try {
		return { data: parseYaml(block.yaml) as unknown };
	} catch (error) {
		return { error: { line: block.startLine, message: error instanceof Error ? error.message : String(error) } };
	}
}
