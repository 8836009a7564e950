// What detection sees of a note: plain data built once by the note model, read
// by every evidence rule. Rules never see tokens, the DOM or the vault itself.
import type { FrameworkAxis } from "../types";

/** One table cell or chart label, as a reader sees it. */
export interface CellFacts {
	/** Markup removed, as in the model's `rows`. */
	text: string;
	/** The cell is a link (wikilink or markdown link) and little else. */
	linked: boolean;
	/** Where the cell's first link points, if it has one. */
	href: string | null;
	/** That link is a markdown link to a page of the same site (a relative path), not a URL or a wikilink. */
	page: boolean;
	/** The cell is code (`name`) and nothing else. */
	code: boolean;
	/**
	 * Every letter of the cell is inside code, linked or not ("[`append`](/commands/append.md)",
	 * "`ls`, `dir`"): a command or an identifier, as the cells of a table of equivalents are.
	 */
	command: boolean;
	/** The cell shows only images (`![Chart](chart.png)`, `![[logo.svg]]`, a linked logo): its text is alt text, no name. */
	image?: boolean;
	/** Every letter of the cell is in strong emphasis (`**Storage**`, `__Time__`). */
	bold?: boolean;
	/** The cell's text without what it writes in superscript (`Yes<sup>1</sup>`, `<sup>-68%</sup> 22.82 KB`), when it writes any. */
	unannotated?: string;
}

export type Side = "rows" | "columns";

/** One table or chart. */
export interface GroupFacts {
	kind: "table" | "chart" | "output";
	line: number;
	/** The top-left cell, or null when there is no header row (some charts). */
	corner: CellFacts | null;
	/**
	 * The labels down the rows: the column that names them (the first, or the first
	 * of names after a repeating category), or a chart's bar labels.
	 */
	rowLabels: CellFacts[];
	/** The header cells after that column and after any leading key columns (scenarios). */
	columnLabels: CellFacts[];
	/** The value cells, rows x columns, in the order of `columnLabels`. */
	body: string[][];
	/** The share of the filled value cells written as commands (see `CellFacts.command`); tables only. */
	commands?: number;
	/** Which value cells are written all in strong emphasis (`**270**`), as `body`; tables only, and only when one is. */
	marked?: readonly (readonly boolean[])[];
	/** Which value cells are code and nothing else (`` `false` ``), as `body`; tables only, and only when one is. */
	coded?: readonly (readonly boolean[])[];
	/** Which value cells are a link and little else (`[Amazon architecture](http://…)`), as `body`; tables only, and only when one is. */
	linkedValues?: readonly (readonly boolean[])[];
	/**
	 * A long-form table (one row per thing and case, `| Benchmark | Library | ops/s |`):
	 * the case of each row, from the key column the things cycle through; tables only.
	 */
	cases?: readonly string[];
	/** The headings of the sections a table stands in, outermost first; tables only. */
	headings?: readonly string[];
	/** What the user said this table compares, if anything. */
	override: FrameworkAxis | null;
}

export interface NoteFacts {
	/** The frontmatter `frameworks` list: when given it is the answer. */
	declared: readonly string[] | null;
	/** Other frontmatter lists of short names (`tools:`, `databases:` ...), by key. */
	lists: readonly { key: string; items: readonly string[] }[];
	/** The note's title, file name, aliases and frontmatter `title`. */
	subjects: readonly string[];
	/** Headings of the note. */
	headings: readonly string[];
	/** Link targets and display texts written anywhere in the note. */
	linked: readonly string[];
	/** The note's running text outside tables and code: paragraphs, lists, headings. */
	prose: readonly string[];
	/** Names the user marked "Not a framework". */
	notFrameworks: readonly string[];
	groups: readonly GroupFacts[];
}

export type { Evidence } from "../types";

export const sideLabels = (group: GroupFacts, side: Side): CellFacts[] => (side === "rows" ? group.rowLabels : group.columnLabels);

/**
 * The lines of values that run along a side's labels: each body row for the column labels (a row
 * runs across the columns), each column for the row labels (a column runs down the rows).
 */
export function linesAlong(group: GroupFacts, side: Side): string[][] {
	if (side === "columns") return group.body;
	const width = group.body.reduce((widest, row) => Math.max(widest, row.length), 0);
	const lines: string[][] = [];
	for (let c = 0; c < width; c++) lines.push(group.body.map((row) => row[c] ?? ""));
	return lines;
}

/** The values along the label at `index` of `side`: a row's cells across, or a column's down the rows. */
export const lineOf = (group: GroupFacts, side: Side, index: number): readonly string[] =>
	side === "rows" ? (group.body[index] ?? []) : group.body.map((row) => row[index] ?? "");

