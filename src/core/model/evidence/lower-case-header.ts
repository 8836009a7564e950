// Where a script has capitals, a writer who starts every row label with one (`Speed`, `Ease of
// use`) and leaves the header's cells in lower case (`restic | borg | kopia`, `express | koa`)
// writes the header as its things spell themselves: packages, commands and tools keep their
// lower case, attributes would have been capitalised as the row labels are. In a grid of marks
// or ratings (./mark-grid.ts), a header of single lower-case words over capitalised row labels is
// a hint that the header holds the things compared. A hint below the margin a side must win by.
// Nothing is said of a header with a capital, code or several words (`free tier`), of row labels
// not all capitalised, of a script without case, or of any table whose values are not mostly marks:
// `| Exercise | sets | reps |` over numbers is a log whose header names its columns in lower case.
import type { CellFacts } from "./facts";
import { isMarkGrid } from "./mark-grid";
import type { AxisRule } from "./rule";

const CAPITAL = /^\p{Lu}/u;
/** One word starting in lower case, no space: `restic`, `koa`, `date-fns`, `@scope/pkg` aside. */
const LOWER_WORD = /^\p{Ll}[^\s]*$/u;

const filled = (cells: readonly CellFacts[]) => cells.filter((cell) => cell.text.trim() !== "");

export const lowerCaseHeader: AxisRule = (group, note) => {
	if (group.kind !== "table") return [];
	const header = filled(group.columnLabels);
	const rows = filled(group.rowLabels);
	if (header.length < 2 || rows.length < 2) return [];
	if (!header.every((cell) => !cell.code && LOWER_WORD.test(cell.text.trim()))) return [];
	if (!rows.every((cell) => CAPITAL.test(cell.text.trim()))) return [];
	if (!isMarkGrid(group, note)) return [];
	return [{ side: "columns", evidence: { rule: "lower-case-header", score: 0.5, reason: "the header's cells are single words in lower case over capitalised row labels: spelled as their things spell themselves" } }];
};
