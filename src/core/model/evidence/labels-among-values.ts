// `| Bash | Nu | Funktion |` over `ls` | `ls` | …: a table of equivalents. Each
// row's first cell comes back among the values of its own row (`count` beside
// Clojure's `count`, `alias` beside `Alias`), or the first column is written as
// commands (`append`, [`math avg`](…)) as the values are, so that column holds
// values of the same kind as the others: it is one of the things compared, under
// the top-left cell, and not a column of names for the rows.
import { IMAGE_VALUE } from "../cell-facts";
import type { NoteContext } from "./context";
import type { GroupFacts } from "./facts";
import { normalizeName } from "./names";
import type { AxisRule } from "./rule";
import { wordCount } from "./words";

/** About a third of the labelled rows, and three at least, must find their label among their own values. */
const SHARE = 0.3;
/**
 * Or most of them, five at least, must be commands written as code, and so must half the values, in
 * three columns or more: `| Key | Command |` and `| Command | Alias | Shortcut |` are code throughout too,
 * a command and its attributes, while a table setting four languages side by side is one of equivalents.
 */
const COMMANDS = 0.6;
const MIN_COMMANDS = 5;
const COMMAND_VALUES = 0.5;
const COMMAND_COLUMNS = 3;
/** Values of a table of equivalents are commands and short names, not sentences: a column's mean, in words. */
const SHORT_VALUES = 3;

/** The key of the per-table answers in the note's memo. */
const FOUND = {};

/** Whether a row's values hold its label: a cell, or an item of a cell's comma list ("last, peek, take-last"). */
function rowHolds(row: readonly string[], label: string): boolean {
	for (const cell of row) {
		// Most cells do not contain the label at all: a plain search rules them out before any normalising.
		if (cell.length < label.length || !cell.toLowerCase().includes(label)) continue;
		if (normalizeName(cell) === label) return true;
		if (cell.includes(",") && cell.split(",").some((part) => normalizeName(part) === label)) return true;
	}
	return false;
}

/**
 * Every column holds words, as the first does: commands and names of functions. A list of
 * projects may repeat each name in a column of links, but beside dates, numbers and licences.
 * A picture is no word: a column of swatches or screenshots (`![](black.png)` beside `black`,
 * `bgBlack`) shows what each row's names stand for, as no table of equivalents does.
 */
function wordsOnly(body: readonly (readonly string[])[], note: NoteContext): boolean {
	const width = body.reduce((widest, row) => Math.max(widest, row.length), 0);
	for (let column = 0; column < width; column++) {
		let filled = 0;
		let words = 0;
		for (const row of body) {
			const cell = row[column] ?? "";
			const value = note.readCell(cell);
			if (value.kind === "missing") continue;
			filled++;
			if (value.kind === "text" && cell !== IMAGE_VALUE) words++;
		}
		if (words < filled * 0.8) return false;
	}
	return true;
}

/**
 * Every column's values are short: an options table's description column (`format` | `'$all'` |
 * "The format of the module") is a column of sentences, where equivalents hold commands.
 */
function shortValues(body: readonly (readonly string[])[]): boolean {
	const width = body.reduce((widest, row) => Math.max(widest, row.length), 0);
	for (let column = 0; column < width; column++) {
		let filled = 0;
		let words = 0;
		for (const row of body) {
			const cell = row[column] ?? "";
			if (cell.trim() === "") continue;
			filled++;
			words += wordCount(cell);
		}
		if (filled > 0 && words > filled * SHORT_VALUES) return false;
	}
	return true;
}

export function rowsRepeatTheirLabels(group: GroupFacts, note: NoteContext): boolean {
	const found = note.memo.workedOut<GroupFacts, boolean>(FOUND);
	let known = found.get(group);
	if (known === undefined) {
		let labelled = 0;
		let repeated = 0;
		let commands = 0;
		if (group.kind === "table") {
			group.rowLabels.forEach((cell, r) => {
				const label = note.normalized(cell.text);
				if (label === "") return;
				labelled++;
				if (cell.command) commands++;
				if (rowHolds(group.body[r] ?? [], label)) repeated++;
			});
		}
		// A column of equivalents names a thing on every row; one blank down most rows groups the rows
		// under a few categories (`Arithmetic` over `*`, `/`, `+`), and one of them may be its only member's name.
		const repeats = repeated >= 3 && repeated >= labelled * SHARE && labelled * 2 >= group.rowLabels.length;
		// A key map's keys are code too (`<c-r>` | Switch to a recent repo), but its values are words.
		const asCommands = group.columnLabels.length >= COMMAND_COLUMNS && commands >= MIN_COMMANDS && commands >= labelled * COMMANDS && (group.commands ?? 0) >= COMMAND_VALUES && shortValues(group.body);
		known = (repeats || asCommands) && wordsOnly(group.body, note);
		found.set(group, known);
	}
	return known;
}

export const labelsAmongValues: AxisRule = (group, note) => {
	if (!rowsRepeatTheirLabels(group, note)) return [];
	const reason = "row labels are values of the same kind as their rows' values (they come back among them, or all are commands): the first column is one of the things compared";
	return [
		{ side: "rows", evidence: { rule: "labels-among-values", score: -1.5, reason } },
		{ side: "columns", evidence: { rule: "labels-among-values", score: 1, reason } },
	];
};
