import type { AxisRule } from "./rule";

/** `|   | React | Vue |`: an empty top-left cell sits over row headings, with the compared names across the top. */
export const emptyCorner: AxisRule = (group) =>
	group.kind === "table" && group.corner !== null && group.corner.text.trim() === ""
		? [{ side: "columns", evidence: { rule: "empty-corner", score: 0.5, reason: "the top-left cell is empty" } }]
		: [];
