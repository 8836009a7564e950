// A bar chart drawn with characters in a code fence, read into the same chart
// model as a box: an optional title line, then bars, one per label, in one
// group or in several groups each under a heading line ("GPU:", "TPU:").
// Rows are the labels, columns the groups ([""] for a single unnamed group).
//
// A bar's value is the number written after it. When no bar writes one, the
// values are the bars' lengths in blocks (█ is 1, ▌ is 0.5, ░ is the empty
// track) and the chart has no unit.
import { splitLines } from "../frontmatter/frontmatter-block";
import type { Result } from "../result";
import { type BarLine, classifyBarLine, isChartValue, isReadableBar, valueUnit } from "./bar-lines";
import type { ChartIssue, ParsedChart } from "./box-chart";
import { type CellValue, type WrittenForm, writtenForm } from "./cell-value";
import { parseChartTitle } from "./chart-title";
import type { Chart } from "./types";
import { operationGrid } from "./operation-grid";
import { quote } from "./quote";

interface BarRow {
	line: number;
	label: string;
	/** The line as classified: a drawn bar, or a label and a value with no bar. */
	source: Extract<BarLine, { kind: "bar" } | { kind: "gap" }>;
}

interface BarGroup {
	/** The heading line above the group, as written (null for a first group with none). */
	heading: string | null;
	rows: BarRow[];
}

function notAChart(line: number, message: string): Result<ParsedChart, ChartIssue> {
	return { ok: false, issues: [{ line, message, kind: "not-a-chart" }] };
}

const withoutColon = (text: string) => text.replace(/:$/, "").trim();
/** A line that names its unit or direction ("Latency (ms, lower is better)") is a chart's title. */
const readsAsTitle = (text: string) => {
	const title = parseChartTitle(text);
	return title.unit !== null || title.better !== null;
};

/** The title line and the first group's heading, from the text lines above the first bar. */
function splitTitle(before: string[], groups: BarGroup[]): { titleLine: string; firstHeading: string | null } {
	const last = before[before.length - 1];
	if (last === undefined) return { titleLine: "", firstHeading: null };
	const earlier = before[before.length - 2] ?? "";
	const laterHeadings = groups.slice(1).map((group) => group.heading ?? "");
	// One group: the line above it is the title, unless a title stands above a "Heading:" line.
	if (laterHeadings.length === 0) return before.length >= 2 && last.endsWith(":") ? { titleLine: earlier, firstHeading: last } : { titleLine: last, firstHeading: null };
	if (before.length >= 2) return { titleLine: earlier, firstHeading: last };
	// Several groups and one line above the first: a heading if it is written like the others.
	const colons = laterHeadings.every((heading) => heading.endsWith(":"));
	const isHeading = colons ? last.endsWith(":") : !readsAsTitle(last);
	return isHeading ? { titleLine: "", firstHeading: last } : { titleLine: last, firstHeading: null };
}

/**
 * "bun vm-fast", "node vm-fast" in one group, "bun eval-fast", "node eval-fast"
 * in the next: each group's labels end with the group's own case, so a row is
 * the name before it ("bun") and the case names the group's column where no
 * heading does. Labels are left whole unless every group has one case of its
 * own and the labels cross names with cases (./operation-grid).
 */
function nameRowsByGroup(groups: BarGroup[]): void {
	if (groups.length < 2) return;
	const rows = groups.flatMap((group) => group.rows);
	const heads = operationGrid(rows.map((row) => row.label));
	if (heads === null) return;
	const cases = rows.map((row, i) => row.label.slice((heads[i] as string).length).trim());
	let at = 0;
	const caseOf: string[] = [];
	for (const group of groups) {
		const own = new Set(cases.slice(at, at + group.rows.length).map((text) => text.toLowerCase()));
		if (own.size !== 1) return;
		caseOf.push(cases[at] as string);
		at += group.rows.length;
	}
	if (new Set(caseOf.map((text) => text.toLowerCase())).size !== groups.length) return;
	at = 0;
	groups.forEach((group, g) => {
		if (group.heading === null) group.heading = caseOf[g] as string;
		for (const row of group.rows) row.label = heads[at++] as string;
	});
}

/** A line drawn only of one rule character repeated: dashes, equals, underscores, box lines. */
const RULE_LINE = /^([-=_~*─━═┄┈])\1{2,}$/u;

/**
 * A line with no bar and a rating of nothing (`Ember   0/5`) is a bar of no length among bars that
 * write ratings; among bars that write numbers it is a remark (`Failed   0/10` under a throughput chart).
 */
function withoutRatedRemarks(lines: BarLine[]): BarLine[] {
	const numbered = lines.some((line) => line.kind === "bar" && (line.value?.kind === "number" || line.value?.kind === "percent"));
	return numbered ? lines.map((line): BarLine => (line.kind === "gap" && line.value.kind === "rating" ? { kind: "text", text: line.text } : line)) : lines;
}

/**
 * Bars that each write an amount before the bar and its share after it (`PHP   6 hrs 18 mins   ██▒░░
 * 41.91 %`) are named by what stands before the amount, where every bar is so written and the names
 * stay apart in each group: `MacBook Air  16 GB` beside `MacBook Air  8 GB` is two machines told apart
 * by their memory, and keeps its labels whole.
 */
function nameBarsBeforeTheirAmounts(groups: readonly BarGroup[]): void {
	const rows = groups.flatMap((group) => group.rows);
	if (!rows.every((row) => row.source.kind !== "bar" || row.source.named !== undefined)) return;
	const named = (row: BarRow) => (row.source.kind === "bar" ? (row.source.named ?? row.label) : row.label);
	if (!groups.every((group) => new Set(group.rows.map(named)).size === group.rows.length)) return;
	for (const row of rows) row.label = named(row);
}

/** The value a row writes, as written: after the bar, or after the label on a line with no bar. */
function writtenValue(source: BarRow["source"]): string {
	return source.kind === "bar" ? source.valueText : source.text.slice(source.text.indexOf(source.label) + source.label.length).trim();
}

/** The unit of bars that write ratings (`3/5`, `8/10`, `★★★☆☆`): the cell reader reads each on five. */
const RATING_UNIT = "out of 5";

/** How far a line is written in: its spaces and tabs before the first character. */
function indentOf(line: string): number {
	return line.length - line.trimStart().length;
}

/**
 * `            ↑ ÉCONOMIE : 535 500 USD ↑` on the line under a bar, written out under its track: a remark on
 * that bar, not the next group's heading. A heading stands apart, or nearer the labels' edge, or leads
 * straight into the bars of its group (`          ── Interpreted ──` over `Python  ██ 12`): a line under
 * a track is a remark when a blank line or the end follows it, when it points at the bar (`↑`, `(`), or when
 * every bar but the last has one.
 * The indexes of the remarks.
 */
function remarksUnderBars(lines: readonly BarLine[], source: readonly string[]): Set<number> {
	const underTrack: number[] = [];
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] as BarLine;
		const above = lines[i - 1];
		if (line.kind === "text" && above?.kind === "bar" && above.at !== undefined && above.at > 0 && indentOf(source[i] ?? "") >= above.at) underTrack.push(i);
	}
	const bars = lines.filter((line) => line.kind === "bar").length;
	const everyBar = underTrack.length >= bars - 1;
	// A line that opens pointing at the bar (`↑ GC pauses included`) remarks on it wherever it stands.
	const pointing = (i: number) => /^[↑⬆↖↗^←→(*]/u.test((source[i] ?? "").trim());
	return new Set(underTrack.filter((i) => everyBar || pointing(i) || lines[i + 1] === undefined || lines[i + 1]?.kind === "blank"));
}

/**
 * Reads the text of a fence as a bar chart. `fenceLine` is the 1-based line
 * of the opening fence; the text's first line is the one after it. Never throws.
 */
export function parseBarChart(text: string, fenceLine = 0): Result<ParsedChart, ChartIssue> {
	const source = splitLines(text);
	const lines = withoutRatedRemarks(source.map(classifyBarLine));
	const lineNumber = (index: number) => fenceLine + 1 + index;
	if (lines.filter(isReadableBar).length < 2) return notAChart(fenceLine, "There are no bars with labels in this text.");

	const remarks = remarksUnderBars(lines, source);
	const before: string[] = [];
	const groups: BarGroup[] = [];
	let pending: string[] = [];
	/** A rule drawn since the last bar: it parts the groups around it. */
	let ruled = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] as BarLine;
		const started = groups.length > 0;
		if (line.kind === "blank") continue;
		// A rule (`-----`, `═════`) is no title and no group's heading; between bars it parts two groups.
		if (line.kind === "text" && RULE_LINE.test(line.text)) {
			ruled = started;
			continue;
		}
		if (remarks.has(i)) continue;
		// A label and a number with no bar, before any bar, is a title (`Requests   12,000`) unless it is written on the
		// bars' axis and the bars follow it straight away: then it is the first bar, of no length (`duckdb   | 0.0` over
		// `chromem  |██ 509835.4`).
		const next = lines[i + 1];
		const leadsBars = line.kind === "gap" && line.onAxis === true && next?.kind === "bar" && valueUnit(next.value) === valueUnit(line.value);
		if (line.kind === "text" || (line.kind === "gap" && !started && !leadsBars)) {
			(started ? pending : before).push(line.text);
			continue;
		}
		if (!started || pending.length > 0 || ruled) {
			ruled = false;
			const heading = pending[pending.length - 1] ?? null;
			// A second title ("Throughput (req/s)") below the bars starts another chart; this one ends.
			if (heading !== null && readsAsTitle(heading)) break;
			groups.push({ heading, rows: [] });
			pending = [];
		}
		(groups[groups.length - 1] as BarGroup).rows.push({ line: lineNumber(i), label: line.label, source: line });
	}

	const { titleLine, firstHeading } = splitTitle(before, groups);
	(groups[0] as BarGroup).heading = firstHeading;
	nameBarsBeforeTheirAmounts(groups);
	nameRowsByGroup(groups);
	const { title, unit: titleUnit, better } = parseChartTitle(withoutColon(titleLine));

	const issues: ChartIssue[] = [];
	const rows = groups.flatMap((group) => group.rows);
	const written = rows.some((row) => row.source.kind === "bar" && row.source.value !== null);
	const valueOf = (row: BarRow): CellValue | null => row.source.value;
	// Ratings are on five, numbers on their own scale: one chart of both would set `5/5` beside `85`.
	// The fewer kind is the one out of place: a number among ratings, or ratings among numbers (a tie blames the ratings).
	const isNumber = (value: CellValue | null) => value?.kind === "number" || value?.kind === "percent";
	const rated = rows.filter((row) => valueOf(row)?.kind === "rating").length;
	const numbered = rows.filter((row) => isNumber(valueOf(row))).length;
	const outOfPlace = rated === 0 || numbered === 0 ? null : rated <= numbered ? "rating" : "number";
	for (const row of rows) {
		const value = valueOf(row);
		const name = `The bar ${quote(row.label)} (line ${row.line})`;
		const shown = quote(writtenValue(row.source));
		if (outOfPlace === "rating" && value?.kind === "rating") {
			issues.push({ line: row.line, kind: "unreadable", message: `${name} has ${shown}, a rating, where the other bars write numbers.` });
		} else if (outOfPlace === "number" && isNumber(value)) {
			issues.push({ line: row.line, kind: "unreadable", message: `${name} has ${shown}, a number, where the other bars write ratings.` });
		} else if (value !== null && !isChartValue(value)) {
			issues.push({ line: row.line, kind: "unreadable", message: `${name} has ${shown} where a number (or N/A) should be.` });
		} else if (written && value === null) {
			issues.push({ line: row.line, kind: "unreadable", message: `${name} has no number, while other bars write theirs.` });
		} else if (!written && value !== null && value.kind !== "missing") {
			issues.push({ line: row.line, kind: "unreadable", message: `${name} writes a number, while the other bars are measured by their length.` });
		}
	}
	const byLabel = groups.map((group) => {
		const rowOf = new Map<string, BarRow>();
		for (const row of group.rows) {
			const first = rowOf.get(row.label);
			if (first !== undefined) {
				const where = group.heading === null ? "" : ` under ${quote(withoutColon(group.heading))}`;
				issues.push({ line: row.line, kind: "unreadable", message: `${quote(row.label)} has two bars${where} (lines ${first.line} and ${row.line}).` });
			} else rowOf.set(row.label, row);
		}
		return rowOf;
	});
	if (issues.length > 0) return { ok: false, issues };

	const rowLabels = Array.from(new Set(rows.map((row) => row.label)));
	const number = (row: BarRow): number | null => {
		const value = valueOf(row);
		if (value === null) return row.source.kind === "bar" ? row.source.length : null;
		return value.kind === "number" || value.kind === "percent" || value.kind === "rating" ? value.value : null;
	};
	const values = rowLabels.map((label) =>
		byLabel.map((rowOf) => {
			const row = rowOf.get(label);
			return row ? number(row) : null;
		}),
	);
	const formOf = (row: BarRow): WrittenForm | null => {
		const value = valueOf(row);
		if (value === null || (value.kind !== "number" && value.kind !== "percent")) return null;
		// A gap line ("PyTorch   380") is its label, then its value.
		const { source } = row;
		return writtenForm(source.kind === "bar" ? source.valueText : source.text.slice(source.text.indexOf(source.label) + source.label.length));
	};
	const forms = rowLabels.map((label) =>
		byLabel.map((rowOf) => {
			const row = rowOf.get(label);
			return row ? formOf(row) : null;
		}),
	);
	const units = new Set(rows.flatMap((row) => {
		const value = valueOf(row);
		return value === null || value.kind === "missing" ? [] : [value.kind === "percent" ? "%" : value.kind === "rating" ? RATING_UNIT : value.kind === "number" ? value.unit : null];
	}));
	const sharedUnit = units.size === 1 ? ([...units][0] ?? null) : null;
	const chart: Chart = {
		line: fenceLine,
		title,
		// Bars that all write a share are in per cent whatever the title's brackets hold (`(Single-Core)`).
		unit: written ? (sharedUnit === "%" ? "%" : (titleUnit ?? sharedUnit)) : null,
		better,
		rowLabels,
		columnLabels: groups.map((group) => (group.heading === null ? "" : withoutColon(group.heading))),
		values,
		frameworks: [],
	};
	return { ok: true, value: { chart, cornerLabel: null, written: forms } };
}
