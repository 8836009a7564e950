import { type CellFacts, type Side, sideLabels } from "./facts";
import type { AxisRule } from "./rule";

const CAPITAL = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
/** Words of letters only: "template syntax", not "undici - fetch" or "koa-router". */
const PHRASE = /^\p{Ll}+(?: \p{L}+)+$/u;

/** Written in lower case and mostly phrases ("template syntax", "output"), none of them code or a link. */
function phrasesInLowerCase(cells: readonly CellFacts[]): boolean {
	const labels = cells.filter((cell) => cell.text.trim() !== "");
	if (labels.length < 2 || labels.some((cell) => cell.code || cell.linked || !LOWER.test(cell.text.trim()))) return false;
	return labels.filter((cell) => PHRASE.test(cell.text.trim())).length * 2 >= labels.length;
}

/**
 * `| | Daily Notes | Calendar |` over `template syntax`, `output`: where a script has
 * capitals, names start with one and a side's descriptive phrases may not. When every
 * label of one side is capitalised and the other side is phrases in lower case, the
 * capitalised side holds the names. Nothing is said where both sides are capitalised
 * (German nouns, Title Case) or the script has no case; single lower-case words
 * (package names such as `express`) are no phrases. A weak hint: lower-case things
 * compared (`free tier`, `team plan`) under capitalised attributes are common too, so
 * it only tips a table the other evidence leaves just short, never one it decides.
 */
export const caseContrast: AxisRule = (group) =>
	// Tables only: a chart's or a tool's labels are as the program printed them.
	(group.kind !== "table" ? [] : (["rows", "columns"] as Side[])).flatMap((side) => {
		const other: Side = side === "rows" ? "columns" : "rows";
		const names = sideLabels(group, side).filter((cell) => cell.text.trim() !== "");
		if (names.length < 2 || !names.every((cell) => CAPITAL.test(cell.text.trim())) || !phrasesInLowerCase(sideLabels(group, other))) return [];
		return [{ side, evidence: { rule: "case-contrast", score: 0.25, reason: `its labels are capitalised, the ${other === "rows" ? "row" : "column"} labels are phrases in lower case` } }];
	});
