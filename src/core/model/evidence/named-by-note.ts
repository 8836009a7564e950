// How many labels of a side the note itself names as its subjects: the title or an alias
// (`# Vite vs Webpack vs Parcel`), the frontmatter's `frameworks:` or its lists. Rules that read a
// table's shape as a reference or a list ask it first: a note that names its rows as what it is
// about compares them, whatever its columns hold. A note of the vault for a label is no such word:
// an ecosystem list links its entries to their own notes as readily as a comparison does.
import type { NoteContext } from "./context";
import { declared } from "./declared";
import { type GroupFacts, type Side, sideLabels } from "./facts";
import { frontmatterList } from "./frontmatter-list";
import { subject } from "./subject";

const NAMING = [declared, frontmatterList, subject];

export function namedByNote(group: GroupFacts, note: NoteContext, index: number, side: Side): number {
	let named = 0;
	for (const cell of sideLabels(group, side)) {
		if (cell.text.trim() === "") continue;
		const label = note.label(cell, group, index, side);
		if (NAMING.some((rule) => rule(label, note) !== null)) named++;
	}
	return named;
}
