// A box-drawing chart from a note made interactive: drawn as an SVG grouped
// bar chart, with the note's framework toolbar as its legend (hiding a
// framework hides its bars here and its rows in the note's tables), hideable
// columns, grouping by column or by framework, linear, log and "% of best"
// scales, and three views: the chart, its numbers as a table, and the text as
// written. The text element it is given is moved, never changed, and put
// back where it was by the returned dispose function. Whatever goes wrong
// while drawing, now or on a later click, puts the text back too, with a
// line saying the chart could not be drawn: never a toolbar over nothing.
import type { Chart, ChartLayout } from "../core";
import {
	barGroups,
	type BarGroup,
	type BarSlot,
	bestMatrix,
	categoryName,
	chartData,
	type ChartData,
	type ChartOption,
	type ChartView,
	compactOptions,
	describeBar,
	drawnValues,
	type Grouping,
	offersPercent,
	optionApplies,
	seriesName,
	shownGroups,
	shownValues,
	slotKey,
	valueText,
	withHiddenCount,
} from "./chart-data";
import { framePositions, settle } from "./chart-motion";
import { formatPercent } from "./chart-number-format";
import { makeScale, offersLogScale, type ScaleKind } from "./chart-scale";
import { describeError, problemAbove } from "./chart-source";
import { type DrawnBar, type DrawnChart, drawBarChart } from "./chart-svg";
import { buildChartTable } from "./chart-table";
import { createFrameworkToolbar, frameworkSlot, type ToolbarAction } from "./framework-toolbar";
import type { ChartViewChoices, NoteViewState } from "./note-view-state";
import type { MenuHost, MenuItem } from "./menu-host";

export const CHART_CLASS = "framework-compare-chart";

export interface ComparisonChartInput {
	/** The chart's index in the note: its key in the saved view state. */
	key: string;
	chart: Chart;
	/** Which side holds the frameworks; null when the note model has no layout for this chart. */
	layout: ChartLayout | null;
	/** The fence's text exactly as written. */
	source: string;
	/** The view and scale of a chart with no saved choice (the plugin's settings); chart and linear without. */
	defaults?: ChartDefaults;
}

/** What a chart shows before the user picks: a scale the chart does not offer falls back to linear. */
export interface ChartDefaults {
	view?: ChartView;
	scale?: ScaleKind;
}

/** The choices saved per chart, read defensively: the saved data may be old or edited by hand. */
export interface ChartChoices {
	view: ChartView;
	grouping: Grouping;
	scale: ScaleKind;
	hiddenColumns: string[];
}

/** What this chart can apply: the scales it offers and the columns it has. */
export interface ChartOffers {
	log: boolean;
	percent: boolean;
	columns: readonly string[];
}

const VIEWS: readonly ChartView[] = ["chart", "table", "text"];
const GROUPINGS: readonly Grouping[] = ["column", "framework"];

/**
 * The saved choices this chart can apply, with defaults for the rest: a scale
 * it does not offer is linear, hidden columns it does not have are dropped.
 * `dropped` patches away what the chart cannot apply (undefined for each).
 * What nothing is saved for comes from `defaults`, under the same rule.
 */
export function readChartChoices(
	saved: Readonly<ChartViewChoices>,
	offers: ChartOffers,
	defaults: ChartDefaults = {},
): { choices: ChartChoices; dropped: Partial<ChartViewChoices> | null } {
	const dropped: Partial<ChartViewChoices> = {};
	const view = VIEWS.find((name) => name === saved.view);
	if (saved.view !== undefined && view === undefined) dropped.view = undefined;
	const grouping = GROUPINGS.find((name) => name === saved.grouping);
	if (saved.grouping !== undefined && grouping === undefined) dropped.grouping = undefined;
	const usable = (kind: ScaleKind | undefined): kind is ScaleKind => kind === "linear" || (kind === "log" && offers.log) || (kind === "percent" && offers.percent);
	const scale: ScaleKind = usable(saved.scale) ? saved.scale : usable(defaults.scale) ? defaults.scale : "linear";
	if (saved.scale !== undefined && !usable(saved.scale)) dropped.scale = undefined;
	const list: unknown[] = Array.isArray(saved.hiddenColumns) ? saved.hiddenColumns : [];
	const hiddenColumns = list.filter((column, i): column is string => typeof column === "string" && offers.columns.includes(column) && list.indexOf(column) === i);
	if (saved.hiddenColumns !== undefined && hiddenColumns.length !== list.length) dropped.hiddenColumns = hiddenColumns.length > 0 ? hiddenColumns : undefined;
	return {
		choices: { view: view ?? VIEWS.find((name) => name === defaults.view) ?? "chart", grouping: grouping ?? "column", scale, hiddenColumns },
		dropped: Object.keys(dropped).length > 0 ? dropped : null,
	};
}

const FALLBACK_WIDTH = 640;
/**
 * Past this many bars a redraw is not animated: the move needs the page laid out
 * twice within the click, and for 12,000 bars that alone took three seconds,
 * for a motion no reader could follow.
 */
const MOTION_MAX_BARS = 600;

/** `menus` shows the Columns menu (Obsidian's Menu, from the plugin layer). */
export function enhanceComparisonChart(textEl: HTMLElement, input: ComparisonChartInput, state: NoteViewState, menus: MenuHost): () => void {
	const undo: (() => void)[] = [];
	let problem: HTMLElement | null = null;
	const restore = () => {
		for (const step of undo.splice(0).reverse()) {
			try {
				step();
			} catch {
				// The next steps still run: the text must come back.
			}
		}
	};
	const fail = (error: unknown) => {
		restore();
		if (problem) return;
		problem = problemAbove(textEl, `This chart could not be drawn, so it stays as text (${describeError(error)}).`);
	};
	try {
		buildChart(textEl, input, state, menus, undo, fail);
	} catch (error) {
		fail(error);
	}
	return () => {
		restore();
		problem?.remove();
		problem = null;
	};
}

/**
 * Draws the chart in place of `textEl`. Each thing it changes outside itself
 * (the state's listeners, the text's place) pushes its undoing onto `undo`
 * as it is done, so a throw at any point can be undone; later failures (a
 * redraw on a click or a resize) go to `fail`.
 */
function buildChart(textEl: HTMLElement, input: ComparisonChartInput, state: NoteViewState, menus: MenuHost, undo: (() => void)[], fail: (error: unknown) => void): void {
	const doc = textEl.ownerDocument;
	const { key } = input;
	const known = (name: string | null | undefined) => (name && state.has(name) ? name : null);
	const data = chartData(input.chart, input.layout, input.source, known);
	const slotOf = (s: number) => {
		const framework = data.series[s]?.framework;
		return framework ? frameworkSlot(state, framework) : (state.frameworks.length + s) % 8;
	};
	const values = data.values.flat();
	const offers: ChartOffers = { log: offersLogScale(values), percent: offersPercent(values), columns: data.categories };
	const choices = () => readChartChoices(state.chart(key), offers, input.defaults).choices;
	// What this chart cannot apply (a column it does not have) is dropped from the saved choices.
	const { dropped } = readChartChoices(state.chart(key), offers, input.defaults);
	if (dropped) state.updateChart(key, dropped);
	undo.push(state.draws("chart", key));
	const best = bestMatrix(data);
	const label = chartLabel(data);

	// --- chrome ---
	const container = doc.createElement("div");
	container.className = CHART_CLASS;
	let closeMenu: (() => void) | null = null;
	undo.push(() => closeMenu?.());
	/** The secondary options sit in one "Options" menu on a phone or a narrow pane. */
	let compact = false;
	const view = () => choices().view;
	const applies = (option: ChartOption) => optionApplies(option, view());
	const hiddenCount = () => choices().hiddenColumns.length;
	const viewAction = (name: ChartView, text: string): ToolbarAction => ({
		label: text,
		className: `framework-compare-action framework-compare-chart-view framework-compare-chart-view-${name}`,
		pressed: () => view() === name,
		run: () => state.updateChart(key, { view: name }),
	});
	const options: { option: ChartOption; label: string; checked: () => boolean; run: () => void }[] = [
		{
			option: "grouping",
			label: "Group by framework",
			checked: () => choices().grouping === "framework",
			run: () => state.updateChart(key, { grouping: choices().grouping === "framework" ? "column" : "framework" }),
		},
	];
	if (offers.log) {
		options.push({
			option: "log",
			label: "Log scale",
			checked: () => choices().scale === "log",
			run: () => state.updateChart(key, { scale: choices().scale === "log" ? "linear" : "log" }),
		});
	}
	if (offers.percent) {
		options.push({
			option: "percent",
			label: data.better ? "% of best" : "% of largest",
			checked: () => choices().scale === "percent",
			run: () => state.updateChart(key, { scale: choices().scale === "percent" ? "linear" : "percent" }),
		});
	}
	const actions: ToolbarAction[] = [viewAction("chart", "Chart"), viewAction("table", "Table"), viewAction("text", "Text")];
	for (const { option, label: text, checked, run } of options) {
		actions.push({
			label: text,
			className: `framework-compare-action framework-compare-chart-${option === "grouping" ? "grouping" : option}`,
			pressed: checked,
			run,
			disabled: () => !applies(option),
			hidden: () => compact,
		});
	}
	const hasColumns = data.categories.length > 1;
	if (hasColumns) {
		actions.push({
			label: "Columns",
			className: "framework-compare-action framework-compare-chart-columns",
			text: () => withHiddenCount("Columns", hiddenCount()),
			disabled: () => !applies("columns"),
			hidden: () => compact,
			run: (button) => {
				closeMenu?.();
				closeMenu = menus.openMenu(button, columnMenu());
			},
		});
	}
	actions.push({
		label: "Options",
		className: "framework-compare-action framework-compare-chart-options",
		text: () => withHiddenCount("Options", hiddenCount()),
		disabled: () => view() === "text",
		hidden: () => !compact,
		run: (button) => {
			closeMenu?.();
			closeMenu = menus.openMenu(button, [
				...options.map(({ option, label: text, checked, run }) => ({ label: text, checked: checked(), disabled: !applies(option), run })),
				...(hasColumns ? columnMenu() : []),
			]);
		},
	});
	// The legend: the same toggles as every table of the note, hiding a framework everywhere.
	const toolbar = createFrameworkToolbar(doc, state, "Frameworks in this note", actions);
	undo.push(() => toolbar.dispose());
	for (const menu of toolbar.el.querySelectorAll(".framework-compare-chart-columns, .framework-compare-chart-options")) menu.setAttribute("aria-haspopup", "menu");

	// The title comes first, above the legend, in every view.
	const caption = doc.createElement("div");
	caption.className = "framework-compare-chart-caption";
	const titleEl = doc.createElement("span");
	titleEl.className = "framework-compare-chart-title";
	titleEl.textContent = data.title ?? "";
	const metaEl = doc.createElement("span");
	metaEl.className = "framework-compare-chart-meta";
	caption.append(titleEl, metaEl);
	const plot = doc.createElement("div");
	plot.className = "framework-compare-chart-plot";
	const tooltip = doc.createElement("div");
	tooltip.className = "framework-compare-chart-tooltip";
	tooltip.setAttribute("role", "tooltip");
	tooltip.hidden = true;
	const figure = doc.createElement("figure");
	figure.className = "framework-compare-chart-figure";
	figure.appendChild(plot);

	const tableWrap = doc.createElement("div");
	tableWrap.className = "framework-compare-chart-table-wrap";
	const table = buildChartTable(doc, data, best, slotOf);
	tableWrap.appendChild(table.el);

	const textSlot = doc.createElement("div");
	textSlot.className = "framework-compare-chart-text";
	container.append(caption, toolbar.el, figure, tableWrap, textSlot);
	textEl.replaceWith(container);
	textSlot.appendChild(textEl);
	undo.push(() => {
		if (container.parentNode) container.replaceWith(textEl);
	});

	// --- drawing: only what is shown, so hiding closes the chart up ---
	let drawn: DrawnChart | null = null;
	let drawnGroups: BarGroup[] = [];
	let drawnKey = "";
	/** The bar that is the chart's one tab stop, by its slot key. */
	let current = "";
	/** The bar whose tooltip a tap has shown, until a tap elsewhere. */
	let tapped: DrawnBar | null = null;
	const measure = () => Math.round(plot.clientWidth || container.clientWidth || FALLBACK_WIDTH);
	const seriesHidden = (s: number) => {
		const framework = data.series[s]?.framework;
		return framework ? state.isHidden(framework) : false;
	};
	const categoryHidden = (c: number) => choices().hiddenColumns.includes(data.categories[c] ?? "");
	const slotHidden = (slot: BarSlot) => seriesHidden(slot.series) || categoryHidden(slot.category);

	function draw(animate: boolean): void {
		const { grouping, scale: kind } = choices();
		const focused = barOf(doc.activeElement);
		const moving = animate && drawn !== null && drawn.bars.length <= MOTION_MAX_BARS && !reducedMotion();
		const before = drawn && moving ? framePositions(drawn, drawnGroups) : null;
		const groups = shownGroups(barGroups(data, grouping), slotHidden);
		const shown = shownValues(data, kind === "percent");
		// The axis spans the bars drawn: hidden ones do not stretch it.
		const scale = makeScale(kind, drawnValues(groups, shown));
		const percents = shownValues(data, true);
		const previousHeight = drawn && moving ? plot.getBoundingClientRect().height : 0;
		const next = drawBarChart(doc, data, {
			width: measure(),
			groups,
			scale,
			shown,
			best,
			slotOf,
			label,
			describe: (slot) => describeBar(data, slot, best[slot.series]?.[slot.category] === true, kind === "percent" ? percents[slot.series]?.[slot.category] ?? null : null),
			barLabel: (slot) => (grouping === "framework" ? categoryName(data, slot.category) || `column ${slot.category + 1}` : data.series[slot.series]?.label ?? ""),
		});
		for (const bar of next.bars) {
			const framework = data.series[bar.slot.series]?.framework;
			if (framework) {
				bar.g.dataset.framework = framework;
				bar.item.dataset.framework = framework;
			}
			bar.g.dataset.column = data.categories[bar.slot.category] ?? "";
		}
		hideTooltip();
		plot.replaceChildren(next.svg, next.list, tooltip);
		drawn = next;
		drawnGroups = groups;
		// The tab stop stays on its bar; a hidden one hands it to the first bar shown.
		if (!next.bars.some((bar) => slotKey(bar.slot) === current)) current = next.bars[0] ? slotKey(next.bars[0].slot) : "";
		for (const bar of next.bars) bar.item.tabIndex = slotKey(bar.slot) === current ? 0 : -1;
		if (focused) next.bars.find((bar) => slotKey(bar.slot) === slotKey(focused.slot))?.item.focus();
		if (before && next.bars.length <= MOTION_MAX_BARS) settle(before, next, groups, plot, previousHeight);
	}

	const reducedMotion = () => doc.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? true;

	function applyVisibility(): void {
		table.applyVisibility(seriesHidden, categoryHidden);
	}

	function columnMenu(): MenuItem[] {
		const hidden = choices().hiddenColumns;
		return data.categories.map((category, c) => {
			const name = category || `column ${c + 1}`;
			const isHidden = hidden.includes(category);
			return {
				label: isHidden ? `Show column "${name}"` : `Hide column "${name}"`,
				disabled: !applies("columns"),
				run: () => {
					const next = isHidden ? hidden.filter((item) => item !== category) : [...hidden, category];
					state.updateChart(key, { hiddenColumns: next });
				},
			};
		});
	}

	// --- tooltip, touch and keyboard ---
	function barOf(target: EventTarget | null): DrawnBar | undefined {
		return drawn?.bars.find((bar) => bar.item === target);
	}
	function showTooltip(bar: DrawnBar): void {
		if (!drawn) return;
		const { scale: kind } = choices();
		const { series, category } = bar.slot;
		const value = data.values[series]?.[category] ?? null;
		const where = categoryName(data, category);
		const lines: [string, string][] = [
			["framework-compare-chart-tooltip-name", where === "" ? seriesName(data, series) : `${seriesName(data, series)} · ${where}`],
			["framework-compare-chart-tooltip-value", value === null ? "N/A (no value)" : `${valueText(data, series, category)}${data.unit ? ` ${data.unit}` : ""}`],
		];
		const percent = shownValues(data, true)[series]?.[category] ?? null;
		if (kind === "percent" && percent !== null) lines.push(["framework-compare-chart-tooltip-extra", `${formatPercent(percent)} of ${data.better ? "best" : "largest"}`]);
		if (best[series]?.[category]) lines.push(["framework-compare-chart-tooltip-extra", `★ Best (${data.better} is better)`]);
		tooltip.replaceChildren(
			...lines.map(([cls, text]) => {
				const line = doc.createElement("div");
				line.className = cls;
				line.textContent = text;
				return line;
			}),
		);
		tooltip.style.setProperty("--fc-left", `${((bar.anchor.x / drawn.width) * 100).toFixed(3)}%`);
		tooltip.style.setProperty("--fc-top", `${((bar.anchor.y / drawn.height) * 100).toFixed(3)}%`);
		const framework = data.series[series]?.framework;
		if (framework) tooltip.dataset.framework = framework;
		else delete tooltip.dataset.framework;
		tooltip.className = `framework-compare-chart-tooltip framework-compare-slot-${slotOf(series)}${bar.anchor.x > drawn.width * 0.6 ? " is-flipped" : ""}`;
		tooltip.hidden = false;
	}
	function hideTooltip(): void {
		tooltip.hidden = true;
		tapped = null;
	}
	const onFocusIn = (event: FocusEvent) => {
		const bar = barOf(event.target);
		if (!bar || !drawn) return;
		current = slotKey(bar.slot);
		for (const other of drawn.bars) other.item.tabIndex = other === bar ? 0 : -1;
		showTooltip(bar);
	};
	const onFocusOut = () => {
		// A tapped bar keeps its tooltip until the next tap, wherever focus goes.
		if (!tapped) hideTooltip();
	};
	// A mouse (or pen) shows the tooltip while over a bar; a finger has no "over", so a tap shows it.
	const onPointerOver = (event: PointerEvent) => {
		if (event.pointerType === "touch") return;
		const bar = barOf(event.target);
		if (bar) showTooltip(bar);
	};
	const onPointerLeave = (event: PointerEvent) => {
		if (event.pointerType === "touch" || tapped) return;
		const focused = barOf(doc.activeElement);
		if (focused) showTooltip(focused);
		else hideTooltip();
	};
	const onPointerUp = (event: PointerEvent) => {
		if (event.pointerType !== "touch") return;
		const bar = barOf(event.target);
		if (!bar) return;
		showTooltip(bar);
		tapped = bar;
	};
	// A tap anywhere but on the tapped bar hides its tooltip.
	const onDocumentPointerDown = (event: PointerEvent) => {
		if (tapped && event.target !== tapped.item) hideTooltip();
	};
	const onKeyDown = (event: KeyboardEvent) => {
		if (!drawn || !barOf(event.target)) return;
		if (event.key === "Escape") {
			hideTooltip();
			return;
		}
		const { bars } = drawn;
		const index = bars.findIndex((bar) => bar.item === event.target);
		let next = -1;
		if (event.key === "ArrowRight" || event.key === "ArrowDown") next = Math.min(bars.length - 1, index + 1);
		else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = Math.max(0, index - 1);
		else if (event.key === "Home") next = 0;
		else if (event.key === "End") next = bars.length - 1;
		if (next < 0) return;
		event.preventDefault();
		bars[next]?.item.focus();
	};
	plot.addEventListener("focusin", onFocusIn);
	plot.addEventListener("focusout", onFocusOut);
	plot.addEventListener("pointerover", onPointerOver);
	plot.addEventListener("pointerleave", onPointerLeave);
	plot.addEventListener("pointerup", onPointerUp);
	plot.addEventListener("keydown", onKeyDown);
	doc.addEventListener("pointerdown", onDocumentPointerDown, true);
	undo.push(() => doc.removeEventListener("pointerdown", onDocumentPointerDown, true));

	// --- state: what is drawn changes redraw it; the table only flips classes ---
	function showView(): void {
		const shownView = view();
		figure.hidden = shownView !== "chart";
		tableWrap.hidden = shownView !== "table";
		textSlot.hidden = shownView !== "text";
		container.dataset.view = shownView;
		// Scale words only where a scale is drawn.
		metaEl.textContent = metaText(data, shownView === "chart" ? choices().scale : "linear");
	}
	const structure = () => {
		const { grouping, scale } = choices();
		const hidden = data.series.map((_, s) => seriesHidden(s)).concat(data.categories.map((_, c) => categoryHidden(c)));
		return JSON.stringify([grouping, scale, measure(), hidden]);
	};
	function update(): void {
		const narrow = compactOptions(container.clientWidth, doc.body.classList.contains("is-mobile"));
		if (narrow !== compact) {
			compact = narrow;
			if (!compact) closeMenu?.();
			toolbar.refresh();
		}
		showView();
		applyVisibility();
		if (view() !== "chart") return;
		const next = structure();
		if (next === drawnKey && drawn) return;
		// A new width is a new drawing; a choice or a toggle moves the bars there.
		const sameWidth = drawn !== null && Math.abs(measure() - drawn.width) <= 2;
		drawnKey = next;
		draw(sameWidth && figure.isConnected);
	}
	// A later redraw that throws puts the text back, as a first one would.
	const safely = () => {
		try {
			update();
		} catch (error) {
			fail(error);
		}
	};
	undo.push(state.subscribe(safely));
	update();

	// Drawn at the width it gets: the SVG's units are CSS pixels, so text keeps its size on narrow panes.
	const win = doc.defaultView;
	let frame = 0;
	const observer = win && "ResizeObserver" in win
		? new win.ResizeObserver(() => {
			if (frame) return;
			frame = win.requestAnimationFrame(() => {
				frame = 0;
				if (compactOptions(container.clientWidth, doc.body.classList.contains("is-mobile")) !== compact) {
					safely();
					return;
				}
				if (view() !== "chart" || !drawn || plot.clientWidth === 0) return;
				if (Math.abs(measure() - drawn.width) > 2) safely();
			});
		})
		: null;
	observer?.observe(plot);
	observer?.observe(container);
	undo.push(() => {
		observer?.disconnect();
		if (frame && win) win.cancelAnimationFrame(frame);
	});
}

/** The chart's accessible name: its title line, as the note writes it. */
export function chartLabel(data: ChartData): string {
	const details = [data.unit, data.better ? `${data.better} is better` : null].filter(Boolean).join(", ");
	const title = data.title ?? "Chart";
	return details ? `${title} (${details})` : title;
}

function metaText(data: ChartData, scale: ScaleKind): string {
	const parts: string[] = [];
	if (scale === "percent") parts.push(data.better ? "% of the best value in each column" : "% of the largest value in each column");
	else if (data.unit) parts.push(data.unit);
	if (scale === "log") parts.push("log scale");
	if (data.better) parts.push(`${data.better} is better`, "★ best");
	return parts.join(" · ");
}
