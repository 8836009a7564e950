// `| Name | Description |` over `[htmlparser2](https://github.com/fb55/htmlparser2) | Fast & forgiving
// HTML/XML parser`, `[basicauth](…/middleware/basicauth) | Basic auth middleware provides…`: a list whose
// every name is a link, with one sentence about each and nothing else, is a directory. Each row is
// told, not weighed: there is no second value by which two rows could be set side by side. A list
// with attributes beside the sentence (language, stars, licence: an awesome list's table) has
// columns of short values, and the rule says nothing; so does a table of sentences whose names are
// not linked (a comparison written out in words, `| Project | Authentication |`), and a linked
// list whose values are figures (`| [ajv](…) | 12,345 ops/s |`), and one whose names a title or a
// heading sets against each other (`Zustand vs Redux vs Jotai`).
import type { AxisRule } from "./rule";
import { proseOf } from "./prose-column";

/** Rows needed to call a table a list. */
const LEAST = 3;

export const describedLinks: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.columnLabels.length !== 1 || group.rowLabels.length < LEAST) return [];
	const linked = group.rowLabels.filter((cell) => cell.linked).length;
	if (linked * 5 < group.rowLabels.length * 4) return [];
	if (proseOf(group, note).prose[0] !== true) return [];
	// `# Zustand vs Redux vs Jotai — my verdict` over the linked three: the title sets them against each other.
	const titled = group.rowLabels.filter((cell) => note.namedByTitleOrHeading(note.keysOf(cell.text))).length;
	if (titled >= 2) return [];
	return [{ side: "rows", evidence: { rule: "described-links", score: -2, reason: "every name is a link with one sentence about it and nothing else: a directory, not a comparison" } }];
};
