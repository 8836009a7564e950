import type { AxisRule } from "./rule";

/** A drawn chart gives each row its bars: the rows are the series compared. */
export const chartRows: AxisRule = (group) =>
	group.kind === "chart" ? [{ side: "rows", evidence: { rule: "chart-rows", score: 0.5, reason: "a chart's rows are its series" } }] : [];
