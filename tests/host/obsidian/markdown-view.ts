// The host's workspace leaves and the MarkdownView of the note's pane, as
// obsidian.d.ts documents them: `previewMode` is the reading view
// (`rerender(true)` draws the note again, every post-processor included),
// `editor` is the source mode's Editor; a sidebar leaf shows a View a plugin
// registered. Edits are saved through the vault shortly after they are
// made, and before the view switches back to reading, as Obsidian does.
import type { App } from "./app";
import { Component } from "./component";
import { Editor } from "./editor";
import type { TFile } from "./vault";
import { EmptyView, type View } from "./view";

export type MarkdownViewModeType = "source" | "preview";

/** What the reading view of the host does for a MarkdownPreviewView. */
export interface PreviewRenderer {
	readonly containerEl: HTMLElement;
	/** Draws the note; `scrollTop` keeps the reader where they were, and only the sections near it are rendered at once. */
	render(file: TFile, subpath?: string, scrollTop?: number | null): Promise<void>;
}

/** Obsidian saves an edited note after a pause in typing; the host keeps the pause short. */
const SAVE_DELAY_MS = 300;

export class MarkdownPreviewView extends Component {
	containerEl: HTMLElement;
	/** Host: the render the last rerender started, for tests and the mode switch. */
	rendering: Promise<void> = Promise.resolve();

	constructor(
		private readonly view: MarkdownView,
		private readonly renderer: PreviewRenderer,
	) {
		super();
		this.containerEl = renderer.containerEl;
	}

	get file(): TFile | null {
		return this.view.file;
	}

	get(): string {
		return this.view.getViewData();
	}

	set(_data: string, _clear: boolean): void {
		this.rerender(true);
	}

	clear(): void {}

	/** Draws the note again: sections are rendered and post-processed anew; the scroll position stays. */
	rerender(_full?: boolean): void {
		const file = this.view.file;
		if (!file) return;
		const scroller = this.containerEl.ownerDocument.scrollingElement;
		this.rendering = this.renderer.render(file, "", scroller?.scrollTop ?? 0);
	}

	/** Host: draws the note as it is opened, scrolled to `subpath`. */
	show(subpath = ""): Promise<void> {
		const file = this.view.file;
		if (!file) return Promise.resolve();
		this.rendering = this.renderer.render(file, subpath);
		return this.rendering;
	}

	getScroll(): number {
		return this.containerEl.ownerDocument.scrollingElement?.scrollTop ?? 0;
	}

	applyScroll(scroll: number): void {
		const scroller = this.containerEl.ownerDocument.scrollingElement;
		if (scroller) scroller.scrollTop = scroll;
	}
}

export class MarkdownView extends Component {
	app: App;
	leaf!: WorkspaceLeaf;
	containerEl: HTMLElement;
	file: TFile | null = null;
	editor: Editor;
	previewMode: MarkdownPreviewView;
	private mode: MarkdownViewModeType = "preview";
	/** The note's line separator, so a CRLF note is saved with CRLF. */
	private lineSeparator = "\n";
	private saveTimer: number | undefined;
	private dirty = false;

	constructor(app: App, containerEl: HTMLElement, renderer: PreviewRenderer, textarea: HTMLTextAreaElement) {
		super();
		this.app = app;
		this.containerEl = containerEl;
		this.previewMode = new MarkdownPreviewView(this, renderer);
		this.editor = new Editor(textarea, () => {
			this.dirty = true;
			window.clearTimeout(this.saveTimer);
			this.saveTimer = window.setTimeout(() => void this.save(), SAVE_DELAY_MS);
		});
	}

	get currentMode(): MarkdownPreviewView | Editor {
		return this.mode === "preview" ? this.previewMode : this.editor;
	}

	getViewType(): string {
		return "markdown";
	}

	getDisplayText(): string {
		return this.file?.basename ?? "";
	}

	getMode(): MarkdownViewModeType {
		return this.mode;
	}

	getViewData(): string {
		const value = this.editor.getValue();
		return this.lineSeparator === "\n" ? value : value.replace(/\n/g, this.lineSeparator);
	}

	setViewData(data: string, clear: boolean): void {
		this.lineSeparator = /\r\n/.test(data) ? "\r\n" : "\n";
		const value = data.replace(/\r\n/g, "\n");
		if (clear) this.editor.load(value);
		else this.editor.setValue(value);
	}

	/** Host: opens a note in this view, in the mode the view is in. */
	async openFile(file: TFile, subpath = ""): Promise<void> {
		await this.save();
		this.file = file;
		this.setViewData(await this.app.vault.cachedRead(file), true);
		await this.previewMode.show(subpath);
	}

	/** Host: what leaf.setViewState does for the mode. Back to reading saves the edits and draws the note again. */
	async setMode(mode: MarkdownViewModeType): Promise<void> {
		if (mode === this.mode) return;
		this.mode = mode;
		this.containerEl.dataset.mode = mode;
		if (mode === "source") {
			this.editor.focus();
			return;
		}
		await this.save();
		this.previewMode.rerender(true);
		await this.previewMode.rendering;
	}

	/** Host: the note's text changed outside this view's editor; the editor shows it, with nothing left to save. */
	reload(text: string): void {
		window.clearTimeout(this.saveTimer);
		this.dirty = false;
		this.setViewData(text, true);
	}

	/** Writes pending edits to the vault. */
	async save(): Promise<void> {
		window.clearTimeout(this.saveTimer);
		if (!this.dirty || !this.file) return;
		this.dirty = false;
		await this.app.vault.modify(this.file, this.getViewData());
	}
}

/** A view a leaf can show: the note's MarkdownView, or a View a plugin registered. */
type LeafView = MarkdownView | View;

export class WorkspaceLeaf {
	view: LeafView;
	/** Host: the App the leaf's views get (Obsidian's views reach it through their leaf too). */
	readonly app: App;
	/** Host: the element the leaf shows its view in. */
	readonly el: HTMLElement;
	/** Host: the view type shown before its plugin was disabled; the leaf shows it again when the type is registered again. */
	hostPendingType: string | null = null;

	constructor(app: App, view: MarkdownView | null, el: HTMLElement) {
		this.app = app;
		this.el = el;
		if (view) {
			this.view = view;
			view.leaf = this;
		} else {
			const empty = new EmptyView(this);
			this.view = empty;
			void empty.hostOpen(el);
		}
	}

	getViewState(): { type: string; state: Record<string, unknown> } {
		const view = this.view;
		if (view instanceof MarkdownView) return { type: "markdown", state: { file: view.file?.path ?? null, mode: view.getMode() } };
		return { type: view.getViewType(), state: view.getState() };
	}

	/**
	 * The note's pane takes `markdown` (its mode); another leaf takes any registered view
	 * type: its old view is closed, the new one made by the plugin's creator and opened.
	 */
	async setViewState(viewState: { type: string; state?: Record<string, unknown>; active?: boolean }): Promise<void> {
		const current = this.view;
		if (viewState.type === "markdown" || current instanceof MarkdownView) {
			if (viewState.type !== "markdown" || !(current instanceof MarkdownView)) throw new Error(`host: the note's pane shows markdown only, not ${viewState.type}`);
			const mode = viewState.state?.mode;
			if (mode === "source" || mode === "preview") await current.setMode(mode);
		} else {
			const creator = this.app.registries.views.get(viewState.type);
			await current.hostClose();
			const next = creator ? creator(this) : new EmptyView(this);
			this.view = next;
			this.hostPendingType = null;
			await next.hostOpen(this.el);
			if (viewState.state) await next.setState(viewState.state, { history: false });
			this.app.workspace.trigger("layout-change");
		}
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	getIcon(): string {
		return this.view instanceof MarkdownView ? "lucide-file" : this.view.getIcon();
	}

	/** Closes the leaf: its view is closed and unloaded, and the leaf leaves the workspace. */
	detach(): void {
		const view = this.view;
		if (view instanceof MarkdownView) throw new Error("host: the note's pane stays");
		void view.hostClose();
		this.app.workspace.removeLeaf(this);
	}
}
