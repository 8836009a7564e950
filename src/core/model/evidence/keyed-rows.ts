import type { NoteContext } from "./context";
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
	for (const other of (tablesByCorner(note).get(corner) ?? []).slice(0, LOOKED_AT + 1)) {
		if (other === index || note.headerSignature(other) === own) continue;
		let shared = 0;
		for (const cell of note.facts.groups[other]?.rowLabels ?? []) if (labels.has(note.normalized(cell.text))) shared++;
		if (shared < 2 || shared * 3 < labels.size) continue;
		const reason = `${shared} of its row labels come back down another table under the same top-left cell`;
		return [{ side: "rows", evidence: { rule: "keyed-rows", score: 0.5, reason } }];
	}
	return [];
};

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
