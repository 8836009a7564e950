import { type CellFacts, type Side, sideLabels } from "./facts";
import type { AxisRule } from "./rule";
import { isLatin } from "./words";

/** Latin labels count as names in Latin script; code (`fs:allow-read`, `i8`) is Latin in every language and says nothing. */
function latinShare(cells: readonly CellFacts[]): number | null {
	const texts = cells.filter((cell) => !cell.code && /\p{L}/u.test(cell.text));
	return texts.length === 0 ? null : texts.filter((cell) => isLatin(cell.text)).length / texts.length;
}

/** Most values are words in a script other than Latin: the table pairs each label with its translation. */
function translated(body: readonly (readonly string[])[]): boolean {
	const words = body.flat().filter((text) => /\p{L}/u.test(text));
	return words.length > 0 && words.filter((text) => !isLatin(text)).length * 2 > words.length;
}

/** In a Chinese, Korean or Russian note, product names stay in Latin script while attributes are in the note's language. */
export const scriptContrast: AxisRule = (group) => {
	const rows = latinShare(group.rowLabels);
	const columns = latinShare(group.columnLabels);
	if (rows === null || columns === null) return [];
	let side: Side | null = null;
	// "JSON" among Russian attribute names does not blur the contrast.
	if (rows >= 0.75 && columns <= 0.4) side = "rows";
	else if (columns >= 0.75 && rows <= 0.4) side = "columns";
	// Against a single label, the values decide: English terms beside their Korean words are a
	// glossary (each value a translation), while package managers beside their commands are names.
	if (side !== null && sideLabels(group, side === "rows" ? "columns" : "rows").length === 1 && translated(group.body)) side = null;
	if (side === null) return [];
	return [{ side, evidence: { rule: "script-contrast", score: 1.5, reason: "names in Latin script, the other side in the note's own script" } }];
};
