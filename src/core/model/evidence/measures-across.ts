import { type CellFacts, type Side, sideLabels } from "./facts";
import { namesMeasure } from "./measure";
import type { AxisRule } from "./rule";

function measureShare(cells: readonly CellFacts[]): number {
	const labels = cells.filter((cell) => cell.text.trim() !== "");
	return labels.length === 0 ? 0 : labels.filter((cell) => namesMeasure(cell.text)).length / labels.length;
}

/** `Library | ops/sec | Time (ms)`: when one side names measures, the things measured are on the other. */
export const measuresAcross: AxisRule = (group) =>
	(["rows", "columns"] as Side[]).flatMap((side) => {
		const share = measureShare(sideLabels(group, side));
		if (share < 0.5) return [];
		const other: Side = side === "rows" ? "columns" : "rows";
		return [{ side: other, evidence: { rule: "measures-across", score: 1, reason: `the ${side === "rows" ? "row" : "column"} labels name measures` } }];
	});
