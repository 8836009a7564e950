// Draws a grouped bar chart as SVG: a group per category (or per framework),
// a horizontal bar per value from the zero baseline (negative values to its
// left, their labels before them), value labels, the best value of each
// category starred, N/A drawn as a marked empty slot, and a bottom axis with
// round ticks. Beside the SVG (role="img", so its children are hidden from
// assistive tech) it builds a list of focusable items laid over the bars:
// they carry the same values for keyboard and screen-reader users.
// Note text is only ever set with textContent.
import { type BarGroup, type BarSlot, type ChartData, valueText as writtenValue } from "./chart-data";
import { formatNumber, formatPercent, formatPowerOfTen, formatScaled, isPlain } from "./chart-number-format";
import { type ChartScale, decimalsOf } from "./chart-scale";

const SVG_NS = "http://www.w3.org/2000/svg";

export interface BarChartOptions {
	width: number;
	groups: BarGroup[];
	scale: ChartScale;
	/** What each bar shows (values, or percentages of best), series x categories. */
	shown: (number | null)[][];
	best: boolean[][];
	/** Colour slot of each series. */
	slotOf: (series: number) => number;
	/** The accessible description of a bar. */
	describe: (slot: BarSlot) => string;
	label: string;
	/** Under the grouping by framework the bars are labelled with their category, else with their series. */
	barLabel: (slot: BarSlot) => string;
}

export interface DrawnBar {
	slot: BarSlot;
	/** The SVG group of the bar: rect (or N/A marker), value label and <title>. */
	g: SVGGElement;
	/** The focusable list item over the bar. */
	item: HTMLLIElement;
	/** Where a tooltip points, in the chart's units (0..width, 0..height). */
	anchor: { x: number; y: number };
}

export interface DrawnChart {
	svg: SVGSVGElement;
	list: HTMLUListElement;
	bars: DrawnBar[];
	groupLabels: SVGTextElement[];
	width: number;
	height: number;
}

export const LAYOUT = {
	fontSize: 12,
	charWidth: 7,
	groupHeader: 22,
	bar: 18,
	barGap: 4,
	groupGap: 10,
	axis: 26,
	top: 2,
	naWidth: 34,
};

/** Rough text width at the chart's font size; SVG has no layout, so labels are sized by their length. */
export function textWidth(text: string, size = LAYOUT.fontSize): number {
	return Array.from(text).length * LAYOUT.charWidth * (size / LAYOUT.fontSize);
}

function fit(text: string, width: number): string {
	const chars = Array.from(text);
	const max = Math.max(3, Math.floor(width / LAYOUT.charWidth));
	return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

export function drawBarChart(doc: Document, data: ChartData, options: BarChartOptions): DrawnChart {
	const { groups, scale, shown, best } = options;
	const width = Math.max(240, Math.round(options.width));
	const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, cls?: string): SVGElementTagNameMap[K] => {
		const node = doc.createElementNS(SVG_NS, name);
		for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
		if (cls) node.setAttribute("class", cls);
		return node;
	};
	const valueText = (slot: BarSlot): string => {
		const value = shown[slot.series]?.[slot.category] ?? null;
		if (value === null) return "N/A";
		return scale.kind === "percent" ? formatPercent(value) : writtenValue(data, slot.series, slot.category);
	};
	const allSlots = groups.flatMap((group) => group.bars);

	// --- horizontal layout: bar labels | labels of negative bars | bars | value labels ---
	const labelOf = (slot: BarSlot) => textWidth(`${valueText(slot)} ★`);
	const isNegative = (slot: BarSlot) => (shown[slot.series]?.[slot.category] ?? 0) < 0;
	const longestBarLabel = widest(allSlots.map((slot) => textWidth(options.barLabel(slot))));
	const labelWidth = Math.min(width * 0.34, Math.max(40, longestBarLabel + 4));
	const longestLeft = widest(allSlots.filter(isNegative).map(labelOf));
	const longestRight = Math.max(textWidth("N/A"), widest(allSlots.filter((slot) => !isNegative(slot)).map(labelOf)));
	const plotLeft = labelWidth + 8 + (longestLeft > 0 ? longestLeft + 5 : 0);
	const plotRight = Math.max(plotLeft + 80, width - longestRight - 10);
	const plotWidth = plotRight - plotLeft;

	// --- vertical layout: fixed slots, so hiding a bar never moves another ---
	let y = LAYOUT.top;
	const groupTops: number[] = [];
	const barTops: number[][] = [];
	for (const group of groups) {
		groupTops.push(y);
		y += LAYOUT.groupHeader;
		barTops.push(group.bars.map(() => {
			const top = y;
			y += LAYOUT.bar + LAYOUT.barGap;
			return top;
		}));
		y += LAYOUT.groupGap;
	}
	const plotTop = (groupTops[0] ?? 0) + LAYOUT.groupHeader - 4;
	const axisY = y - LAYOUT.groupGap + 2;
	const height = Math.round(axisY + LAYOUT.axis);

	const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", preserveAspectRatio: "xMinYMin meet", role: "img", "aria-label": options.label }, "framework-compare-chart-svg");
	const title = el("title", {});
	title.textContent = options.label;
	svg.appendChild(title);

	// --- grid and axis ---
	const x = (value: number) => plotLeft + scale.position(value) * plotWidth;
	const base = x(scale.baseline);
	const grid = el("g", { "aria-hidden": "true" }, "framework-compare-chart-grid");
	for (const tick of scale.ticks) {
		grid.appendChild(el("line", { x1: x(tick), x2: x(tick), y1: plotTop, y2: axisY }, tick === scale.baseline ? "framework-compare-chart-baseline" : undefined));
	}
	grid.appendChild(el("line", { x1: plotLeft, x2: plotRight, y1: axisY, y2: axisY }, "framework-compare-chart-axis-line"));
	svg.appendChild(grid);
	const axis = el("g", { "aria-hidden": "true" }, "framework-compare-chart-axis");
	for (const { tick, text } of visibleTickLabels(scale, x, (tick) => tickText(tick, scale, data))) {
		const label = el("text", { x: x(tick), y: axisY + 16, "text-anchor": "middle" }, "framework-compare-chart-tick");
		label.textContent = text;
		axis.appendChild(label);
	}
	svg.appendChild(axis);

	// --- groups and bars ---
	const list = doc.createElement("ul");
	list.className = "framework-compare-chart-bars";
	list.setAttribute("role", "list");
	list.setAttribute("aria-label", `Values of ${options.label}`);
	const groupLabels: SVGTextElement[] = [];
	const bars: DrawnBar[] = [];
	const pct = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`;
	groups.forEach((group, g) => {
		const header = el("text", { x: 0, y: (groupTops[g] ?? 0) + 15 }, "framework-compare-chart-group");
		header.textContent = fit(group.label, width);
		header.dataset.group = String(g);
		svg.appendChild(header);
		groupLabels.push(header);
		group.bars.forEach((slot, b) => {
			const top = barTops[g]?.[b] ?? 0;
			const middle = top + LAYOUT.bar / 2;
			const value = shown[slot.series]?.[slot.category] ?? null;
			const isBest = best[slot.series]?.[slot.category] === true;
			const classes = ["framework-compare-chart-bar", `framework-compare-slot-${options.slotOf(slot.series)}`];
			if (value === null) classes.push("is-missing");
			if (isBest) classes.push("is-best");
			const barG = el("g", {}, classes.join(" "));
			const description = options.describe(slot);
			const tip = el("title", {});
			tip.textContent = description;
			barG.appendChild(tip);
			const name = el("text", { x: labelWidth, y: middle, "text-anchor": "end", "dominant-baseline": "central" }, "framework-compare-chart-bar-label");
			name.textContent = fit(options.barLabel(slot), labelWidth);
			barG.appendChild(name);
			// What the bar and its label cover, left to right; the list item over it covers the same.
			let from: number;
			let to: number;
			let anchor: number;
			if (value === null) {
				// At the baseline, on the side with room for it.
				const naLeft = plotRight - base >= LAYOUT.naWidth ? base : base - LAYOUT.naWidth;
				barG.appendChild(el("rect", { x: naLeft + 0.5, y: top + 0.5, width: LAYOUT.naWidth, height: LAYOUT.bar - 1, rx: 2 }, "framework-compare-chart-na"));
				const na = el("text", { x: naLeft + LAYOUT.naWidth / 2, y: middle, "text-anchor": "middle", "dominant-baseline": "central" }, "framework-compare-chart-na-text");
				na.textContent = "N/A";
				barG.appendChild(na);
				from = naLeft;
				to = naLeft + LAYOUT.naWidth;
				anchor = to;
			} else {
				const negative = value < 0;
				// A value too small to see still gets a sliver, on its own side of the baseline.
				const start = negative ? Math.min(base - 1.5, x(value)) : base;
				const end = negative ? base : Math.max(base + 1.5, x(value));
				barG.appendChild(el("rect", { x: start, y: top, width: end - start, height: LAYOUT.bar, rx: 2 }, "framework-compare-chart-rect"));
				const text = el(
					"text",
					negative ? { x: start - 5, y: middle, "text-anchor": "end", "dominant-baseline": "central" } : { x: end + 5, y: middle, "dominant-baseline": "central" },
					"framework-compare-chart-value",
				);
				text.textContent = valueText(slot);
				if (isBest) {
					const star = el("tspan", {}, "framework-compare-chart-star");
					star.textContent = " ★";
					text.appendChild(star);
				}
				barG.appendChild(text);
				const labelReach = 5 + textWidth(valueText(slot)) + (isBest ? 14 : 0);
				from = negative ? start - labelReach : start;
				to = negative ? end : Math.min(width, end + labelReach);
				anchor = negative ? start : end;
			}
			svg.appendChild(barG);

			const item = doc.createElement("li");
			item.className = "framework-compare-chart-item";
			item.tabIndex = -1;
			item.dataset.column = data.categories[slot.category] ?? "";
			item.textContent = description;
			from = Math.max(0, from);
			item.style.setProperty("--fc-left", pct(from, width));
			item.style.setProperty("--fc-top", pct(top - LAYOUT.barGap / 2, height));
			item.style.setProperty("--fc-width", pct(Math.max(LAYOUT.naWidth, to - from), width));
			item.style.setProperty("--fc-height", pct(LAYOUT.bar + LAYOUT.barGap, height));
			list.appendChild(item);
			bars.push({ slot, g: barG, item, anchor: { x: anchor, y: top } });
		});
	});
	return { svg, list, bars, groupLabels, width, height };
}

/** The widest of some label widths, 0 for none (without spreading thousands of bars into arguments). */
function widest(widths: readonly number[]): number {
	let max = 0;
	for (const w of widths) if (w > max) max = w;
	return max;
}

function tickText(tick: number, scale: ChartScale, data: ChartData): string {
	const suffix = scale.kind === "percent" ? "%" : "";
	// One style per axis: 0.01, 0.1, 1 … or, once a tick needs it, 10⁻³²³ … 10⁰ … 10² (and 0 as 0).
	if (scale.ticks.some((t) => t !== 0 && !isPlain(t))) return `${tick === 0 ? "0" : formatPowerOfTen(tick)}${suffix}`;
	// Values all written as 90k, 120k: so is the axis (0, 50k, 100k), each tick with the digits it needs.
	if (scale.kind !== "percent" && data.format.suffix && tick !== 0) return formatScaled(tick, data.format.suffix, data.format, 0);
	// Each power of ten with the decimals it needs: 0.01, 0.1, 1.
	if (scale.kind === "log") return formatNumber(tick, data.format, decimalsOf(tick));
	return `${formatNumber(tick, data.format, scale.tickDecimals)}${suffix}`;
}

/** The tick labels that fit side by side; on a log axis the powers of ten come first. */
export function visibleTickLabels(scale: ChartScale, x: (tick: number) => number, text: (tick: number) => string): { tick: number; text: string }[] {
	type Label = { tick: number; text: string; at: number };
	const labelled: Label[] = scale.ticks.map((tick) => ({ tick, text: text(tick), at: x(tick) }));
	const apart = (a: Label, b: Label) => Math.abs(a.at - b.at) >= (textWidth(a.text) + textWidth(b.text)) / 2 + 8;
	const out = (kept: Label[]) => kept.sort((a, b) => a.tick - b.tick).map(({ tick, text: t }) => ({ tick, text: t }));
	if (scale.kind !== "log") {
		// Every k-th tick from 0, the smallest k whose labels do not touch: the labels stay evenly spaced.
		for (let k = 1; k <= labelled.length; k++) {
			const kept = labelled.filter((_, i) => i % k === 0);
			if (kept.every((label, i) => i === 0 || apart(kept[i - 1]!, label))) return out(kept);
		}
		return out(labelled.slice(0, 1));
	}
	// Compared as decimals: 1e-323 is a hair off in binary, and its logarithm with it.
	const isPower = (tick: number) => tick === Number(`1e${Math.round(Math.log10(tick))}`);
	// The ends first (what the axis spans), then the powers of ten between, then 2s and 5s.
	const ends = labelled.length > 1 ? [labelled[0]!, labelled[labelled.length - 1]!] : labelled;
	const inner = labelled.slice(1, -1);
	const kept: Label[] = [];
	for (const candidate of [...ends, ...inner.filter((l) => isPower(l.tick)), ...inner.filter((l) => !isPower(l.tick))]) {
		if (kept.every((other) => apart(other, candidate))) kept.push(candidate);
	}
	return out(kept);
}
