// Charts in reading view: `comparison-chart` fences through a code-block
// processor (always treated as charts, also in Live Preview), and plain
// fences whose text reads as a chart through the section post-processor. A
// chart that cannot be read whole stays as text with a small note saying why.
import { Component, MarkdownRenderChild, type MarkdownPostProcessorContext, type Plugin } from "obsidian";
import { type Chart, type ChartLayout, chartKey, type NoteAnalysis, parseFrontmatter, readFenceChart } from "../core";
import { problemAbove, renderChartSource } from "../views/chart-source";
import { type DrawnView, drawnFrom, viewFrameworks } from "./drawn-from";
import { enhanceComparisonChart } from "../views/comparison-chart";
import { obsidianMenuHost } from "./obsidian-menu-host";
import { NoteViewState } from "../views/note-view-state";
import type { CorrectionMenus } from "./correction-menus";
import type { NoteBars } from "./note-bars";
import type { NoteModels } from "./note-models";
import type { FrameworkCompareSettings } from "./settings-schema";
import type { ViewStates } from "./view-states";

export interface ChartServices {
	models: NoteModels;
	viewStates: ViewStates;
	/** Where enhancements are tracked so unloading the plugin undoes them. */
	sections: { track(child: MarkdownRenderChild): void };
	/** "Not a framework" on the chart's legend toggles. */
	menus: CorrectionMenus;
	/** Resolves once the saved settings are read: a chart drawn before would forget its saved view. */
	readonly settingsReady: Promise<void>;
	/** Compact mode's one framework bar per note. */
	readonly noteBars: NoteBars;
	/** Read at each drawing: `drawCharts` off leaves the fences as code. */
	readonly settings: FrameworkCompareSettings;
}

/**
 * The state a chart's toggles work on: the note's shared state when the note
 * model names the chart's frameworks, else one of its own over the row labels.
 */
export function chartViewState(viewStates: ViewStates, path: string, analysis: NoteAnalysis | null, chart: Chart, layout: ChartLayout | null): NoteViewState {
	if (analysis && layout && layout.frameworkAxis !== "none" && viewFrameworks(analysis).length >= 2) {
		return viewStates.forNote(path, viewFrameworks(analysis));
	}
	return new NoteViewState(Array.from(new Set(chart.rowLabels.filter((label) => label !== ""))), undefined);
}

/** "This chart stays as text: …" from the reader's issues. */
export function unreadableMessage(messages: string[]): string {
	return `This chart stays as text: ${messages.join(" ")}`;
}

function sameChart(a: Chart, b: Chart): boolean {
	return JSON.stringify([a.rowLabels, a.columnLabels, a.values]) === JSON.stringify([b.rowLabels, b.columnLabels, b.values]);
}

/**
 * Enhances the plain fences of a rendered section: a fence that reads as one
 * of the note's charts is drawn; one that looks like a chart but cannot be
 * read gets a note above its text. Returns what undoes it all.
 */
export function enhanceChartFences(
	sectionEl: HTMLElement,
	info: { text: string; lineStart: number; lineEnd: number },
	analysis: NoteAnalysis,
	path: string,
	viewStates: ViewStates,
): () => void {
	const undo: (() => void)[] = [];
	const { note } = analysis;
	const first = info.lineStart + 1;
	const last = info.lineEnd + 1;
	const candidates = note.charts.map((chart, index) => ({ chart, index })).filter(({ chart }) => chart.line >= first && chart.line <= last);
	const used = new Set<number>();
	const codes = Array.from(sectionEl.querySelectorAll<HTMLElement>("pre > code")).filter((code) => !code.closest(".block-language-comparison-chart, .framework-compare-chart"));
	for (const code of codes) {
		const pre = code.parentElement;
		if (!pre) continue;
		const source = code.textContent ?? "";
		// The same reading as the note model's: only a fence drawn as a grid or as bars is a chart.
		const language = Array.from(code.classList).find((name) => name.startsWith("language-"))?.slice("language-".length) ?? "";
		const parsed = readFenceChart(language, source);
		if (parsed.ok) {
			const match = candidates.find(({ chart, index }) => !used.has(index) && sameChart(chart, parsed.value.chart));
			if (!match) continue;
			used.add(match.index);
			const layout = analysis.charts[match.index] ?? null;
			const state = chartViewState(viewStates, path, analysis, match.chart, layout);
			undo.push(enhanceComparisonChart(pre, { key: chartKey(note.charts, match.index), chart: match.chart, layout, source, defaults: viewStates.chartDefaults() }, state, obsidianMenuHost));
			continue;
		}
		const unreadable = parsed.issues.filter((issue) => issue.kind === "unreadable");
		if (unreadable.length === 0) continue;
		// The note model reports the same issues with the fence's real line numbers.
		const problems = note.problems.filter((problem) => problem.line >= first && problem.line <= last && problem.message.startsWith("Chart at line")).map((problem) => problem.message);
		const message = problemAbove(pre, unreadableMessage(problems.length > 0 ? problems : unreadable.map((issue) => issue.message)));
		undo.push(() => message.remove());
	}
	return () => {
		for (const step of undo.reverse()) step();
	};
}

/** The `comparison-chart` blocks drawn now, in reading views and in Live Preview alike. */
const liveBlocks = new Set<ChartBlock>();

/** A setting changed how charts are drawn: every live block draws itself again, Live Preview's too. */
export function redrawChartBlocks(): void {
	for (const block of [...liveBlocks]) block.redraw();
}

class ChartBlock extends MarkdownRenderChild implements DrawnView {
	drawn: { path: string; from: string } | null = null;
	/** What one drawing registered: a redraw unloads it and draws anew. */
	private drawing: Component | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
		private readonly ctx: MarkdownPostProcessorContext,
		private readonly services: ChartServices,
	) {
		super(containerEl);
	}

	override onload(): void {
		liveBlocks.add(this);
		this.register(() => liveBlocks.delete(this));
		this.redraw();
	}

	redraw(): void {
		if (this.drawing) this.removeChild(this.drawing);
		this.drawn = null;
		this.drawing = this.addChild(new Component());
		this.draw(this.drawing);
	}

	private draw(drawing: Component): void {
		const el = this.containerEl;
		const { source, ctx } = this;
		// Unloading leaves what Obsidian shows for a fence it has no processor for: the text.
		const asCode = () => {
			el.empty();
			el.createEl("pre").createEl("code", { text: source, cls: "language-comparison-chart" });
		};
		drawing.register(asCode);
		// Charts switched off in the settings: the fence is a code block, as without the plugin.
		if (!this.services.settings.drawCharts) {
			asCode();
			return;
		}
		const info = ctx.getSectionInfo(el);
		const parsed = readFenceChart("comparison-chart", source, info ? info.lineStart + 1 : 0);
		const options = parseFrontmatter(ctx.frontmatter ?? null);
		const enabled = (options.ok ? options.value : options.partial).enabled !== false;
		const message = parsed.ok || !enabled ? null : unreadableMessage(parsed.issues.map((issue) => issue.message));
		el.empty();
		renderChartSource(el, source, message);
		const figure = el.lastElementChild as HTMLElement | null;
		if (!parsed.ok || !enabled || !figure) return;

		let chart = parsed.value.chart;
		let layout: ChartLayout | null = null;
		let analysis: NoteAnalysis | null = null;
		let key = chartKey([chart], 0);
		if (info) {
			analysis = this.services.models.analysis(ctx.sourcePath, info.text, ctx.frontmatter);
			this.drawn = { path: ctx.sourcePath, from: drawnFrom(analysis) };
			const index = analysis.note.charts.findIndex((candidate) => candidate.line === info.lineStart + 1);
			const found = analysis.note.charts[index];
			if (found && sameChart(found, chart)) {
				chart = found;
				layout = analysis.charts[index] ?? null;
				key = chartKey(analysis.note.charts, index);
			} else analysis = null;
		}
		const { viewStates } = this.services;
		const state = chartViewState(viewStates, ctx.sourcePath, analysis, chart, layout);
		drawing.register(enhanceComparisonChart(figure, { key, chart, layout, source, defaults: viewStates.chartDefaults() }, state, obsidianMenuHost));
		this.services.menus.attach(drawing, el, ctx);
		if (state.scope === "note") drawing.register(this.services.noteBars.follow(el, ctx.sourcePath));
	}
}

export function registerChartBlock(plugin: Plugin & ChartServices): void {
	plugin.registerMarkdownCodeBlockProcessor("comparison-chart", async (source, el, ctx) => {
		await plugin.settingsReady;
		const child = new ChartBlock(el, source, ctx, plugin);
		plugin.sections.track(child);
		ctx.addChild(child);
	});
}
