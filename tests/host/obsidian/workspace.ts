// Workspace: the note's pane (a MarkdownView in reading view or source mode),
// a second pane made by Ctrl/Cmd-click, and leaves in the right sidebar for
// views plugins register. openLinkText resolves like Obsidian and asks the
// host to show the target; focusing a leaf makes it the active one, with
// `active-leaf-change`; hover-link events are recorded so tests can see what
// Obsidian's page preview would have been asked to show.
import { Events } from "./component";
import { MarkdownView, type WorkspaceLeaf } from "./markdown-view";
import type { MetadataCache } from "./metadata-cache";
import type { TFile } from "./vault";

export interface Navigator {
	open(file: TFile, subpath: string, newLeaf: boolean): Promise<void>;
	unresolved(linktext: string): Promise<void>;
}

/** What the page does for the right sidebar: a leaf made there, a leaf brought to the front, a leaf gone. */
export interface RightSidebar {
	createLeaf(): WorkspaceLeaf;
	reveal(leaf: WorkspaceLeaf): void;
	remove(leaf: WorkspaceLeaf): void;
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

	/** Host: the page's right sidebar, set up by the page. */
	rightSidebar: RightSidebar | null = null;

	/** Host: a leaf of the note's panes; the first one is the active leaf. */
	addLeaf(leaf: WorkspaceLeaf): void {
		this.leaves.push(leaf);
		this.activeLeaf ??= leaf;
	}

	/** Host: a leaf closed. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		const index = this.leaves.indexOf(leaf);
		if (index < 0) return;
		this.leaves.splice(index, 1);
		this.rightSidebar?.remove(leaf);
		if (this.activeLeaf === leaf) this.setActiveLeaf(this.leaves[0] ?? null);
	}

	/** A new leaf in the right sidebar, showing nothing until its view state is set. */
	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		const leaf = this.rightSidebar?.createLeaf() ?? null;
		if (leaf) this.leaves.push(leaf);
		return leaf;
	}

	/** Brings the leaf to the front: a sidebar leaf's sidebar opens, with that leaf's tab shown. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		if (!this.leaves.includes(leaf)) return;
		this.rightSidebar?.reveal(leaf);
		await Promise.resolve();
	}

	setActiveLeaf(leaf: WorkspaceLeaf | null, _params?: { focus?: boolean }): void {
		if (leaf === this.activeLeaf) return;
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
	}

	/**
	 * Host: the plugin that registered this view type was disabled. Its leaves stay where they
	 * are, showing nothing, and show the view again when the type is registered again, as
	 * Obsidian reinitializes them when a plugin is updated.
	 */
	async hostViewTypeGone(viewType: string): Promise<void> {
		for (const leaf of this.getLeavesOfType(viewType)) {
			await leaf.setViewState({ type: "empty" });
			leaf.hostPendingType = viewType;
		}
	}

	/** Host: the view type is registered again. */
	async hostViewTypeBack(viewType: string): Promise<void> {
		for (const leaf of this.leaves.filter((candidate) => candidate.hostPendingType === viewType)) await leaf.setViewState({ type: viewType });
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
