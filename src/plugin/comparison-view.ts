// The comparison view: a custom view in the right sidebar that follows the
// active note (in reading view and in Live Preview alike, and keeps showing
// the last Markdown note while the view itself has focus) and shows what the
// note compares: its frameworks with the notes they name, their aliases and
// backlinks, the toggles of the note's shared state, and every table and
// chart as the reading view draws them. Opened from a ribbon icon and the
// command "Open comparison view". The plugin keeps no reference to the view:
// Obsidian owns it, and unloading the plugin closes it.
import {
	type App,
	Component,
	debounce,
	ItemView,
	Keymap,
	MarkdownRenderer,
	MarkdownView,
	Notice,
	type PaneType,
	type Plugin,
	type TAbstractFile,
	TFile,
	type WorkspaceLeaf,
} from "obsidian";
import { chartKey, fenceSources, gatherBacklinks, type NoteAnalysis, parseFrontmatter, tableKey } from "../core";
import { enhanceComparisonChart } from "../views/comparison-chart";
import { enhanceComparisonTable } from "../views/comparison-table";
import { drawComparisonView } from "../views/comparison-view";
import { comparisonViewModel, type ComparisonViewModel, type NoteRef } from "../views/comparison-view-model";
import type { NoteViewState } from "../views/note-view-state";
import { noteFrameworksWord } from "../views/table-corner";
import { guardTableView } from "../views/table-guard";
import { chartViewState } from "./chart-block";
import { drawnFrom, viewFrameworks } from "./drawn-from";
import type { NoteModels } from "./note-models";
import { obsidianMenuHost } from "./obsidian-menu-host";
import type { FrameworkCompareSettings } from "./settings-schema";
import type { VaultLinks } from "./vault-links";
import type { ViewStates } from "./view-states";

export const VIEW_TYPE = "framework-compare-comparison";
const ICON = "columns-3";
const OPEN_NAME = "Open comparison view";
/** Typing settles before the view draws the note again; other notes' links settle for longer. */
const REDRAW_MS = 300;

export interface ComparisonViewServices {
	links: VaultLinks;
	models: NoteModels;
	viewStates: ViewStates;
	settings: () => FrameworkCompareSettings;
	settingsReady: Promise<void>;
}

/** A table as the note writes it, from the cells markdown-it split: what the view renders and enhances. */
function tableMarkdown(layout: NoteAnalysis["tables"][number]): string {
	const row = (cells: readonly { markdown: string }[]) => `| ${cells.map((cell) => cell.markdown).join(" | ")} |`;
	const align = layout.align.map((side) => (side === "center" ? ":---:" : side === "right" ? "---:" : side === "left" ? ":---" : "---"));
	const [header, ...body] = layout.source;
	if (!header) return "";
	return [row(header.cells), `| ${align.join(" | ")} |`, ...body.map((line) => row(line.cells))].join("\n");
}

interface Drawn {
	path: string | null;
	signature: string;
	dispose: () => void;
}

export class ComparisonView extends ItemView {
	/** The note shown: the active Markdown note, or the last one while another view has focus. */
	private file: TFile | null = null;
	private drawn: Drawn | null = null;
	/** Bumped on every draw, so a draw that waited for the note's text and is no longer wanted stops. */
	private generation = 0;
	private readonly redrawSoon = debounce(() => void this.redraw(false), REDRAW_MS, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: ComparisonViewServices,
	) {
		super(leaf);
		this.navigation = false;
		this.icon = ICON;
	}

	getViewType(): string {
		return VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Comparison";
	}

	override getIcon(): string {
		return ICON;
	}

	override async onOpen(): Promise<void> {
		const { workspace, metadataCache, vault } = this.app;
		this.contentEl.addClass("framework-compare-view-content");
		this.registerEvent(workspace.on("file-open", (file) => this.follow(file)));
		// Focus moving to a note's pane, in reading view or editing; the view's own focus changes nothing.
		this.registerEvent(
			workspace.on("active-leaf-change", (leaf) => {
				const view = leaf?.view;
				if (view instanceof MarkdownView && view.file) this.follow(view.file);
			}),
		);
		this.registerEvent(
			metadataCache.on("changed", (file) => {
				if (file === this.file) this.redrawSoon();
			}),
		);
		// Links anywhere in the vault were resolved again: the backlinks may have changed.
		this.registerEvent(metadataCache.on("resolved", () => this.redrawSoon()));
		this.registerEvent(
			vault.on("rename", (file) => {
				if (file === this.file) this.redrawSoon();
			}),
		);
		this.registerEvent(
			vault.on("delete", (file: TAbstractFile) => {
				if (file === this.file) this.follow(null);
			}),
		);
		this.register(() => this.redrawSoon.cancel());
		this.followLinks();
		await this.services.settingsReady;
		const active = workspace.getActiveViewOfType(MarkdownView)?.file ?? workspace.getActiveFile();
		this.follow(active);
	}

	override async onClose(): Promise<void> {
		this.generation++;
		this.clear();
	}

	/** Whether the view shows this note now. */
	shows(path: string): boolean {
		return this.file?.path === path;
	}

	/** Draws the note again at once: a correction or a setting changed how it is read or drawn. */
	refresh(): void {
		void this.redraw(true);
	}

	private follow(file: TFile | null): void {
		if (file === this.file && this.drawn) return;
		this.file = file;
		void this.redraw(true);
	}

	private clear(): void {
		this.drawn?.dispose();
		this.drawn = null;
	}

	/** Draws the note again when what the view shows of it changed (or `force`), keeping the scroll. */
	private async redraw(force: boolean): Promise<void> {
		const generation = ++this.generation;
		// A note followed before the saved settings are read would start its shared state without the saved choices.
		await this.services.settingsReady;
		const file = this.file;
		const text = file && file.extension === "md" ? await this.app.vault.cachedRead(file) : null;
		if (generation !== this.generation || !this.contentEl.isConnected) return;
		const { model, analysis } = this.modelOf(file, text);
		const { interactiveTables, drawCharts, linkFrameworkNames, defaultChartView, defaultChartScale } = this.services.settings();
		// What the view draws: its model, and the tables' cells and charts' values it renders (not the note's other text).
		const drawnParts = analysis ? [drawnFrom(analysis), analysis.tables.map((layout) => layout.source.map((row) => row.cells.map((cell) => cell.markdown))), analysis.note.charts] : null;
		const signature = JSON.stringify([model, drawnParts, interactiveTables, drawCharts, linkFrameworkNames, defaultChartView, defaultChartScale]);
		if (!force && this.drawn && this.drawn.signature === signature) return;
		const samePath = this.drawn?.path === (file?.path ?? null);
		const scroll = this.contentEl.scrollTop;
		this.clear();
		const owner = this.addChild(new Component());
		let state: NoteViewState | null = null;
		if (model.kind === "note" && file && analysis) state = this.services.viewStates.forNote(file.path, viewFrameworks(analysis));
		const dispose =
			file && analysis && text !== null && state
				? drawComparisonView(this.contentEl, model, state, {
						drawTable: (slot, index) => this.drawTable(slot, index, file.path, analysis, state, owner),
						drawChart: (slot, index) => this.drawChart(slot, index, file.path, analysis, text),
					})
				: drawComparisonView(this.contentEl, model, null, { drawTable: () => () => undefined, drawChart: () => () => undefined });
		this.drawn = {
			path: file?.path ?? null,
			signature,
			dispose: () => {
				dispose();
				this.removeChild(owner);
			},
		};
		if (samePath) this.contentEl.scrollTop = scroll;
	}

	private modelOf(file: TFile | null, text: string | null): { model: ComparisonViewModel; analysis: NoteAnalysis | null } {
		const { metadataCache } = this.app;
		const { links, models } = this.services;
		const frontmatter: unknown = file ? metadataCache.getFileCache(file)?.frontmatter : undefined;
		const analysis = file && text !== null ? models.analysis(file.path, text, frontmatter) : null;
		const options = parseFrontmatter(frontmatter ?? null);
		const disabled = (options.ok ? options.value : options.partial).enabled === false;
		const sourcePath = file?.path ?? "";
		const refOf = (path: string): NoteRef => ({
			path,
			name: path.replace(/^.*\//, "").replace(/\.md$/, ""),
			linktext: links.linktextFor(path, sourcePath) ?? path,
		});
		const frameworks = analysis ? viewFrameworks(analysis) : [];
		const notes = new Map(frameworks.map((name) => [name, links.get().findNoteByName(name)]));
		const targets = [...new Set([...notes.values()].filter((path): path is string => path !== null))];
		const backlinks = targets.length > 0 ? gatherBacklinks(targets, metadataCache.resolvedLinks, metadataCache.unresolvedLinks, (linktext, source) => links.get().resolve(linktext, source)) : new Map<string, string[]>();
		const model = comparisonViewModel({
			file: file ? { path: file.path, basename: file.basename, extension: file.extension } : null,
			disabled,
			note: analysis
				? {
						title: analysis.note.title,
						frameworks,
						tables: analysis.note.tables,
						charts: analysis.note.charts,
						headings: analysis.sections.map((section) => ({ heading: section.heading, line: section.line, endLine: section.endLine })),
					}
				: null,
			noteFor: (name) => {
				const path = notes.get(name) ?? null;
				return path ? { note: refOf(path), aliases: links.get().aliasesOf(path) } : null;
			},
			backlinksOf: (path) => (backlinks.get(path) ?? []).map(refOf),
		});
		return { model, analysis };
	}

	/** The table rendered from its Markdown, as Obsidian renders it, then enhanced as in the reading view. */
	private drawTable(slot: HTMLElement, index: number, sourcePath: string, analysis: NoteAnalysis, state: NoteViewState, owner: Component): () => void {
		const { note } = analysis;
		const table = note.tables[index];
		const layout = analysis.tables[index];
		if (!table || !layout) return () => undefined;
		let undo: (() => void) | null = null;
		let gone = false;
		void MarkdownRenderer.render(this.app, tableMarkdown(layout), slot, sourcePath, owner).then(() => {
			const tableEl = slot.querySelector("table");
			if (gone || !tableEl || table.frameworkAxis === "none" || !this.services.settings().interactiveTables) return;
			const frameworksWord = noteFrameworksWord(note.tables.map((t, i) => ({ ...t, nameColumn: analysis.tables[i]?.nameColumn ?? 0 })));
			const source = layout.source.map((row) => row.cells.map((cell) => cell.markdown));
			undo = guardTableView(tableEl, () =>
				enhanceComparisonTable(
					tableEl,
					{ key: tableKey(note.tables, index), model: table, source, frameworkOf: layout.frameworkOf, nameColumn: layout.nameColumn, headingRows: layout.headingRows, frameworksWord },
					state,
					{ ...obsidianMenuHost, linkFor: (name) => this.nameLink(name, sourcePath), copyText },
				),
			);
		});
		return () => {
			gone = true;
			undo?.();
			slot.empty();
		};
	}

	/** The chart's fence as text, drawn as the reading view draws it, on the same state. */
	private drawChart(slot: HTMLElement, index: number, sourcePath: string, analysis: NoteAnalysis, text: string): () => void {
		const chart = analysis.note.charts[index];
		const layout = analysis.charts[index] ?? null;
		const source = chart ? fenceSources(text).get(chart.line) : undefined;
		if (!chart || source === undefined) return () => undefined;
		const pre = slot.createEl("pre");
		pre.createEl("code", { text: source });
		let undo: (() => void) | null = null;
		if (this.services.settings().drawCharts) {
			const state = chartViewState(this.services.viewStates, sourcePath, analysis, chart, layout);
			undo = enhanceComparisonChart(pre, { key: chartKey(analysis.note.charts, index), chart, layout, source, defaults: this.services.viewStates.chartDefaults() }, state, obsidianMenuHost);
		}
		return () => {
			undo?.();
			slot.empty();
		};
	}

	/** A framework name in a table that names another note becomes a link to it (a setting), as in the reading view. */
	private nameLink(name: string, sourcePath: string): string | null {
		const { links, settings } = this.services;
		if (!settings().linkFrameworkNames) return null;
		const path = links.get().findNoteByName(name.replace(/[*_`]/g, "").trim());
		return path && path !== sourcePath ? links.linktextFor(path, sourcePath) : null;
	}

	/**
	 * Links in the view open their note on click (Ctrl/Cmd-click or middle-click: a new tab)
	 * and show Obsidian's page preview on hover. A link Obsidian leaves unresolved that names
	 * a note by an alias opens that note.
	 */
	private followLinks(): void {
		const { workspace } = this.app;
		const targetOf = (event: Event): { link: HTMLAnchorElement; linktext: string } | null => {
			const target = event.target;
			if (!(target instanceof Element)) return null;
			const link = target.closest<HTMLAnchorElement>("a.internal-link, a.framework-compare-name-link");
			if (!link || !this.contentEl.contains(link)) return null;
			const written = link.dataset.href ?? link.textContent ?? "";
			return { link, linktext: this.resolvedLinktext(written) ?? written };
		};
		const open = (event: MouseEvent, newLeaf: PaneType | boolean) => {
			const found = targetOf(event);
			if (!found || !this.file) return;
			event.preventDefault();
			const hash = found.linktext.indexOf("#");
			const path = hash < 0 ? found.linktext : found.linktext.slice(0, hash);
			if (!this.app.metadataCache.getFirstLinkpathDest(path, this.file.path)) {
				new Notice(`"${path}" is not a note in this vault.`);
				return;
			}
			void workspace.openLinkText(found.linktext, this.file.path, newLeaf);
		};
		this.registerDomEvent(this.contentEl, "click", (event) => open(event, Keymap.isModEvent(event)));
		this.registerDomEvent(this.contentEl, "auxclick", (event) => {
			if (event.button === 1) open(event, "tab");
		});
		this.registerDomEvent(this.contentEl, "mouseover", (event) => {
			const found = targetOf(event);
			if (!found || !this.file) return;
			workspace.trigger("hover-link", { event, source: VIEW_TYPE, hoverParent: this.leaf, targetEl: found.link, linktext: found.linktext, sourcePath: this.file.path });
		});
	}

	/** What Obsidian opens for a written link text: itself when it resolves, else the note with that alias. */
	private resolvedLinktext(written: string): string | null {
		if (!this.file) return null;
		const hash = written.indexOf("#");
		const target = hash < 0 ? written : written.slice(0, hash);
		if (this.app.metadataCache.getFirstLinkpathDest(target, this.file.path)) return written;
		const path = this.services.links.get().resolve(target, this.file.path);
		const linktext = path ? this.services.links.linktextFor(path, this.file.path) : null;
		return linktext ? `${linktext}${hash < 0 ? "" : written.slice(hash)}` : null;
	}
}

function copyText(copied: string, description: string): void {
	navigator.clipboard.writeText(copied).then(
		() => new Notice(`Copied the ${description}.`),
		() => new Notice(`Could not copy the ${description}: the clipboard is not available.`),
	);
}

/** Opens the view in the right sidebar, or brings forward the one already open. */
async function openComparisonView(app: App): Promise<void> {
	const { workspace } = app;
	const open = workspace.getLeavesOfType(VIEW_TYPE)[0];
	if (open) {
		await workspace.revealLeaf(open);
		return;
	}
	const leaf = workspace.getRightLeaf(false);
	if (!leaf) return;
	await leaf.setViewState({ type: VIEW_TYPE, active: true });
	await workspace.revealLeaf(leaf);
}

export function registerComparisonView(plugin: Plugin, services: ComparisonViewServices): void {
	plugin.registerView(VIEW_TYPE, (leaf) => new ComparisonView(leaf, services));
	plugin.registerHoverLinkSource(VIEW_TYPE, { display: "Framework Compare", defaultMod: false });
	plugin.addRibbonIcon(ICON, OPEN_NAME, () => void openComparisonView(plugin.app));
	plugin.addCommand({ id: "open-comparison-view", name: OPEN_NAME, callback: () => void openComparisonView(plugin.app) });
}
