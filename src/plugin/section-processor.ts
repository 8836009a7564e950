// The reading-view post-processor: every rendered section of a note passes
// through here. Each enhancement is a MarkdownRenderChild so it is undone
// when Obsidian re-renders the section, and, through RenderedSections, when
// the plugin itself unloads.
import { type App, type Component, Keymap, MarkdownRenderChild, type MarkdownPostProcessorContext, Notice, type PaneType, type Plugin, TFile } from "obsidian";
import { hasAnchor, parseFrontmatter, parseWikilink, tableKey } from "../core";
import { enhanceComparisonTable } from "../views/comparison-table";
import { VIEW_CLASS } from "../views/comparison-view";
import { noteFrameworksWord } from "../views/table-corner";
import { guardTableView } from "../views/table-guard";
import { enhanceChartFences } from "./chart-block";
import { obsidianMenuHost } from "./obsidian-menu-host";
import type { NoteBars } from "./note-bars";
import type { CorrectionMenus } from "./correction-menus";
import { rerenderNote } from "./rerender-note";
import { type DrawnView, drawnFrom, viewFrameworks } from "./drawn-from";
import type { NoteModels } from "./note-models";
import type { FrameworkCompareSettings } from "./settings-schema";
import type { VaultLinks } from "./vault-links";
import type { ViewStates } from "./view-states";

export const SECTION_CLASS = "framework-compare-section";
const MISSING_SUBPATH_CLASS = "framework-compare-missing-subpath";

/** The enhancements alive in open views, so unloading the plugin can undo them all. */
export class RenderedSections {
	private live = new Set<Component & Partial<DrawnView>>();

	track(child: MarkdownRenderChild & Partial<DrawnView>): void {
		this.live.add(child);
		child.register(() => this.live.delete(child));
	}

	/** Whether a live view of the note was drawn from a model other than `current`. */
	behind(path: string, current: string): boolean {
		for (const child of this.live) if (child.drawn && child.drawn.path === path && child.drawn.from !== current) return true;
		return false;
	}

	/** A note's headings or blocks changed: every live link to a heading or block is checked again. */
	recheckSubpaths(): void {
		for (const child of this.live) if (child instanceof SectionEnhancement) child.recheckSubpaths();
	}

	/** Whether any live view shows the note. */
	shows(path: string): boolean {
		for (const child of this.live) if (child.drawn?.path === path) return true;
		return false;
	}

	unloadAll(): void {
		for (const child of [...this.live]) child.unload();
		this.live.clear();
	}
}

export interface ReadingViewServices {
	app: App;
	links: VaultLinks;
	models: NoteModels;
	viewStates: ViewStates;
	/** "Not a framework" and "Compare these", on every table and toggle of the note. */
	menus: CorrectionMenus;
	settings: () => FrameworkCompareSettings;
	/** Resolves once the saved settings are read: a view drawn before would forget its saved choices. */
	settingsReady: Promise<void>;
	/** Compact mode's one framework bar per note. */
	noteBars: NoteBars;
}

class SectionEnhancement extends MarkdownRenderChild implements DrawnView {
	drawn: { path: string; from: string } | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly ctx: MarkdownPostProcessorContext,
		private readonly services: ReadingViewServices,
	) {
		super(containerEl);
	}

	override onload(): void {
		const el = this.containerEl;
		// `framework-compare: false` in the frontmatter: the note stays exactly as Obsidian renders it.
		const options = parseFrontmatter(this.ctx.frontmatter ?? null);
		if ((options.ok ? options.value : options.partial).enabled === false) return;
		// A table the comparison view renders, or a part a group of sections or samples renders, is a piece of
		// the note, not a section of it, whatever section info Obsidian reports for it.
		const info = el.closest(`.${VIEW_CLASS}, .framework-compare-group`) ? null : this.ctx.getSectionInfo(el);
		el.addClass(SECTION_CLASS);
		// 1-based, as users and the command line count lines.
		if (info) el.dataset.frameworkCompareLine = String(info.lineStart + 1);
		this.register(() => {
			el.removeClass(SECTION_CLASS);
			if (el.getAttribute("class") === "") el.removeAttribute("class");
			delete el.dataset.frameworkCompareLine;
		});
		this.services.menus.attach(this, el, this.ctx);
		this.followAliasLinks();
		this.markMissingSubpaths();
		if (info) this.enhanceTables(info.text, info.lineStart, info.lineEnd);
		this.followNameLinks();
		if (info) this.enhanceCharts(info);
		// A view bound to the note's shared state was drawn: in compact mode the note's bar holds its toggles.
		if (el.querySelector(".framework-compare-note-toggles")) this.register(this.services.noteBars.follow(el, this.ctx.sourcePath));
	}

	/** `[[JAX Comparison]]`, unresolved for Obsidian core, opens the note with that alias. */
	private followAliasLinks(): void {
		const { links } = this.services;
		const sourcePath = this.ctx.sourcePath;
		for (const link of Array.from(this.containerEl.querySelectorAll<HTMLAnchorElement>("a.internal-link.is-unresolved"))) {
			const written = link.dataset.href ?? "";
			const parsed = parseWikilink(`[[${written}]]`);
			if (!parsed) continue;
			const target = () => {
				const path = links.get().resolve(parsed.target, sourcePath);
				const linktext = path ? links.linktextFor(path, sourcePath) : null;
				return linktext ? `${linktext}${parsed.subpath}` : null;
			};
			if (target() === null) continue;
			link.removeClass("is-unresolved");
			link.addClass("framework-compare-alias-link");
			this.register(() => {
				link.addClass("is-unresolved");
				link.removeClass("framework-compare-alias-link");
			});
			this.followLink(link, target);
		}
	}

	/** Links of this section to a heading or block, each with the title it had before any mark. */
	private subpathLinks: { link: HTMLAnchorElement; title: string | null }[] = [];

	/**
	 * `[[Django#Views]]` when Django has no "Views" heading: the link still opens
	 * the note, so it is only marked, with a tooltip saying what is missing.
	 */
	private markMissingSubpaths(): void {
		for (const link of Array.from(this.containerEl.querySelectorAll<HTMLAnchorElement>("a.internal-link"))) {
			const written = link.dataset.href ?? "";
			const hash = written.indexOf("#");
			if (hash < 0 || hash === written.length - 1) continue;
			this.subpathLinks.push({ link, title: link.getAttribute("title") });
		}
		if (this.subpathLinks.length === 0) return;
		this.recheckSubpaths();
		this.register(() => {
			for (const { link, title } of this.subpathLinks) this.unmark(link, title);
		});
	}

	/** Marks again what the links point at now: the note they name may have gained or lost a heading. */
	recheckSubpaths(): void {
		const { app, links } = this.services;
		const sourcePath = this.ctx.sourcePath;
		for (const { link, title } of this.subpathLinks) {
			const written = link.dataset.href ?? "";
			const hash = written.indexOf("#");
			const target = written.slice(0, hash);
			const subpath = written.slice(hash);
			const path = target === "" ? sourcePath : (app.metadataCache.getFirstLinkpathDest(target, sourcePath)?.path ?? links.get().resolve(target, sourcePath));
			const file = path === null ? null : app.vault.getAbstractFileByPath(path);
			const cache = file instanceof TFile ? app.metadataCache.getFileCache(file) : null;
			const anchors = cache ? { headings: (cache.headings ?? []).map((heading) => heading.heading), blocks: Object.values(cache.blocks ?? {}).map((block) => block.id) } : null;
			if (!(file instanceof TFile) || anchors === null || hasAnchor(anchors, subpath)) {
				this.unmark(link, title);
				continue;
			}
			const last = subpath.split("#").filter((part) => part !== "").pop() ?? "";
			const tooltip = last.startsWith("^") ? `"${file.basename}" has no block "${last}"` : `"${file.basename}" has no heading "${last}"`;
			link.addClass(MISSING_SUBPATH_CLASS);
			link.setAttribute("aria-description", tooltip);
			link.setAttribute("title", tooltip);
		}
	}

	private unmark(link: HTMLAnchorElement, title: string | null): void {
		if (!link.hasClass(MISSING_SUBPATH_CLASS)) return;
		link.removeClass(MISSING_SUBPATH_CLASS);
		link.removeAttribute("aria-description");
		if (title === null) link.removeAttribute("title");
		else link.setAttribute("title", title);
	}

	/** A framework name the table view linked opens the note it names at click time, wherever it is then. */
	private followNameLinks(): void {
		const { links } = this.services;
		const sourcePath = this.ctx.sourcePath;
		for (const link of Array.from(this.containerEl.querySelectorAll<HTMLAnchorElement>("a.framework-compare-name-link"))) {
			const name = (link.textContent ?? "").trim();
			this.followLink(
				link,
				() => {
					const path = links.get().findNoteByName(name);
					return path ? links.linktextFor(path, sourcePath) : null;
				},
				// The plugin made this link, so following it never creates a note.
				() => new Notice(`"${name}" no longer names a note in this vault.`),
			);
		}
	}

	/**
	 * Opens `target()` as resolved when the link is followed, not when it was
	 * drawn: the note may have moved or gone since. Gone: `whenGone` says so,
	 * or without it Obsidian's own handling of the link takes over.
	 */
	private followLink(link: HTMLAnchorElement, target: () => string | null, whenGone?: () => void): void {
		const { app } = this.services;
		const sourcePath = this.ctx.sourcePath;
		const follow = (event: MouseEvent, newLeaf: PaneType | boolean) => {
			const opens = target();
			if (opens === null && !whenGone) return;
			event.preventDefault();
			event.stopPropagation();
			if (opens === null) whenGone?.();
			else void app.workspace.openLinkText(opens, sourcePath, newLeaf);
		};
		this.registerDomEvent(link, "click", (event) => follow(event, Keymap.isModEvent(event)));
		// Middle-click opens a new tab and fires auxclick, not click.
		this.registerDomEvent(link, "auxclick", (event) => {
			if (event.button === 1) follow(event, "tab");
		});
		this.registerDomEvent(link, "mouseover", (event) => {
			const opens = target();
			if (opens === null && !whenGone) return;
			event.stopPropagation();
			if (opens === null) return;
			app.workspace.trigger("hover-link", { event, source: "preview", hoverParent: this, targetEl: link, linktext: opens, sourcePath });
		});
	}

	/** Plain fences drawn as charts; `comparison-chart` fences have their own processor (chart-block.ts). */
	private enhanceCharts(info: { text: string; lineStart: number; lineEnd: number }): void {
		// Charts switched off in the settings: fences stay code.
		if (!this.services.settings().drawCharts || !this.containerEl.querySelector("pre > code")) return;
		const { models, viewStates } = this.services;
		const analysis = models.analysis(this.ctx.sourcePath, info.text, this.ctx.frontmatter);
		if (analysis.note.charts.length === 0 && !analysis.note.problems.some((problem) => problem.message.startsWith("Chart at line"))) return;
		this.drawn = { path: this.ctx.sourcePath, from: drawnFrom(analysis) };
		this.register(enhanceChartFences(this.containerEl, info, analysis, this.ctx.sourcePath, viewStates));
	}

	private enhanceTables(text: string, lineStart: number, lineEnd: number): void {
		const tables = Array.from(this.containerEl.querySelectorAll("table"));
		// Interactive tables switched off in the settings: tables stay as Obsidian renders them.
		if (tables.length === 0 || !this.services.settings().interactiveTables) return;
		const { models, viewStates, links, settings } = this.services;
		const sourcePath = this.ctx.sourcePath;
		const analysis = models.analysis(sourcePath, text, this.ctx.frontmatter);
		const { note } = analysis;
		// Drawn as Obsidian rendered it is drawn from this model too: a table the note now compares must get its view.
		this.drawn = { path: sourcePath, from: drawnFrom(analysis) };
		const frameworks = viewFrameworks(analysis);
		if (frameworks.length < 2) return;
		const state = viewStates.forNote(sourcePath, frameworks);
		// The model's tables that start inside this section, in order, match the rendered ones.
		const inSection = note.tables
			.map((table, index) => ({ table, index }))
			.filter(({ table }) => table.line >= lineStart + 1 && table.line <= lineEnd + 1);
		const frameworksWord = noteFrameworksWord(note.tables.map((table, index) => ({ ...table, nameColumn: analysis.tables[index]?.nameColumn ?? 0 })));
		tables.forEach((tableEl, i) => {
			const match = inSection[i];
			if (!match || match.table.frameworkAxis === "none") return;
			const { table, index } = match;
			const layout = analysis.tables[index];
			// The cells as markdown-it split the rows it rendered, so a copy has the columns the screen has.
			const source = layout ? layout.source.map((row) => row.cells.map((cell) => cell.markdown)) : null;
			const frameworkOf = layout?.frameworkOf ?? [];
			const nameColumn = layout?.nameColumn ?? 0;
			const headingRows = layout?.headingRows ?? 0;
			this.register(
				guardTableView(tableEl, () => enhanceComparisonTable(tableEl, { key: tableKey(note.tables, index), model: table, source, frameworkOf, nameColumn, headingRows, frameworksWord }, state, {
					...obsidianMenuHost,
					linkFor: (name) => {
						if (!settings().linkFrameworkNames) return null;
						const path = links.get().findNoteByName(name.replace(/[*_`]/g, "").trim());
						return path && path !== sourcePath ? links.linktextFor(path, sourcePath) : null;
					},
					copyText: (copied, description) => {
						navigator.clipboard.writeText(copied).then(
							() => new Notice(`Copied the ${description}.`),
							() => new Notice(`Could not copy the ${description}: the clipboard is not available.`),
						);
					},
				})),
			);
		});
	}
}

export function registerSectionProcessor(plugin: Plugin, sections: RenderedSections, services: ReadingViewServices): void {
	plugin.registerMarkdownPostProcessor(async (el: HTMLElement, ctx: MarkdownPostProcessorContext) => {
		await services.settingsReady;
		const child = new SectionEnhancement(el, ctx, services);
		sections.track(child);
		ctx.addChild(child);
	});
	plugin.register(() => sections.unloadAll());
	// An edit re-renders only the sections it changed: when the rest would now show another model, all are drawn again.
	plugin.registerEvent(
		services.app.metadataCache.on("changed", (file, data, cache) => {
			sections.recheckSubpaths();
			if (!sections.shows(file.path)) return;
			const current = drawnFrom(services.models.analysis(file.path, data, cache.frontmatter));
			if (sections.behind(file.path, current)) rerenderNote(services.app, file.path);
		}),
	);
}
