import type { NoteContext } from "./context";
import { type GroupFacts, type Side, sideLabels } from "./facts";
import type { AxisRule, NameRule } from "./rule";

// A benchmark marks the winner of each line: `| sort | 1048576 | **90** | 430 | 550 |`, the
// best time of the row in bold. What a mark sets apart are rivals: the values along the
// marked line are the things compared, each measured on the line's case, so where most lines
// mark one number (or a tie) among theirs, and the mark falls on different places from line to
// line, the side across those lines holds the names, in whatever case or script they are
// written (`jaq-3.0 | jq-1.8.1 | gojq-0.12.18`). A bold total row, a column in bold (the one
// recommended) and words in bold (`**Yes**`) mark no winner and say nothing.

/**
 * Whether most lines mark a winner: one number or a tie, in bold, the lowest of its line (or, in
 * every line alike, the highest) with no plain value as good, on two places at least.
 */
function winners(group: GroupFacts, marked: readonly (readonly boolean[])[], alongRows: boolean, note: NoteContext): Reading | null {
	const width = group.body.reduce((widest, row) => Math.max(widest, row.length), 0);
	const lineCount = alongRows ? group.body.length : width;
	const length = alongRows ? width : group.body.length;
	let lines = 0;
	let lowest = 0;
	let highest = 0;
	const places = new Set<number>();
	for (let line = 0; line < lineCount; line++) {
		let filled = 0;
		let place = -1;
		let best: number | null = null;
		let unlike = false;
		let allMarkedNumbers = true;
		let min = Infinity;
		let max = -Infinity;
		let marks = 0;
		let minPlain = Infinity;
		let maxPlain = -Infinity;
		for (let i = 0; i < length; i++) {
			const [r, c] = alongRows ? [line, i] : [i, line];
			const text = (group.body[r]?.[c] ?? "").trim();
			if (text === "") continue;
			filled++;
			const value = note.readCell(text);
			const isMarked = marked[r]?.[c] === true;
			// Numbers, percentages and ratings are measured: a bold word (`**Yes**`) is no best of anything.
			if (value.kind !== "number" && value.kind !== "percent" && value.kind !== "rating") {
				if (isMarked) allMarkedNumbers = false;
				continue;
			}
			min = Math.min(min, value.value);
			max = Math.max(max, value.value);
			if (!isMarked) {
				minPlain = Math.min(minPlain, value.value);
				maxPlain = Math.max(maxPlain, value.value);
				continue;
			}
			marks++;
			if (place < 0) place = i;
			// Two marks on different values: a highlight, not the best and its tie.
			if (best !== null && best !== value.value) unlike = true;
			best = value.value;
		}
		if (filled < 2) continue;
		lines++;
		if (marks === 0 || marks >= filled || !allMarkedNumbers || best === null || unlike) continue;
		if (best === min && minPlain > best) lowest++;
		else if (best === max && maxPlain < best) highest++;
		else continue;
		places.add(place);
	}
	if (lines < 3 || Math.max(lowest, highest) * 3 < lines * 2 || places.size < 2) return null;
	return { lowest: lowest >= highest, outsiders: outsiders(group, marked, alongRows, lowest >= highest, note) };
}

/**
 * The places along the lines that hold, in some marked line, a value better than the line's
 * marked best, in two lines at least (`n`, the input's size, under `jaq | jq | gojq`): they
 * measure something else.
 */
function outsiders(group: GroupFacts, marked: readonly (readonly boolean[])[], alongRows: boolean, lowest: boolean, note: NoteContext): Set<number> {
	const beaten = new Map<number, number>();
	const width = group.body.reduce((widest, row) => Math.max(widest, row.length), 0);
	const lineCount = alongRows ? group.body.length : width;
	const length = alongRows ? width : group.body.length;
	const at = (line: number, i: number) => (alongRows ? group.body[line]?.[i] : group.body[i]?.[line]) ?? "";
	const isMarked = (line: number, i: number) => (alongRows ? marked[line]?.[i] : marked[i]?.[line]) === true;
	// A value and its unit (`993.62 KB` and `1.00 MB` are not compared): only numbers of one unit are.
	const numberAt = (line: number, i: number): [number, string] | null => {
		const value = note.readCell(at(line, i).trim());
		if (value.kind === "number") return [value.value, value.unit ?? ""];
		return value.kind === "percent" || value.kind === "rating" ? [value.value, value.kind] : null;
	};
	for (let line = 0; line < lineCount; line++) {
		let best: [number, string] | null = null;
		for (let i = 0; i < length; i++) if (isMarked(line, i)) best = numberAt(line, i) ?? best;
		if (best === null) continue;
		for (let i = 0; i < length; i++) {
			const value = numberAt(line, i);
			if (value === null || isMarked(line, i) || value[1] !== best[1]) continue;
			if (lowest ? value[0] < best[0] : value[0] > best[0]) beaten.set(i, (beaten.get(i) ?? 0) + 1);
		}
	}
	// Twice at least: one slip of the marking is no other measure.
	return new Set([...beaten].filter(([, count]) => count >= 2).map(([place]) => place));
}

interface Reading {
	/** The lowest value of a line wins (times); otherwise the highest (scores). */
	lowest: boolean;
	/** Places along the lines that are no rivals (see `outsiders`). */
	outsiders: Set<number>;
}

/** Each table's reading, once per note: the axis rule and the name rule both ask it. */
const READING = {};

function readingOf(group: GroupFacts, note: NoteContext): { side: Side; reading: Reading } | null {
	const memo = note.memo.workedOut<GroupFacts, { side: Side; reading: Reading } | null>(READING);
	let found = memo.get(group);
	if (found === undefined) {
		found = read(group, note);
		memo.set(group, found);
	}
	return found;
}

function read(group: GroupFacts, note: NoteContext): { side: Side; reading: Reading } | null {
	const marked = group.marked;
	if (group.kind !== "table" || marked === undefined) return null;
	const acrossRows = winners(group, marked, true, note);
	const downColumns = winners(group, marked, false, note);
	if ((acrossRows === null) === (downColumns === null)) return null;
	// The winner of each row is marked: its rivals stand across, in the header.
	return acrossRows !== null ? { side: "columns", reading: acrossRows } : { side: "rows", reading: downColumns as Reading };
}

export const bestMarked: AxisRule = (group, note) => {
	const found = readingOf(group, note);
	if (found === null) return [];
	const lines = found.side === "columns" ? "row" : "column";
	return [{ side: found.side, evidence: { rule: "best-marked", score: 1, reason: `the best value of each ${lines} is marked: the ${found.side} are rivals` } }];
};

/** A label on the rivals' side whose line holds values better than the marked best: no rival (`n`, an input's size). */
export const noRival: NameRule = (label, note) => {
	const found = readingOf(label.group, note);
	if (found === null || found.side !== label.side) return null;
	const place = sideLabels(label.group, label.side).indexOf(label.cell);
	if (place < 0 || !found.reading.outsiders.has(place)) return null;
	return { rule: "no-rival", score: -2, reason: `its values beat the best marked in its ${found.side === "columns" ? "row" : "column"}: it measures something else` };
};
