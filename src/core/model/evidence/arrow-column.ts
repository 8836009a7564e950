// `| Slave 2 | SPI | Master | SPI | Slave 1 |` over `| CLK | <-- | CLK | --> | CLK |`: a column
// of nothing but arrows joins the columns beside it, as the lines of a wiring diagram or a flow
// drawn in a table do. Such a table draws how things connect; neither side is things compared
// (a comparison answers each question in words, numbers or marks, and writes an arrow, if at all,
// inside a value: `v1 → v2`). Read from the cells' shape alone, in any language.
import { lineOf, sideLabels } from "./facts";
import { positionOf } from "./label-position";
import type { AxisRule, NameRule } from "./rule";

/**
 * An arrow alone that joins left and right, the cell trimmed: `-->`, `<--`, `<->`, `=>`, `→`, `⟵`,
 * `↔`, `⇄`. An arrow up or down (`↑`, `↓`, `▲`) says which way is better or where a value went,
 * a value of its own: a column of them is a measure's direction or a trend, not a wire.
 */
const ARROW = /^(?:<[-=]{1,3}>?|[-=]{1,3}>|[←→↔⇄⇆⇐⇒⇔⟵⟶⟷⟸⟹⟺↤↦])$/u;

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
			// A lone dash or dashes are a blank's mark, not an arrow: ARROW wants a head.
			if (ARROW.test(text)) arrows++;
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

/** An arrow up or down alone: `↑`, `↓`, `▲`, `▼`, `⬆️`. */
const UP_DOWN = /^(?:[↑↓▲▼△▽⬆⬇]\uFE0F?)$/u;

/**
 * `| Metric | Better | Node 18 | Node 20 |` over `↑`, `↓`: a label whose every value is an arrow up
 * or down heads the direction each measure is better in (or where it went), a key of the measures
 * beside it, not a thing compared.
 */
export const directionLabel: NameRule = (label, note) => {
	if (label.group.kind !== "table") return null;
	const line = lineOf(label.group, label.side, positionOf(sideLabels(label.group, label.side), label.cell, note));
	const filled = line.map((text) => text.trim()).filter((text) => text !== "");
	if (filled.length < FEWEST || !filled.every((text) => UP_DOWN.test(text))) return null;
	return { rule: "direction-label", score: -2, reason: "its values are arrows up or down: which way each measure is better" };
};
