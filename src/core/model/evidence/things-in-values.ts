// `| Votre besoin | Recommandation | Alternative |` over `Cache simple | Memcached | Redis/Valkey`:
// where most cells of a table name things the note compares in its other tables, the table
// answers a question with them (which one for which need, which one beats which in each round);
// its rows are the questions and its columns the roles an answer plays, so neither side is the
// things compared. A comparison sets the things on a side and answers in values of their own.
// Second pass: what the note compares is what the first pass found in the other tables and charts.
import type { NoteContext } from "./context";
import type { GroupFacts } from "./facts";
import { countFilledInColumn } from "./filled-cells";
import type { AxisRule } from "./rule";
import { labelsSpeakForThemselves } from "./rows-kind";
import { verdictLines } from "./winner-line";

/** The fewest filled cells read: a line or two naming things is a remark. */
const FEWEST_CELLS = 4;
/** At least this share of the filled cells names a thing compared elsewhere. */
const SHARE = 2 / 3;
/** Parts of a cell naming two things or one with a remark: `Redis/Valkey`, `Redis + Elasticsearch`, `Redis (Stack)`. */
const PARTS = /[/+,]|\([^()]{0,40}\)/u;

/** The things compared elsewhere a cell names, added to `things`; whether it names one. */
function namesThings(text: string, note: NoteContext, index: number, things: Set<string>): boolean {
	let found = false;
	for (const written of text.split(PARTS)) {
		const part = written.trim();
		if (part === "") continue;
		const keys = note.keysOf(part);
		if (note.knownElsewhere(keys, index)) {
			found = true;
			things.add(keys[0] ?? part);
		}
	}
	return found;
}

/** Whether the cell holds words (no number, mark or blank): only words can name a thing. */
function worded(text: string, note: NoteContext): boolean | null {
	const trimmed = text.trim();
	const kind = trimmed === "" ? "missing" : note.readCell(trimmed).kind;
	return kind === "missing" ? null : kind === "text";
}

/**
 * Which columns are mostly numbers or marks: values of the rows' own (`| Client | Built on | Stars |`),
 * beside which the rows are things measured, and a column naming things records what each is built on.
 */
function measuredColumns(group: GroupFacts, note: NoteContext, width: number): boolean[] {
	return Array.from({ length: width }, (_, column) => {
		const { filled, counted } = countFilledInColumn(group, column, note, (value) => value.kind !== "text");
		return filled > 0 && counted * 2 >= filled;
	});
}

/**
 * The first column whose values mostly name things compared elsewhere, two at least: a column of
 * answers (`| Scenario | Recommended tool | Reason |` over Kafka, RabbitMQ, Redis), whose header
 * names the role the answers play, beside no column of numbers or marks. Null when none does.
 */
function answerColumn(group: GroupFacts, note: NoteContext, index: number): { column: number; named: number; filled: number } | null {
	const width = group.body.reduce((widest, row) => Math.max(widest, row.length), 0);
	// Worked out only once a column of picks is found: most tables have none.
	let measured: boolean[] | null = null;
	let measuredCount = 0;
	for (let c = 0; c < width; c++) {
		let filled = 0;
		let named = 0;
		const things = new Set<string>();
		for (const row of group.body) {
			const text = row[c] ?? "";
			const words = worded(text, note);
			if (words === null) continue;
			filled++;
			if (words && namesThings(text, note, index, things)) named++;
			// A column whose values mostly name nothing is left after a third of them, not read whole.
			else if ((filled - named) * 3 > group.body.length) break;
		}
		if (filled < FEWEST_CELLS || named < filled * SHARE || things.size < 2) continue;
		if (measured === null) {
			measured = measuredColumns(group, note, width);
			measuredCount = measured.filter(Boolean).length;
		}
		if (measuredCount - (measured[c] ? 1 : 0) > 0) return null;
		// A column naming the table's own header cells gives the winner of each round (./winner-line.ts).
		if (verdictLines(group, "columns", note, index).has(c)) continue;
		return { column: c, named, filled };
	}
	return null;
}

export const thingsInValues: AxisRule = (group, note, index) => {
	if (group.kind !== "table") return [];
	// A table whose values mostly name nothing is left after a third of its cells, not read whole.
	const cells = group.body.reduce((total, row) => total + row.length, 0);
	let filled = 0;
	let named = 0;
	const things = new Set<string>();
	let whole = true;
	for (const row of group.body) {
		for (const cell of row) {
			const words = worded(cell, note);
			if (words === null) continue;
			filled++;
			// A number or a mark is a value of the table's own: filled, and naming nothing.
			if (words && namesThings(cell.trim(), note, index, things)) named++;
			else if ((filled - named) * 3 > cells) {
				whole = false;
				break;
			}
		}
		if (!whole) break;
	}
	if (whole && filled >= FEWEST_CELLS && named >= filled * SHARE && things.size >= 2) {
		const reason = `${named} of its ${filled} values name things the note compares elsewhere: it answers with them`;
		return [
			{ side: "rows", evidence: { rule: "things-in-values", score: -2, reason } },
			{ side: "columns", evidence: { rule: "things-in-values", score: -2, reason } },
		];
	}
	// One column of answers: its header is the role they play, and the header row holds roles, not things.
	const answers = answerColumn(group, note, index);
	// Rows that are names of their own (`ripgrep`, `fzf` beside `Written in: Rust`) are things, and the column says what each is made with.
	if (answers === null || labelsSpeakForThemselves(group, "rows", note, index)) return [];
	const title = group.columnLabels[answers.column]?.text ?? String(answers.column + 1);
	const reason = `${answers.named} of the ${answers.filled} values under "${title}" name things the note compares elsewhere: the header names the roles of answers`;
	// The rows are what the answers answer (a need, a path), less surely than when every value answers.
	return [
		{ side: "rows", evidence: { rule: "things-in-values", score: -1, reason } },
		{ side: "columns", evidence: { rule: "things-in-values", score: -2, reason } },
	];
};
