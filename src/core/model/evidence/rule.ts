// The two shapes of evidence rule. A name rule judges one label; an axis rule
// judges a whole side of a table or chart. Each lives in its own file and is
// listed, in order, in ./index.ts.
//
// What a rule may count on being cheap (worked out once per note, see
// ./context.ts and ./text-memo.ts): `label.name` and `label.keys`,
// `note.keysOf`, `note.normalized`, `note.memo.normalized` and
// `note.memo.labelName` (any text), `note.readCell`, `note.noteFor` (one vault
// lookup per name), `note.mentionsOf` (one scan of the note's text). A rule
// that works something out per table or side keeps it in the note's memo
// (`note.memo.workedOut`), keyed by that table or side, as ./prose-column.ts does.
//
// A name rule that reads nothing of its label but the text (`label.name`,
// `label.keys`, `label.cell.text`, `label.cell.code`) and what the note knows
// of names may also be listed in TEXT_RULES (./index.ts): it is then asked once
// per label text and note, however many tables and sides the text stands in.
// Left out of that list, a rule is asked for every label: always right, only slower.
//
// An axis rule that needs something costly of the note (the words of the headings above a
// table, its running text) checks what the table itself says first and reads the costly
// part only for a table that could still qualify, as ./parts-of-one.ts does: most tables
// do not, and the seed note's second pass was mostly that reading.
import type { LabelContext, NoteContext } from "./context";
import type { Evidence, GroupFacts, Side } from "./facts";

export type NameRule = (label: LabelContext, note: NoteContext) => Evidence | null;

export type AxisRule = (group: GroupFacts, note: NoteContext, index: number) => { side: Side; evidence: Evidence }[];
