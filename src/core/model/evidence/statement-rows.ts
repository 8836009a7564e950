// A table whose rows are statements: `| Evergreen notes | Zettelkasten |` over pairs of
// contrasting sentences ("Notes are published" | "Notes stay private"). Its first
// column holds values of the same kind as the columns beside it, sentences set against
// sentences, not keys naming what each row looks at; so the top-left cell heads a
// column of values like the other header cells, and is one of the things set against
// each other. Read so only when the header, top-left cell included, is nothing but names
// of their own (detect-frameworks' second reading of a header, as a table of equivalents
// is read): a key column of phrases (`| Feature | Obsidian |` over "Works offline") is
// told apart by its values, short marks or words where a statement's are sentences.
import type { GroupFacts } from "./facts";
import type { NoteContext } from "./context";
import { wordCount } from "./words";

/** A statement is a phrase of three words or more; a row's label is one when its values are too. */
const STATEMENT = 3;

/**
 * Whether every row is a statement set against statements: at least two rows, each with a
 * label and values of three words or more, all plain text, and the labels about as long as
 * the values (half as many words at least, on the whole).
 */
export function statementRows(group: GroupFacts, note: NoteContext): boolean {
	if (group.kind !== "table" || group.rowLabels.length < 2 || group.columnLabels.length === 0) return false;
	let labelWords = 0;
	let valueWords = 0;
	let values = 0;
	for (let r = 0; r < group.rowLabels.length; r++) {
		const label = group.rowLabels[r]?.text.trim() ?? "";
		const words = wordCount(label);
		if (words < STATEMENT || note.readCell(label).kind !== "text") return false;
		labelWords += words;
		for (const value of group.body[r] ?? []) {
			const text = value.trim();
			const count = wordCount(text);
			if (count < STATEMENT || note.readCell(text).kind !== "text") return false;
			valueWords += count;
			values++;
		}
	}
	if (values === 0) return false;
	return (labelWords / group.rowLabels.length) * 2 >= valueWords / values;
}

export const STATEMENT_ROWS = {
	rule: "statement-rows",
	score: 0.5,
	reason: "the first column holds statements as the others do: the top-left cell heads values, and is one of the things set against each other",
};
