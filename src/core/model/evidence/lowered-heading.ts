// A heading in sentence case over a table, that names labels of one side and writes them in
// lower case after its first word ("## Speed and price" over `| Laptop | Speed | Price |`,
// "## Pros and cons" over `| Tool | Pros | Cons |`), names them as a sentence names attributes:
// a name keeps its capital in running text, an attribute does not (./sentence-case.ts, which
// already stops such a heading naming them as things compared). What the section looks at in
// the table is then those attributes, so the table's other side holds the things compared.
// Only headings that start with a capital are read so: a heading all in lower case ("## moving
// from notion to obsidian") lowers names too. Scripts without case never lower anything.
// Lines that hold one attribute taken twice (✓/✗ under `Morning` and `Evening`, weekdays under
// `Kitchen` and `Bathroom`: ./parallel-lines.ts) are two times or places of a tracker or a rota,
// not attributes of compared things, and the heading says nothing then.
import { splitSubject } from "./context";
import { type Side, sideLabels } from "./facts";
import type { AxisRule } from "./rule";
import { parallelLines } from "./parallel-lines";
import { lowersLabel } from "./sentence-case";

const STARTS_UPPER = /^\p{Lu}/u;

export const loweredHeading: AxisRule = (group, note) => {
	if (group.kind !== "table" || !group.headings || group.headings.length === 0) return [];
	for (const heading of group.headings) {
		if (!STARTS_UPPER.test(heading.trim()) || note.facts.subjects.includes(heading)) continue;
		const parts = splitSubject(heading);
		if (parts.length < 2 || !parts.slice(1).some((part) => lowersLabel(part, note))) continue;
		for (const [side, other] of [["rows", "columns"], ["columns", "rows"]] as [Side, Side][]) {
			const labels = sideLabels(group, side).map((cell) => new Set(note.keysOf(cell.text)));
			const named = parts.map((part) => labels.findIndex((keys) => note.keysOf(part).some((key) => keys.has(key))));
			if (named.some((index) => index < 0)) continue;
			if (parallelLines(group, side, named, note)) continue;
			const reason = `the heading "${heading}" names the ${side === "rows" ? "row" : "column"} labels in lower case, as attributes`;
			return [{ side: other, evidence: { rule: "lowered-heading", score: 1, reason } }];
		}
	}
	return [];
};
