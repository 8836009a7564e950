// Labels that are the members of one programming interface: `SetCellStyle`,
// `GetCellStyle`, `SetRowHeight`, `GetRowHeight`, `InsertRow`, `RemoveRow` down a
// library's table of API changes. Each is one word of parts joined by capitals
// (CamelCase, or lowerCamelCase: `addTable`, `copySheet`), and the parts come back
// from label to label, because one naming grammar builds them all: a few verbs
// crossed with a few nouns, sixteen or more of them. Products are coined one by one: where a side of names
// shares a part (`GitHub`, `GitLab`, `GitKraken`; `PowerPoint`, `PowerShell`),
// each still has a part of its own. Only the writing is read, never a word.
import type { NoteContext } from "./context";
import { type CellFacts, sideLabels } from "./facts";
import type { NameRule } from "./rule";

/** One word of two parts or more joined by capitals: `SetCellStyle`, `addDrawingVML`, `GetRows`. */
const JOINED = /^\p{L}[\p{Ll}\p{N}]*(?:\p{Lu}[\p{Ll}\p{N}]*)+$/u;
/** A part: a capital and its small letters, a run of capitals (`VML`), or digits. */
const PART = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu;
/**
 * A side this long at least: a naming grammar shows only across many labels, and a note
 * that sets the classes of one library against each other (`ArrayList`, `LinkedList`,
 * `HashMap`, `TreeMap`, `HashSet`, `TreeSet` … a study note's overview of a framework's
 * collections runs to twenty or so: nouns built of shared parts too) compares them. A
 * library's list of API changes runs longer.
 */
const AT_LEAST = 30;
/** Most labels of the side are so written. */
const JOINED_SHARE = 2 / 3;
/** And of those, at least half are built of nothing but parts other labels use too. */
const SHARED_SHARE = 0.5;

/** The key of the per-side answers in the note's memo. */
const MEMBER_SIDES = {};

function partsOf(text: string): string[] {
	return Array.from(text.matchAll(PART), (match) => match[0].toLowerCase());
}

/** Whether the side's labels are built by one naming grammar; worked out once per side. */
function sideOfMembers(side: readonly CellFacts[], note: NoteContext): boolean {
	const memberSides = note.memo.workedOut<readonly CellFacts[], boolean>(MEMBER_SIDES);
	let found = memberSides.get(side);
	if (found === undefined) {
		const texts = side.map((cell) => cell.text.trim()).filter((text) => text !== "");
		const joined = texts.filter((text) => JOINED.test(text)).map(partsOf);
		// How many labels use each part.
		const uses = new Map<string, number>();
		for (const parts of joined) for (const part of new Set(parts)) uses.set(part, (uses.get(part) ?? 0) + 1);
		const built = joined.filter((parts) => parts.every((part) => (uses.get(part) ?? 0) >= 2)).length;
		found = texts.length >= AT_LEAST && joined.length >= texts.length * JOINED_SHARE && built >= joined.length * SHARED_SHARE;
		memberSides.set(side, found);
	}
	return found;
}

export const apiMembers: NameRule = (label, note) => {
	if (label.cell.linked || !JOINED.test(label.cell.text.trim())) return null;
	return sideOfMembers(sideLabels(label.group, label.side), note)
		? { rule: "api-member", score: -1, reason: "one of many names built of the same parts (Set, Get, Cell, Row): members of one programming interface, not products" }
		: null;
};
