// A note's chart turned the way the bar chart draws it: one series per
// framework (whichever side of the box the frameworks are on), one category
// per measured column, the best value of each category, percentages of the
// best and the numbers printed the way the note writes them. Pure: no DOM.
import type { Chart, ChartLayout, WrittenForm } from "../core";
import { formatPercent, formatWritten, type NumberFormat, numberFormatOf } from "./chart-number-format";
import { extent } from "./chart-scale";

export interface ChartSeries {
	/** The label as written in the chart ("JAX/Flax"). */
	label: string;
	/** The note's framework this series stands for ("JAX"), or null. */
	framework: string | null;
}

export interface ChartData {
	title: string | null;
	unit: string | null;
	better: "higher" | "lower" | null;
	/** Which side of the box holds the frameworks, as the note model found it. */
	frameworkAxis: "rows" | "columns";
	cornerLabel: string | null;
	series: ChartSeries[];
	categories: string[];
	/** series x categories */
	values: (number | null)[][];
	/** How each value is written in the note, series x categories; null where unknown. */
	written: (WrittenForm | null)[][];
	/** The chart's own format: its axis, and values with no written form. */
	format: NumberFormat;
}

export type Grouping = "column" | "framework";

/** Rows are the series unless the model found the frameworks across the columns. */
export function chartData(chart: Chart, layout: ChartLayout | null, sourceText: string, knownFramework: (name: string | null | undefined) => string | null): ChartData {
	const across = layout?.frameworkAxis === "columns";
	const labels = across ? chart.columnLabels : chart.rowLabels;
	const frameworkOf = layout && layout.frameworkAxis !== "none" ? layout.frameworkOf : labels;
	const series = labels.map((label, i) => ({ label, framework: knownFramework(frameworkOf[i]) }));
	const categories = across ? chart.rowLabels : chart.columnLabels;
	const valueAt = (r: number, c: number) => finiteOrNull(chart.values[r]?.[c]);
	const formAt = (r: number, c: number) => layout?.written?.[r]?.[c] ?? null;
	const bySeries = <T>(at: (r: number, c: number) => T): T[][] =>
		across ? chart.columnLabels.map((_, c) => chart.rowLabels.map((__, r) => at(r, c))) : chart.rowLabels.map((_, r) => chart.columnLabels.map((__, c) => at(r, c)));
	const values = bySeries(valueAt);
	const written = bySeries(formAt);
	return {
		title: chart.title,
		unit: chart.unit,
		better: chart.better,
		frameworkAxis: across ? "columns" : "rows",
		cornerLabel: layout?.cornerLabel ?? null,
		series,
		categories,
		values,
		written,
		format: numberFormatOf(layout?.written ? written.flat() : null, sourceText),
	};
}

/** A value no bar can be drawn for (Infinity, NaN) is a gap, as N/A is: the core never reads one, but the view does not rely on it. */
function finiteOrNull(value: number | null | undefined): number | null {
	return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * The indices of the best value among `values` (ties all win), by the
 * chart's direction; none when the chart does not say which way is better.
 */
export function bestIndices(values: readonly (number | null)[], better: "higher" | "lower" | null): number[] {
	if (better === null) return [];
	const present = values.filter((v): v is number => v !== null);
	const range = extent(present);
	if (present.length < 2 || !range) return [];
	const best = better === "higher" ? range.max : range.min;
	return values.flatMap((v, i) => (v === best ? [i] : []));
}

/** The reference of "% of best" in one category: the best value, or the largest when no direction is given. */
export function bestValue(values: readonly (number | null)[], better: "higher" | "lower" | null): number | null {
	const range = extent(values);
	if (!range) return null;
	return better === "lower" ? range.min : range.max;
}

/**
 * `value` as a percentage of the category's best value; null for a missing
 * value, a best of zero or below (a share of it means nothing), or a share
 * too large for a double (100 against a best of 5e-323).
 */
export function percentOfBest(value: number | null, best: number | null): number | null {
	if (value === null || best === null || !(best > 0)) return null;
	// Scaled first where that stays finite: (5e-323 / 100) * 100 underflows to a share of 0.
	const scaled = value * 100;
	const percent = Number.isFinite(scaled) ? scaled / best : (value / best) * 100;
	return Number.isFinite(percent) ? percent : null;
}

/** "% of best" is offered when no value is negative: with mixed signs the best is no yardstick for the rest. */
export function offersPercent(values: readonly (number | null)[]): boolean {
	return values.every((value) => value === null || value >= 0);
}

/** The values of category `c` across all series. */
export function categoryValues(data: ChartData, c: number): (number | null)[] {
	return data.series.map((_, s) => data.values[s]?.[c] ?? null);
}

/** Per series and category, whether the value is the best of its category. */
export function bestMatrix(data: ChartData): boolean[][] {
	const best = data.categories.map((_, c) => new Set(bestIndices(categoryValues(data, c), data.better)));
	return data.series.map((_, s) => data.categories.map((__, c) => best[c]!.has(s)));
}

/** What the bars show under a scale: the values, or their percentages of each category's best. */
export function shownValues(data: ChartData, percent: boolean): (number | null)[][] {
	if (!percent) return data.values;
	const bests = data.categories.map((_, c) => bestValue(categoryValues(data, c), data.better));
	return data.values.map((row) => row.map((value, c) => percentOfBest(value, bests[c] ?? null)));
}

export interface BarSlot {
	series: number;
	category: number;
}

export interface BarGroup {
	label: string;
	/** The series (grouped by column) or category (grouped by framework) the group stands for. */
	index: number;
	bars: BarSlot[];
}

/** Groups and bars in drawing order: a group per category with a bar per series, or the other way round. */
export function barGroups(data: ChartData, grouping: Grouping): BarGroup[] {
	if (grouping === "framework") {
		return data.series.map((series, s) => ({
			label: series.label,
			index: s,
			bars: data.categories.map((_, c) => ({ series: s, category: c })),
		}));
	}
	return data.categories.map((label, c) => ({
		label,
		index: c,
		bars: data.series.map((_, s) => ({ series: s, category: c })),
	}));
}

/** A value as the note writes it ("12.4", "2.10", "90k", "1,250"); "N/A" for none. */
export function valueText(data: ChartData, series: number, category: number): string {
	const value = data.values[series]?.[category] ?? null;
	return value === null ? "N/A" : formatWritten(value, data.written[series]?.[category] ?? null, data.format);
}

/**
 * A series named for a tooltip or a screen reader: the note's text, and the
 * legend's name beside it when they differ ("JAX/Flax (JAX)"), so the bar's
 * label and the legend's toggle are seen to be one.
 */
export function seriesName(data: ChartData, series: number): string {
	const { label = "", framework = null } = data.series[series] ?? {};
	return framework !== null && framework !== label ? `${label} (${framework})` : label;
}

/** A category's name: its label, or "column 2" for an unnamed one among several; "" for the one unnamed column of a bar chart. */
export function categoryName(data: ChartData, category: number): string {
	return data.categories[category] || (data.categories.length > 1 ? `column ${category + 1}` : "");
}

/** "JAX/Flax (JAX), NVIDIA V100: 390 images/sec, best (higher is better)" */
export function describeBar(data: ChartData, slot: BarSlot, best: boolean, percent: number | null): string {
	const series = seriesName(data, slot.series);
	// A single unnamed column (a bar chart of one series) needs no name.
	const category = categoryName(data, slot.category);
	const where = category === "" ? series : `${series}, ${category}`;
	const value = data.values[slot.series]?.[slot.category] ?? null;
	if (value === null) return `${where}: N/A (no value)`;
	const parts = [`${where}: ${valueText(data, slot.series, slot.category)}${data.unit ? ` ${data.unit}` : ""}`];
	if (percent !== null) parts.push(`${formatPercent(percent)} of ${data.better ? "best" : "largest"}`);
	if (best) parts.push(`best (${data.better} is better)`);
	return parts.join(", ");
}

/** The chart's three views: the bars, their numbers as a table, the fence as written. */
export type ChartView = "chart" | "table" | "text";

/** The chart's secondary options: what they change is drawn in some views only. */
export type ChartOption = "grouping" | "log" | "percent" | "columns";

/**
 * Whether an option changes what `view` shows: grouping and scales change
 * the bars only; hidden columns the bars and the table; the text is as
 * written, so nothing applies there. An option that does not apply is
 * disabled, never silently changed.
 */
export function optionApplies(option: ChartOption, view: ChartView): boolean {
	if (view === "chart") return true;
	return view === "table" && option === "columns";
}

/** Below this width (a phone, a narrow pane) the secondary options go into one "Options" menu, so the chart's actions fit one row. */
export const COMPACT_WIDTH = 560;

/** Whether the chart's secondary options sit in one menu: on mobile, or in a chart narrower than COMPACT_WIDTH (0: not measured yet). */
export function compactOptions(width: number, mobile: boolean): boolean {
	return mobile || (width > 0 && width < COMPACT_WIDTH);
}

/** "Columns · 1 hidden": a control that hides things says how many are hidden. */
export function withHiddenCount(label: string, hidden: number): string {
	return hidden > 0 ? `${label} · ${hidden.toLocaleString("en")} hidden` : label;
}

/**
 * The groups and bars left to draw when some are hidden: hidden bars are left
 * out and so is a group with none left, so the chart closes up around them.
 */
export function shownGroups(groups: readonly BarGroup[], hidden: (slot: BarSlot) => boolean): BarGroup[] {
	return groups.map((group) => ({ ...group, bars: group.bars.filter((slot) => !hidden(slot)) })).filter((group) => group.bars.length > 0);
}

/** The values the drawn bars show, for the axis to span: hidden bars do not stretch it. */
export function drawnValues(groups: readonly BarGroup[], shown: readonly (readonly (number | null)[])[]): (number | null)[] {
	return groups.flatMap((group) => group.bars.map((slot) => shown[slot.series]?.[slot.category] ?? null));
}

/** A bar's identity across redraws: its series and category. */
export function slotKey(slot: BarSlot): string {
	return `${slot.series}:${slot.category}`;
}
