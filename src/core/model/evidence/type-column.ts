// `| Attribut | Description | Type | Défaut |` over `number`, `boolean`, `function(value)`;
// `| 配置名称 | 类型 | 说明 |` over `string`, `time.Duration`, `bool`: a column of a program's
// words, few of them and each again and again (the types of an interface's keys), beside a
// column describing each row in prose. The rows are the keys of one program (props, options,
// parameters), each documented once, not things set against each other. Only the writing is
// read: a word of code opens with a small Latin letter and runs on in letters, digits, dots
// and underscores (`network.NewTransporter`), perhaps with brackets (`[]string`,
// `function()`, `Array<string>`) or as a union (`string | number`); a component
// library's tables write the same types in every language its pages are translated into.
// Things compared are kept apart from this by what their attributes are written as: names
// with capitals (`MIT`, `Rust`), measures, marks (`true`/`false` are marks: ../cell-value.ts),
// and a column of measures (stars, times) is no part of a reference. Types as Java, C# and
// component libraries write them, capitals and all (`String`, `Slot / Function`, `MessageQueue`),
// are read too where two of the types every language has (./type-words.ts) fill a third of the
// column and the rows are written as a program's keys (`producerGroup`, `onClick`), not as names.
import type { GroupFacts } from "./facts";
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";
import { namedByNote } from "./named-by-note";
import { proseOf } from "./prose-column";
import { countFilledInColumn } from "./filled-cells";
import { isTypeWord } from "./type-words";

/**
 * An interface's types are several (`number`, `boolean`, `string`); two words again and again
 * (`node`, `deno` under `Runtime`) are a category of the things compared.
 */
const LEAST_TYPES = 3;
/** A column needs this many filled cells to say anything: a few tools written in small letters repeat too (`apt`, `apt`, `winget`). */
const LEAST = 4;
/**
 * One word of code: a small letter first, then one or more letters, digits, dots and
 * underscores, with a slice's or a pointer's mark before it and empty or angle brackets after
 * it at most. A letter alone and a call (`n`, `log(n)`: the growth of a cost) are no type. Each part is bounded by
 * what cannot stand in the one before, so a cell is matched in one pass.
 */
const CODE_WORD = /^(?:\[\]|\*)?[a-z][A-Za-z0-9_.]+(?:\[\]|\(\)|<[^<>]*>)?$/;

/**
 * A class's name as a type is written in Java, C# and the docs of component libraries (`String`, `RPCHook`,
 * `Slot`): a capital, then letters and digits, perhaps with a generic's or an array's brackets.
 */
const CLASS_WORD = /^[A-Z][A-Za-z0-9_]*(?:\[\]|<[^<>]*>)?$/;

/** A literal a union may list: `"start"`, `'fit'`. */
const LITERAL = /^(?:"[^"\n]{0,40}"|'[^'\n]{0,40}')$/;

/**
 * The text without its function types (`(() => React.ReactNode)`, `((item: any) => void)`): a bracket
 * group holding an arrow, nested brackets and all, found in one scan. Null when the brackets do not close.
 */
function withoutFunctionTypes(text: string): string | null {
	let outside = "";
	let depth = 0;
	let group = "";
	for (const char of text) {
		if (char === "(") {
			depth++;
			group += char;
		} else if (char === ")" && depth > 0) {
			depth--;
			group += char;
			if (depth === 0) {
				if (!group.includes("=>")) outside += group;
				group = "";
			}
		} else if (depth > 0) group += char;
		else outside += char;
	}
	return depth === 0 ? outside : null;
}

/**
 * The words of code a cell (its function types taken out) is made of, or null when it is not made of them alone: a word of code or a union of them, written with bars (`string | number`), or as
 * the code spans a component library's tables set side by side (`` `number` `string` ``, `` `"start"`
 * `"end"` ``, `` `string` `(() => React.ReactNode)` ``), literals and function types among them.
 */
function codeWords(plain: string, spans: boolean): string[] | null {
	// Words side by side are several types only as code spans: `go java python` in plain text is a list of bindings.
	const parts = plain.split(spans ? /[|｜\s]+/ : /[|｜]/).map((part) => part.trim()).filter((part) => part !== "");
	return parts.length > 0 && parts.every((part) => CODE_WORD.test(part) || LITERAL.test(part)) ? parts : null;
}

/**
 * The parts of a cell (its function types taken out) written as a typed language's types, or null: `String`, `Slot / Function`,
 * `RPCHook`, `int`, split at bars and slashes, each a word of code or a class's name, one of them at
 * least a type everyone writes (a capitalised class alone, `MIT` or `Rust`, names no type).
 */
function typeWords(plain: string): string[] | null {
	const parts = plain.split(/[|｜/]/).map((part) => part.trim()).filter((part) => part !== "");
	if (parts.length === 0 || !parts.every((part) => CODE_WORD.test(part) || CLASS_WORD.test(part) || isTypeWord(part))) return null;
	return parts;
}

/** A key as a program writes it: a small letter first and no space (`producerGroup`, `onClick`, `max`, `kafka.offset`). */
const KEY = /^[\p{Ll}_$][\p{L}\p{N}_$.-]*$/u;

/** Whether three quarters of the rows' labels at least are written as keys, or as code. */
function keyedRows(group: GroupFacts): boolean {
	const labels = group.rowLabels.filter((cell) => cell.text.trim() !== "");
	const keys = labels.filter((cell) => cell.code || KEY.test(cell.text.trim())).length;
	return labels.length > 0 && keys * 4 >= labels.length * 3;
}

/**
 * Whether a value column holds words of code in three quarters of its filled cells, and few
 * of them (two thirds as many as the cells at most), as types repeat down a reference: a
 * column of packages or commands names a different one on each row.
 */
function isTypeColumn(group: GroupFacts, column: number, note: NoteContext, spansOnly: boolean): boolean {
	// The cells of code, and the types they name: a union names several, each counted.
	let coded = 0;
	const words: string[] = [];
	// The same column read as a typed language's types: cells of them, and those naming a type everyone writes.
	let typed = 0;
	let common = 0;
	const commonTypes = new Set<string>();
	let filled = 0;
	for (const [r, row] of group.body.entries()) {
		const text = (row[column] ?? "").trim();
		const value = note.readCell(text);
		if (value.kind === "missing") continue;
		filled++;
		if (value.kind !== "text") continue;
		// Function types taken out once, for both readings; brackets that do not close are no type.
		const plain = withoutFunctionTypes(text);
		if (plain === null) continue;
		const span = group.coded?.[r]?.[column] === true;
		const parts = span || !spansOnly ? codeWords(plain, span) : null;
		if (parts !== null) {
			coded++;
			words.push(...parts);
		}
		const types = typeWords(plain);
		if (types === null) continue;
		typed++;
		const named = types.filter(isTypeWord);
		if (named.length > 0) common++;
		for (const part of named) commonTypes.add(part.toLowerCase());
	}
	if (filled < LEAST) return false;
	if (coded * 4 >= filled * 3) {
		const distinct = new Set(words).size;
		if (distinct >= LEAST_TYPES && distinct * 3 <= words.length * 2) return true;
	}
	// Two of the types everyone writes, in a third of the cells, type the keys even as plain text and in a few rows a
	// section; the rest may be the program's own classes (`MessageQueue`, `SendCallback`). They need not repeat as a
	// program's own words must: `string`, `string`, `boolean`, `int` types four keys. The rows must then be written as
	// keys are: a comparison of libraries has a column of classes too (`Returns`: `Moment`, `DateTime`, `Date`).
	return typed * 4 >= filled * 3 && common * 3 >= filled && commonTypes.size >= 2 && keyedRows(group);
}

/** Whether a value column is measured: three quarters of its filled cells are numbers, none says yes or no, and most are not code. */
function isMeasuredColumn(group: GroupFacts, column: number, note: NoteContext): boolean {
	const { filled, counted: numbers } = countFilledInColumn(group, column, note, (value) => value.kind === "number");
	if (filled < LEAST || numbers * 4 < filled * 3) return false;
	// A column of defaults or examples holds numbers too (`-1`, `3`, `1920`), beside `true` and `false`,
	// or written as code as a program's values are: a measure never says yes or no, nor is it code.
	const coded = group.coded?.reduce((count, row) => count + (row[column] === true ? 1 : 0), 0) ?? 0;
	return coded * 2 < filled && countFilledInColumn(group, column, note, (value) => value.kind === "check").counted === 0;
}

/** The keys of the note's tables by header, and of the pooled tables per header, in the note's memo. */
const FAMILIES = {};
const POOLED = {};

/**
 * The table read with the rows of every table of its header (the top-left cell too) pooled, or the
 * table itself when no other shares its header: a reference splits one interface's keys into a table
 * per section (`title | items` under a component's actions, `width | sortable | filterable` under its
 * settings, a method's parameters under each method), each too short or too full of the program's
 * own classes to show its types, and the same header says they are one list. Worked out once per header.
 */
function withFamily(group: GroupFacts, note: NoteContext, index: number): GroupFacts {
	const signature = note.headerSignature(index);
	const families = note.memo.workedOut<NoteContext, Map<string, GroupFacts[]>>(FAMILIES);
	let bySignature = families.get(note);
	if (bySignature === undefined) {
		// Every table's header once: a note of ten thousand small tables is not searched once per table.
		bySignature = new Map();
		for (const [at, other] of note.facts.groups.entries()) {
			if (other.kind !== "table") continue;
			const key = note.headerSignature(at);
			const members = bySignature.get(key);
			if (members) members.push(other);
			else bySignature.set(key, [other]);
		}
		families.set(note, bySignature);
	}
	const pools = note.memo.workedOut<string, GroupFacts>(POOLED);
	let pooled = pools.get(signature);
	if (pooled === undefined) {
		const members = bySignature.get(signature) ?? [group];
		if (members.length < 2) return group;
		pooled = {
			...group,
			body: members.flatMap((member) => member.body),
			rowLabels: members.flatMap((member) => member.rowLabels),
			coded: members.flatMap((member) => member.coded ?? member.body.map((row) => row.map(() => false))),
		};
		pools.set(signature, pooled);
	}
	// A table read again another way (its header taken as names) is no member of the family as written.
	return pooled.columnLabels.length === group.columnLabels.length ? pooled : group;
}

/** The key of each table's (or pooled family's) type column in the note's memo. */
const TYPES = {};

/**
 * The type column of a table beside a column of prose, or -1: worked out once per table, and once
 * per family of small tables, whose members share the pooled table. Pooled, the types must be
 * written as code (`` `string` ``): sections of a comparison, a few rows each, repeat a category in
 * small letters too (`cli`, `tui`, `gui` under `Kind`), and only code says they are a program's words.
 */
function typeColumnOf(group: GroupFacts, note: NoteContext, pooled: boolean): number {
	const memo = note.memo.workedOut<GroupFacts, number>(TYPES);
	let found = memo.get(group);
	if (found !== undefined) return found;
	found = -1;
	const width = group.columnLabels.length;
	// Prose as ./prose-column.ts reads it, worked out once per table: most filled cells more than three words.
	const { prose } = proseOf(group, note);
	let types = -1;
	let described = false;
	let measured = false;
	for (let column = 0; column < width && !measured; column++) {
		if (isMeasuredColumn(group, column, note)) measured = true;
		else if (types < 0 && isTypeColumn(group, column, note, pooled)) types = column;
		else if (!described && prose[column] === true) described = true;
	}
	if (!measured && described) found = types;
	memo.set(group, found);
	return found;
}

export const typeColumn: AxisRule = (own, note, index) => {
	if (own.kind !== "table") return [];
	let group = own;
	let types = own.body.length >= LEAST ? typeColumnOf(own, note, false) : -1;
	if (types < 0) {
		// A table too short, or too full of the program's own classes, to show its types is read with its family.
		const family = withFamily(own, note, index);
		if (family !== own && family.body.length >= LEAST) {
			group = family;
			types = typeColumnOf(family, note, true);
		}
	}
	// Rows the note names as its subjects (`# Prisma vs Drizzle vs TypeORM`) are compared, whatever the columns say.
	if (types < 0 || namedByNote(own, note, index, "rows") >= 2) return [];
	const title = group.columnLabels[types]?.text.trim() ?? "";
	return [{ side: "rows", evidence: { rule: "type-column", score: -4, reason: `${title === "" ? "a column" : `"${title}"`} gives each row one of a few words of code, beside a description: keys of a program's reference` } }];
};
