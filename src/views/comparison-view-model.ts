// What the comparison view shows for a note, as plain data: the sentence for a
// note that compares nothing, or the note's frameworks in its order (each with
// the note it names, that note's aliases and the notes linking to it) and its
// tables and charts, each named by its title or the heading it sits under.
// Pure: the plugin gathers the facts, ./comparison-view.ts draws the result.

/** A vault note the view links to. */
export interface NoteRef {
	path: string;
	/** What the view shows: the file's name without ".md". */
	name: string;
	/** What Obsidian opens for it from the shown note (`metadataCache.fileToLinktext`). */
	linktext: string;
}

export interface FrameworkEntry {
	name: string;
	/** The note the name resolves to in the vault (by name or alias), or null. */
	note: NoteRef | null;
	/** The aliases of that note. */
	aliases: string[];
	/** The notes linking to that note, other than the one shown. */
	backlinks: NoteRef[];
}

export interface ViewPart {
	/** The table's or chart's place among the note's tables or charts. */
	index: number;
	line: number;
	/** Its title, or the heading it sits under, or "Table at line N". */
	label: string;
}

export type ComparisonViewModel =
	| { kind: "message"; text: string }
	| { kind: "note"; path: string; title: string; frameworks: FrameworkEntry[]; tables: ViewPart[]; charts: ViewPart[] };

interface Heading {
	heading: string;
	line: number;
	/** The section's last line. */
	endLine: number;
}

export interface ComparisonViewFacts {
	/** The note shown: the active one, or the last Markdown note active. */
	file: { path: string; basename: string; extension: string } | null;
	/** `framework-compare: false` in the note's frontmatter. */
	disabled: boolean;
	/** The note's model, for a Markdown note. */
	note: {
		title: string;
		/** The frameworks its views compare, in the note's order. */
		frameworks: readonly string[];
		tables: readonly { line: number }[];
		charts: readonly { line: number; title: string | null }[];
		headings: readonly Heading[];
	} | null;
	/** The note a framework name resolves to, with that note's aliases. */
	noteFor(name: string): { note: NoteRef; aliases: readonly string[] } | null;
	/** The notes linking to a vault path. */
	backlinksOf(path: string): readonly NoteRef[];
}

/** The innermost heading whose section holds `line`. */
function headingOver(headings: readonly Heading[], line: number): string | null {
	let best: { heading: string; line: number } | null = null;
	for (const heading of headings) {
		if (heading.line <= line && line <= heading.endLine && (!best || heading.line > best.line)) best = heading;
	}
	return best ? best.heading : null;
}

export function comparisonViewModel(facts: ComparisonViewFacts): ComparisonViewModel {
	const { file, note } = facts;
	if (!file) return { kind: "message", text: "Open a note to see what it compares." };
	if (file.extension !== "md" || !note) return { kind: "message", text: `${file.basename}.${file.extension} is not a Markdown note, so it compares nothing.` };
	if (facts.disabled) return { kind: "message", text: `${note.title} turns Framework Compare off (framework-compare: false in its properties).` };
	if (note.frameworks.length === 0) return { kind: "message", text: `${note.title} compares no frameworks.` };
	if (note.frameworks.length === 1) return { kind: "message", text: `${note.title} compares only ${note.frameworks[0]}: a comparison needs two or more frameworks.` };
	const frameworks = note.frameworks.map((name): FrameworkEntry => {
		const found = facts.noteFor(name);
		// A framework named after the shown note itself links nowhere new.
		if (!found || found.note.path === file.path) return { name, note: null, aliases: [], backlinks: [] };
		return {
			name,
			note: found.note,
			aliases: [...found.aliases],
			backlinks: facts.backlinksOf(found.note.path).filter((ref) => ref.path !== file.path),
		};
	});
	const tables = note.tables.map((table, index): ViewPart => ({ index, line: table.line, label: headingOver(note.headings, table.line) ?? `Table at line ${table.line}` }));
	const charts = note.charts.map((chart, index): ViewPart => ({ index, line: chart.line, label: chart.title ?? headingOver(note.headings, chart.line) ?? `Chart at line ${chart.line}` }));
	return { kind: "note", path: file.path, title: note.title, frameworks, tables, charts };
}
