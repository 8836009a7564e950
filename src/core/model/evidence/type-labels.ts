// `| 타입 | 크기 | 표현 범위 |` over `boolean`, `char`, `int`, `long`, `double`; MySQL's `TINYINT`,
// `INT`, `BIGINT`, `VARCHAR` down a table of sizes and ranges: a side whose labels are mostly the
// types of a single value every language writes (./type-words.ts) lists a language's types, a
// study note's or a reference's, not things set against each other for a reader to pick. A note of
// another script names them in Latin letters through its text, which would count as names otherwise.
// Shapes of data (`Array | Set | Map`) are left alone: notes do weigh them against each other.
import { namedByNote } from "./named-by-note";
import type { AxisRule } from "./rule";
import { isValueTypeWord } from "./type-words";

/** Three types at least: two (`int` and `long`) may be what a note compares. */
const LEAST = 3;

/**
 * Down the rows only: a reference lists its types down a table, while types set across the header
 * (`| | float | double | decimal |`) are weighed against each other. Nor where the note names them as
 * its subjects (`# float vs double vs decimal in C#`).
 */
export const typeLabels: AxisRule = (group, note, index) => {
	const texts = group.rowLabels.map((cell) => cell.text.trim()).filter((text) => text !== "");
	const types = texts.filter(isValueTypeWord).length;
	if (types < LEAST || types * 2 < texts.length || namedByNote(group, note, index, "rows") >= 2) return [];
	return [{ side: "rows", evidence: { rule: "type-labels", score: -4, reason: `${types} of ${texts.length} labels are a language's types: its types listed, not things compared` } }];
};
