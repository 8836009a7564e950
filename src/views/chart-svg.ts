// Draws a grouped bar chart as SVG: a group per category (or per framework),
// a horizontal bar per value, value labels, the best value of each category
// starred, N/A drawn as a marked empty slot, and a bottom axis with round
// ticks. Beside the SVG (role="img", so its children are hidden from
// assistive tech) it builds a list of focusable items laid over the bars:
// they carry the same values for keyboard and screen-reader users.
// Note text is only ever set with textContent.
import { type BarGroup, type BarSlot, type ChartData, formatNumber, formatPercent } from "./chart-data";
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
		return scale.kind === "percent" ? formatPercent(value) : formatNumber(value, data.format);
	};
	const allSlots = groups.flatMap((group) => group.bars);

	// --- horizontal layout: bar labels | bars | value labels ---
	const longestBarLabel = Math.max(0, ...allSlots.map((slot) => textWidth(options.barLabel(slot))));
	const labelWidth = Math.min(width * 0.34, Math.max(40, longestBarLabel + 4));
	const longestValue = Math.max(textWidth("N/A"), ...allSlots.map((slot) => textWidth(`${valueText(slot)} ★`)));
	const plotLeft = labelWidth + 8;
	const plotRight = Math.max(plotLeft + 80, width - longestValue - 10);
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
	const grid = el("g", { "aria-hidden": "true" }, "framework-compare-chart-grid");
	for (const tick of scale.ticks) {
		grid.appendChild(el("line", { x1: x(tick), x2: x(tick), y1: plotTop, y2: axisY }, tick === scale.domain[0] ? "framework-compare-chart-baseline" : undefined));
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
			let end: number;
			if (value === null) {
				barG.appendChild(el("rect", { x: plotLeft + 0.5, y: top + 0.5, width: LAYOUT.naWidth, height: LAYOUT.bar - 1, rx: 2 }, "framework-compare-chart-na"));
				const na = el("text", { x: plotLeft + LAYOUT.naWidth / 2, y: middle, "text-anchor": "middle", "dominant-baseline": "central" }, "framework-compare-chart-na-text");
				na.textContent = "N/A";
				barG.appendChild(na);
				end = plotLeft + LAYOUT.naWidth;
			} else {
				const barEnd = Math.max(plotLeft + 1.5, x(value));
				barG.appendChild(el("rect", { x: plotLeft, y: top, width: barEnd - plotLeft, height: LAYOUT.bar, rx: 2 }, "framework-compare-chart-rect"));
				const text = el("text", { x: barEnd + 5, y: middle, "dominant-baseline": "central" }, "framework-compare-chart-value");
				text.textContent = valueText(slot);
				if (isBest) {
					const star = el("tspan", {}, "framework-compare-chart-star");
					star.textContent = " ★";
					text.appendChild(star);
				}
				barG.appendChild(text);
				end = barEnd;
			}
			svg.appendChild(barG);

			const item = doc.createElement("li");
			item.className = "framework-compare-chart-item";
			item.tabIndex = -1;
			item.dataset.column = data.categories[slot.category] ?? "";
			item.textContent = description;
			const reach = Math.min(width, end + 5 + textWidth(valueText(slot)) + (isBest ? 14 : 0)) - plotLeft;
			item.style.setProperty("--fc-left", pct(plotLeft, width));
			item.style.setProperty("--fc-top", pct(top - LAYOUT.barGap / 2, height));
			item.style.setProperty("--fc-width", pct(Math.max(LAYOUT.naWidth, reach), width));
			item.style.setProperty("--fc-height", pct(LAYOUT.bar + LAYOUT.barGap, height));
			list.appendChild(item);
			bars.push({ slot, g: barG, item, anchor: { x: end, y: top } });
		});
	});
	return { svg, list, bars, groupLabels, width, height };
}

function tickText(tick: number, scale: ChartScale, data: ChartData): string {
	if (scale.kind === "percent") return `${formatNumber(tick, data.format, scale.tickDecimals)}%`;
	// Each power of ten with the decimals it needs: 0.01, 0.1, 1.
	if (scale.kind === "log") return formatNumber(tick, data.format, decimalsOf(tick));
	return formatNumber(tick, data.format, scale.tickDecimals);
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
	const isPower = (tick: number) => Math.abs(Math.log10(tick) - Math.round(Math.log10(tick))) < 1e-9;
	const kept: Label[] = [];
	for (const candidate of [...labelled.filter((l) => isPower(l.tick)), ...labelled.filter((l) => !isPower(l.tick))]) {
		if (kept.every((other) => apart(other, candidate))) kept.push(candidate);
	}
	return out(kept);
}
