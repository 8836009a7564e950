// A grid of marks (✓/✗, ja/nein, tak/nie, ◎○△×, ratings: ./mark-grid.ts) answers the same
// question for every pair of a row and a column, so how its values run says nothing of which side
// is compared; and where neither side's labels are names by their own evidence (`| Funktion |
// Dropbox | pCloud |` in German, whose criteria are capitalised nouns as names are; `| 項目 | 象印 |
// タイガー |` in a script without case), no other rule speaks. What is left is how such a grid is
// laid out. It is a list of criteria, each a question put to every thing: written down the first
// column, read as a checklist, one row per criterion, with the things, fewer than the questions,
// across the header. So in a grid of marks whose first column holds more labels than the header,
// and holds criteria, the header holds the things compared.
//
// The first column holds criteria only when nothing says it holds something else:
// - not values, dates or numbers, nor labels without a letter (`03/02`, `2024`: a log's keys, the
//   attendance of a band by date);
// - not mostly links or code (`[no-empty-file](docs/rules/no-empty-file.md)`, `` `new Date()` ``:
//   items of a reference, each with its page, or the inputs of a table of results);
// - no column of the grid is mostly values other than marks (`| Plugin | GUI | Effects | Platforms
//   |` over `Linux/macOS/Windows`: a column of one attribute, so the columns are attributes and the
//   rows the things, whatever their number);
// - criteria written in more words than the header's cells, on the mean (`Server in der EU`,
//   `Darmowy plan`, `Vim mode` beside single words): a criterion is a phrase more often than a
//   name is, while a first column of names as short as the header's (`| App | Windows | macOS |
//   Linux |` over Obsidian, Notion, Bear, Joplin: apps over the systems they run on) is as likely
//   the things, and the grid says nothing (nor, so, of 味, 手入れ, 保温 over 象印, タイガー);
// - more rows than header cells: a square grid (three editors over three ratings, three apps over
//   three systems) is laid out either way, and says nothing.
// The grid must grade somewhere, not only answer yes or no: a partial mark, a rating, or an answer
// of another kind (`Unbegrenzt`, `14 Tage`), which judges how well each thing meets a criterion;
// and its marks must be mostly answers (✓/✗, ja/nein, ◎○△×), not ratings: stars are given by
// raters across (`| Film | Anna | Ben |`) as often as to things across over criteria. A
// grid of yes and no alone is as often a record of what was done (a checklist per environment, a
// chore chart, a family's habits, a packing list per trip) as a comparison, and is left alone.
// The header must hold three cells at least (two are as often the two occasions a checklist is
// kept for), not written as phrases (`Morning routine | Evening routine`: ./phrase-rows.ts), and
// its cells must not be a run of one program's releases (`Python 3.10 | Python 3.12`,
// ./releases-of-one.ts, or one name counted, `Windows 10 | Windows 11` over the apps a user checks
// before an upgrade, whatever the title says: releases are as often the targets checked as the things), days, months or dates (./log-keys.ts), nor a numbered series
// (./numbered-series.ts): those are the targets a grid is checked against or a log's keys.
// Nor where the note says it is about what its first column holds: its title, file name, aliases
// or the headings the grid stands under name the top-left cell's kind (`# 家族の習慣チェック` over `|
// 習慣 | 父 | 母 |`, `# 교과목–역량 매트릭스` over `| 역량 | 자료구조 | ... |`, "Drapeaux de
// fonctionnalité" over `| Drapeau |`): then the rows are the note's subject, its habits, competencies
// or flags, each checked per person, module or environment, not questions put to things; a
// comparison is about the things, and its criteria are what it asks of them, not what it is about.
// Read from the shape and the cell reader alone, in any language.
import type { CellFacts, GroupFacts } from "./facts";
import type { NoteContext } from "./context";
import { dateKey, isCalendarName } from "./log-keys";
import { isMarkGrid } from "./mark-grid";
import { oneStemCounted } from "./numbered-series";
import { releasesOf } from "./releases-of-one";
import type { AxisRule } from "./rule";
import { sentenceCase } from "./sentence-case-label";
import { wordCount } from "./words";
import { cornerKind, namesKind } from "./rows-kind";
import { normalizeName } from "./names";
import { countFilledInColumn } from "./filled-cells";

/** At most this many things across: a wider grid is as often a support matrix of many targets. */
const MOST_ACROSS = 6;
/**
 * At least this many: two columns of marks are as often the two occasions a checklist is kept for
 * (`| Item | Praia | Montanha |`, a packing list per trip; before and after; two routines) as two
 * things compared, and two things compared are most often named so elsewhere (`A vs B`).
 */
const LEAST_ACROSS = 3;

const filled = (cells: readonly CellFacts[]) => cells.filter((cell) => cell.text.trim() !== "");

/** A letter of any script: a label without one (`03/02`, `10.02.`, `#4`) is no word. */
const LETTER = /\p{L}/u;

/** Whether a label reads as a value, a date or a day of the calendar rather than as words. */
function valueLike(cell: CellFacts, note: NoteContext): boolean {
	const text = cell.text.trim();
	return !LETTER.test(text) || note.readCell(text).kind !== "text" || dateKey(text) !== null || isCalendarName(text);
}

/** Whether the first column holds criteria: words, not values, links or code, and more of them than the header's. */
function criteriaDown(rows: readonly CellFacts[], header: readonly CellFacts[], note: NoteContext): boolean {
	let other = 0;
	for (const cell of rows) if (valueLike(cell, note) || cell.linked || cell.code || cell.command) other++;
	return other * 2 < rows.length && meanWords(rows) > meanWords(header);
}

/** The mean number of words of the labels (two characters of a script without spaces count as one). */
function meanWords(cells: readonly CellFacts[]): number {
	let words = 0;
	for (const cell of cells) words += wordCount(cell.text);
	return words / cells.length;
}

/** Half the header or more written as phrases in sentence case (`Morning routine | Evening routine`): steps or occasions, not names. */
function phrasesAcross(cells: readonly CellFacts[]): boolean {
	let phrases = 0;
	for (const cell of cells) if (sentenceCase(cell.text.trim())) phrases++;
	return phrases * 2 >= cells.length;
}

/**
 * Whether the grid grades as well as answers: a partial mark (`teilweise`, `częściowo`, △, ⚠️), a
 * rating, or an answer other than a mark (`Unbegrenzt`, `14 Tage`) in one cell at least. A grid of
 * yes and no only is as often a record of what was done as a judgment: a checklist per
 * environment, a chore chart, a habit kept by each of a family, a packing list per trip.
 */
function graded(group: GroupFacts, note: NoteContext): boolean {
	let grades = false;
	let checks = 0;
	let ratings = 0;
	for (const row of group.body) {
		for (const text of row) {
			const value = note.readCell(text);
			if (value.kind === "missing") continue;
			if (value.kind === "check") checks++;
			else if (value.kind === "rating") ratings++;
			if (value.kind !== "check" || value.value === "partial") grades = true;
		}
	}
	// A grid of ratings mostly is as often raters across (`| Film | Anna | Ben |` over stars) as criteria down.
	return grades && checks > ratings;
}

/** Whether some column of the grid is mostly values other than marks: an attribute's column. */
function attributeColumn(group: GroupFacts, note: NoteContext): boolean {
	const width = group.columnLabels.length;
	for (let c = 0; c < width; c++) {
		const { filled: values, counted: others } = countFilledInColumn(group, c, note, (value) => value.kind !== "check" && value.kind !== "rating");
		if (values >= 2 && others * 2 > values) return true;
	}
	return false;
}

/** What splits a title into words for an exact match of a short kind (`역량`, two syllables). */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;
/** Letters of scripts written without spaces between words, where a kind is found inside the text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Whether the note's title, file name, aliases or the grid's headings name the kind of its first column. */
function aboutFirstColumn(group: GroupFacts, note: NoteContext): boolean {
	const kind = cornerKind(group);
	if (kind === null) return false;
	const places = [...note.facts.subjects, ...(group.headings ?? [])];
	// The kind as a word of its own, not the start of a compound (`Funktionsvergleich` over `| Funktion |` asks of functions):
	// inside the text only in scripts written without spaces.
	return places.some((place) => (UNSPACED.test(kind) ? namesKind(place, kind) : normalizeName(place).split(NOT_WORD).includes(kind)));
}

export const judgedAcross: AxisRule = (group, note) => {
	if (group.kind !== "table") return [];
	const header = filled(group.columnLabels);
	const rows = filled(group.rowLabels);
	if (header.length < LEAST_ACROSS || header.length > MOST_ACROSS || rows.length <= header.length) return [];
	if (!isMarkGrid(group, note) || !graded(group, note)) return [];
	if (!criteriaDown(rows, header, note) || header.some((cell) => valueLike(cell, note)) || phrasesAcross(header)) return [];
	if (oneStemCounted(header.map((cell) => cell.text)) || releasesOf(group.columnLabels, note) !== null || attributeColumn(group, note)) return [];
	if (aboutFirstColumn(group, note)) return [];
	const reason = `a grid of marks, ${rows.length} criteria down its first column put to the ${header.length} cells of its header: the header holds the things compared`;
	return [{ side: "columns", evidence: { rule: "judged-across", score: 1, reason } }];
};
