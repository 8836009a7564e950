// Obsidian's MarkdownRenderer: a piece of Markdown rendered as the reading view
// renders it, through every post-processor, with no section info (as Obsidian
// gives for anything not a section of the open note).
import type { App } from "./app";
import { type Component, MarkdownRenderChild } from "./component";

export class MarkdownRenderer extends MarkdownRenderChild {
	static render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		return app.renderMarkdown(markdown, el, sourcePath, component);
	}
}
