// Workspace: one leaf with a MarkdownView (reading view or source mode).
// openLinkText resolves like Obsidian and asks the host to show the target;
// hover-link events are recorded so tests can see what Obsidian's page
// preview would have been asked to show.
import { Events } from "./component";
import { MarkdownView, type WorkspaceLeaf } from "./markdown-view";
import type { MetadataCache } from "./metadata-cache";
import type { TFile } from "./vault";

export interface Navigator {
	open(file: TFile, subpath: string, newLeaf: boolean): Promise<void>;
	unresolved(linktext: string): Promise<void>;
}

export class Workspace extends Events {
	layoutReady = false;
	containerEl: HTMLElement;
	private activeFile: TFile | null = null;
	activeLeaf: WorkspaceLeaf | null = null;
	private leaves: WorkspaceLeaf[] = [];
	private readyCallbacks: (() => unknown)[] = [];
	/** Every hover-link event, newest last: what page preview would show. */
	hoverLinks: { linktext: string; sourcePath: string }[] = [];
	/** Every link opened, newest last, with whether it asked for a new tab. */
	openedLinks: { linktext: string; sourcePath: string; newLeaf: boolean }[] = [];

	constructor(
		private readonly metadataCache: MetadataCache,
		private readonly navigator: Navigator,
		containerEl: HTMLElement,
	) {
		super();
		this.containerEl = containerEl;
		this.on("hover-link", (info: unknown) => {
			const { linktext, sourcePath } = info as { linktext: string; sourcePath: string };
			this.hoverLinks.push({ linktext, sourcePath });
		});
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	markLayoutReady(): void {
		this.layoutReady = true;
		for (const callback of this.readyCallbacks.splice(0)) callback();
		this.trigger("layout-change");
	}

	/** Host: the leaf the page shows. */
	addLeaf(leaf: WorkspaceLeaf): void {
		this.leaves.push(leaf);
		this.activeLeaf = leaf;
	}

	get activeEditor(): MarkdownView | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view : null;
	}

	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType);
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	getActiveFile(): TFile | null {
		return this.activeFile;
	}

	setActiveFile(file: TFile | null): void {
		this.activeFile = file;
		this.trigger("file-open", file);
	}

	async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | string): Promise<void> {
		const wantsNewLeaf = newLeaf === true || typeof newLeaf === "string";
		this.openedLinks.push({ linktext, sourcePath, newLeaf: wantsNewLeaf });
		const hash = linktext.indexOf("#");
		const path = hash < 0 ? linktext : linktext.slice(0, hash);
		const subpath = hash < 0 ? "" : linktext.slice(hash);
		const file = this.metadataCache.getFirstLinkpathDest(path, sourcePath);
		if (!file) {
			await this.navigator.unresolved(linktext);
			return;
		}
		await this.navigator.open(file, subpath, wantsNewLeaf);
	}
}
