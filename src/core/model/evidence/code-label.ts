import { measuredAgainst } from "./baseline-line";
import type { LabelContext, NoteContext } from "./context";
import { sideLabels } from "./facts";
import { namesMeasures } from "./measures-across";
import type { NameRule } from "./rule";

/**
 * Code its table measures: a command that the other side times (`grep -r TODO .` under
 * `Mean [ms]`), or code on the side of a table's baseline whose cells are measures
 * (criterion-table's `` `json` `` over `284.71 us (✅ 1.00x)`, `` `rkyv` `` over
 * `35.14 us (🚀 8.10x faster)`): things measured against one another.
 */
export function codeMeasured(label: LabelContext, note: NoteContext): boolean {
	return label.cell.code && (namesMeasures(sideLabels(label.group, label.side === "rows" ? "columns" : "rows"), note) || measuredAgainst(label.group, note) === label.side);
}

/**
 * Written as code: keys, options and identifiers more often than products. A hint only,
 * and none where the other side names measures: a command that is timed is what is compared.
 */
export const codeLabel: NameRule = (label, note) => (label.cell.code && !codeMeasured(label, note) ? { rule: "code-label", score: -0.5, reason: "written as code" } : null);
