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
// round, where one library wins every size of a benchmark), where half the filled cells are that label
// alone (a remark in brackets aside) and its numbers bear it out: the largest or the smallest of each
// round written in one unit, two rounds at least. Words alone name a kind, a
// record or a state as often (`React Router` under what a framework is built on, `Written in` over
// `TypeScript`, `Status` over `End-of-Life` beside an `End-of-life` column of dates).
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
 * label alone (`Chart.js`, `Orange Pi` of `Orange Pi 5`), not the label and more (`React + 90 kB`).
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

/** A remark in brackets closing a cell (`Chart.js (5x faster)`): let go before a cell is read as a name alone. */
const CLOSING_REMARK = /\s*[(（][^()（）]*[)）]\s*$/u;

/** Rounds a lone winner must be seen to win by its numbers. */
const FEWEST_WON = 2;

/**
 * Whether a lone winner's numbers bear it out: in two rounds it is named in at least, it and a rival
 * write numbers of one unit, and in every such round its number is the round's largest or its
 * smallest (a latency's round is won low, a throughput's high). Words alone cannot tell a verdict
 * (`Sieger` over `Vue`) from a record (`Written in` over `TypeScript`, a header cell too), nor a
 * state (`Status` over `End-of-Life` beside an `End-of-life` column of dates) from either.
 */
function borneOut(group: GroupFacts, side: Side, verdict: number, rounds: readonly number[], winner: number, note: NoteContext): boolean {
	const width = sideLabels(group, side).length;
	const valueOf = (label: number, round: number) => note.readCell((side === "columns" ? group.body[round]?.[label] : group.body[label]?.[round]) ?? "");
	const unitOf = (value: ReturnType<typeof valueOf>) => (value.kind === "percent" ? "%" : value.kind === "number" ? (value.unit ?? "").toLowerCase() : null);
	let won = 0;
	for (const round of rounds) {
		const own = valueOf(winner, round);
		const unit = unitOf(own);
		if (unit === null || (own.kind !== "number" && own.kind !== "percent")) continue;
		let rivals = 0;
		let largest = true;
		let smallest = true;
		for (let label = 0; label < width; label++) {
			if (label === verdict || label === winner) continue;
			const other = valueOf(label, round);
			if (unitOf(other) !== unit || (other.kind !== "number" && other.kind !== "percent")) continue;
			rivals++;
			if (other.value > own.value) largest = false;
			if (other.value < own.value) smallest = false;
		}
		if (rivals === 0) continue;
		if (!largest && !smallest) return false;
		won++;
	}
	return won >= FEWEST_WON;
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
			let alone = 0;
			const rounds: number[] = [];
			const winners = new Set<number>();
			for (const [round, text] of lineOf(group, side, v).entries()) {
				if (text.trim() === "" || note.readCell(text).kind === "missing") continue;
				filled++;
				const cell = named(wordsOf(text.replace(CLOSING_REMARK, ""), note), labels, v);
				if (cell.index < 0) continue;
				rounds.push(round);
				winners.add(cell.index);
				if (cell.alone) alone++;
			}
			if (filled < FEWEST_CELLS || rounds.length * 2 < filled) continue;
			// One label all the way down is a verdict where it is named alone, a remark aside (`React + 90 kB`
			// is a size built on React), and its numbers bear it out.
			const [only] = winners;
			if (winners.size >= 2 || (only !== undefined && alone * 2 >= filled && borneOut(group, side, v, rounds, only, note))) found.add(v);
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
