// A chart drawn as a box in a code fence: an optional title line, a header row
// of column labels, and rows of a label followed by numbers.
import { splitLines } from "../frontmatter/frontmatter-block";
import type { Result } from "../result";
import { type BoxLine, classifyBoxLine } from "./box-lines";
import { type ChartCell, parseChartCell } from "./chart-number";
import { parseChartTitle } from "./chart-title";
import { namesMeasure } from "./evidence/measure";
import type { Chart } from "./types";
import { quote } from "./quote";
import { readCell, unquoted, type WrittenForm, writtenForm } from "./cell-value";

export interface ChartIssue {
	line: number;
	message: string;
	/** "not-a-chart": no grid of labels and numbers, nothing to report in a note. "unreadable": it is drawn as a chart but cannot be read whole. */
	kind: "not-a-chart" | "unreadable";
}

export interface ParsedChart {
	chart: Chart;
	/** The label above the row labels ("Framework"), when there is a header row. */
	cornerLabel: string | null;
	/** How each value is written ("12.40", "1,250", "90k"), rows x columns as `chart.values`; null where no number is written. */
	written: (WrittenForm | null)[][];
}

interface GridRow {
	line: number;
	cells: string[];
}

function notAChart(line: number, message: string): Result<ParsedChart, ChartIssue> {
	return { ok: false, issues: [{ line, message, kind: "not-a-chart" }] };
}

/**
 * Reads the text of a fence as a box-drawing chart. `fenceLine` is the 1-based line of the
 * opening fence; the text's first line is the one after it. Never throws.
 */
/** A first column counting the rows (0, 1, 2 … or 1, 2, 3 …) before a column of labels: the labels are the rows' names. */
function withoutRowNumbers(rows: GridRow[]): GridRow[] {
	const [head, ...rest] = rows;
	if (!head || rest.length < 2) return rows;
	const start = Number(rest[0]?.cells[0]);
	const counted = rest.every((row, i) => /^\d+$/.test(row.cells[0] ?? "") && Number(row.cells[0]) === start + i) && (start === 0 || start === 1);
	const labelled = rest.every((row) => (row.cells[1] ?? "") !== "" && parseChartCell(row.cells[1] ?? "").kind === "text");
	return counted && labelled ? rows.map((row) => ({ ...row, cells: row.cells.slice(1) })) : rows;
}

/**
 * The value columns (by place after the label) that hold text and no number in any row, when another
 * column holds numbers. A column headed by a measure (`p99 (ms)`, `ops/s`) is a series whatever its
 * cells say: words there are bad input, reported on their lines.
 */
function describedColumns(cells: readonly (readonly ChartCell[])[], headers: readonly string[]): Set<number> {
	const width = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
	const described = new Set<number>();
	for (let column = 0; column < width; column++) {
		if (namesMeasure(headers[column] ?? "")) continue;
		let text = false;
		let number = false;
		for (const row of cells) {
			const kind = row[column]?.kind;
			if (kind === "number") number = true;
			else if (kind === "text") text = true;
		}
		if (text && !number) described.add(column);
	}
	// Every column described: nothing is left to chart, and the box says so as it did.
	return described.size === width ? new Set() : described;
}

/**
 * Each row's label; a label two rows share takes the descriptions that tell them apart
 * (`cebe/markdown (extra)` beside `cebe/markdown (gfm)`), what they share left out.
 */
function labelsWithDescriptions(body: readonly GridRow[], described: ReadonlySet<number>): string[] {
	const labels = body.map((row) => row.cells[0] ?? "");
	if (described.size === 0) return labels;
	const rowsOf = new Map<string, number[]>();
	labels.forEach((label, r) => {
		const rows = rowsOf.get(label);
		if (rows) rows.push(r);
		else rowsOf.set(label, [r]);
	});
	const named = [...labels];
	const description = (r: number, column: number) => (body[r]?.cells[column + 1] ?? "").trim();
	for (const [label, rows] of rowsOf) {
		if (rows.length < 2) continue;
		// Only the descriptions that differ between the rows of one label tell them apart.
		const differing = [...described].filter((column) => new Set(rows.map((r) => description(r, column))).size > 1);
		for (const r of rows) {
			const apart = differing.map((column) => description(r, column)).filter((text) => text !== "");
			if (apart.length > 0) named[r] = `${label} (${apart.join(", ")})`;
		}
	}
	return named;
}

export function parseBoxChart(text: string, fenceLine = 0): Result<ParsedChart, ChartIssue> {
	const lines = splitLines(text).map(classifyBoxLine);
	const lineNumber = (index: number) => fenceLine + 1 + index;

	const gridStart = lines.findIndex((line) => line.kind === "row" || line.kind === "border");
	if (gridStart < 0) return notAChart(fenceLine, "There is no box with rows in this text.");
	const rows: GridRow[] = [];
	const borderAfterRow: boolean[] = [];
	for (let i = gridStart; i < lines.length; i++) {
		const line = lines[i] as BoxLine;
		// A second box or a caption below ends the chart.
		if (line.kind === "text") break;
		if (line.kind === "border" && rows.length > 0) borderAfterRow[rows.length - 1] = true;
		if (line.kind === "row" && line.cells.some((cell) => cell !== "")) rows.push({ line: lineNumber(i), cells: line.cells });
	}
	// `│ Python Benchmark (100k records) │` across the whole box above a header is the chart's caption,
	// drawn inside the box: its title, not a header of one column. The header below it is written in
	// words or set off by a rule the rows below it have not (`7B | 13B` and years are headers too); over
	// rows of figures, ruled or not, a one-cell first row is the box's header of one column, reported as such.
	const setOff = borderAfterRow[1] === true && borderAfterRow[2] !== true;
	const headed = setOff || (rows[1]?.cells ?? []).slice(1).some((cell) => parseChartCell(unquoted(cell)).kind === "text");
	const caption = rows.length > 2 && rows[0]?.cells.length === 1 && (rows[1]?.cells.length ?? 0) > 1 && headed ? rows.shift() : undefined;
	if (caption !== undefined) borderAfterRow.shift();
	if (rows.length < 2) return notAChart(fenceLine, "A chart needs a header row and at least one row of values.");
	if (rows.every((row) => row.cells.length < 2)) return notAChart(fenceLine, "A chart needs a label and at least one value per row.");

	// Node's console.table prints every row as strings in quotes after an "(index)" column of row numbers.
	const grid = withoutRowNumbers(rows).map((row) => ({ ...row, cells: row.cells.map(unquoted) }));
	const [first] = grid as [GridRow];
	const firstIsHeader = borderAfterRow[0] === true || first.cells.slice(1).some((cell) => parseChartCell(cell).kind === "text");
	const header = firstIsHeader ? first : null;
	const body = firstIsHeader ? grid.slice(1) : grid;

	const allCells = body.map((row) => row.cells.slice(1).map(parseChartCell));
	if (!allCells.some((cells) => cells.some((cell) => cell.kind === "number"))) {
		return notAChart(fenceLine, "The box holds no numbers, so it is a diagram, not a chart.");
	}
	// A column without one number describes its rows (a package's version, a dialect), as a table's key columns do:
	// it is no series, and where it tells two rows of one label apart it goes into their labels.
	const described = header === null ? new Set<number>() : describedColumns(allCells, header.cells.slice(1));
	const keep = (cells: readonly string[]) => [cells[0] ?? "", ...cells.slice(1).filter((_, column) => !described.has(column))];
	const kept = body.map((row) => keep(row.cells));
	const cellsOf = allCells.map((cells) => cells.filter((_, column) => !described.has(column)));
	const labelOf = labelsWithDescriptions(body, described);
	// Beside the columns that describe: `❌ Non | ⚠️ Générique | ✅ Oui` down most rows, a cost or a score in one or two: a table drawn with
	// lines, as a comparison written in a plain fence is, where a chart's few words would be slips in its figures.
	// One or two words again and again (`timeout`, `OOM`) are no such table: they stand where a run gave no figure,
	// and the chart's problems say how to write that.
	const texts = kept.flatMap((cells, row) => cells.slice(1).filter((_, column) => cellsOf[row]?.[column]?.kind === "text"));
	const words = new Set(texts.map((text) => text.trim().toLowerCase()));
	// `yes | no`, `✓ | ✗` are a feature grid's answers, not runs that gave no figure.
	const answers = texts.some((text) => readCell(text).kind === "check");
	const numbers = cellsOf.reduce((sum, cells) => sum + cells.filter((cell) => cell.kind === "number").length, 0);
	if (texts.length > numbers && (words.size > 2 || answers)) {
		return notAChart(fenceLine, "The box holds more words than numbers: a table drawn with lines, not a chart.");
	}

	const issues: ChartIssue[] = [];
	const width = (header ?? first).cells.length;
	body.forEach((row, index) => {
		const label = labelOf[index] ?? "";
		const name = label === "" ? `The row on line ${row.line}` : `The row ${quote(label)} (line ${row.line})`;
		if (row.cells.length !== width) {
			issues.push({
				line: row.line,
				kind: "unreadable",
				message: `${name} has ${row.cells.length} cells, but the chart's ${header ? "header has" : "first row has"} ${width}; the chart cannot be drawn.`,
			});
			return;
		}
		if (label === "") {
			issues.push({ line: row.line, kind: "unreadable", message: `${name} has values but no label.` });
		}
		const values = kept[index] as string[];
		const texts = (cellsOf[index] as ChartCell[]).flatMap((cell, column) => (cell.kind === "text" ? [values[column + 1] ?? ""] : []));
		if (texts.length > 0) {
			issues.push({
				line: row.line,
				kind: "unreadable",
				message: `${name} has ${texts.map(quote).join(", ")} where a number (or N/A) should be.`,
			});
		}
	});
	if (issues.length > 0) return { ok: false, issues };

	const above = lines.slice(0, gridStart).filter((line): line is { kind: "text"; text: string } => line.kind === "text");
	// `CPU: AMD Ryzen 9`, `Node.js: v24.12.0`, `OHA: 1.12.0` over a tool's grid: settings it printed, one to
	// a line, not a title. A title stands alone, or after lines that are not such settings.
	const titleLine = settingsBlock(above) ? undefined : above[above.length - 1];
	const { title, unit, better } = parseChartTitle(caption?.cells[0] ?? titleLine?.text ?? "");
	const chart: Chart = {
		line: fenceLine,
		title,
		unit,
		better,
		rowLabels: labelOf,
		columnLabels: header ? keep(header.cells).slice(1) : Array.from({ length: width - 1 - described.size }, () => ""),
		values: cellsOf.map((cells) => cells.map((cell) => (cell.kind === "number" ? cell.value : null))),
		frameworks: [],
	};
	const written = body.map((_, r) => (cellsOf[r] as ChartCell[]).map((cell, column) => (cell.kind === "number" ? writtenForm(kept[r]?.[column + 1] ?? "") : null)));
	return { ok: true, value: { chart, cornerLabel: header ? (header.cells[0] ?? null) : null, written } };
}

/**
 * A setting a tool prints: a short key, a colon, and its value after a space (`Node.js:   v24.12.0`).
 * A line that gives a unit or which way is better (`Latency: p99 (ms, lower is better)`) is a title.
 */
function isSetting(text: string): boolean {
	const colon = text.indexOf(":");
	if (colon <= 0 || colon > 30 || text.charAt(colon + 1) !== " " || text.slice(colon + 1).trim() === "") return false;
	const read = parseChartTitle(text);
	return read.unit === null && read.better === null;
}

/** Whether the last two text lines above the grid are both settings: the tail of a block of them. */
function settingsBlock(above: readonly { text: string }[]): boolean {
	const last = above[above.length - 1];
	const before = above[above.length - 2];
	return last !== undefined && before !== undefined && isSetting(last.text.trim()) && isSetting(before.text.trim());
}
