// A heading in sentence case lowers the attributes it names: "## Speed and price" writes
// `Price` as "price" after its first word, while names keep their capitals wherever the text
// writes them (./sentence-case.ts, which stops such a heading from naming its words as things
// compared). The table right under it with those words along one side (`| Laptop | Speed |
// Price |`) has its attributes there: the things compared are on the other side. Only the
// heading of the table's own section counts, only in sentence case (a first capital shows the
// heading knows case; "## moving from notion to obsidian" lowers everything and says nothing),
// and only when it names two labels of the side, all the side has but one at most.
import { splitSubject } from "./context";
import { type CellFacts, type Side, sideLabels } from "./facts";
import type { AxisRule } from "./rule";
import { lowersLabel } from "./sentence-case";

const STARTS_UPPER = /^\p{Lu}/u;

/** The keys of the parts of a heading in sentence case that lowers one of the note's labels; empty for any other heading. */
function attributeKeys(heading: string, note: Parameters<AxisRule>[1]): Set<string> {
	const keys = new Set<string>();
	if (!STARTS_UPPER.test(heading.trim())) return keys;
	const parts = splitSubject(heading);
	if (parts.length < 2 || !parts.slice(1).some((part) => lowersLabel(part, note))) return keys;
	for (const part of parts) for (const key of note.keysOf(part)) keys.add(key);
	return keys;
}

export const namedAttributes: AxisRule = (group, note) => {
	const heading = group.kind === "table" ? group.headings?.[group.headings.length - 1] : undefined;
	if (heading === undefined) return [];
	const keys = attributeKeys(heading, note);
	if (keys.size === 0) return [];
	const named = (cells: readonly CellFacts[]) => cells.filter((cell) => note.keysOf(cell.text).some((key) => keys.has(key))).length;
	return (["rows", "columns"] as Side[]).flatMap((side) => {
		const labels = sideLabels(group, side).filter((cell) => cell.text.trim() !== "");
		const count = named(labels);
		if (count < 2 || count < labels.length - 1) return [];
		const other: Side = side === "rows" ? "columns" : "rows";
		const reason = `the heading "${heading}" names ${count} of these labels in sentence case, as attributes`;
		return [
			{ side, evidence: { rule: "named-attributes", score: -0.25, reason } },
			{ side: other, evidence: { rule: "named-attributes", score: 1, reason: `the heading above names the other side's labels as attributes` } },
		];
	});
};
