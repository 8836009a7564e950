// A row whose label stands over nothing: `prev generation` with every cell beside it blank, in a
// list of GPUs priced per provider. Markdown has no cell that spans a table; a writer who groups
// its rows writes the group's name in the first cell of an empty row, as a heading the rows below
// fall under. Such a label, written as a heading is (in bold, closed by a colon, or a phrase:
// `**Editing**`, `Legacy:`, `prev generation`), is no thing compared: the things have values. A
// name over an empty row (`OVH`) is a thing not filled in yet. Read so where two rows at least
// hold values, such rows are a quarter of the table at most, and each has a filled row under it
// and none empty above it (a run of empty rows is things not filled in yet, as a note in progress
// lists them). A cell of nothing but invisible marks (a zero-width space, written to keep the row)
// is empty too. Only down the rows, where a label names its row; an empty column under a header
// cell is a thing not measured yet.
import type { CellFacts, GroupFacts } from "./facts";
import type { NameRule } from "./rule";
import { visibleName } from "./names";
import { sentenceCase } from "./sentence-case-label";

/** Per table, the labels of its rows that are blank beside them. */
const SECTION_LABELS = new WeakMap<GroupFacts, ReadonlySet<CellFacts>>();

/** The most of a table's rows that may be headings over the others. */
const MOST_SECTIONS = 1 / 4;

/** The labels of the rows blank beside them, where the table reads as grouped so; worked out once per table. */
function sectionLabels(group: GroupFacts): ReadonlySet<CellFacts> {
	let found = SECTION_LABELS.get(group);
	if (found === undefined) {
		const labels = new Set<CellFacts>();
		if (group.kind === "table" && group.columnLabels.length >= 1) {
			const empty = group.body.map((row) => row.every((text) => visibleName(text) === ""));
			// A heading has rows under it and stands apart: empty rows side by side are things not filled in yet.
			const headings = empty.every((isEmpty, r) => !isEmpty || (empty[r + 1] === false && (r === 0 || empty[r - 1] === false)));
			empty.forEach((isEmpty, r) => {
				const label = group.rowLabels[r];
				if (isEmpty && label !== undefined) labels.add(label);
			});
			const filled = group.body.length - labels.size;
			if (!headings || filled < 2 || labels.size > group.body.length * MOST_SECTIONS) labels.clear();
		}
		found = labels;
		SECTION_LABELS.set(group, found);
	}
	return found;
}

/** The first letter of a text, lower case (`prev generation`): no name starts so and runs on. */
const STARTS_LOWER = /^[^\p{L}]*\p{Ll}/u;

/**
 * Written as a heading is, not as a name: in bold (`**Older models**`), closed by a colon
 * (`Legacy:`), or a phrase (`prev generation`, `Older models`). A name over an empty row
 * (`OVH`, its page down when the note was written) is a thing not filled in yet.
 */
function writtenAsHeading(cell: CellFacts): boolean {
	const text = cell.text.trim();
	if (cell.bold === true || text.endsWith(":") || text.endsWith("：")) return true;
	return text.includes(" ") && (STARTS_LOWER.test(text) || sentenceCase(text));
}

export const sectionRow: NameRule = (label) =>
	label.side === "rows" && sectionLabels(label.group).has(label.cell) && writtenAsHeading(label.cell)
		? { rule: "section-row", score: -1.5, reason: "written as a heading over a row left blank, where the other rows hold values: a heading over the rows below, no thing compared" }
		: null;
