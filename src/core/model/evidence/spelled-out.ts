// `| Kürzel | Bedeutung | Kontext |` over `MAC | Media Access Control | MAC-Adresse`, `OUI |
// Organizationally Unique Identifier`: where a row's value spells out its label letter by letter, the
// words' first letters giving the label's, the label is an abbreviation and the row defines it, as a
// glossary does. Where half the rows or more do so, beside a note or a context at most, they are terms
// defined, not things compared, and the header names what is said of each term: the table compares
// nothing either way. More columns of attributes (`| TCP | Transmission Control Protocol |
// connection-oriented | reliable |`) set things named by their initials against each other. Where a column holds
// figures or marks (`| AWS | Amazon Web Services | 33 regions |`), the spelled-out name is one attribute
// of things compared, and the rule says nothing. Only the letters are read, in any language that has
// capitals: the small words a spelling skips (`start of frame delimiter`) are never listed.
import { countFilledInColumn } from "./filled-cells";
import type { AxisRule } from "./rule";

/** Value columns at most: the meaning, and a note or a context beside it. */
const MOST_COLUMNS = 2;
/** Rows needed, and the share of the rows whose value spells out their label. */
const FEWEST = 3;
const SHARE = 0.5;
/** An abbreviation's letters: two at least, ten at most. */
const SHORTEST = 2;
const LONGEST = 10;

/** The label's letters and digits, in capitals (`I/G` -> `IG`); null when it is no abbreviation. */
function lettersOf(label: string): string | null {
	let letters = "";
	for (const ch of label) {
		if (/[\p{L}\p{N}]/u.test(ch)) letters += ch.toUpperCase();
		else if (ch !== "/" && ch !== "-" && ch !== "." && ch !== " " && ch !== "&") return null;
	}
	return letters.length >= SHORTEST && letters.length <= LONGEST ? letters : null;
}

/**
 * Whether `text`'s words, read in order, open with the letters: each word either gives the next letter
 * with its first one or is a small word in lower case that the spelling skips. What follows the last
 * letter (`(=Computer)`) is a gloss.
 */
function spellsOut(letters: string, text: string): boolean {
	let at = 0;
	for (const word of text.split(/[\s/\-–—]+/u)) {
		if (at === letters.length) return true;
		const first = word.charAt(0);
		if (!/\p{L}/u.test(first)) {
			if (at === 0 && word !== "") return false;
			continue;
		}
		if (first.toUpperCase() === letters.charAt(at)) at++;
		else if (at === 0 || first === first.toUpperCase()) return false;
	}
	return at === letters.length;
}

export const spelledOut: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.body.length < FEWEST) return [];
	const width = group.columnLabels.length;
	// A glossary gives a term its meaning and perhaps a note beside it; `| Protocol | Full name |
	// Connection | Reliability |` sets things named by their initials against each other on attributes.
	if (width > MOST_COLUMNS) return [];
	// Figures or marks in a column make the rows things weighed; a glossary holds words only.
	for (let column = 0; column < width; column++) {
		const { filled, counted } = countFilledInColumn(group, column, note, (value) => value.kind !== "text");
		if (counted * 2 > filled) return [];
	}
	let spelled = 0;
	group.rowLabels.forEach((cell, r) => {
		const letters = lettersOf(cell.text.trim());
		if (letters !== null && (group.body[r] ?? []).some((value) => spellsOut(letters, value.trim()))) spelled++;
	});
	if (spelled < FEWEST || spelled < group.body.length * SHARE) return [];
	// A glossary's header names what is said of each term (its meaning, its context): no side is compared.
	const reason = `${spelled} of ${group.body.length} rows spell out their label in a value: abbreviations defined, a glossary`;
	return [
		{ side: "rows", evidence: { rule: "spelled-out", score: -3, reason } },
		{ side: "columns", evidence: { rule: "spelled-out", score: -3, reason } },
	];
};
