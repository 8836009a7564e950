// A table whose first column lists things of one kind over columns of their attributes
// (`| Provider | Service Models | Advantages | Disadvantages |`, `| 算法 | 平均时间复杂度 |
// 空间复杂度 |`) is a comparison of those things even when no name has evidence of its own
// (no link, no code, no mention), when the note says that kind is what it is about: its title
// or aliases name the kind the top-left cell gives the rows ("Cloud Service Providers" over
// `| Provider |`, `# JavaScript 算法与数据结构` over `| 数据结构 |`). A heading is not enough: it
// names a section, often an aspect of the things the note is about (`## Features` over `| Feature
// | Obsidian | Notion |` in a note titled *Note apps*). Naming the kind is also true of a
// reference titled *Parameters* over `| Parameter |`, a keymap, a changelog titled *Versions*,
// so the rows must look like names of things and the columns like their attributes:
// - the rows: three labels or more, each written once, short (four words at most), none code,
//   a number, a date or a version, none read as a phrase, a value, a measure, an identifier or
//   a field of a record, and in a script with capitals each begins with one and is no common
//   word of the note's own text (`Search` beside "search" in the prose is an operation; a name
//   keeps its capital wherever the text writes it);
// - the columns: two at least beside the labels, and not the shape of a reference list (one
//   column of values beside one of descriptions, `Operation | Big-O | Note`): two columns of
//   values or more, or the rows weighed in two columns of prose or more; values mostly written as
//   commands (`| Distribution | Manager | Package |` over `apt`, `fd-find`) are instructions.
// Read from the note's own words and the table's shape, in any script: no word list.
import { IMAGE_VALUE } from "../cell-facts";
import type { NoteContext } from "./context";
import { codeLabel } from "./code-label";
import { commonWordOfNote } from "./common-word";
import { type GroupFacts, sideLabels } from "./facts";
import { fieldName } from "./field-name";
import { genericLabel } from "./generic-label";
import { identifierShape } from "./identifier-shape";
import { measureLabel } from "./measure-label";
import { normalizeName } from "./names";
import { phrase } from "./phrase";
import type { AxisRule, NameRule } from "./rule";
import { cornerKind, labelsSpeakForThemselves, namesKind } from "./rows-kind";
import { sentenceCaseLabel } from "./sentence-case-label";
import { valueLabel } from "./value-label";
import { wordCount } from "./words";

/** The name rules that say a label is something other than a name (a phrase, a value, code, a measure...). */
const NOT_A_NAME: readonly NameRule[] = [codeLabel, identifierShape, fieldName, measureLabel, valueLabel, genericLabel, phrase, sentenceCaseLabel];

const LETTER = /\p{L}/u;
const CASED = /[\p{Lu}\p{Ll}]/u;
const CAPITAL_FIRST = /^\P{L}*\p{Lu}/u;
/** A label that begins with a digit: a date, a version, a quantity, a count. */
const DIGIT_FIRST = /^\P{L}*\p{N}/u;

/**
 * The columns beside the labels read as attributes of the rows: one column of short values at
 * least (a category, a number, a rating), and two of values or two of prose, so neither one value
 * beside one description (a reference list) nor descriptions only (a list of what each does);
 * pictures hold no values, and a grid of marks alone says nothing of which side is compared.
 */
function attributeColumns(group: GroupFacts, note: NoteContext): boolean {
	if (group.columnLabels.length < 2) return false;
	let prose = 0;
	let values = 0;
	let marks = 0;
	for (let column = 0; column < group.columnLabels.length; column++) {
		let filled = 0;
		let long = 0;
		let checks = 0;
		let pictures = 0;
		for (const row of group.body) {
			const text = (row[column] ?? "").trim();
			const value = note.readCell(text);
			if (value.kind === "missing") continue;
			filled++;
			if (text === IMAGE_VALUE) pictures++;
			else if (value.kind === "check") checks++;
			else if (value.kind === "text" && wordCount(text) > 3) long++;
		}
		if (filled === 0 || pictures * 2 >= filled) continue;
		if (long * 2 >= filled) prose++;
		else {
			values++;
			if (checks * 2 >= filled) marks++;
		}
	}
	return values >= 1 && marks < values && (values >= 2 || prose >= 2);
}

/**
 * In a table of text only (no number, price, mark or rating in any column), a column that pairs
 * each row with a name of its own (`| Member | Role | Location |` over Leeds, Gdańsk, Osaka: one
 * word each, capitalised, no two alike) keys one set of names to another, as a roster keys people
 * to cities or a list keys countries to capitals: a mapping, not things weighed on attributes.
 * Attributes of things compared repeat (`IaaS`), measure or judge (`Local files, plugins, fast`).
 * Known cost: three trails in three regions at three levels, all text, have the roster's shape.
 */
function namesPaired(group: GroupFacts, note: NoteContext): boolean {
	let paired = false;
	for (let column = 0; column < group.columnLabels.length; column++) {
		const seen = new Set<string>();
		let names = 0;
		let filled = 0;
		for (const row of group.body) {
			const text = (row[column] ?? "").trim();
			const value = note.readCell(text);
			if (value.kind === "missing") continue;
			if (value.kind !== "text") return false;
			filled++;
			if (wordCount(text) === 1 && CASED.test(text) && CAPITAL_FIRST.test(text) && !seen.has(text)) names++;
			seen.add(text);
		}
		if (filled >= 3 && names === filled) paired = true;
	}
	return paired;
}

/**
 * Two column labels alike but for one word (`Old value | New value`, `Export Name | Import Name`):
 * one attribute in two states, as a record of one thing before and after is kept; not attributes
 * of things set side by side.
 */
function statesOfOne(group: GroupFacts): boolean {
	const words = group.columnLabels.map((cell) => normalizeName(cell.text).split(" ").filter((word) => word !== ""));
	for (let a = 0; a < words.length; a++) {
		for (let b = a + 1; b < words.length; b++) {
			const first = words[a] as string[];
			const second = words[b] as string[];
			if (first.length < 2 || first.length !== second.length) continue;
			let differ = 0;
			for (let i = 0; i < first.length; i++) if (first[i] !== second[i]) differ++;
			if (differ === 1) return true;
		}
	}
	return false;
}

/** Labels numbered under one first word (`Week 23`, `Level 2`, `Beta 5`): a series or a log's keys, not things of a kind. */
function numberedSeries(texts: readonly string[]): boolean {
	const stems = new Set<string>();
	for (const text of texts) {
		if (!/\p{N}/u.test(text)) continue;
		const stem = normalizeName(text).split(" ")[0] ?? "";
		if (stems.has(stem)) return true;
		stems.add(stem);
	}
	return false;
}

export const namedKind: AxisRule = (group, note, index) => {
	// Values written mostly as commands (`apt`, `fd-find`) are instructions per row: an install table, a reference.
	if (group.kind !== "table" || (group.commands ?? 0) >= 0.5) return [];
	const kind = cornerKind(group);
	if (kind === null) return [];
	const labels = sideLabels(group, "rows");
	if (labels.length < 3) return [];
	// Cheap checks of the labels' text first.
	const seen = new Set<string>();
	for (const cell of labels) {
		const text = cell.text.trim();
		if (text === "" || cell.code || !LETTER.test(text) || DIGIT_FIRST.test(text) || wordCount(text) > 4) return [];
		if (CASED.test(text) && !CAPITAL_FIRST.test(text)) return [];
		const key = normalizeName(text);
		if (seen.has(key)) return [];
		seen.add(key);
	}
	if (numberedSeries(labels.map((cell) => cell.text)) || statesOfOne(group) || !attributeColumns(group, note) || namesPaired(group, note)) return [];
	// What the note is about: the title the writer gave it (not its file name, which may be anyone's)
	// and its aliases. A heading names a section, which may be an aspect of the things the note is
	// about (`## Features` over `| Feature | Obsidian | Notion |` in a note titled *Note apps*).
	const [title, basename, ...others] = note.facts.subjects;
	const places = [...(title !== undefined && title !== basename ? [title] : []), ...others];
	if (!places.some((place) => namesKind(place, kind))) return [];
	// The columns are attributes: none is a name of its own (`| 对比 | Windows 11 | macOS 14 |` sets the names across).
	if (labelsSpeakForThemselves(group, "columns", note, index)) return [];
	for (const cell of labels) {
		if (commonWordOfNote(cell.text.trim(), note)) return [];
		const label = note.label(cell, group, index, "rows");
		if (NOT_A_NAME.some((rule) => (rule(label, note)?.score ?? 0) < 0)) return [];
	}
	return [{ side: "rows", evidence: { rule: "named-kind", score: 1, reason: `the note's title or aliases name "${kind}", the kind the top-left cell gives the rows, and the rows read as names of that kind over columns of their attributes` } }];
};
