import { namesMeasure } from "./measure";
import type { NameRule } from "./rule";

/** "Time (ms)", "ops/sec", "Share %": a measure, not a thing measured. */
export const measureLabel: NameRule = (label) =>
	namesMeasure(label.cell.text) ? { rule: "measure-label", score: -1, reason: "names a measure (a unit, a rate or a percentage)" } : null;
