import type { AxisRule } from "./rule";

/** Benchmark tool output prints one line per candidate measured: its labels are the things compared. */
export const outputRows: AxisRule = (group) =>
	group.kind === "output" ? [{ side: "rows", evidence: { rule: "output-rows", score: 1, reason: "each line of tool output measures one candidate" } }] : [];
