// `| Name | Value | Default | Description |` over `` `false` ``, `` `5` ``, `` `"absolute"` ``,
// `` `['sh', '-eu']` ``: a column of literals written in code gives each row the value a program
// reads for it when nothing else is said. The rows are keys of one program's configuration
// (settings, options, fields), each documented once, not things set against each other: things
// compared are described in words, marks and measures, not in the syntax of a configuration
// file. The reference-table rule (./reference-table.ts) reads `Option | Default | Description`
// by its one column of values beside prose; a settings table with a type column as well
// (`boolean`, `string`) has two, and is read here by what the defaults are written as.
// Commands (`` `npm install zod` ``) and identifiers (`` `avc1.42001f` ``) are no literals: a
// column of them may well tell compared package managers or codecs apart.
import type { GroupFacts } from "./facts";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";

/** A column needs this many filled cells to say anything. */
const LEAST = 3;
/** Quoted (`"absolute"`, `'"'`) or bracketed (`['sh', '-eu']`, `{}`) as a program writes a string or a list. */
const QUOTED = /^(["']).*\1$/su;
const BRACKETED = /^[[{].*[\]}]$/su;
/** One word of small letters alone (`false`, `none`, `auto`): a keyword or an enumerated value. */
const KEYWORD = /^\p{Ll}+$/u;

/**
 * What a value cell written as code holds: "word" for a literal of words (a quoted string, a
 * list, a keyword), "number" for a bare number (`5`), null for anything else (a command, an
 * identifier, a measure: `` `22.82 KB` `` is a benchmark's result written as code).
 */
function literalOf(text: string, note: NoteContext): "word" | "number" | null {
	const trimmed = text.trim();
	if (QUOTED.test(trimmed) || BRACKETED.test(trimmed) || KEYWORD.test(trimmed)) return "word";
	const value = note.readCell(trimmed);
	return value.kind === "number" && value.unit === null ? "number" : null;
}

/**
 * Whether one value column is, in all but one of its filled cells at most, literals written as
 * code, most of them words: defaults are mostly `false` and strings, where a benchmark that
 * writes its figures as code has numbers only.
 */
function literalColumn(group: GroupFacts, column: number, note: NoteContext): boolean {
	const coded = group.coded;
	if (coded === undefined) return false;
	let filled = 0;
	let words = 0;
	let numbers = 0;
	group.body.forEach((row, r) => {
		const text = row[column] ?? "";
		if (note.readCell(text).kind === "missing") return;
		filled++;
		const literal = coded[r]?.[column] === true ? literalOf(text, note) : null;
		if (literal === "word") words++;
		else if (literal === "number") numbers++;
	});
	const literals = words + numbers;
	return filled >= LEAST && literals >= filled - 1 && literals * 4 >= filled * 3 && words >= numbers;
}

export const codeLiterals: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.coded === undefined || group.body.length < LEAST) return [];
	const at = group.columnLabels.findIndex((_, column) => literalColumn(group, column, note));
	if (at < 0) return [];
	const title = group.columnLabels[at]?.text.trim() ?? "";
	return [{ side: "rows", evidence: { rule: "code-literals", score: -2, reason: `${title === "" ? "a column" : `"${title}"`} gives each row a literal written in code: keys of a program's configuration` } }];
};
