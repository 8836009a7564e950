import type { NoteContext } from "./context";
import type { CellFacts } from "./facts";
import { referenceTable } from "./reference-table";
import type { AxisRule } from "./rule";

/** Other tables under the same top-left cell looked at, at most: a few are enough to know. */
const LOOKED_AT = 8;

/**
 * `Software | Export | Import`, then `Software | Version | Content`, then
 * `Software | Export Name | Import Name`: tables under one top-left cell, each
 * looking at something else, with the same labels coming back down their first
 * column. That column is the key of records about the same things, as a column
 * shared by tables of a database is: the things compared. Added to
 * `names-return` when the top-left cells agree too, and only then; never in a
 * reference list, whose options and variables come back from section to section.
 */
export const keyedRows: AxisRule = (group, note, index) => {
	// One column beside the labels (`Key | Description`) is a list of pairs, not records.
	if (group.kind !== "table" || group.corner === null || group.columnLabels.length < 2) return [];
	const corner = note.normalized(group.corner.text);
	if (corner === "") return [];
	const labels = new Set(group.rowLabels.map((cell) => note.normalized(cell.text)).filter((key) => key !== ""));
	// A reference list (`Variable | Default | Description`) repeats its keys from section to section too.
	if (labels.size < 2 || referenceTable(group, note, index).length > 0) return [];
	const own = note.headerSignature(index);
	const columns = new Set(group.columnLabels.map((cell) => note.normalized(cell.text)).filter((key) => key !== ""));
	for (const other of (tablesByCorner(note).get(corner) ?? []).slice(0, LOOKED_AT + 1)) {
		if (other === index || note.headerSignature(other) === own || !looksElsewhere(columns, note.facts.groups[other]?.columnLabels ?? [], note)) continue;
		let shared = 0;
		for (const cell of note.facts.groups[other]?.rowLabels ?? []) if (labels.has(note.normalized(cell.text))) shared++;
		if (shared < 2 || shared * 3 < labels.size) continue;
		const reason = `${shared} of its row labels come back down another table under the same top-left cell`;
		return [{ side: "rows", evidence: { rule: "keyed-rows", score: 0.5, reason } }];
	}
	return [];
};

/**
 * Whether another table's header looks at other things than `columns`: it shares
 * fewer than half of the shorter header's cells. Two tables with mostly the same
 * header (`Test | Node 18 | Node 20`, then `Test | Node 18 | Node 20 | Bun` on another
 * machine) are one layout repeated, whichever side holds the things compared, so
 * labels coming back down their rows say nothing of which side that is.
 */
function looksElsewhere(columns: ReadonlySet<string>, others: readonly CellFacts[], note: NoteContext): boolean {
	const theirs = new Set(others.map((cell) => note.normalized(cell.text)).filter((key) => key !== ""));
	let shared = 0;
	for (const key of theirs) if (columns.has(key)) shared++;
	return shared * 2 < Math.min(columns.size, theirs.size);
}

/** The tables of the note by their top-left cell, worked out once per note. */
const byCorner = new WeakMap<NoteContext, Map<string, number[]>>();

function tablesByCorner(note: NoteContext): Map<string, number[]> {
	let found = byCorner.get(note);
	if (!found) {
		found = new Map();
		note.facts.groups.forEach((group, index) => {
			if (group.kind !== "table" || group.corner === null) return;
			const corner = note.normalized(group.corner.text);
			if (corner === "") return;
			const list = found?.get(corner) ?? [];
			list.push(index);
			found?.set(corner, list);
		});
		byCorner.set(note, found);
	}
	return found;
}
