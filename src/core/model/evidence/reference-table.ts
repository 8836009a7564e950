import type { AxisRule } from "./rule";
import { wordCount } from "./words";

/**
 * `Option | Default | Description`, `Key | Command | Description`: one column of
 * values beside prose describes each row; it is a reference list, not a
 * comparison of the rows. A comparison has two or more columns of values, or
 * weighs each row in two columns of prose or more (`Tool | Pros | Cons`,
 * `Methode | Stärken | Schwächen`): a reference list describes a row once.
 */
export const referenceTable: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.body.length < 2) return [];
	const width = group.body.reduce((widest, row) => Math.max(widest, row.length), 0);
	let prose = 0;
	let values = 0;
	for (let column = 0; column < width; column++) {
		const cells = group.body.map((row) => row[column] ?? "").filter((text) => note.readCell(text).kind !== "missing");
		if (cells.length === 0) continue;
		// A list in a cell (items on lines of their own) describes as prose does, however short its items.
		const long = cells.filter((text) => note.readCell(text).kind === "text" && (wordCount(text) > 3 || text.includes("\n"))).length;
		if (long >= cells.length / 2) prose++;
		else values++;
	}
	if (prose !== 1 || values > 1) return [];
	return [{ side: "rows", evidence: { rule: "reference-table", score: -0.5, reason: `${values} column${values === 1 ? "" : "s"} of values beside prose` } }];
};
