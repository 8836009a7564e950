// What a note's rendered views were drawn from. Obsidian re-renders only the
// sections an edit changed (and none for a frontmatter edit), so a view of an
// untouched section can fall behind the note: its table still marks a name
// the note no longer compares. Each view records the model it was drawn from;
// when the note changes so that any live view's model is out of date, every
// view of the note is drawn again.
import { chartKeys, type NoteAnalysis, tableKeys } from "../core";

const drawn = new WeakMap<NoteAnalysis, string>();
const shown = new WeakMap<NoteAnalysis, string[]>();

/**
 * The frameworks a toolbar offers: the note's, where some table or chart shows
 * them. A name read only from benchmark output, or declared but in no table,
 * would be a toggle that hides nothing.
 */
export function viewFrameworks(analysis: NoteAnalysis): string[] {
	let names = shown.get(analysis);
	if (!names) {
		const inViews = new Set([...analysis.note.tables.flatMap((table) => table.frameworks), ...analysis.note.charts.flatMap((chart) => chart.frameworks)]);
		names = analysis.note.frameworks.filter((name) => inViews.has(name));
		shown.set(analysis, names);
	}
	return names;
}

/** The part of a note's model its views show: frameworks, and per table and chart its key, side and names. Computed once per analysis. */
export function drawnFrom(analysis: NoteAnalysis): string {
	const known = drawn.get(analysis);
	if (known !== undefined) return known;
	const from = signature(analysis);
	drawn.set(analysis, from);
	return from;
}

function signature(analysis: NoteAnalysis): string {
	const { note } = analysis;
	const tables = tableKeys(note.tables).map((key, i) => [key, note.tables[i]?.frameworkAxis, analysis.tables[i]?.frameworkOf]);
	const charts = chartKeys(note.charts).map((key, i) => [key, analysis.charts[i]?.frameworkAxis, analysis.charts[i]?.frameworkOf]);
	return JSON.stringify([viewFrameworks(analysis), tables, charts]);
}

/** A live view, and the note and model it was drawn from. */
export interface DrawnView {
	drawn: { path: string; from: string } | null;
}
