// One pass of markdown-it over a note gives everything the model needs: title,
// sections, links, tables and fenced charts. Frameworks are decided last, from
// the tables and charts found.
import type { Token } from "markdown-it";
import { blankFrontmatter, findFrontmatter, lineCount, unclosedFrontmatter } from "../frontmatter/frontmatter-block";
import { type FrontmatterInput, readFrontmatter } from "../frontmatter/read-frontmatter";
import { markdownParser } from "../markdown";
import { tableRowMeta } from "../markdown/rules/table-cell-spans";
import type { Problem } from "../result";
import type { LinkResolver } from "../vault/link-resolver";
import { noteName, normalizeVaultPath } from "../vault/vault-path";
import { cellFacts, labelCell, plainCell, valueText } from "./cell-facts";
import { fenceLanguage } from "./chart-candidate";
import { type DetectedGroup, detectFrameworks, type FrameworkDetection } from "./detect-frameworks";
import type { CellFacts, GroupFacts } from "./evidence/facts";
import { TextMemo } from "./evidence/text-memo";
import type { ParsedChart } from "./box-chart";
import { readFenceChart } from "./fence-chart";
import { frontmatterLists } from "./frontmatter-lists";
import { frameworkGroups, type NoteBlock } from "./framework-groups";
import { inlineText } from "./inline-text";
import { keyColumnCount, subjectColumn } from "./subject-column";
import { longForm } from "./evidence/long-form";
import { noteAnchors } from "../vault/note-anchors";
import { inlineLinks, missingSubpathProblems, propertyLinks } from "./note-links";
import { tableKey } from "./table-key";
import { isOutputFence, readToolOutput, type ToolOutput } from "./tool-output";
import { isShownFile } from "./evidence/attachment";
import { headingRows } from "./blank-header";
import { boldHeadingRows } from "./bold-heading-row";
import { unrankedLabels } from "./ranked-rows";
import type { ChartLayout, ColumnAlign, DetectionOverrides, Link, Note, NoteAnalysis, RowSource, Section, Table, TableLayout } from "./types";
import { ownValue } from "../own-keys";

export interface NoteInput {
	/** Vault-relative path, "/" separators. */
	path: string;
	text: string;
	frontmatter?: FrontmatterInput;
	/** The user's corrections to detection for this note (the plugin's data, never the note). */
	overrides?: DetectionOverrides;
}

interface TableDraft {
	line: number;
	header: CellFacts[];
	rows: CellFacts[][];
	rowLines: number[];
	source: RowSource[];
	align: ColumnAlign[];
	inHeader: boolean;
	/** The headings of the sections the table stands in, outermost first. */
	headings: string[];
}


function alignOf(token: Token): ColumnAlign {
	const style = String(token.attrGet("style") ?? "");
	const match = /text-align:(left|center|right)/.exec(style);
	return match ? (match[1] as ColumnAlign) : null;
}

export function buildNoteModel(input: NoteInput, resolver: LinkResolver): Note {
	return analyzeNote(input, resolver).note;
}

export function analyzeNote(input: NoteInput, resolver: LinkResolver): NoteAnalysis {
	try {
		return analyze(input, resolver);
	} catch (error) {
		// A bug here must not cost the user the note: report it like any other problem.
		const path = normalizeVaultPath(input.path);
		const reason = error instanceof Error ? error.message : "unknown error";
		return {
			note: {
				path,
				title: noteName(path),
				aliases: [],
				frameworks: [],
				links: [],
				tables: [],
				charts: [],
				problems: [{ line: 1, message: `Framework Compare could not read this note (${reason}).` }],
			},
			tables: [],
			charts: [],
			sections: [],
			groups: [],
			explanation: [],
		};
	}
}

function analyze(input: NoteInput, resolver: LinkResolver): NoteAnalysis {
	const path = normalizeVaultPath(input.path);
	const block = findFrontmatter(input.text);
	const { frontmatter, problems: frontmatterProblems } = readFrontmatter(input.frontmatter, block);
	const problems: Problem[] = [...frontmatterProblems, ...unclosedFrontmatter(input.text)];
	const tokens = markdownParser().parse(blankFrontmatter(input.text, block), {});
	const totalLines = lineCount(input.text);

	let title: string | null = null;
	const sections: Section[] = [];
	const openSections: Section[] = [];
	const links: Link[] = [];
	const tables: TableDraft[] = [];
	const charts: ParsedChart[] = [];
	const outputs: ToolOutput[] = [];
	let table: TableDraft | null = null;
	let row: CellFacts[] | null = null;
	let rowLine = 0;
	let inCell = false;
	/** The note's running text (paragraphs, lists, headings), for the names it talks about. */
	const prose: string[] = [];
	/** Top-level blocks, for the sections and code samples written once per framework. */
	const blocks: NoteBlock[] = [];

	// A heading's text is read for its section, its block and the running text; a paragraph's for
	// the last two: the inline run just read is remembered, so each is read once.
	let lastRun: Token | null = null;
	let lastText = "";
	const runText = (run: Token | undefined): string => {
		if (run === undefined) return inlineText(null);
		if (run !== lastRun) {
			lastRun = run;
			lastText = inlineText(run.children ?? null);
		}
		return lastText;
	};

	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i] as Token;
		const line = token.map ? token.map[0] + 1 : rowLine;
		if (token.level === 0 && token.nesting !== -1 && token.map) blocks.push(topLevelBlock(token, tokens[i + 1], runText));
		switch (token.type) {
			case "heading_open": {
				const text = runText(tokens[i + 1]);
				const level = Number(token.tag.slice(1));
				if (title === null && level === 1 && token.markup === "#" && text !== "") title = text;
				while (openSections.length > 0 && (openSections[openSections.length - 1] as Section).level >= level) {
					(openSections.pop() as Section).endLine = line - 1;
				}
				const section: Section = { heading: text, level, line, endLine: totalLines };
				sections.push(section);
				openSections.push(section);
				break;
			}
			case "table_open":
				table = { line, header: [], rows: [], rowLines: [], source: [], align: [], inHeader: true, headings: openSections.map((section) => section.heading) };
				break;
			case "tbody_open":
				if (table) table.inHeader = false;
				break;
			case "tr_open":
				rowLine = line;
				row = [];
				// Where the row's cells are written, read by the table rule while it still knew the container's prefix.
				if (table) {
					// Named fields, not a spread: a spread after other fields is copied key by key, once per row.
					const meta = tableRowMeta(token);
					table.source.push(meta === null ? { line, start: 0, end: 0, cells: [] } : { line, start: meta.start, end: meta.end, cells: meta.cells });
				}
				break;
			case "th_open":
			case "td_open":
				inCell = true;
				if (table?.inHeader) table.align.push(alignOf(token));
				break;
			case "th_close":
			case "td_close":
				inCell = false;
				break;
			case "tr_close":
				if (table && row) {
					if (table.inHeader) table.header = row;
					else {
						table.rows.push(row);
						table.rowLines.push(rowLine);
					}
				}
				row = null;
				break;
			case "table_close":
				if (table) tables.push(table);
				table = null;
				break;
			case "inline":
				// Table cells carry no line map; their row's line stands in.
				links.push(...inlineLinks(token, token.map ? line : rowLine, path, resolver));
				if (inCell && row) row.push(cellFacts(token.children));
				else if (!table) prose.push(runText(token));
				break;
			case "fence": {
				// Only a fence drawn as a grid or as bars is read, and only such a fence may report a problem.
				const parsed = readFenceChart(fenceLanguage(token.info), token.content, line);
				if (parsed.ok) charts.push(parsed.value);
				else {
					const language = fenceLanguage(token.info);
					const output = isOutputFence(language) ? readToolOutput(token.content, line) : null;
					if (output !== null) outputs.push(output);
					for (const issue of parsed.issues) {
						if (issue.kind === "unreadable") problems.push({ line: issue.line, message: `Chart at line ${line}: ${issue.message}` });
					}
				}
				break;
			}
			default:
				break;
		}
	}

	// The subject columns, detection and the per-framework sections read the same cells and names: each is read once.
	const memo = new TextMemo();
	const read = (text: string) => memo.readCell(text);
	const groups: { line: number; group: GroupFacts; apply: (found: DetectedGroup) => void }[] = [];
	const tableLayouts: TableLayout[] = [];
	const texts = (cells: readonly CellFacts[]) => cells.map((cell) => cell.text);
	const tableModels: Table[] = tables.map((draft) => {
		const model: Table = { line: draft.line, header: texts(draft.header), rows: draft.rows.map(texts), frameworkAxis: "none", frameworks: [] };
		const layout: TableLayout = { line: draft.line, rowLines: draft.rowLines, source: draft.source, align: draft.align, frameworkOf: [], nameColumn: 0, headingRows: 0 };
		tableLayouts.push(layout);
		return model;
	});
	// Which table writes a text alone as a cell (lower case): a ranking's bare places come off only names
	// another table writes too (./ranked-rows.ts). Not headings: a how-to gives each step a section as a
	// comparison gives each thing one. Worked out only for a note with such a ranking: most have none.
	const SEVERAL_TABLES = -1;
	let aloneIn: Map<string, number> | null = null;
	const tableOf = (text: string): number | undefined => {
		if (aloneIn === null) {
			const found = new Map<string, number>();
			tables.forEach((draft, index) => {
				for (const cells of [draft.header, ...draft.rows])
					for (const cell of cells) {
						const key = cell.text.trim().toLowerCase();
						const known = found.get(key);
						found.set(key, known === undefined || known === index ? index : SEVERAL_TABLES);
					}
			});
			aloneIn = found;
		}
		return aloneIn.get(text);
	};
	const writtenOutside = (table: number) => (text: string) => {
		const known = tableOf(text);
		return known !== undefined && known !== table;
	};
	tables.forEach((draft, index) => {
		const model = tableModels[index] as Table;
		const layout = tableLayouts[index] as TableLayout;
		const width = draft.header.length;
		// A blank header row over a first row of headings, or a row of headings in bold near the
		// top: detection reads that row as the header.
		const lead = headingRows(draft.header, draft.rows, read) || boldHeadingRows(draft.rows, read);
		const header = lead === 0 ? draft.header : (draft.rows[lead - 1] as CellFacts[]);
		const rows = draft.rows.slice(lead);
		layout.headingRows = lead;
		const columns = new Map<number, boolean>();
		const first = subjectColumn(rows, width, read, columns, header[0]?.text ?? "");
		// One row per (thing, case): the things are the column that cycles within the runs of the cases.
		const long = longForm(rows, width, first, read);
		const subject = long?.names ?? first;
		const keys = keyColumnCount(rows, width, read, columns);
		const others = Array.from({ length: width }, (_, column) => column).filter((column) => column !== subject && column >= keys && column !== long?.cases);
		layout.nameColumn = subject;
		groups.push({
			line: draft.line,
			group: {
				kind: "table",
				line: draft.line,
				corner: header[subject] === undefined ? null : labelCell(header[subject]),
				rowLabels: unrankedLabels(rows.map((cells) => labelCell(cells[subject] ?? plainCell(""))), writtenOutside(index)),
				columnLabels: others.map((column) => labelCell(header[column] ?? plainCell(""))),
				// A cell of only an image is a value of its own kind, whatever its alt text says.
				body: rows.map((cells) => others.map((column) => valueText(cells[column]))),
				commands: commandShare(rows, others),
				...markedCells(rows, others),
				...codedCells(rows, others),
				...linkedCells(rows, others),
				headings: draft.headings,
				...(long ? { cases: casesOf(rows, long.cases) } : {}),
				override: ownValue(input.overrides?.tableAxes, tableKey(tableModels, index)) ?? null,
			},
			apply: (found) => {
				model.frameworkAxis = found.axis;
				model.frameworks = found.frameworks;
				// The row read as the header belongs to no framework.
				if (found.axis !== "columns") layout.frameworkOf = [...Array.from({ length: lead }, () => null), ...found.labelFrameworks];
				else {
					// Per column of the table; the column naming the rows belongs to no framework,
					// unless the table has no row labels and its first header cell is a name.
					layout.frameworkOf = Array.from({ length: width }, () => null);
					const named = found.headless ? [subject, ...others] : others;
					named.forEach((column, i) => (layout.frameworkOf[column] = found.labelFrameworks[i] ?? null));
				}
			},
		});
	});
	const chartLayouts: ChartLayout[] = charts.map((draft) => {
		const layout: ChartLayout = { line: draft.chart.line, frameworkAxis: "none", cornerLabel: draft.cornerLabel, frameworkOf: [], written: draft.written };
		const { chart } = draft;
		groups.push({
			line: chart.line,
			group: {
				kind: "chart",
				line: chart.line,
				corner: draft.cornerLabel === null ? null : plainCell(draft.cornerLabel),
				rowLabels: chart.rowLabels.map(plainCell),
				columnLabels: chart.columnLabels.map(plainCell),
				body: chart.values.map((values) => values.map((value) => (value === null ? "" : String(value)))),
				override: null,
			},
			apply: (found) => {
				layout.frameworkAxis = found.axis;
				layout.frameworkOf = found.labelFrameworks;
				chart.frameworks = found.frameworks;
			},
		});
		return layout;
	});
	// Tool output names what a document measures; it stays a fence, so nothing is applied back.
	for (const output of outputs) {
		groups.push({
			line: output.line,
			group: {
				kind: "output",
				line: output.line,
				corner: null,
				rowLabels: output.labels.map(plainCell),
				columnLabels: output.unit === "" ? [] : [plainCell(output.unit)],
				body: output.values.map((value) => (output.unit === "" ? [] : [String(value)])),
				override: null,
			},
			apply: () => undefined,
		});
	}
	// Source order decides which framework is listed first.
	groups.sort((a, b) => a.line - b.line);

	const basename = noteName(path);
	const detection: FrameworkDetection = detectFrameworks(
		{
			declared: frontmatter.frameworks,
			lists: frontmatterLists(frontmatter.properties),
			// A `title:` in the frontmatter (Jekyll, Hugo, Dendron notes) names the note too.
			subjects: [title ?? basename, basename, ...frontmatter.aliases, ...stringProperty(frontmatter.properties, "title")],
			headings: sections.map((section) => section.heading),
			// A markdown link counts when it opens another note: "[no-null](docs/rules/no-null.md)" is a page
			// of a site, and "[Parse](#parse)" in a table of contents is a way through this one.
			linked: links
				.filter((link) => link.form !== "markdown" || (link.resolved !== null && link.target !== ""))
				// An embedded picture shows what a row looks like; it is no note about a thing.
				.filter((link) => !(link.embed && isShownFile(link.target)))
				.flatMap((link) => [noteName(link.target), ...(link.display === null ? [] : [link.display])])
				.filter((name) => name !== ""),
			notFrameworks: input.overrides?.notFrameworks ?? [],
			prose,
			groups: groups.map((entry) => entry.group),
		},
		resolver,
		memo,
	);
	groups.forEach((entry, index) => {
		const found = detection.groups[index];
		if (found) entry.apply(found);
	});

	// Property links come first: the frontmatter is at the top of the note.
	links.unshift(...propertyLinks(frontmatter.properties, block, path, resolver));
	problems.push(...missingSubpathProblems(links, path, () => noteAnchors(input.text), resolver));
	problems.sort((a, b) => a.line - b.line);
	const note: Note = {
		path,
		title: title ?? basename,
		aliases: frontmatter.aliases,
		frameworks: detection.frameworks,
		links,
		tables: tableModels,
		charts: charts.map((draft) => draft.chart),
		problems,
	};
	// A table or chart drawn from a fence keeps its interactive view only where Obsidian rendered it, in the note's flow.
	// Built in a loop: spreading two mapped arrays into the Set made V8 drop analyze's optimised code on every call.
	const viewLines = new Set<number>();
	for (const table of note.tables) if (table.frameworkAxis !== "none") viewLines.add(table.line);
	for (const chart of note.charts) viewLines.add(chart.line);
	const perFramework = frameworkGroups(blocks, detection.frameworks, totalLines, viewLines, memo);
	return { note, tables: tableLayouts, charts: chartLayouts, sections, groups: perFramework, explanation: detection.explanation };
}

function topLevelBlock(token: Token, next: Token | undefined, runText: (run: Token | undefined) => string): NoteBlock {
	const [start, end] = token.map as [number, number];
	const block: NoteBlock = { kind: "other", line: start + 1, endLine: Math.max(start + 1, end), level: 0, text: "", info: "", content: "" };
	if (token.type === "heading_open" || token.type === "paragraph_open") {
		block.kind = token.type === "heading_open" ? "heading" : "paragraph";
		block.level = token.type === "heading_open" ? Number(token.tag.slice(1)) : 0;
		block.text = runText(next?.type === "inline" ? next : undefined);
	} else if (token.type === "fence") {
		block.kind = "fence";
		block.info = token.info;
		block.content = token.content;
	}
	return block;
}

function stringProperty(properties: Record<string, unknown>, key: string): string[] {
	const value = properties[key];
	return typeof value === "string" && value.trim() !== "" ? [value] : [];
}

/** The value cells written all in bold, when any is (`**270**`: the best of its line). */
function markedCells(rows: readonly (readonly CellFacts[])[], columns: readonly number[]): { marked?: boolean[][] } {
	const marked = rows.map((cells) => columns.map((column) => cells[column]?.bold === true));
	return marked.some((row) => row.includes(true)) ? { marked } : {};
}

/** The value cells written as code and nothing else, when any is (`` `false` `` under Default). */
function codedCells(rows: readonly (readonly CellFacts[])[], columns: readonly number[]): { coded?: boolean[][] } {
	const coded = rows.map((cells) => columns.map((column) => cells[column]?.code === true));
	return coded.some((row) => row.includes(true)) ? { coded } : {};
}

/** The value cells that are a link and little else, when any is (a reading list's articles). */
function linkedCells(rows: readonly (readonly CellFacts[])[], columns: readonly number[]): { linkedValues?: boolean[][] } {
	const linkedValues = rows.map((cells) => columns.map((column) => cells[column]?.linked === true));
	return linkedValues.some((row) => row.includes(true)) ? { linkedValues } : {};
}

/** The share of the filled cells in the given columns that are written as commands. */
function commandShare(rows: readonly (readonly CellFacts[])[], columns: readonly number[]): number {
	let filled = 0;
	let commands = 0;
	for (const row of rows) {
		for (const column of columns) {
			const cell = row[column];
			if (cell === undefined || cell.text.trim() === "") continue;
			filled++;
			if (cell.command) commands++;
		}
	}
	return filled === 0 ? 0 : commands / filled;
}

/** The case of each row of a long-form table: its key cell, or the key written above it (a merged cell). */
function casesOf(rows: readonly (readonly CellFacts[])[], column: number): string[] {
	let current = "";
	return rows.map((row) => {
		const text = row[column]?.text.trim() ?? "";
		if (text !== "") current = text;
		return current;
	});
}
