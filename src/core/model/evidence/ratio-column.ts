// `| Modo | pytest | oxytest | Aceleración |` over `10.88s | 5.73s | 1.9x`: a column of ratios (`1.9x`,
// `~2×`) beside columns of measures works out how many times one thing beats another, row by row. It
// is the things' comparison, no thing of its own, whatever its title (`Speedup`, `Aceleración`,
// `倍率`). Read from the cells alone: every filled cell of the column a ratio, and two columns of the
// side at least holding figures that are no ratios. A table of ratios only (each thing's time over
// the fastest's, `1.0x | 2.3x | 4.1x`) has no measure beside them, and says nothing here; nor does a
// column the note names in its title, headings or text, a thing written as its ratio to another.
import { readRatio } from "../cell-value";
import type { NoteContext } from "./context";
import { type GroupFacts, sideLabels } from "./facts";
import { countFilledInColumn } from "./filled-cells";
import { positionOf } from "./label-position";
import type { NameRule } from "./rule";

/** Filled cells a column needs to be read. */
const FEWEST = 1;

type Kind = "ratio" | "figure" | "other";

interface Kinds {
	/** Per column. */
	kinds: readonly Kind[];
	/** How many columns hold figures that are no ratios. */
	figures: number;
}

function columnKind(group: GroupFacts, column: number, note: NoteContext): Kind {
	const { filled, counted: ratios } = countFilledInColumn(group, column, note, (_, text) => readRatio(text) !== null);
	if (filled < FEWEST) return "other";
	if (ratios === filled) return "ratio";
	const { counted: figures } = countFilledInColumn(group, column, note, (value, text) => (value.kind === "number" || value.kind === "percent") && readRatio(text) === null);
	return figures * 4 >= filled * 3 ? "figure" : "other";
}

const KINDS = {};

/** The kind of each column of the table, worked out once per table. */
function kindsOf(group: GroupFacts, note: NoteContext): Kinds {
	const memo = note.memo.workedOut<GroupFacts, Kinds>(KINDS);
	let found = memo.get(group);
	if (found === undefined) {
		const kinds = group.columnLabels.map((_, column) => columnKind(group, column, note));
		found = { kinds, figures: kinds.filter((kind) => kind === "figure").length };
		memo.set(group, found);
	}
	return found;
}

export const ratioColumn: NameRule = (label, note) => {
	if (label.side !== "columns" || label.group.kind !== "table") return null;
	const { kinds, figures } = kindsOf(label.group, note);
	const position = positionOf(sideLabels(label.group, "columns"), label.cell, note);
	if (kinds[position] !== "ratio" || figures < 2) return null;
	// A thing written as its ratio to another (`GraalPy` as `6.0x` beside `CPython (s)`): the note names
	// it, in its title, headings or text; a speedup it does not.
	if (note.namedByTitleOrHeading(label.keys) || note.mentionsOf(label.name.head) >= 1) return null;
	return { rule: "ratio-column", score: -2, reason: "every cell is a ratio worked out from the measures beside it: how many times one thing beats another" };
};
