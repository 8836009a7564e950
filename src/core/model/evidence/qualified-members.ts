// Labels that are the members of one namespace, listed by the dozen in a reference:
// `Illuminate\Contracts\Auth\Guard`, `Illuminate\Contracts\Cache\Factory` down a table of
// contracts; `messaging.kafka.offset`, `messaging.rabbitmq.destination.routing_key` down a table
// of attributes. Each is written fully qualified, three parts or more joined by dots,
// backslashes or `::`, and most share their first part: one program's keys, classes or
// packages, looked up, not set against each other. A note that compares classes of one
// library sets a few of them side by side (`java.util.HashMap` beside `java.util.TreeMap`,
// by ordering and thread safety in words), so a side must run to sixteen; and a benchmark
// measures its classes, so half the lines beside them measured or checked keep them
// compared, however many. Only the writing is read, never a word.
import type { CellValue } from "../cell-value";
import type { NoteContext } from "./context";
import { countFilledInColumn, countFilledInRow } from "./filled-cells";
import { type CellFacts, type GroupFacts, type Side, sideLabels } from "./facts";
import type { NameRule } from "./rule";

/**
 * Three parts or more joined by `.`, `\` or `::`, no spaces: `a.b.c`, `A\B\C`, `a::b::c`.
 * No part holds a separator, so each is read once: linear in the label.
 */
const QUALIFIED = /^[\p{L}_$][\p{L}\p{N}_$-]*(?:(?:\.|\\|::)[\p{L}\p{N}_$*-]+){2,}$/u;
/** Where the first part ends. */
const FIRST_PART = /\.|\\|::/u;

/**
 * A side this long at least: a reference lists a namespace's members by the dozen, while a note
 * sets a few of them against each other (`java.util.HashMap`, `java.util.TreeMap`,
 * `java.util.concurrent.ConcurrentHashMap` by ordering and thread safety; `std::sync::Mutex` beside
 * `tokio::sync::Mutex`), however it writes their values.
 */
const LEAST = 16;

/** The key of the per-side answers in the note's memo. */
const MEMBER_SIDES = {};

/** What a measurement reads as: classes set against each other are measured or checked, a reference's keys described. */
const MEASURED = new Set(["number", "percent", "check", "rating"]);

/**
 * Whether half the lines of values beside the side's labels (columns beside labels down the rows,
 * rows under labels across) are measured or checked, each in half its filled cells:
 * `java.util.HashMap` beside `java.util.TreeMap` over operations a second, or ✓ and ✗, are classes
 * a benchmark or a study note compares, however they are written. A reference's one column of
 * example values (`5`, `1`) beside its types and descriptions is not.
 */
function measuredBeside(group: GroupFacts, side: Side, note: NoteContext): boolean {
	const lines = side === "rows" ? group.columnLabels.length : group.rowLabels.length;
	const isMeasured = (value: CellValue) => MEASURED.has(value.kind);
	let measuredLines = 0;
	for (let line = 0; line < lines; line++) {
		const { filled, counted } = side === "rows" ? countFilledInColumn(group, line, note, isMeasured) : countFilledInRow(group, line, note, isMeasured);
		if (filled > 0 && counted * 2 >= filled) measuredLines++;
	}
	return lines > 0 && measuredLines * 2 >= lines;
}

/**
 * Whether most of the side's labels are qualified names, most of those share their first
 * part with another (one vendor's packages beside another's), and nothing beside them is
 * measured; worked out once per side.
 */
function sideOfMembers(group: GroupFacts, sideName: Side, note: NoteContext): boolean {
	const side = sideLabels(group, sideName);
	const memo = note.memo.workedOut<readonly CellFacts[], boolean>(MEMBER_SIDES);
	let found = memo.get(side);
	if (found === undefined) {
		let labels = 0;
		let qualified = 0;
		const firsts = new Map<string, number>();
		for (const cell of side) {
			const text = cell.text.trim();
			if (text === "") continue;
			labels++;
			if (!QUALIFIED.test(text)) continue;
			qualified++;
			const first = text.split(FIRST_PART, 1)[0] as string;
			firsts.set(first, (firsts.get(first) ?? 0) + 1);
		}
		let shared = 0;
		for (const count of firsts.values()) if (count >= 2) shared += count;
		found = qualified >= LEAST && qualified * 2 > labels && shared * 2 > qualified && !measuredBeside(group, sideName, note);
		memo.set(side, found);
	}
	return found;
}

export const qualifiedMembers: NameRule = (label, note) =>
	sideOfMembers(label.group, label.side, note)
		? { rule: "qualified-members", score: -1.5, reason: "one of several fully qualified names that share their first part: members of one namespace (keys, classes, packages), not things compared" }
		: null;
