// `| Slave 2 | SPI | Master | SPI | Slave 1 |` over `| CLK | <-- | CLK | --> | CLK |`: a column
// of nothing but arrows joins the columns beside it, as the lines of a wiring diagram or a flow
// drawn in a table do. Such a table draws how things connect; neither side is things compared
// (a comparison answers each question in words, numbers or marks, and writes an arrow, if at all,
// inside a value: `v1 → v2`). Read from the cells' shape alone, in any language.
import type { AxisRule } from "./rule";

/** An arrow alone, the cell trimmed: `-->`, `<--`, `<->`, `=>`, `→`, `⟵`, `↔`. */
const ARROW = /^(?:<?[-=]{1,3}>?|[←-⇿⟵-⟿])$/u;

/** The fewest arrows in the column: one arrow is a remark. */
const FEWEST = 2;

export const arrowColumn: AxisRule = (group) => {
	if (group.kind !== "table") return [];
	const width = group.body.reduce((widest, row) => Math.max(widest, row.length), 0);
	for (let column = 0; column < width; column++) {
		let arrows = 0;
		let other = false;
		for (const row of group.body) {
			const text = (row[column] ?? "").trim();
			if (text === "") continue;
			// A lone dash or dashes are a blank's mark, not an arrow: only a head makes one.
			if (ARROW.test(text) && /[<>←-⇿⟵-⟿]/u.test(text)) arrows++;
			else other = true;
		}
		if (!other && arrows >= FEWEST) {
			const reason = "a column of only arrows joins the columns beside it: a diagram drawn as a table";
			return [
				{ side: "rows", evidence: { rule: "arrow-column", score: -2, reason } },
				{ side: "columns", evidence: { rule: "arrow-column", score: -2, reason } },
			];
		}
	}
	return [];
};
