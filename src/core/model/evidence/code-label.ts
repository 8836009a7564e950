import { baselineSide } from "./baseline-line";
import type { LabelContext, NoteContext } from "./context";
import { sideLabels } from "./facts";
import { namesMeasures } from "./measures-across";
import type { NameRule } from "./rule";

/**
 * Code that the other side of its table times (`grep -r TODO .` under `Mean [ms]`): a command
 * compared. Or code on the side of a table's baseline (criterion-table's `` `json` `` over
 * `284.71 us (✅ 1.00x)`, `` `rkyv` `` over `(🚀 8.10x faster)`): measured against one another.
 */
export function timedCommand(label: LabelContext, note: NoteContext): boolean {
	return label.cell.code && (namesMeasures(sideLabels(label.group, label.side === "rows" ? "columns" : "rows"), note) || baselineSide(label.group, note) === label.side);
}

/**
 * Written as code: keys, options and identifiers more often than products. A hint only,
 * and none where the other side names measures: a command that is timed is what is compared.
 */
export const codeLabel: NameRule = (label, note) => (label.cell.code && !timedCommand(label, note) ? { rule: "code-label", score: -0.5, reason: "written as code" } : null);
