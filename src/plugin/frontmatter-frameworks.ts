// The one edit "Write the compared frameworks to the frontmatter" makes: the
// note's `frameworks:` value set to a list of names, as a text change over
// just the frontmatter lines. Every other byte of the note stays as it is.
// Pure: the command applies the change through the editor, so it can be undone.

/** Replace `text.slice(from, to)` with `insert` (offsets into the note's text). */
export interface TextChange {
	from: number;
	to: number;
	insert: string;
}

interface Line {
	start: number;
	/** End of the line's text, before its line break. */
	end: number;
	text: string;
}

const FENCE = /^---[ \t]*$/;
const KEY = /^(["']?)frameworks\1[ \t]*:(?=[ \t]|$)(.*)$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;
const NUMBER_LIKE = /^[-+]?(?:\d[\d_,]*)?(?:\.\d*)?(?:e[-+]?\d+)?$|^0x[0-9a-f]+$|^0o[0-7]+$|^[-+]?\.(?:inf|nan)$|^\d{4}-\d\d?-\d\d?/i;
/** Names YAML reads back unchanged without quotes, in block and flow lists alike. */
const PLAIN = /^[\p{L}\p{N}_][\p{L}\p{N}_ .+\-/()&']*$/u;

/** A name as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(name: string): string {
	const plain = PLAIN.test(name) && !/\s$/.test(name) && !RESERVED.test(name) && !NUMBER_LIKE.test(name);
	// A JSON string is a valid double-quoted YAML scalar.
	return plain ? name : JSON.stringify(name);
}

function linesOf(text: string): Line[] {
	const lines: Line[] = [];
	const breaks = /\r\n|\n|\r/g;
	let start = 0;
	for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
		lines.push({ start, end: match.index, text: text.slice(start, match.index) });
		start = match.index + match[0].length;
	}
	lines.push({ start, end: text.length, text: text.slice(start) });
	return lines;
}

/** The value written after `frameworks:` on its own line, without a trailing comment. */
function inlineValue(rest: string): string {
	return rest.replace(/(^|[ \t])#.*$/, "").trim();
}

/**
 * The change that makes the note's frontmatter list `names` under
 * `frameworks:`, or null when it already does. A missing block is created at
 * the top; a missing key is added at the end of the block; an existing key's
 * value (inline, flow list or block list) is replaced, keeping its style.
 */
export function frontmatterWithFrameworks(text: string, names: readonly string[]): TextChange | null {
	const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? "\n";
	const bom = text.startsWith("\uFEFF") ? 1 : 0;
	const lines = linesOf(text);
	const first = lines[0];
	const blockList = (indent: string) => [`frameworks:`, ...names.map((name) => `${indent}- ${yamlScalar(name)}`)];
	const flowList = () => `frameworks: [${names.map(yamlScalar).join(", ")}]`;
	const written = (list: string[]) => (names.length === 0 ? "frameworks: []" : list.join(eol));

	const close = first && FENCE.test(first.text.slice(bom)) ? lines.findIndex((line, i) => i > 0 && FENCE.test(line.text)) : -1;
	if (close < 0) {
		return { from: bom, to: bom, insert: `---${eol}${written(blockList("  "))}${eol}---${eol}` };
	}

	const keyAt = lines.findIndex((line, i) => i > 0 && i < close && KEY.test(line.text));
	if (keyAt < 0) {
		const at = lines[close]!.start;
		return { from: at, to: at, insert: `${written(blockList("  "))}${eol}` };
	}

	const value = inlineValue(KEY.exec(lines[keyAt]!.text)?.[2] ?? "");
	// The lines that continue the value: indented ones, and "- item" lines for a block list.
	const continues = (line: string) => /^[ \t]/.test(line) || (value === "" && /^-(?:[ \t]|$)/.test(line));
	let last = keyAt;
	for (let i = keyAt + 1; i < close; i++) {
		const line = lines[i]!.text;
		if (line.trim() === "") continue;
		if (!continues(line)) break;
		last = i;
	}
	const firstItem = lines.slice(keyAt + 1, last + 1).find((line) => /^[ \t]*-(?:[ \t]|$)/.test(line.text));
	const indent = firstItem ? /^[ \t]*/.exec(firstItem.text)![0] : "  ";
	const insert = value.startsWith("[") && names.length > 0 ? flowList() : written(blockList(indent));
	const from = lines[keyAt]!.start;
	const to = lines[last]!.end;
	if (text.slice(from, to) === insert) return null;
	return { from, to, insert };
}
