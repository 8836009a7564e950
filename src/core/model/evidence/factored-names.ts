import type { NoteContext } from "./context";
import { VERSION_TOKEN } from "./names";

/**
 * `std decode`, `easyjson decode`, `jsoniter decode`, `std encode`, `easyjson encode`,
 * `jsoniter encode`: labels that are every pairing of a few names with a few
 * operations, each once. Which part names the things compared is the one the note
 * talks about (`named`: in its text, a heading, the title or a link) when it never
 * talks about the other. The part of each label standing for the thing, or null when the labels are
 * no such grid, or neither part is named more than the other. Versions are no
 * operation: `Python 2` … `Ruby 3` are editions, kept apart as they are.
 */
export function factoredNames(labels: readonly string[], note: NoteContext): string[] | null {
	if (labels.length < 4 || labels.length > MOST_LABELS) return null;
	const named = (part: string) => note.keysOf(part).some((key) => note.headingKeys.has(key) || note.subjectKeys.has(key) || note.linkedKeys.has(key)) || inText(part, note);
	const words = labels.map((label) => label.split(" ").filter((word) => word !== ""));
	if (words.some((list) => list.length < 2)) return null;
	for (const cut of [() => 1, (list: readonly string[]) => list.length - 1]) {
		const pairs = words.map((list) => [list.slice(0, cut(list)).join(" "), list.slice(cut(list)).join(" ")] as const);
		const left = new Set(pairs.map(([a]) => a));
		const right = new Set(pairs.map(([, b]) => b));
		if (left.size < 2 || right.size < 2 || left.size * right.size !== labels.length) continue;
		if (new Set(pairs.map(([a, b]) => `${a}\u0000${b}`)).size !== labels.length) continue;
		if ([...left, ...right].some((part) => !/\p{L}/u.test(part) || VERSION_TOKEN.test(part))) continue;
		const leftNamed = [...left].filter(named).length;
		const rightNamed = [...right].filter(named).length;
		// The text must talk of one part and never of the other: "we render, then update" beside
		// "React uses hooks" names both parts, and ordinary words say nothing of which are things.
		if ((leftNamed === 0) === (rightNamed === 0)) return null;
		return pairs.map(([a, b]) => (leftNamed > rightNamed ? a : b));
	}
	return null;
}

/** A grid of a few names by a few operations; a longer list is something else. */
const MOST_LABELS = 64;
/** Runs of letters, digits, "_" and "-": the words a part must be one of. */
const WORDS = /[\p{L}\p{N}_-]+/gu;

/** The running text's words in lower case, gathered once per note so each look-up is one. */
const proseWords = new WeakMap<NoteContext, Set<string>>();

/** Whether the running text names `part` as a word of its own, as written (case aside). */
function inText(part: string, note: NoteContext): boolean {
	let words = proseWords.get(note);
	if (!words) {
		words = new Set();
		for (const text of note.facts.prose) for (const word of text.toLowerCase().match(WORDS) ?? []) words.add(word);
		proseWords.set(note, words);
	}
	return words.has(part.toLowerCase());
}
