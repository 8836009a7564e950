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

/** "A fact. ^key-fact": the id at the end of a line, after a space. */
function blockId(line: string): string | null {
	const trimmed = line.trimEnd();
	const caret = trimmed.lastIndexOf("^");
	if (caret <= 0 || trimmed.charAt(caret - 1) !== " ") return null;
	const id = trimmed.slice(caret + 1);
	return id !== "" && /^[A-Za-z0-9-]+$/.test(id) ? id : null;
}

export function noteAnchors(text: string): NoteAnchors {
	const headings: string[] = [];
	const blocks: string[] = [];
	let fence: string | null = null;
	for (const line of text.split(/\r?\n/)) {
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
	if (last.startsWith("^")) return anchors.blocks.includes(last.slice(1));
	const wanted = headingKey(last);
	return anchors.headings.some((heading) => headingKey(heading) === wanted);
}
