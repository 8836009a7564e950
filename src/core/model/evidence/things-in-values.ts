// `| Votre besoin | Recommandation | Alternative |` over `Cache simple | Memcached | Redis/Valkey`:
// where most cells of a table name things the note compares in its other tables, the table
// answers a question with them (which one for which need, which one beats which in each round);
// its rows are the questions and its columns the roles an answer plays, so neither side is the
// things compared. A comparison sets the things on a side and answers in values of their own.
// Second pass: what the note compares is what the first pass found in the other tables and charts.
import type { AxisRule } from "./rule";

/** The fewest filled cells read: a line or two naming things is a remark. */
const FEWEST_CELLS = 4;
/** At least this share of the filled cells names a thing compared elsewhere. */
const SHARE = 2 / 3;
/** Parts of a cell naming two things or one with a remark: `Redis/Valkey`, `Redis + Elasticsearch`, `Redis (Stack)`. */
const PARTS = /[/+,]|\([^()]{0,40}\)/u;

export const thingsInValues: AxisRule = (group, note, index) => {
	if (group.kind !== "table") return [];
	// A table whose values mostly name nothing is left after a third of its cells, not read whole.
	const cells = group.body.reduce((total, row) => total + row.length, 0);
	let filled = 0;
	let named = 0;
	const things = new Set<string>();
	for (const row of group.body) {
		for (const cell of row) {
			const text = cell.trim();
			const kind = text === "" ? "missing" : note.readCell(text).kind;
			if (kind === "missing") continue;
			filled++;
			// A number or a mark is a value of the table's own: filled, and naming nothing.
			let found = false;
			if (kind === "text") {
				for (const written of text.split(PARTS)) {
					const part = written.trim();
					if (part === "") continue;
					const keys = note.keysOf(part);
					if (note.knownElsewhere(keys, index)) {
						found = true;
						things.add(keys[0] ?? part);
					}
				}
			}
			if (found) named++;
			else if ((filled - named) * 3 > cells) return [];
		}
	}
	if (filled < FEWEST_CELLS || named < filled * SHARE || things.size < 2) return [];
	const reason = `${named} of its ${filled} values name things the note compares elsewhere: it answers with them`;
	return [
		{ side: "rows", evidence: { rule: "things-in-values", score: -2, reason } },
		{ side: "columns", evidence: { rule: "things-in-values", score: -2, reason } },
	];
};
