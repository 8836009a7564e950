// The two shapes of evidence rule. A name rule judges one label; an axis rule
// judges a whole side of a table or chart. Each lives in its own file and is
// listed, in order, in ./index.ts.
import type { LabelContext, NoteContext } from "./context";
import type { Evidence, GroupFacts, Side } from "./facts";

export type NameRule = (label: LabelContext, note: NoteContext) => Evidence | null;

export type AxisRule = (group: GroupFacts, note: NoteContext, index: number) => { side: Side; evidence: Evidence }[];
