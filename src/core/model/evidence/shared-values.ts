// An attribute of short categorical words has few values, and the things compared share
// them: `synthétique` down the replication column of three funds, `hand` twice under Type,
// `mittel | mittel` across the effort row of a method matrix, `Dynamic | Dynamic` across
// the typing row of languages. One thing's values answer different questions, so a line of
// one thing's values seldom writes the same word twice. So when a line one way (a column, or
// a row) is such a category, three words or more with one written twice, and no line the other
// way writes a word twice though most of them hold two words or more, the lines that repeat are
// attributes and the labels across them the things compared (the horizontal or the vertical
// table of web-table research). Only words count: numbers, numbered values (`Tier 1`), marks
// (✓/✗, Yes/No), ratings, dates and blanks repeat along any line and say nothing, prose is not
// repeated word for word, and a label of the note's tables written as a value names a thing
// (`JAX` twice under `Recommended Framework`), not a category. Rows sharing categories are a
// roster's or a log's entries as often (`| Name | Role | Team |`, `| Dish | Cook | Cuisine |`),
// so for the rows it asks what ./rows-kind.ts asks of values alike: the note names the kind
// the top-left cell gives them, or a row label has evidence of its own.
import type { GroupFacts, NoteFacts, Side } from "./facts";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";
import { cornerKind, labelsSpeakForThemselves, namesKind } from "./rows-kind";
import { wordCount } from "./words";

/** The key of the note's label set in its memo. */
const LABELS = {};

/** Every label of the note's tables and charts, top-left cells too, normalised: worked out once per note. */
function labelsOf(note: NoteContext): Set<string> {
	const memo = note.memo.workedOut<NoteFacts, Set<string>>(LABELS);
	let labels = memo.get(note.facts);
	if (labels === undefined) {
		labels = new Set();
		for (const group of note.facts.groups) {
			if (group.corner !== null) labels.add(note.normalized(group.corner.text));
			for (const cell of group.rowLabels) labels.add(note.normalized(cell.text));
			for (const cell of group.columnLabels) labels.add(note.normalized(cell.text));
		}
		memo.set(note.facts, labels);
	}
	return labels;
}

/**
 * The key of the word a cell holds, or null for anything that is not a short word (a number, a
 * mark, a blank, prose) or that is a label of the note's tables: `JAX` twice under `Recommended
 * Framework` names one of the things compared, the answer to each row's case, not a category.
 */
function wordOf(text: string, note: NoteContext, labels: ReadonlySet<string>): string | null {
	const value = note.readCell(text);
	if (value.kind !== "text") return null;
	const trimmed = value.value.trim();
	if (labels.has(note.normalized(trimmed))) return null;
	// A numbered value (`Tier 1`, `O(1)`) is a number's kind, as a rating is: repeats say nothing.
	// A category's value is a word or two (`hand`, `sehr gut`); three words are a phrase or a command.
	if (!/\p{L}/u.test(trimmed) || /\p{N}/u.test(trimmed) || wordCount(trimmed) > 2) return null;
	return trimmed.toLowerCase();
}

/**
 * Along lines of words: how many lines could show a shared word (two words or more), and how
 * many are a category, three words or more of which one stands twice and another differs
 * (`hand | hand | electric`). A line of one word written over and over is a template's
 * constant (`containerd v1.7` down every row), not a category of things.
 */
function repeating(lines: number, length: number, wordAt: (line: number, i: number) => string | null): { repeat: number; open: number; shared: number } {
	let repeat = 0;
	let open = 0;
	let shared = 0;
	const seen = new Set<string>();
	for (let line = 0; line < lines; line++) {
		seen.clear();
		let words = 0;
		let twice = false;
		for (let i = 0; i < length; i++) {
			const word = wordAt(line, i);
			if (word === null) continue;
			words++;
			if (seen.has(word)) twice = true;
			else seen.add(word);
		}
		if (words < 2) continue;
		open++;
		if (twice) shared++;
		if (twice && words >= 3 && seen.size >= 2) repeat++;
	}
	return { repeat, open, shared };
}

/**
 * Whether the lines one way share hardly a word, and most of them could have shown one (two
 * words or more): none, or where the other way's lines are mostly categories (`Fast | Fast`,
 * `Good | Good | Growing`), one in four at most, since a thing's seven answers on a three-word
 * scale can meet by chance (`Good` for its community and its ease of use).
 */
function hardlyShared(found: { open: number; shared: number }, lines: number, other: { repeat: number; open: number }): boolean {
	if (found.open < 2 || found.open * 2 < lines) return false;
	return found.shared === 0 || (other.repeat * 2 >= other.open && found.shared * 4 <= found.open);
}

/**
 * Whether rows of records sharing categories may be the things compared rather than a log's
 * or a roster's entries (`| Dish | Cook | Cuisine |`, `| Name | Role | Team |`): as ./rows-kind.ts
 * asks of values alike down the columns, where the top-left cell gives the rows a kind, the
 * note's title or the headings above the table name that kind, or a row label has evidence of
 * its own.
 */
function rowsMayBeCompared(group: GroupFacts, note: NoteContext, index: number): boolean {
	const kind = cornerKind(group);
	// A top-left cell that gives the rows no kind (blank, a mark) says nothing they could be a log of.
	if (kind === null || [...note.facts.subjects, ...(group.headings ?? [])].some((place) => namesKind(place, kind))) return true;
	return labelsSpeakForThemselves(group, "rows", note, index);
}

export const sharedValues: AxisRule = (group: GroupFacts, note: NoteContext, index: number) => {
	// Values mostly code are commands and options, which repeat as instructions do (`apt install x`
	// for two systems): not categories.
	if (group.kind !== "table" || (group.commands ?? 0) >= 0.5) return [];
	const rows = group.body.length;
	const width = group.columnLabels.length;
	// Two things and two attributes at least, whichever way round.
	if (rows < 2 || width < 2) return [];
	const labels = labelsOf(note);
	const words = group.body.map((row) => {
		const out: (string | null)[] = [];
		for (let c = 0; c < width; c++) out.push(wordOf(row[c] ?? "", note, labels));
		return out;
	});
	const at = (r: number, c: number) => (words[r] as (string | null)[])[c] ?? null;
	const down = repeating(width, rows, (c, r) => at(r, c));
	const across = repeating(rows, width, at);
	let side: Side;
	let categories: number;
	// The rows' test last: it reads the labels' own evidence, the costly part.
	if (down.repeat > 0 && hardlyShared(across, rows, down) && rowsMayBeCompared(group, note, index)) [side, categories] = ["rows", down.repeat];
	else if (across.repeat > 0 && hardlyShared(down, width, across)) [side, categories] = ["columns", across.repeat];
	else return [];
	const [lines, others] = side === "rows" ? ["column", "row"] : ["row", "column"];
	const reason = `${categories} ${lines}${categories === 1 ? " writes a short word" : "s write short words"} twice among other values, as categories do, and no ${others} does: the ${side} are the things compared`;
	return [{ side, evidence: { rule: "shared-values", score: 1, reason } }];
};
