// What a link's subpath may point at in a note: its headings (`#Setup`) and
// block ids (`#^key-fact`). Read line by line, fences skipped, no regular
// expression that can backtrack, so a vault of long notes is read in one pass.

export interface NoteAnchors {
	headings: string[];
	blocks: string[];
}

/**
 * How a heading subpath is matched: case, punctuation and runs of spaces aside,
 * since Obsidian writes "Step 1: Install" as `#Step 1 Install` in a link.
 */
export function headingKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

function atxHeading(line: string): string | null {
	let i = 0;
	while (i < 3 && line.charAt(i) === " ") i++;
	let level = 0;
	while (line.charAt(i + level) === "#") level++;
	if (level === 0 || level > 6) return null;
	const rest = line.slice(i + level);
	if (rest !== "" && rest.charAt(0) !== " " && rest.charAt(0) !== "\t") return null;
	let text = rest.trim();
	// A closing run of "#" after a space is not part of the heading.
	let end = text.length;
	while (end > 0 && text.charAt(end - 1) === "#") end--;
	if (end < text.length && (end === 0 || text.charAt(end - 1) === " ")) text = text.slice(0, end).trim();
	return text;
}

/** "A fact. ^key-fact": the id at the end of a line, after a space, or alone on its line (after a table or a list). */
function blockId(line: string): string | null {
	const trimmed = line.trimEnd();
	const caret = trimmed.lastIndexOf("^");
	if (caret < 0 || (caret > 0 && trimmed.charAt(caret - 1) !== " " && trimmed.charAt(caret - 1) !== "\t")) return null;
	if (caret === 0 && trimmed.length < 2) return null;
	const id = trimmed.slice(caret + 1);
	return id !== "" && /^[A-Za-z0-9-]+$/.test(id) ? id : null;
}

export function noteAnchors(text: string): NoteAnchors {
	const headings: string[] = [];
	const blocks: string[] = [];
	let fence: string | null = null;
	let previous = "";
	const lines = text.split(/\r?\n/);
	// The frontmatter's closing "---" under "tags: x" is no heading.
	let first = 0;
	if (lines[0]?.trimEnd() === "---") {
		const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
		if (close > 0) first = close + 1;
	}
	for (const line of lines.slice(first)) {
		// "Title" over "=====" or "-----": a setext heading.
		const setext = fence === null && previous.trim() !== "" && /^ {0,3}(=+|-+)\s*$/.test(line) && atxHeading(previous) === null;
		if (setext) headings.push(previous.trim());
		previous = setext ? "" : line;
		const start = line.trimStart();
		const marker = start.startsWith("```") ? "```" : start.startsWith("~~~") ? "~~~" : null;
		if (fence !== null) {
			if (marker === fence) fence = null;
			continue;
		}
		if (marker !== null) {
			fence = marker;
			continue;
		}
		const heading = atxHeading(line);
		if (heading !== null) headings.push(heading);
		const id = blockId(line);
		if (id !== null) blocks.push(id);
	}
	return { headings, blocks };
}

/**
 * Whether a note has what a subpath names: `#^id` a block, `#A#B` a heading B
 * (Obsidian reads the last part). An empty subpath is always there.
 */
export function hasAnchor(anchors: NoteAnchors, subpath: string): boolean {
	const parts = subpath.split("#").filter((part) => part !== "");
	const last = parts[parts.length - 1];
	if (last === undefined) return true;
	const keys = keysOf(anchors);
	// Block ids match whatever their case, as Obsidian's block cache keys them.
	if (last.startsWith("^")) return keys.blocks.has(last.slice(1).toLowerCase());
	return keys.headings.has(headingKey(last));
}

interface AnchorKeys {
	headings: Set<string>;
	blocks: Set<string>;
	/** The lists they were read from, and how long they were: a list changed since is read again. */
	from: [string[], number, string[], number];
}

const anchorKeys = new WeakMap<NoteAnchors, AnchorKeys>();

/** A note's heading keys and lower-cased block ids, read once: a note of many links to its own sections is not read again for each. */
function keysOf(anchors: NoteAnchors): AnchorKeys {
	const found = anchorKeys.get(anchors);
	const [headings, headingCount, blocks, blockCount] = found?.from ?? [];
	if (found && headings === anchors.headings && headingCount === headings.length && blocks === anchors.blocks && blockCount === blocks.length) return found;
	const keys: AnchorKeys = {
		headings: new Set(anchors.headings.map(headingKey)),
		blocks: new Set(anchors.blocks.map((id) => id.toLowerCase())),
		from: [anchors.headings, anchors.headings.length, anchors.blocks, anchors.blocks.length],
	};
	anchorKeys.set(anchors, keys);
	return keys;
}
