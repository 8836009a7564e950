// The App a plugin receives, plus the registries Obsidian keeps internally
// (post-processors, code-block processors, commands, setting tabs).
import type { MetadataCache } from "./metadata-cache";
import type { Vault } from "./vault";
import type { Workspace } from "./workspace";

export interface PostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: Record<string, unknown> | null | undefined;
	addChild(child: import("./component").Component): void;
	getSectionInfo(el: HTMLElement): { text: string; lineStart: number; lineEnd: number } | null;
}

export type PostProcessor = ((el: HTMLElement, ctx: PostProcessorContext) => Promise<unknown> | void) & { sortOrder?: number };
export type CodeBlockProcessor = (source: string, el: HTMLElement, ctx: PostProcessorContext) => Promise<unknown> | void;

export interface HostCommand {
	id: string;
	name: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: import("./editor").Editor, ctx: import("./markdown-view").MarkdownView) => unknown;
	editorCheckCallback?: (checking: boolean, editor: import("./editor").Editor, ctx: import("./markdown-view").MarkdownView) => boolean | void;
	hotkeys?: unknown[];
}

export class Registries {
	postProcessors: PostProcessor[] = [];
	codeBlockProcessors = new Map<string, CodeBlockProcessor>();
	commands = new Map<string, HostCommand>();
	settingTabs: { display(): void; hide(): void; containerEl: HTMLElement }[] = [];
	styles = new Map<string, HTMLStyleElement>();
}

export class App {
	registries = new Registries();
	/** How MarkdownRenderer.render draws: set by the host page once its reading view exists. */
	renderMarkdown: (markdown: string, el: HTMLElement, sourcePath: string, component: import("./component").Component) => Promise<void> = () =>
		Promise.reject(new Error("host: no reading view to render with yet"));
	constructor(
		public vault: Vault,
		public metadataCache: MetadataCache,
		public workspace: Workspace,
	) {}
}
