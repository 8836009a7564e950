import type { AxisRule } from "./rule";
import { decidedByCorner } from "./similar-header";

/**
 * Second pass: a top-left cell that heads the things compared down the rows of a decided table
 * (`| Modelo | Aislamiento | Paralelismo real |` over processes, threads and async) names the
 * kind of its column: written again atop another table's first column (`| Modelo | Resultado |`
 * over `Threads (10)`, `Multiprocessing (10)`), it says that column holds things of that kind
 * too, whatever the other header cells measure. A corner over a decided table's attributes says
 * nothing (`| Criterion | Postgres | MySQL |` then `| Criterion | MongoDB | CouchDB |`: there the
 * corner heads criteria, not names), and an empty corner names no kind. One of the column's labels
 * must be a name the note has already found elsewhere (`Threads (10)` beside the decided `Threads`):
 * a column title is a common word (`Component`, `Name`), and a first table read wrongly would
 * otherwise hand its mistake to every table under the same word. Weaker than a header shared
 * (`same-header`, `similar-header`): only the first column's title is.
 */
export const sameCorner: AxisRule = (group, note, index) => {
	if (group.kind !== "table" || note.headerAxes === null || !group.corner) return [];
	const corner = note.normalized(group.corner.text);
	if (corner === "") return [];
	const rowsUnder = (decidedByCorner(note).get(corner) ?? []).filter(({ other, side }) => side === "rows" && other !== index);
	if (rowsUnder.length === 0 || !group.rowLabels.some((cell) => note.knownElsewhere(note.keysOf(cell.text), index))) return [];
	return [{ side: "rows", evidence: { rule: "same-corner", score: 1, reason: "the top-left cell heads the things compared down the rows of another table of the note" } }];
};
