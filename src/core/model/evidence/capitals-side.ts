import { type CellFacts, type Side, sideLabels } from "./facts";
import type { AxisRule } from "./rule";
import { proseOf } from "./prose-column";
import { valueKinds } from "./value-kinds";

// Protocols, algorithms, formats and levels are named in capitals: `TCP | UDP | QUIC`, `AES |
// CHACHA20`, `RAID 0 | RAID 5 | RAID 10`, `JSON | CBOR`. Such a label has no small letter and
// no word of the note's language, so no other rule speaks for it; and where every value is of
// one kind (✓/✗ both ways, numbers both ways) the values cannot tell the sides apart either.
// Where one side's labels are all written in capitals and the other side's are written as
// words are (small letters, or a script without case: `Zuverlässig`, `密钥长度`), the side in
// capitals holds the names. Attributes are written in capitals too (`CPU | GPU | RAM`); under
// them the values change kind from column to column, which value-kinds reads, so where the
// values point the other way this rule says nothing. Sizes (`S | M | L`) have single letters,
// and a reference list (error codes, keys) a column of sentences: both are left alone.

/** Letters all capitals, two at least: `TCP`, `AES-256`, `RAID 10`, `HTTP/2`; not `S`, `Wi-Fi`, `密钥`. */
function inCapitals(text: string): boolean {
	let capitals = 0;
	for (const char of text) {
		if (/\p{Lu}/u.test(char)) capitals++;
		else if (/\p{L}/u.test(char)) return false;
	}
	return capitals >= 2;
}

/**
 * Every filled label, two at least, written in capitals, and no two alike; none code or joined by
 * underscores, as a program's constants are (`IN_PROGRESS`, `` `HEX` ``): identifiers, not names.
 */
function capitalSide(cells: readonly CellFacts[]): boolean {
	const filled = cells.filter((cell) => cell.text.trim() !== "");
	if (filled.some((cell) => cell.code || cell.command || cell.text.includes("_"))) return false;
	const texts = filled.map((cell) => cell.text.trim());
	return texts.length >= 2 && new Set(texts).size === texts.length && texts.every(inCapitals);
}

/**
 * Every filled label, two at least, has a letter that is not a capital: written as words are. An
 * identifier is no word (`ja_ginza_electra`, `` `bert_base` ``): names of packages and models are
 * written so, and beside them capitals (`LAS | UAS | UPOS`) are what each is scored on. A side of
 * such names has identifiers for most labels; an option or two written as code among words
 * (`Comments`, `` `trailing_comma` `` down a table of formats) is still a side of words.
 */
function wordSide(cells: readonly CellFacts[]): boolean {
	const filled = cells.filter((cell) => cell.text.trim() !== "");
	const words = filled.filter((cell) => !cell.code && !cell.text.includes("_"));
	if (words.length * 2 < filled.length || words.length === 0) return false;
	return filled.length >= 2 && words.every((cell) => /[\p{Ll}\p{Lo}]/u.test(cell.text));
}

export const capitalsSide: AxisRule = (group, note, index) => {
	if (group.kind !== "table") return [];
	for (const [side, other] of [["rows", "columns"], ["columns", "rows"]] as [Side, Side][]) {
		if (!capitalSide(sideLabels(group, side)) || !wordSide(sideLabels(group, other))) continue;
		// A column of sentences describes each row, as a reference list of codes or keys does.
		if (proseOf(group, note).prose.some((isProse) => isProse)) return [];
		// The values read the other way: capitals there are attributes (`CPU | GPU | RAM` over products).
		if (valueKinds(group, note, index).some((found) => found.side !== side)) return [];
		return [{ side, evidence: { rule: "capitals-side", score: 1, reason: `its labels are written in capitals, the ${other === "rows" ? "row" : "column"} labels as words` } }];
	}
	return [];
};
