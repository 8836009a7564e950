// MarkdownRenderer.render as obsidian.d.ts documents it: Markdown drawn into an
// element as the reading view draws it, post-processors included (with no
// section info, as for anything outside a note's reading view), what they
// attach owned by `component`. The page hands over its renderer at start.
import type { App } from "./app";
import type { Component } from "./component";

type Render = (markdown: string, el: HTMLElement, sourcePath: string, component: Component) => Promise<void>;

let render: Render | null = null;

/** Host: the page's renderer. */
export function setMarkdownRendering(renderer: Render): void {
	render = renderer;
}

export class MarkdownRenderer {
	static async render(_app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		if (!render) throw new Error("host: no renderer yet");
		await render(markdown, el, sourcePath, component);
	}
}
