import type { AxisRule } from "./rule";

/**
 * A drawn chart gives each row its bars: the rows are the series compared. A chart of one
 * measure (`zap │████ 121,333 req/s`, a bar per row and nothing across) is drawn to set its rows
 * against each other, and says so more firmly; a grid of several columns may as well set the
 * columns against each other over cases down the rows (libraries across, types checked down),
 * and bars of shares only (`Méditation ▰▰▰▰▰▰▰▱▱▱ 70 %`) are as often each row's progress
 * toward its own goal, a habit tracker's month, as a comparison.
 */
export const chartRows: AxisRule = (group) => {
	if (group.kind !== "chart") return [];
	const shares = group.unit === "%";
	const oneMeasure = group.columnLabels.length <= 1 && !shares;
	return [{ side: "rows", evidence: { rule: "chart-rows", score: oneMeasure ? 1 : 0.5, reason: oneMeasure ? "a chart of one measure sets its rows against each other" : "a chart's rows are its series" } }];
};
