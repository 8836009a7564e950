import type { NameRule } from "./rule";

/** Written as code: keys, options and identifiers more often than products. A hint only. */
export const codeLabel: NameRule = (label) => (label.cell.code ? { rule: "code-label", score: -0.5, reason: "written as code" } : null);
