// `| 指标 | Create React App | Vite | Rsbuild | Rsbuild vs CRA |`, or `Postgres nocache/ClickHouse`
// below `Postgres nocache` and `ClickHouse`: a label that joins two other labels of its side, by a
// slash or by the word that sets things against each other, heads a line worked out from theirs
// (`快 14 倍`, `50/1`): their ratio or their comparison, no thing of its own, where its values are
// written otherwise than a part's own (a ratio under times) or their ratio (`50` beside `1200` and
// `24`); a film called `Alien vs. Predator` has a year and a runtime as its parts do.
// Read from the writing and the numbers alone, in any language: a name written with a slash
// (`TCP/IP`, `MySQL/MariaDB`) joins no two labels of its table, and stays. A part may be written by
// its initials (`CRA` of `Create React App`).
import { AGAINST } from "./context";
import type { NoteContext } from "./context";
import { type GroupFacts, type Side, lineOf, sideLabels } from "./facts";
import { positionOf } from "./label-position";
import type { NameRule } from "./rule";

/** The most labels a side may have to be read: each label is looked up among the others. */
const MOST_LABELS = 64;

/** The two parts a label joins, split at its one slash or its one word of setting against; null for any other label. */
function partsOf(text: string): [string, string] | null {
	const slash = text.indexOf("/");
	if (slash >= 0) {
		if (text.indexOf("/", slash + 1) >= 0) return null;
		return [text.slice(0, slash).trim(), text.slice(slash + 1).trim()];
	}
	const words = text.split(" ").filter((word) => word !== "");
	const at = words.findIndex((word) => AGAINST.has(word.toLowerCase()));
	if (at <= 0 || at === words.length - 1 || words.findIndex((word, i) => i > at && AGAINST.has(word.toLowerCase())) >= 0) return null;
	return [words.slice(0, at).join(" "), words.slice(at + 1).join(" ")];
}

/** `CRA` of `Create React App`: the capitals of three words or more, or of two. */
function initialsOf(text: string): string | null {
	const words = text.split(/[\s-]+/).filter((word) => word !== "");
	if (words.length < 2) return null;
	const initials = words.map((word) => word.charAt(0).toUpperCase()).join("");
	return /^\p{Lu}+$/u.test(initials) ? initials : null;
}

const RATIO_SIDES = {};

/**
 * How a value is written, for telling a line of ratios from a line of the things' own measures: its
 * kind and unit, and for text the shape of its digits and letters (`50/1` against `0:06.89`).
 */
function writing(text: string, note: NoteContext): string {
	const value = note.readCell(text);
	if (value.kind === "number") return `number ${(value.unit ?? "").toLowerCase()}`;
	if (value.kind !== "text") return value.kind;
	return `text ${text.trim().replace(/\d+/g, "9").replace(/\p{L}+/gu, "a")}`;
}

/**
 * Whether the joined line is written otherwise than a part's own line in half its rounds or more
 * (`50/1` under `0:06.89`, `快 14 倍` under `5.47s`): a film called `Alien vs. Predator` has a year
 * and a runtime as `Alien` and `Predator` do, and is a thing of its own.
 */
function writtenOtherwise(group: GroupFacts, side: Side, joined: number, part: number, note: NoteContext): boolean {
	const mine = lineOf(group, side, joined);
	const theirs = lineOf(group, side, part);
	let compared = 0;
	let other = 0;
	mine.forEach((text, round) => {
		const their = theirs[round] ?? "";
		if (note.readCell(text).kind === "missing" || note.readCell(their).kind === "missing") return;
		compared++;
		if (writing(text, note) !== writing(their, note)) other++;
	});
	return compared > 0 && other * 2 >= compared;
}

/** Whether `value` is `expected` as a reader would round it: within a tenth of it. */
const near = (value: number, expected: number) => Number.isFinite(expected) && Math.abs(value - expected) <= Math.abs(expected) * 0.1;

/**
 * Whether the joined line is worked out from its parts' numbers in half its rounds or more, two at
 * least: their ratio either way (`50` beside `1200` and `24`). A round of zeros or of equal parts says
 * nothing (`0` beside `0` and `1` Oscars), and nor does a difference, which small counts fall into by
 * chance (`2` sequels beside `6` and `4`).
 */
function workedOut(group: GroupFacts, side: Side, joined: number, first: number, second: number, note: NoteContext): boolean {
	const number = (text: string | undefined) => {
		const value = note.readCell(text ?? "");
		return value.kind === "number" || value.kind === "percent" ? value.value : null;
	};
	const [mine, a, b] = [joined, first, second].map((line) => lineOf(group, side, line));
	let rounds = 0;
	let derived = 0;
	(mine ?? []).forEach((text, round) => {
		const [v, x, y] = [number(text), number(a?.[round]), number(b?.[round])];
		if (v === null || x === null || y === null) return;
		rounds++;
		if (v !== 0 && x !== 0 && y !== 0 && x !== y && (near(v, x / y) || near(v, y / x))) derived++;
	});
	return derived >= 2 && derived * 2 >= rounds;
}

/** The labels of a side (by position) that join two others, worked out once per table and side. */
function ratioLabels(group: GroupFacts, side: Side, note: NoteContext): ReadonlySet<number> {
	const memo = note.memo.workedOut<GroupFacts, Partial<Record<Side, ReadonlySet<number>>>>(RATIO_SIDES);
	const known = memo.get(group)?.[side];
	if (known) return known;
	const ratios = new Set<number>();
	const cells = sideLabels(group, side);
	const joined = group.kind === "table" && cells.length >= 3 && cells.length <= MOST_LABELS ? cells.map((cell) => partsOf(cell.text.trim())) : [];
	// Most sides join nothing: their labels are looked up only where one does.
	if (joined.some((parts) => parts !== null)) {
		const byName = new Map<string, number>();
		cells.forEach((cell, i) => {
			const name = note.normalized(cell.text);
			if (name !== "" && !byName.has(name)) byName.set(name, i);
			const initials = initialsOf(cell.text.trim());
			if (initials !== null && !byName.has(initials.toLowerCase())) byName.set(initials.toLowerCase(), i);
		});
		joined.forEach((parts, i) => {
			if (parts === null) return;
			const [first, second] = parts.map((part) => byName.get(note.normalized(part)));
			if (first === undefined || second === undefined || first === second || first === i || second === i) return;
			if (writtenOtherwise(group, side, i, first, note) || workedOut(group, side, i, first, second, note)) ratios.add(i);
		});
	}
	memo.set(group, { ...memo.get(group), [side]: ratios });
	return ratios;
}

export const ratioLabel: NameRule = (label, note) => {
	const found = ratioLabels(label.group, label.side, note);
	if (found.size === 0) return null;
	return found.has(positionOf(sideLabels(label.group, label.side), label.cell, note))
		? { rule: "ratio-label", score: -3, reason: "joins two other labels of its side, its values worked out from theirs or written otherwise: their ratio or comparison, no thing of its own" }
		: null;
};
