// What a note's rendered views were drawn from. Obsidian re-renders only the
// sections an edit changed (and none for a frontmatter edit), so a view of an
// untouched section can fall behind the note: its table still marks a name
// the note no longer compares. Each view records the model it was drawn from;
// when the note changes so that any live view's model is out of date, every
// view of the note is drawn again.
import { chartKeys, type NoteAnalysis, tableKeys } from "../core";

/** The part of a note's model its views show: frameworks, and per table and chart its key, side and names. */
export function drawnFrom(analysis: NoteAnalysis): string {
	const { note } = analysis;
	const tables = tableKeys(note.tables).map((key, i) => [key, note.tables[i]?.frameworkAxis, analysis.tables[i]?.frameworkOf]);
	const charts = chartKeys(note.charts).map((key, i) => [key, analysis.charts[i]?.frameworkAxis, analysis.charts[i]?.frameworkOf]);
	return JSON.stringify([note.frameworks, tables, charts]);
}

/** A live view, and the note and model it was drawn from. */
export interface DrawnView {
	drawn: { path: string; from: string } | null;
}
