// A ranked list numbers its rows by place: `1. esbuild`, `2. Rspack`, `3. Vite`. The place is
// the row's, not part of the name, and the same thing ranks first in one table and third in
// the next, so detection reads the names without it (the table as the note writes it is
// unchanged). Only a ranking is read so: every filled label of the column starts with a place,
// the places run 1, 2, 3 … down the rows, and the names after them differ from one another.
// Numbers that are part of labels stay: `1. Mai`, `3. Mai` (German dates, not a run from one),
// `1. Mai`, `2. Mai` and `1st Gen`, `2nd Gen (Zen+)` (one word again and again), `1Password` (no place).
import type { CellFacts } from "./evidence/facts";

/**
 * A place before a label, followed by something that is not a number: "1. esbuild", "12) terser",
 * and as rankings in other languages write it, "1º Spring" (Spanish, Portuguese, Italian: º, ª, °),
 * "1st Postgres", "1位 ChatGPT", "1위 Claude", "#1 Bun".
 */
const PLACE = /^(?:#\s?(\d{1,3})|(\d{1,3})(?:[.)º°ª]|st|nd|rd|th|位|위)) +(?=[^\d\s])/u;
/**
 * A place written bare, spaces after it, before a letter: "1 Vanilla JS", "10 Django". A bare number
 * before words is as often a quantity (`1 cup flour`, `2 eggs`) or a step (`1 Mix`, `2 Knead`), so it
 * is read as a place only where another table of the note writes half the names after the places or
 * more as cells of their own (the ranking of things another table lists), and down three rows at least.
 * A heading is no such place: a how-to gives each step a section as a comparison gives each thing one.
 */
const BARE_PLACE = /^(\d{1,3}) +(?=\p{L})/u;
const BARE_AT_LEAST = 3;

/**
 * The row labels without their places when the column is a ranking; else the labels as they are.
 * `writtenAlone` says whether another table of the note writes a text (lower case) as a cell of its own.
 */
export function unrankedLabels(labels: readonly CellFacts[], writtenAlone: (text: string) => boolean = () => false): CellFacts[] {
	const filled = labels.filter((cell) => cell.text.trim() !== "");
	if (filled.length < 2) return [...labels];
	const rest: string[] = [];
	const bare = filled.length >= BARE_AT_LEAST && BARE_PLACE.test((filled[0] as CellFacts).text.trim());
	const form = bare ? BARE_PLACE : PLACE;
	for (const [i, cell] of filled.entries()) {
		const place = form.exec(cell.text.trim());
		if (place === null || Number(place[1] ?? place[2]) !== i + 1) return [...labels];
		rest.push(cell.text.trim().slice(place[0].length));
	}
	if (new Set(rest.map((text) => text.toLowerCase())).size < rest.length) return [...labels];
	// `1st Gen (Zen)`, `2nd Gen (Zen+)`; `1st floor (lobby)`, `2nd floor (east wing)`: one word after every
	// place is what the places count, and the rest, in brackets, only tells its members apart.
	// `1. AWS Lambda`, `2. AWS Fargate`: a maker's word before names of their own is no count.
	const firstWords = rest.map((text) => (text.split(" ")[0] as string).toLowerCase());
	const toldApartInBrackets = rest.every((text) => {
		const after = text.slice(text.indexOf(" ") + 1).trim();
		return !text.includes(" ") || after.startsWith("(") || after.startsWith("（");
	});
	if (new Set(firstWords).size === 1 && toldApartInBrackets) return [...labels];
	if (bare && rest.filter((text) => writtenAlone(text.toLowerCase())).length * 2 < rest.length) return [...labels];
	let next = 0;
	return labels.map((cell) => (cell.text.trim() === "" ? cell : { ...cell, text: rest[next++] as string }));
}
