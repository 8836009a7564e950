// Finds the frontmatter block by its "---" fences. Core never parses YAML (the
// plugin gets Obsidian's parse, the CLI uses the yaml package); it only needs to
// know which lines the block covers.
import type { Problem } from "../result";

export interface FrontmatterBlock {
	/** The YAML between the fences. */
	yaml: string;
	/** 1-based line of the opening "---". */
	startLine: number;
	/** 1-based line of the closing "---". */
	endLine: number;
}

const FENCE = /^---[ \t]*$/;

export function splitLines(text: string): string[] {
	return text.split(/\r\n?|\n/);
}

/** How many lines `splitLines` makes of the text, counted without making them. */
export function lineCount(text: string): number {
	let count = 1;
	if (!text.includes("\r")) {
		for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
		return count;
	}
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x0a) count++;
		else if (code === 0x0d) {
			count++;
			if (text.charCodeAt(i + 1) === 0x0a) i++;
		}
	}
	return count;
}

/** Where the line break at or after `from` is ("\r\n", "\r" or "\n"), or the text's length. */
function lineEnd(text: string, from: number): number {
	let end = from;
	while (end < text.length) {
		const code = text.charCodeAt(end);
		if (code === 0x0a || code === 0x0d) break;
		end++;
	}
	return end;
}

/** Where the line after the break at `end` starts (`splitLines` reads "\r\n" as one break). */
function nextLine(text: string, end: number): number {
	return text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
}

/** Whether the first line (after a byte-order mark) is a fence, read without splitting the rest of the note. */
function opensWithFence(text: string): boolean {
	const start = text.startsWith("\uFEFF") ? 1 : 0;
	return FENCE.test(text.slice(start, lineEnd(text, start)));
}

/** The lines of the block, read one at a time up to the closing fence: the rest of the note is never split. */
export function findFrontmatter(text: string): FrontmatterBlock | null {
	if (!opensWithFence(text)) return null;
	const start = text.startsWith("\uFEFF") ? 1 : 0;
	let end = lineEnd(text, start);
	const yaml: string[] = [];
	for (let line = 2; end < text.length; line++) {
		const from = nextLine(text, end);
		end = lineEnd(text, from);
		const written = text.slice(from, end);
		if (FENCE.test(written)) return { yaml: yaml.join("\n"), startLine: 1, endLine: line };
		yaml.push(written);
	}
	return null;
}

/**
 * A first line of "---" that no later fence closes. Obsidian then reads no
 * frontmatter at all and shows those lines as text, so nothing written there
 * counts; without this the user would not know why.
 */
export function unclosedFrontmatter(text: string): Problem[] {
	if (!opensWithFence(text) || findFrontmatter(text) !== null) return [];
	const message =
		"Line 1 opens a frontmatter block with ---, but no later --- line closes it, so Obsidian reads no properties here: its aliases and frameworks are ignored and its lines show as text.";
	return [{ line: 1, message }];
}

/** The line a top-level key is written on, so a problem with it can point there. */
export function lineOfKey(block: FrontmatterBlock, key: string): number {
	const lines = block.yaml.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		const colon = line.indexOf(":");
		if (colon <= 0) continue;
		const written = line.slice(0, colon).trim().replace(/^["']|["']$/g, "");
		if (written === key && !/^\s/.test(line)) return block.startLine + 1 + i;
	}
	return block.startLine;
}

/** The note with the block's lines blanked, so markdown-it's line numbers stay the file's. */
export function blankFrontmatter(text: string, block: FrontmatterBlock | null): string {
	// Without a block and without "\r" there is nothing to blank and no line break to rewrite.
	const crlf = text.includes("\r");
	if (block === null && !crlf) return text;
	if (block !== null && block.startLine === 1 && !crlf) {
		// The block's lines become empty lines and the rest is the note as written, found without splitting it.
		let breaks = 0;
		let at = -1;
		while (breaks < block.endLine) {
			const found = text.indexOf("\n", at + 1);
			if (found < 0) return "\n".repeat(breaks);
			at = found;
			breaks++;
		}
		return "\n".repeat(breaks) + text.slice(at + 1);
	}
	const lines = splitLines(text);
	if (block) for (let i = block.startLine - 1; i < block.endLine; i++) lines[i] = "";
	return lines.join("\n");
}
