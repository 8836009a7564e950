import type { NameRule } from "./rule";

/** Lists of projects link each name to its home; attributes are rarely links. */
export const linkedCell: NameRule = (label) => (label.cell.linked ? { rule: "linked-cell", score: 1.5, reason: "the cell is a link" } : null);
