// A section of its own names a thing (./heading.ts: `### PyTorch`). In a script written without
// spaces between words (Han, kana, Thai), a heading often numbers its section and gives the
// thing's name in two scripts (`# 01 SelectionSort 选择排序`, `## 3. Redux（リダックス）`): the
// heading as a whole is no label, but its run of that script is the name, set apart by the
// number and the other script as a word is by spaces. Only a heading that holds such a run beside
// something else counts here (a heading that is the label alone is the heading rule's), and only
// a whole run: `# 02 insertionSort 直接插入排序` names 直接插入排序, not 插入排序.
import type { NoteContext } from "./context";
import { normalizeName } from "./names";
import type { NameRule } from "./rule";

/** A run of letters of a script written without spaces, with the marks and prolonged sounds inside words. */
const RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー々〆]+/gu;
const ONLY_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー々〆]+$/u;
/** Something beside the run in the heading: a digit or a letter of a script with spaces. */
const BESIDE = /[\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hangul}]/u;

/** The key of the note's heading runs in its memo. */
const RUNS = {};

/** The runs of unspaced scripts that headings hold beside a number or another script; worked out once per note. */
function headingRuns(note: NoteContext): Set<string> {
	const memo = note.memo.workedOut<object, Set<string>>(RUNS);
	let runs = memo.get(note.facts);
	if (runs === undefined) {
		runs = new Set();
		for (const heading of note.facts.headings) {
			if (!BESIDE.test(heading)) continue;
			for (const match of heading.matchAll(RUN)) runs.add(match[0]);
		}
		memo.set(note.facts, runs);
	}
	return runs;
}

export const headingRun: NameRule = (label, note) => {
	const text = normalizeName(label.cell.text);
	if (label.cell.code || !ONLY_RUN.test(text)) return null;
	return headingRuns(note).has(text) ? { rule: "heading-run", score: 1, reason: "a heading names it beside a number or its name in another script" } : null;
};
