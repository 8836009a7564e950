// The reading view: one div per block section, then every registered
// post-processor on each section, code-block processors for their languages.
import DOMPurify from "dompurify";
import type { MarkdownIt } from "markdown-it";
import type { App, PostProcessorContext } from "./obsidian/app";
import { Component } from "./obsidian/component";
import type { TFile } from "./obsidian/vault";
import { sectionsOf } from "./markdown";

interface SectionInfo {
	lineStart: number;
	lineEnd: number;
}

export class ReadingView extends Component {
	file: TFile | null = null;
	private renderer: Component | null = null;
	private sectionInfo = new WeakMap<HTMLElement, SectionInfo>();
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
	}

	async render(file: TFile, subpath = ""): Promise<void> {
		this.file = file;
		if (this.renderer) this.removeChild(this.renderer);
		this.renderer = this.addChild(new Component());
		this.sizerEl.empty();
		const text = await this.app.vault.cachedRead(file);
		const cache = this.app.metadataCache.getFileCache(file);
		this.sizerEl.createDiv({ cls: "inline-title", text: file.basename, attr: { "data-note-path": file.path } });
		const renderer = this.renderer;
		const ctx: PostProcessorContext = {
			docId: `${file.path}:${Date.now()}`,
			sourcePath: file.path,
			frontmatter: cache?.frontmatter ?? null,
			addChild: (child) => {
				renderer.addChild(child);
			},
			getSectionInfo: (el) => {
				let node: HTMLElement | null = el;
				while (node && !this.sectionInfo.has(node)) node = node.parentElement;
				const info = node ? this.sectionInfo.get(node) : undefined;
				return info ? { text, lineStart: info.lineStart, lineEnd: info.lineEnd } : null;
			},
		};
		const { codeBlockProcessors, postProcessors } = this.app.registries;
		for (const section of sectionsOf(this.md, text)) {
			const el = this.sizerEl.createDiv({ cls: `el-${section.tag}` });
			this.sectionInfo.set(el, { lineStart: section.lineStart, lineEnd: section.lineEnd });
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
			for (const processor of postProcessors.slice()) {
				await this.guard("post-processor", () => processor(el, ctx));
			}
		}
		if (subpath) this.scrollToSubpath(subpath);
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

	clear(): void {
		if (this.renderer) this.removeChild(this.renderer);
		this.renderer = null;
		this.sizerEl.empty();
	}
}
