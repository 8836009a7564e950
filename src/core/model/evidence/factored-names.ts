import type { NoteContext } from "./context";
import { VERSION_TOKEN } from "./names";

/**
 * `std decode`, `easyjson decode`, `jsoniter decode`, `std encode`, `easyjson encode`,
 * `jsoniter encode`: labels that are every pairing of a few names with a few
 * operations, each once. Which part names the things compared is the one the note
 * talks about (`named`: in its text, a heading, the title or a link) more than the
 * other. The part of each label standing for the thing, or null when the labels are
 * no such grid, or neither part is named more than the other. Versions are no
 * operation: `Python 2` … `Ruby 3` are editions, kept apart as they are.
 */
export function factoredNames(labels: readonly string[], note: NoteContext): string[] | null {
	if (labels.length < 4 || labels.length > MOST_LABELS) return null;
	const named = (part: string) => note.keysOf(part).some((key) => note.headingKeys.has(key) || note.subjectKeys.has(key) || note.linkedKeys.has(key)) || inText(part, note.facts.prose);
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
		if (leftNamed === rightNamed) return null;
		return pairs.map(([a, b]) => (leftNamed > rightNamed ? a : b));
	}
	return null;
}

/** A grid of a few names by a few operations; a longer list is something else. */
const MOST_LABELS = 64;
const WORD_CHAR = /[\p{L}\p{N}_-]/u;

/** Whether the running text names `part` as a whole word, as written (case aside). */
function inText(part: string, prose: readonly string[]): boolean {
	const wanted = part.toLowerCase();
	for (const text of prose) {
		const lower = text.toLowerCase();
		let from = 0;
		for (;;) {
			const at = lower.indexOf(wanted, from);
			if (at < 0) break;
			if (!WORD_CHAR.test(lower.charAt(at - 1)) && !WORD_CHAR.test(lower.charAt(at + wanted.length))) return true;
			from = at + 1;
		}
	}
	return false;
}
