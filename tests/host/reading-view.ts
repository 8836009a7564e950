// The reading view, rendered as Obsidian renders it: one div per block
// section; a section is rendered and post-processed only when it comes near
// the viewport; an edit re-renders only the sections whose text changed,
// unloading what was attached to the old ones. `getSectionInfo` gives the
// current text and lines, and null for an element outside any section.
import DOMPurify from "dompurify";
import type { MarkdownIt } from "markdown-it";
import type { App, PostProcessorContext } from "./obsidian/app";
import { Component } from "./obsidian/component";
import type { TFile } from "./obsidian/vault";
import { type HostSection, sectionsOf } from "./markdown";

interface Section extends HostSection {
	/** The section's own lines, to tell after an edit whether it changed. */
	source: string;
	el: HTMLElement;
	/** What post-processors attached to this section: unloaded when it is replaced. */
	child: Component | null;
	rendered: boolean;
}

/** How far outside the viewport a section is rendered ahead of being scrolled to. */
const AHEAD_PX = 600;
/** A section not yet rendered holds about this much room per line, so the page scrolls as it will. */
const LINE_PX = 26;

export class ReadingView extends Component {
	file: TFile | null = null;
	private renderer: Component | null = null;
	private sections: Section[] = [];
	private bySectionEl = new WeakMap<HTMLElement, Section>();
	private text = "";
	private observer: IntersectionObserver | null = null;
	/** Every render, update and lazy section render runs in turn on this chain. */
	private queue: Promise<void> = Promise.resolve();
	readonly sizerEl: HTMLElement;

	constructor(
		private readonly app: App,
		private readonly md: MarkdownIt,
		readonly containerEl: HTMLElement,
	) {
		super();
		const preview = containerEl.createDiv({ cls: "markdown-preview-view markdown-rendered" });
		this.sizerEl = preview.createDiv({ cls: "markdown-preview-sizer markdown-preview-section" });
	}

	override onload(): void {
		// Obsidian handles internal links by delegation, so links inside
		// plugin-made elements work without the plugin wiring them.
		this.registerDomEvent(this.containerEl, "click", (evt) => {
			const event = evt as MouseEvent;
			const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a.internal-link");
			if (!link || event.defaultPrevented || !this.file) return;
			event.preventDefault();
			const newLeaf = event.ctrlKey || event.metaKey;
			void this.app.workspace.openLinkText(link.dataset.href ?? link.getAttribute("href") ?? "", this.file.path, newLeaf);
		});
		this.registerDomEvent(this.containerEl, "auxclick", (evt) => {
			const event = evt as MouseEvent;
			const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a.internal-link");
			if (!link || event.button !== 1 || event.defaultPrevented || !this.file) return;
			event.preventDefault();
			void this.app.workspace.openLinkText(link.dataset.href ?? link.getAttribute("href") ?? "", this.file.path, true);
		});
		this.registerDomEvent(this.containerEl, "mouseover", (evt) => {
			const link = (evt.target as HTMLElement).closest<HTMLAnchorElement>("a.internal-link");
			if (!link || !this.file) return;
			this.app.workspace.trigger("hover-link", {
				event: evt,
				source: "preview",
				hoverParent: this,
				targetEl: link,
				linktext: link.dataset.href ?? "",
				sourcePath: this.file.path,
			});
		});
		this.observer = new IntersectionObserver((entries) => this.onNear(entries), { rootMargin: `${AHEAD_PX}px 0px` });
		this.register(() => this.observer?.disconnect());
	}

	/** Draws the note anew: the sections near the viewport now, the rest as they are scrolled to. */
	render(file: TFile, subpath = "", scrollTop: number | null = null): Promise<void> {
		return this.enqueue(() => this.draw(file, subpath, scrollTop));
	}

	/**
	 * The note's text changed (an edit, a sync): sections whose text is the same
	 * keep their elements and what was attached to them, with their new lines;
	 * the others are replaced and rendered again. As in Obsidian, a frontmatter
	 * edit re-renders no section: the properties are not one of them.
	 */
	update(file: TFile, text: string): Promise<void> {
		return this.enqueue(async () => {
			if (this.file !== file || text === this.text) return;
			const old = this.sections;
			const fresh = sectionsOf(this.md, text);
			const lines = text.split("\n");
			const sourceOf = (section: HostSection) => linesOf(lines, section);
			let head = 0;
			while (head < old.length && head < fresh.length && old[head].source === sourceOf(fresh[head])) head++;
			let tail = 0;
			while (
				tail < old.length - head &&
				tail < fresh.length - head &&
				old[old.length - 1 - tail].source === sourceOf(fresh[fresh.length - 1 - tail])
			)
				tail++;
			const removed = old.slice(head, old.length - tail);
			const before = old[old.length - tail] ?? null;
			for (const section of removed) this.drop(section);
			const added = fresh.slice(head, fresh.length - tail).map((section) => this.placeholder(section, lines, before?.el ?? null));
			// The sections kept move with the lines above them.
			const kept = [...old.slice(0, head), ...old.slice(old.length - tail)];
			const keptFresh = [...fresh.slice(0, head), ...fresh.slice(fresh.length - tail)];
			kept.forEach((section, i) => {
				const now = keptFresh[i];
				section.lineStart = now.lineStart;
				section.lineEnd = now.lineEnd;
				section.tokens = now.tokens;
			});
			this.text = text;
			this.sections = [...old.slice(0, head), ...added, ...old.slice(old.length - tail)];
			await this.renderNearViewport();
			for (const section of added) if (!section.rendered) this.observer?.observe(section.el);
		});
	}

	/** Host: resolves when every render, update and lazy section render started so far is done. */
	idle(): Promise<void> {
		return this.enqueue(async () => undefined);
	}

	/** Host: renders every section, as scrolling to the end would; for tests that read a whole note. */
	renderAll(): Promise<void> {
		return this.enqueue(async () => {
			for (const section of this.sections) await this.renderSection(section);
		});
	}

	clear(): void {
		this.reset();
	}

	private enqueue(run: () => Promise<void>): Promise<void> {
		const next = this.queue.then(run, run);
		this.queue = next.catch((error: unknown) => console.error("host: rendering failed", error));
		return next;
	}

	private async draw(file: TFile, subpath: string, scrollTop: number | null): Promise<void> {
		this.file = file;
		this.reset();
		this.renderer = this.addChild(new Component());
		const text = await this.app.vault.cachedRead(file);
		this.text = text;
		this.sizerEl.createDiv({ cls: "inline-title", text: file.basename, attr: { "data-note-path": file.path } });
		const lines = text.split("\n");
		this.sections = sectionsOf(this.md, text).map((section) => this.placeholder(section, lines, null));
		if (subpath) await this.renderThrough(this.headingSection(subpath));
		const scroller = this.sizerEl.ownerDocument.scrollingElement;
		if (scrollTop !== null && scroller) scroller.scrollTop = scrollTop;
		await this.renderNearViewport();
		if (subpath) this.scrollToSubpath(subpath);
		for (const section of this.sections) if (!section.rendered) this.observer?.observe(section.el);
	}

	private reset(): void {
		this.observer?.disconnect();
		if (this.renderer) this.removeChild(this.renderer);
		this.renderer = null;
		this.sections = [];
		this.sizerEl.empty();
	}

	private placeholder(section: HostSection, lines: readonly string[], before: HTMLElement | null): Section {
		const el = createDiv({ cls: `el-${section.tag}` });
		if (before) this.sizerEl.insertBefore(el, before);
		else this.sizerEl.appendChild(el);
		el.style.minHeight = `${(section.lineEnd - section.lineStart + 1) * LINE_PX}px`;
		const entry: Section = { ...section, source: linesOf(lines, section), el, child: null, rendered: false };
		this.bySectionEl.set(el, entry);
		return entry;
	}

	private drop(section: Section): void {
		this.observer?.unobserve(section.el);
		if (section.child && this.renderer) this.renderer.removeChild(section.child);
		section.child = null;
		section.el.remove();
		this.bySectionEl.delete(section.el);
	}

	private onNear(entries: IntersectionObserverEntry[]): void {
		const near = entries.filter((entry) => entry.isIntersecting).map((entry) => this.bySectionEl.get(entry.target as HTMLElement));
		if (near.length === 0) return;
		void this.enqueue(async () => {
			for (const section of near) if (section && this.sections.includes(section)) await this.renderSection(section);
		});
	}

	/** The sections within the viewport and a margin around it, in order. */
	private async renderNearViewport(): Promise<void> {
		const view = this.sizerEl.ownerDocument.defaultView;
		const height = view?.innerHeight ?? 0;
		for (const section of this.sections) {
			if (section.rendered) continue;
			const box = section.el.getBoundingClientRect();
			if (box.bottom >= -AHEAD_PX && box.top <= height + AHEAD_PX) await this.renderSection(section);
		}
	}

	private async renderThrough(index: number): Promise<void> {
		for (const section of this.sections.slice(0, index + 1)) await this.renderSection(section);
	}

	private headingSection(subpath: string): number {
		const wanted = subpath.replace(/^#/, "").split("#").pop()?.trim().toLowerCase() ?? "";
		const index = this.sections.findIndex((section) => section.tokens[0]?.type === "heading_open" && (section.tokens[1]?.content ?? "").trim().toLowerCase() === wanted);
		return index;
	}

	private context(file: TFile, child: Component): PostProcessorContext {
		return {
			docId: `${file.path}`,
			sourcePath: file.path,
			frontmatter: this.app.metadataCache.getFileCache(file)?.frontmatter ?? null,
			addChild: (added) => {
				child.addChild(added);
			},
			getSectionInfo: (el) => {
				let node: HTMLElement | null = el;
				while (node && !this.bySectionEl.has(node)) node = node.parentElement;
				const section = node ? this.bySectionEl.get(node) : undefined;
				// Only a section still shown has lines; a detached or replaced element has none, as in Obsidian.
				if (!section || !section.el.isConnected) return null;
				return { text: this.text, lineStart: section.lineStart, lineEnd: section.lineEnd };
			},
		};
	}

	private async renderSection(section: Section): Promise<void> {
		if (section.rendered || !this.file || !this.renderer) return;
		section.rendered = true;
		this.observer?.unobserve(section.el);
		section.el.style.minHeight = "";
		if (section.el.getAttribute("style") === "") section.el.removeAttribute("style");
		const child = this.renderer.addChild(new Component());
		section.child = child;
		await this.drawSection(section.el, section, this.context(this.file, child));
		// Embedded notes load after their section, each rendered with its own context.
		await this.renderEmbeds(section.el, this.file.path, child, [this.file.path]);
	}

	/** One section's HTML, or its code block processor's output, then every post-processor on it. */
	private async drawSection(el: HTMLElement, section: HostSection, ctx: PostProcessorContext): Promise<void> {
		const { codeBlockProcessors, postProcessors } = this.app.registries;
		const language = section.fenceInfo?.split(/\s+/)[0] ?? "";
		const codeBlock = language ? codeBlockProcessors.get(language) : undefined;
		if (codeBlock && section.fenceContent !== null) {
			const blockEl = el.createDiv({ cls: `block-language-${language}` });
			await this.guard(`code block "${language}"`, () => codeBlock(section.fenceContent!.replace(/\n$/, ""), blockEl, ctx));
		} else {
			const html = this.md.renderer.render(section.tokens, this.md.options, {});
			// Obsidian sanitises note HTML; so does the host.
			el.appendChild(DOMPurify.sanitize(html, { ADD_ATTR: ["target"], RETURN_DOM_FRAGMENT: true }));
			this.highlightHeading(el, section.tokens[0]?.type === "heading_open");
		}
		for (const processor of postProcessors.slice()) await this.guard("post-processor", () => processor(el, ctx));
	}

	/**
	 * `![[Note]]`: the note drawn whole inside the embed, through every processor,
	 * with a context whose `getSectionInfo` is null, as Obsidian's is for embeds.
	 * A note that embeds itself, or one of the notes embedding it, is not drawn again.
	 */
	private async renderEmbeds(el: HTMLElement, sourcePath: string, owner: Component, chain: readonly string[]): Promise<void> {
		for (const embed of Array.from(el.querySelectorAll<HTMLElement>("span.internal-embed:not(.image-embed):not(.is-unresolved)"))) {
			const link = embed.getAttribute("src") ?? "";
			const file = this.app.metadataCache.getFirstLinkpathDest(link.split("#")[0] ?? "", sourcePath);
			if (!file || file.extension !== "md" || chain.includes(file.path) || chain.length > 4) continue;
			embed.empty();
			embed.addClass("markdown-embed", "is-loaded");
			const content = embed.createDiv({ cls: "markdown-embed-content" }).createDiv({ cls: "markdown-preview-view markdown-rendered" });
			await this.renderDetached(content, file, owner, [...chain, file.path]);
		}
	}

	/**
	 * A whole note drawn outside the reading view's sections (an embed, a hover
	 * preview): every section at once, processors run with `getSectionInfo` null.
	 */
	async renderDetached(container: HTMLElement, file: TFile, owner: Component, chain: readonly string[] = [file.path]): Promise<void> {
		const text = await this.app.vault.cachedRead(file);
		const ctx: PostProcessorContext = {
			docId: `${file.path}:embed`,
			sourcePath: file.path,
			frontmatter: this.app.metadataCache.getFileCache(file)?.frontmatter ?? null,
			addChild: (added) => {
				owner.addChild(added);
			},
			getSectionInfo: () => null,
		};
		for (const section of sectionsOf(this.md, text)) {
			const el = container.createDiv({ cls: `el-${section.tag}` });
			await this.drawSection(el, section, ctx);
			await this.renderEmbeds(el, file.path, owner, chain);
		}
	}

	/**
	 * MarkdownRenderer.render: `markdown` drawn into `el` block by block, through
	 * every processor, with a context whose `getSectionInfo` is null.
	 */
	async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, owner: Component): Promise<void> {
		const ctx: PostProcessorContext = {
			docId: `${sourcePath}:rendered`,
			sourcePath,
			frontmatter: null,
			addChild: (added) => {
				owner.addChild(added);
			},
			getSectionInfo: () => null,
		};
		for (const section of sectionsOf(this.md, markdown)) {
			const block = el.createDiv({ cls: `el-${section.tag}` });
			await this.drawSection(block, section, ctx);
			await this.renderEmbeds(block, sourcePath, owner, [sourcePath]);
		}
	}

	private highlightHeading(el: HTMLElement, isHeading: boolean): void {
		if (!isHeading) return;
		const heading = el.firstElementChild as HTMLElement | null;
		if (heading) heading.dataset.heading = heading.textContent ?? "";
	}

	private scrollToSubpath(subpath: string): void {
		const wanted = subpath.replace(/^#/, "").split("#").pop()?.trim().toLowerCase();
		if (!wanted) return;
		for (const heading of this.sizerEl.querySelectorAll<HTMLElement>("[data-heading]")) {
			if ((heading.dataset.heading ?? "").trim().toLowerCase() === wanted) {
				heading.scrollIntoView();
				heading.addClass("is-flashing");
				return;
			}
		}
	}

	private async guard(what: string, run: () => unknown): Promise<void> {
		try {
			await run();
		} catch (error) {
			// Obsidian logs a failing processor and goes on with the note.
			console.error(`host: ${what} failed`, error);
		}
	}
}

/** A section's own lines of the note, as written. */
function linesOf(lines: readonly string[], section: HostSection): string {
	return lines.slice(section.lineStart, section.lineEnd + 1).join("\n");
}
