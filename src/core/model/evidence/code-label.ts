import { sideLabels } from "./facts";
import { namesMeasures } from "./measures-across";
import type { NameRule } from "./rule";

/**
 * Written as code: keys, options and identifiers more often than products. A hint only,
 * and none where the other side names measures: a command that is timed is what is compared.
 */
export const codeLabel: NameRule = (label, note) =>
	label.cell.code && !namesMeasures(sideLabels(label.group, label.side === "rows" ? "columns" : "rows"), note) ? { rule: "code-label", score: -0.5, reason: "written as code" } : null;
