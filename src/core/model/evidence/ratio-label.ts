// `| 指标 | Create React App | Vite | Rsbuild | Rsbuild vs CRA |`, or `Postgres nocache/ClickHouse`
// below `Postgres nocache` and `ClickHouse`: a label that joins two other labels of its side, by a
// slash or by the word that sets things against each other, heads a line worked out from theirs
// (`快 14 倍`, `50/1`): their ratio or their comparison, no thing of its own. Read from the labels
// alone, in any language: a name written with a slash (`TCP/IP`, `MySQL/MariaDB`) joins no two labels
// of its table, and stays. A part may be written by its initials (`CRA` of `Create React App`).
import { AGAINST } from "./context";
import type { NoteContext } from "./context";
import { type CellFacts, sideLabels } from "./facts";
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

/** The labels of a side (by position) that join two others, worked out once per side. */
function ratioLabels(side: readonly CellFacts[], note: NoteContext): ReadonlySet<CellFacts> {
	const memo = note.memo.workedOut<readonly CellFacts[], ReadonlySet<CellFacts>>(RATIO_SIDES);
	let found = memo.get(side);
	if (found === undefined) {
		const ratios = new Set<CellFacts>();
		if (side.length >= 3 && side.length <= MOST_LABELS) {
			const byName = new Map<string, CellFacts>();
			for (const cell of side) {
				const name = note.normalized(cell.text);
				if (name !== "") byName.set(name, cell);
				const initials = initialsOf(cell.text.trim());
				if (initials !== null && !byName.has(initials.toLowerCase())) byName.set(initials.toLowerCase(), cell);
			}
			for (const cell of side) {
				const parts = partsOf(cell.text.trim());
				if (parts === null) continue;
				const [first, second] = parts.map((part) => byName.get(note.normalized(part)));
				if (first !== undefined && second !== undefined && first !== second && first !== cell && second !== cell) ratios.add(cell);
			}
		}
		found = ratios;
		memo.set(side, found);
	}
	return found;
}

export const ratioLabel: NameRule = (label, note) =>
	ratioLabels(sideLabels(label.group, label.side), note).has(label.cell)
		? { rule: "ratio-label", score: -3, reason: "joins two other labels of its side: their ratio or comparison, no thing of its own" }
		: null;
