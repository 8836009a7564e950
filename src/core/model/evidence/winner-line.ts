// `| Özellik | Raspberry Pi 5 16GB | Orange Pi 5 16GB | Kazanan |` over `🏆 **Orange Pi**`,
// `🟰 **Eşit**`, `🏆 **Raspberry Pi**`: a line whose values name, row after row, one of the other
// labels of its side gives the winner of each criterion. Only things compared can win, so the
// labels it names are the things, and the line itself is the verdict on them, no thing of its own.
// Read from the labels alone, in any language: a cell names a label when it begins with the whole
// label (`Redis, for its speed` under `Redis`) or is its first words (`Orange Pi` of `Orange Pi 5
// 16GB`, `Kobo` of `Kobo Clara 2E`); a cell that could be either of two labels names neither
// (`Raspberry Pi` over `Raspberry Pi 4` and `Raspberry Pi 5`). A tie or a
// remark names nothing and is let be, but half the filled cells must name a label, three cells at
// least. One label named all the way down is a verdict too (`Melhor` over `Chart.js`, round after
// round, where one library wins every size of a benchmark), where half the filled cells are that
// label alone: a framework's `React`, `React Router`, `React Context` name what it is built on.
// A line naming its side's labels is as often a record as a verdict (`| Week | Alice | Bob | On
// call |` over `Alice`, `Bob`; `| Phone | Camera | Battery | Strongest |` over `Camera`; `| Setting |
// Low | High | Default |`): so the labels it names must have evidence of their own of being names
// (the note names them in a heading, its title, its text, or they are spelled as products), which
// people on a rota, criteria and levels lack. A verdict names a winner among a handful: a side of
// more than a few dozen labels is not read, which keeps the search linear in the table.
import type { NoteContext } from "./context";
import { type GroupFacts, type Side, lineOf, sideLabels } from "./facts";
import { positionOf } from "./label-position";
import { undecorated } from "./names";
import type { AxisRule, NameRule } from "./rule";
import { labelsSpeakForThemselves } from "./rows-kind";

/** Filled cells a verdict needs: two rounds are a remark. */
const FEWEST_CELLS = 3;
/** The most labels a side may have for a verdict among them to be read. */
const MOST_LABELS = 32;

const VERDICTS = {};

/** The words of a text as the note normalises names, decorations (emoji, footnotes) left out. */
function wordsOf(text: string, note: NoteContext): string[] {
	const normal = note.normalized(undecorated(text));
	return normal === "" ? [] : normal.split(" ");
}

/** How many leading words two word lists share. */
function sharedLead(a: readonly string[], b: readonly string[]): number {
	let n = 0;
	while (n < a.length && n < b.length && a[n] === b[n]) n++;
	return n;
}

/**
 * The one label (by index) the cell names, or -1: none, or two alike; and whether the cell is that
 * label alone (`Chart.js`, `Orange Pi` of `Orange Pi 5`), not the label and more words (`React Context`).
 */
function named(cell: readonly string[], labels: readonly (readonly string[])[], skip: number): { index: number; alone: boolean } {
	let found = -1;
	let alone = false;
	for (let j = 0; j < labels.length; j++) {
		const label = labels[j] as readonly string[];
		if (j === skip || label.length === 0) continue;
		const lead = sharedLead(cell, label);
		const names = lead === label.length || (lead >= 1 && lead === cell.length);
		if (!names) continue;
		if (found >= 0) return { index: -1, alone: false };
		found = j;
		alone = lead === cell.length;
	}
	return { index: found, alone };
}

/** The indices of a side's labels whose line names the side's other labels as winners, worked out once per group and side. */
export function verdictLines(group: GroupFacts, side: Side, note: NoteContext, index: number): ReadonlySet<number> {
	const memo = note.memo.workedOut<GroupFacts, Partial<Record<Side, ReadonlySet<number>>>>(VERDICTS);
	const known = memo.get(group)?.[side];
	if (known) return known;
	const found = new Set<number>();
	const cells = sideLabels(group, side);
	if (group.kind === "table" && cells.length >= 3 && cells.length <= MOST_LABELS) {
		const labels = cells.map((cell) => wordsOf(cell.text, note));
		for (let v = 0; v < labels.length; v++) {
			let filled = 0;
			let naming = 0;
			let alone = 0;
			const winners = new Set<number>();
			for (const text of lineOf(group, side, v)) {
				if (text.trim() === "" || note.readCell(text).kind === "missing") continue;
				filled++;
				const cell = named(wordsOf(text, note), labels, v);
				if (cell.index < 0) continue;
				naming++;
				winners.add(cell.index);
				if (cell.alone) alone++;
			}
			// One label all the way down must be named alone: a framework's `React Router`, `React Context` and
			// `React` beside `React` down the rows are what it is built on.
			if (filled >= FEWEST_CELLS && naming * 2 >= filled && (winners.size >= 2 || alone * 2 >= filled)) found.add(v);
		}
		// Asked last, as it reads the note: only names of their own win rounds.
		if (found.size > 0 && !labelsSpeakForThemselves(group, side, note, index)) found.clear();
	}
	memo.set(group, { ...memo.get(group), [side]: found });
	return found;
}

const REASON = "its values name, line after line, which of the other labels wins: a verdict on the things compared";

/** The verdict line's own label is no thing compared. */
export const winnerLine: NameRule = (label, note) => {
	const found = verdictLines(label.group, label.side, note, label.index);
	if (found.size === 0) return null;
	const index = positionOf(sideLabels(label.group, label.side), label.cell, note);
	return found.has(index) ? { rule: "winner-line", score: -3, reason: REASON } : null;
};

/** The side a verdict line stands on holds the things compared. */
export const winnerAcross: AxisRule = (group, note, index) => {
	if (group.kind !== "table") return [];
	for (const side of ["rows", "columns"] as const) {
		if (verdictLines(group, side, note, index).size > 0) return [{ side, evidence: { rule: "winner-line", score: 1.5, reason: "one line names which of these wins each round" } }];
	}
	return [];
};
