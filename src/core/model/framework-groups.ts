// Parts of a note written once per framework: sibling headings named after the
// note's frameworks ("### JAX", "### PyTorch", "### TensorFlow"), each with its
// content up to the next heading of the same or a higher level, and runs of
// code samples each introduced by a framework's name ("**JAX**:" then a fence;
// or a heading per sample). The reading view shows the first side by side and
// the second as tabs. One pass over the note's top-level blocks; names are
// matched as the note model matches labels (qualifier and version off, then
// normalised), so "JAX (Google)" and "PyTorch 2.1" name JAX and PyTorch.
import { TextMemo } from "./evidence/text-memo";
import { headOf } from "./evidence/names";
import type { FrameworkGroup, FrameworkGroupItem } from "./types";

/** One top-level block of the note, as markdown-it parsed it. */
export interface NoteBlock {
	kind: "heading" | "paragraph" | "fence" | "other";
	/** 1-based first and last line. */
	line: number;
	endLine: number;
	/** A heading's level; 0 for other blocks. */
	level: number;
	/** A heading's or paragraph's text as a reader sees it (markup off). */
	text: string;
	/** A fence's info string and content as written; "" for other blocks. */
	info: string;
	content: string;
}

/** Arrows written with ASCII read as the arrow the name matching splits on. */
const ASCII_ARROW = /\s(?:->|=>)\s/g;

/** Looks up the note's frameworks by the normalised forms of their names. */
function frameworkLookup(frameworks: readonly string[], memo: TextMemo): Map<string, string> {
	const lookup = new Map<string, string>();
	for (const name of frameworks) {
		for (const key of [memo.normalized(name), memo.normalized(memo.labelName(name).bare)]) if (key !== "" && !lookup.has(key)) lookup.set(key, name);
	}
	return lookup;
}

/** Whether the character is a letter or a digit of any script. */
function isWordChar(ch: string): boolean {
	return /[\p{L}\p{N}]/u.test(ch);
}

/**
 * The frameworks a heading or label is named after, the first the one it
 * starts with: "PyTorch → JAX" names PyTorch and JAX, "JAX (Google)" JAX,
 * "JAX's Unique Features" none (the name is not the whole head of it).
 */
export function namedFrameworks(text: string, lookup: ReadonlyMap<string, string>, memo = new TextMemo()): string[] {
	const found: string[] = [];
	let rest = text.replace(ASCII_ARROW, " → ").trim();
	// A heading names a handful of frameworks at most; the bound keeps a pathological one linear.
	for (let step = 0; step < 8 && rest !== ""; step++) {
		const name = memo.labelName(rest);
		const framework = lookup.get(memo.normalized(name.bare)) ?? lookup.get(memo.normalized(name.head));
		if (framework === undefined) break;
		if (!found.includes(framework)) found.push(framework);
		const head = headOf(rest);
		let next = rest.indexOf(head) + head.length;
		// Past the separator ("→", "/", ",", " - "): the next name, if any, starts at a letter or digit.
		while (next < rest.length && !isWordChar(rest.charAt(next))) next++;
		if (next >= rest.length) break;
		rest = rest.slice(next);
	}
	return found;
}

/** "JAX:", "**PyTorch**:": a label's text without the colon that introduces the sample. */
function withoutColon(text: string): string {
	const trimmed = text.trim();
	return trimmed.endsWith(":") || trimmed.endsWith("：") ? trimmed.slice(0, -1).trim() : trimmed;
}

function distinctFrameworks(items: readonly FrameworkGroupItem[]): number {
	return new Set(items.flatMap((item) => item.frameworks)).size;
}

/**
 * Sibling headings named after frameworks, from `start`: the group they make
 * (sections, or code when each section is exactly one fence) and the index of
 * the first block after it. Null when the headings there make no group.
 */
function headingRun(
	blocks: readonly NoteBlock[],
	start: number,
	lookup: ReadonlyMap<string, string>,
	totalLines: number,
	viewLines: ReadonlySet<number>,
	memo: TextMemo,
): { group: FrameworkGroup | null; next: number } {
	const first = blocks[start] as NoteBlock;
	const level = first.level;
	const items: FrameworkGroupItem[] = [];
	const bodies: NoteBlock[][] = [];
	let i = start;
	while (i < blocks.length) {
		const heading = blocks[i] as NoteBlock;
		if (heading.kind !== "heading" || heading.level !== level) break;
		const frameworks = namedFrameworks(heading.text, lookup, memo);
		if (frameworks.length === 0) break;
		let k = i + 1;
		while (k < blocks.length && !((blocks[k] as NoteBlock).kind === "heading" && (blocks[k] as NoteBlock).level <= level)) k++;
		const endLine = k < blocks.length ? (blocks[k] as NoteBlock).line - 1 : totalLines;
		items.push({ frameworks, label: heading.text, line: heading.line, bodyLine: heading.endLine + 1, endLine, code: null, language: "" });
		bodies.push(blocks.slice(i + 1, k));
		i = k;
	}
	// One framework heading alone: its body is looked at again, for a run of samples under it ("## PyTorch → JAX").
	// It was scanned once here, so every block is scanned at most twice.
	if (items.length < 2) return { group: null, next: start + 1 };
	const next = i;
	if (distinctFrameworks(items) < 2) return { group: null, next };
	// A section holding a comparison table or a chart stays in the note's flow, where its view is drawn and follows the toggles.
	if (bodies.some((body) => body.some((block) => viewLines.has(block.line)))) return { group: null, next };
	const last = items[items.length - 1] as FrameworkGroupItem;
	// A heading per sample with nothing but the sample under it: a run of code samples.
	const code = bodies.every((body) => body.length === 1 && (body[0] as NoteBlock).kind === "fence");
	if (code) {
		items.forEach((item, n) => {
			const fence = (bodies[n] as NoteBlock[])[0] as NoteBlock;
			item.code = fence.content;
			item.language = fenceLanguage(fence.info);
			item.bodyLine = fence.line;
		});
	}
	return { group: { kind: code ? "code" : "sections", line: first.line, endLine: last.endLine, items }, next };
}

function fenceLanguage(info: string): string {
	const trimmed = info.trim();
	const space = trimmed.search(/\s/);
	return space < 0 ? trimmed : trimmed.slice(0, space);
}

/** A one-line paragraph that is only a framework's name (and a qualifier), then directly a fence. */
function sampleAt(blocks: readonly NoteBlock[], i: number, lookup: ReadonlyMap<string, string>, memo: TextMemo): FrameworkGroupItem | null {
	const label = blocks[i];
	const fence = blocks[i + 1];
	if (!label || !fence || label.kind !== "paragraph" || fence.kind !== "fence" || label.line !== label.endLine) return null;
	const frameworks = namedFrameworks(withoutColon(label.text), lookup, memo);
	if (frameworks.length === 0) return null;
	return { frameworks, label: withoutColon(label.text), line: label.line, bodyLine: fence.line, endLine: fence.endLine, code: fence.content, language: fenceLanguage(fence.info) };
}

/**
 * The note's per-framework groups in source order; none overlap. `frameworks`
 * are the note model's; `totalLines` the note's line count (a group running
 * to the end of the note ends there); `viewLines` the first lines of the
 * note's comparison tables and charts, which no group of sections may hold;
 * `memo` the note's memo of names, which detection has mostly filled.
 */
export function frameworkGroups(
	blocks: readonly NoteBlock[],
	frameworks: readonly string[],
	totalLines: number,
	viewLines: ReadonlySet<number> = new Set(),
	memo = new TextMemo(),
): FrameworkGroup[] {
	if (frameworks.length < 2) return [];
	const lookup = frameworkLookup(frameworks, memo);
	const groups: FrameworkGroup[] = [];
	let i = 0;
	while (i < blocks.length) {
		const block = blocks[i] as NoteBlock;
		if (block.kind === "heading") {
			const { group, next } = headingRun(blocks, i, lookup, totalLines, viewLines, memo);
			if (group) groups.push(group);
			i = next;
			continue;
		}
		const first = sampleAt(blocks, i, lookup, memo);
		if (!first) {
			i++;
			continue;
		}
		const items = [first];
		let k = i + 2;
		for (let item = sampleAt(blocks, k, lookup, memo); item; item = sampleAt(blocks, k, lookup, memo)) {
			items.push(item);
			k += 2;
		}
		if (items.length >= 2 && distinctFrameworks(items) >= 2) groups.push({ kind: "code", line: first.line, endLine: (items[items.length - 1] as FrameworkGroupItem).endLine, items });
		// A lone sample: its fence is looked at again as the start of nothing, its label is passed.
		i = items.length >= 2 ? k : i + 1;
	}
	return groups;
}

/** Every group's key: its kind and its items' labels, numbered when two groups share them. Saved choices are keyed by it. */
export function groupKeys(groups: readonly FrameworkGroup[]): string[] {
	const seen = new Map<string, number>();
	return groups.map((group) => {
		const base = `${group.kind}:${group.items.map((item) => item.label).join("|")}`;
		const occurrence = seen.get(base) ?? 0;
		seen.set(base, occurrence + 1);
		return occurrence === 0 ? base : `${base}#${occurrence + 1}`;
	});
}
