// The reading-view post-processor: every rendered section of a note passes
// through here. Each enhancement is a MarkdownRenderChild so it is undone
// when Obsidian re-renders the section, and, through RenderedSections, when
// the plugin itself unloads.
import { type Component, MarkdownRenderChild, type MarkdownPostProcessorContext, type Plugin } from "obsidian";
import { wrapTablesForScroll } from "../views/table-scroll";

export const SECTION_CLASS = "framework-compare-section";

/** The enhancements alive in open views, so unloading the plugin can undo them all. */
export class RenderedSections {
	private live = new Set<Component>();

	track(child: MarkdownRenderChild): void {
		this.live.add(child);
		child.register(() => this.live.delete(child));
	}

	get size(): number {
		return this.live.size;
	}

	unloadAll(): void {
		for (const child of [...this.live]) child.unload();
		this.live.clear();
	}
}

class SectionEnhancement extends MarkdownRenderChild {
	constructor(
		containerEl: HTMLElement,
		private readonly firstLine: number | null,
	) {
		super(containerEl);
	}

	override onload(): void {
		const el = this.containerEl;
		el.addClass(SECTION_CLASS);
		// 1-based, as users and the command line count lines.
		if (this.firstLine !== null) el.dataset.frameworkCompareLine = String(this.firstLine + 1);
		this.register(wrapTablesForScroll(el));
		this.register(() => {
			el.removeClass(SECTION_CLASS);
			delete el.dataset.frameworkCompareLine;
		});
	}
}

export function registerSectionProcessor(plugin: Plugin, sections: RenderedSections): void {
	plugin.registerMarkdownPostProcessor((el: HTMLElement, ctx: MarkdownPostProcessorContext) => {
		// Hover previews, embeds and exports have no section info; they still get the enhancement.
		const info = ctx.getSectionInfo(el);
		const child = new SectionEnhancement(el, info ? info.lineStart : null);
		sections.track(child);
		ctx.addChild(child);
	});
	plugin.register(() => sections.unloadAll());
}
