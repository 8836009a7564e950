// The note model printed by `framework-compare inspect` and used by the plugin's
// views. Plain JSON-safe data, key order as in CONTRACT.md section 2, because the
// command line prints these objects as they are.
import type { Problem } from "../result";
import type { WrittenForm } from "./cell-value";

export type { Problem };

export interface Note {
	path: string;
	title: string;
	aliases: string[];
	frameworks: string[];
	links: Link[];
	tables: Table[];
	charts: Chart[];
	problems: Problem[];
}

export interface Link {
	line: number;
	/** The path as written, no subpath; "" for [[#Heading]]; markdown links URL-decoded, without <...>. */
	target: string;
	subpath: string;
	display: string | null;
	embed: boolean;
	/** `[[...]]`, `[text](Note.md)`, or a frontmatter value `"[[...]]"`. */
	form: "wikilink" | "markdown" | "property";
	resolved: string | null;
}

export type FrameworkAxis = "rows" | "columns" | "none";

export interface Table {
	line: number;
	header: string[];
	rows: string[][];
	frameworkAxis: FrameworkAxis;
	frameworks: string[];
}

/**
 * What the user told the plugin about one note's detection, kept in the
 * plugin's data and never in the note.
 */
export interface DetectionOverrides {
	/** Names marked "Not a framework": never a framework in this note (compared as normalised names). */
	notFrameworks?: readonly string[];
	/**
	 * Per table, keyed by `tableKey`: "rows" when the first column lists the
	 * things compared ("Compare these" on the first column), "columns" for the
	 * header row, "none" for a table that compares nothing.
	 */
	tableAxes?: Readonly<Record<string, FrameworkAxis>>;
}

export type Better = "higher" | "lower";

export interface Chart {
	line: number;
	title: string | null;
	unit: string | null;
	better: Better | null;
	rowLabels: string[];
	columnLabels: string[];
	values: (number | null)[][];
	frameworks: string[];
}

export type ColumnAlign = "left" | "center" | "right" | null;

/** Where one cell of a pipe table is written, as markdown-it split its row. */
export interface CellSource {
	/** Columns [start, end) on the row's line, trimmed as markdown-it trims the cell; empty at the row's end for a cell the row leaves out. */
	start: number;
	end: number;
	/** The cell as the note writes it: markup, links and escapes such as "\|" kept. */
	markdown: string;
}

/** Where one row of a pipe table is written. */
export interface RowSource {
	/** 1-based line in the file. */
	line: number;
	/** Columns [start, end) of the row on its line, after any container prefix ("> ", "- ") and indentation. */
	start: number;
	end: number;
	/** One per column of the table, as rendered. */
	cells: CellSource[];
}

/** What the views need beyond the JSON: kept apart so the printed model stays the contract's. */
export interface TableLayout {
	line: number;
	/** 1-based line of each body row, parallel to `Table.rows`. */
	rowLines: number[];
	/** Where the header row (first) and each body row are written, for "Copy as Markdown". */
	source: RowSource[];
	align: ColumnAlign[];
	/**
	 * The framework each body row (frameworks down the rows) or each column
	 * (across the columns) stands for. The column naming the rows is null,
	 * unless the table has no row labels and its top-left cell is a name.
	 */
	frameworkOf: (string | null)[];
	/** The column that names the rows: the first, or the first of distinct names after a repeating category column. */
	nameColumn: number;
	/** Body rows at the top that head the table (a first row of headings under a blank header row): they stay on top when sorted. */
	headingRows: number;
}

export interface ChartLayout {
	line: number;
	/** Which side of the chart the frameworks are on. */
	frameworkAxis: FrameworkAxis;
	/** The label above the row labels ("Framework"), if the chart has a header row. */
	cornerLabel: string | null;
	/** The framework each row label (or column label) stands for, along `frameworkAxis`. */
	frameworkOf: (string | null)[];
	/** How each value is written ("12.40", "1,250", "90k"), rows x columns as the chart's `values`; null where no number is written. Absent: print values plainly. */
	written?: (WrittenForm | null)[][];
}

export interface Section {
	heading: string;
	level: number;
	/** Line of the heading. */
	line: number;
	/** Last line of the section (before the next heading of the same or a higher level). */
	endLine: number;
}

/** One reason for or against a call, as `inspect --explain` prints it. */
export interface Evidence {
	rule: string;
	/** Positive: for; negative: against. About 1 is a fair hint, 3 a near certainty. */
	score: number;
	reason: string;
}

export interface NameExplanation {
	label: string;
	score: number;
	evidence: Evidence[];
}

export interface SideExplanation {
	score: number;
	/** The names' mean score from their own evidence alone. */
	ownNames: number;
	evidence: Evidence[];
	names: NameExplanation[];
}

export interface GroupExplanation {
	kind: "table" | "chart" | "output";
	line: number;
	axis: FrameworkAxis;
	decidedBy: "evidence" | "you";
	rows: SideExplanation;
	columns: SideExplanation;
}

/** One framework's part of a group: a section under its heading, or a code sample. */
export interface FrameworkGroupItem {
	/** The frameworks its heading or label names, the first the one it is named after ("PyTorch → JAX": PyTorch, JAX). */
	frameworks: string[];
	/** The heading's or label's text as a reader sees it ("JAX (Google)", "PyTorch"; a label without its colon). */
	label: string;
	/** 1-based line of the heading or label. */
	line: number;
	/** 1-based first line after the heading (sections) or of the fence (code). */
	bodyLine: number;
	/** 1-based last line. */
	endLine: number;
	/** A code sample's content as written; null for a section. */
	code: string | null;
	/** A code sample's fence language ("python"), "" when none. */
	language: string;
}

/**
 * Sibling sections named after the note's frameworks ("sections"), or a run of
 * code samples each introduced by a framework's name ("code").
 */
export interface FrameworkGroup {
	kind: "sections" | "code";
	/** 1-based first line (the first heading or label) and last line. */
	line: number;
	endLine: number;
	items: FrameworkGroupItem[];
}

export interface NoteAnalysis {
	note: Note;
	tables: TableLayout[];
	charts: ChartLayout[];
	sections: Section[];
	/** Per-framework sections and code-sample runs, in source order. */
	groups: FrameworkGroup[];
	/** Per table and chart in source order, the evidence behind its call (`inspect --explain`). */
	explanation: GroupExplanation[];
}
