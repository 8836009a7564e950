// Where a script has capitals, a thing compared is written as a name (`Citymapper`, `VS Code`,
// `7 Wonders Duel`), while a feature or a criterion is written as a phrase starting a sentence:
// a capital on its first word only, several words (`Offline maps`, `Live departures`,
// `Durée de partie`). In a grid of marks (✓/✗, ratings: features had or not), row labels that
// are mostly such phrases, beside header cells that mostly are not, are attributes down the
// rows: the header across holds the things compared. Only in such a grid: rows of phrases over
// owners and dates, sets and weights or keys are records (tasks, a workout log, a key map), whose
// phrases are entries, not attributes, and the rule was wrong on them when it read any table. A hint,
// below the margin a side must win by, so it decides a table only beside another sign (an empty
// top-left cell, values alike across each row). Scripts without case, one-word labels and code
// say nothing; so does a header of phrases (`Morning routine | Evening routine`), and a side of
// a log's keys stays keys (see ./log-keys.ts).
import type { CellFacts } from "./facts";
import { isMarkGrid } from "./mark-grid";
import type { AxisRule } from "./rule";
import { sentenceCase } from "./sentence-case-label";

/** How many of the cells are written as phrases, code and blanks aside, and how many were read. */
function phrases(cells: readonly CellFacts[]): { phrases: number; read: number } {
	let count = 0;
	let read = 0;
	for (const cell of cells) {
		const text = cell.text.trim();
		if (text === "" || cell.code || cell.command) continue;
		read++;
		if (sentenceCase(text)) count++;
	}
	return { phrases: count, read };
}

export const phraseRows: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.rowLabels.length < 2 || group.columnLabels.length < 2) return [];
	const rows = phrases(group.rowLabels);
	// Two phrases at least, and at least half the row labels.
	if (rows.phrases < 2 || rows.phrases * 2 < rows.read) return [];
	const columns = phrases(group.columnLabels);
	// The header mostly not phrases: one written casually (`Google maps`) among names is allowed.
	if (columns.read < 2 || columns.phrases * 2 >= columns.read) return [];
	if (!isMarkGrid(group, note)) return [];
	const reason = `${rows.phrases} of ${rows.read} row labels are phrases in sentence case, as features are, and the header's labels are written as names: the header holds the things compared`;
	return [{ side: "columns", evidence: { rule: "phrase-rows", score: 0.5, reason } }];
};
