// `| Company | Article |` over `Dropbox | [How we've scaled Dropbox](https://…)`: a table whose one
// column of values gives each row a link to a page about it, titled in words, is an index of
// things to read, a reading list. Nothing is set against anything: each row has one value, and
// that value is somewhere else to go, not an attribute the rows could be weighed by. A list of
// names with their homes (`LangChain | https://github.com/langchain-ai/langchain`, ./row-home.ts)
// and a benchmark that links each figure to its report (`ajv | [0](reports/ajv.md)`) link values
// that are no titles: a bare address or a number, and the rule says nothing.
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";
import { wordCount } from "./words";

/** Rows needed to call a table a list. */
const LEAST = 3;

/** Whether a link's text is a title: words, two at least, not a number or a bare address. */
function isTitle(text: string, note: NoteContext): boolean {
	const trimmed = text.trim();
	return !/^[a-z]+:\/\//i.test(trimmed) && note.readCell(trimmed).kind === "text" && wordCount(trimmed) >= 2;
}

export const readingList: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.columnLabels.length !== 1 || group.linkedValues === undefined || group.body.length < LEAST) return [];
	const linked = group.linkedValues;
	let filled = 0;
	let titled = 0;
	group.body.forEach((row, r) => {
		const text = row[0] ?? "";
		if (note.readCell(text).kind === "missing") return;
		filled++;
		if (linked[r]?.[0] === true && isTitle(text, note)) titled++;
	});
	if (filled < LEAST || titled * 5 < filled * 4) return [];
	return [{ side: "rows", evidence: { rule: "reading-list", score: -2, reason: "the one column of values links each row to a page titled in words: a reading list" } }];
};
