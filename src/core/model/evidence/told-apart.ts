// What tells the labels apart is what the title sets against each other. Labels that share
// every word but one (`Structured DBs | Unstructured DBs`, `AI IDE 工具 | AI CLI 工具`) are
// kinds of one thing, named by that word; when the title or a heading names each of those
// words (`Structured vs Unstructured Databases`, `AI 编程选 CLI 还是 IDE`), that side holds
// the things compared, as `named-together` finds for labels named whole. Only the labels'
// own words are looked for, never a word of any language. A grid of figures is left to how
// its values run: this speaks only where most values are words or sentences.
import { type CellFacts, type GroupFacts, type Side, sideLabels } from "./facts";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";
import { contains, headingsOf, searchable } from "./named-together";
import { countFilled } from "./filled-cells";

/** A side longer than this is a list, not a handful of kinds set against each other. */
const MOST_LABELS = 8;

/** The one word that differs among labels otherwise alike, per label; null when they differ otherwise. */
function tellingWords(cells: readonly CellFacts[]): string[] | null {
	if (cells.length < 2 || cells.length > MOST_LABELS) return null;
	const words = cells.map((cell) => searchable(cell.text).split(" ").filter((word) => word !== ""));
	const length = words[0]?.length ?? 0;
	if (length < 2 || !words.every((w) => w.length === length)) return null;
	let differs = -1;
	for (let i = 0; i < length; i++) {
		const first = (words[0] as string[])[i];
		if (words.every((w) => w[i] === first)) continue;
		if (differs >= 0) return null;
		differs = i;
	}
	if (differs < 0) return null;
	const telling = words.map((w) => w[differs] as string);
	return new Set(telling).size === telling.length && telling.every((word) => word.length >= 2) ? telling : null;
}

/** Most filled value cells read as text: a table of words, not a grid of figures. */
function ofWords(group: GroupFacts, note: NoteContext): boolean {
	const { filled, counted: text } = countFilled(group, note, (value) => value.kind === "text");
	return filled > 0 && text * 3 >= filled * 2;
}

/**
 * Every word of every label keeps a capital where its script has them: `Web Workers`, `Structured
 * DBs`, `AI IDE 工具` are written as names are, while `Old value | New value` or `Morning routine |
 * Evening routine`, in sentence case, are phrases that describe two columns (the states before and
 * after a change, two times of day), as a heading in sentence case names attributes
 * (./sentence-case). Only the labels' own spelling is read.
 */
function writtenAsNames(cells: readonly CellFacts[]): boolean {
	return cells.every((cell) => !cell.text.split(/\s+/u).some((word) => /^[*_]*\p{Ll}/u.test(word)));
}

export const toldApart: AxisRule = (group, note) => {
	if (group.kind !== "table" || !ofWords(group, note)) return [];
	const found: { side: Side; evidence: { rule: string; score: number; reason: string } }[] = [];
	for (const side of ["rows", "columns"] as const) {
		if (!writtenAsNames(sideLabels(group, side))) continue;
		const telling = tellingWords(sideLabels(group, side));
		if (telling === null) continue;
		for (const [text, heading] of headingsOf(note)) {
			if (!telling.every((word) => contains(heading, word))) continue;
			found.push({ side, evidence: { rule: "told-apart", score: 1, reason: `its labels differ only in ${telling.join(", ")}, which "${text}" names together` } });
			break;
		}
	}
	// Both sides told apart so says nothing about which is which.
	return found.length === 1 ? found : [];
};
