// View and ItemView as obsidian.d.ts documents them: a view lives in a
// WorkspaceLeaf, draws into its `containerEl` (a `.workspace-leaf-content`
// whose `data-type` is the view type, as in Obsidian), and an ItemView into
// its `contentEl` under a header. The leaf loads the view, then awaits
// `onOpen`; closing awaits `onClose`, then unloads it, so everything the view
// registered goes with it.
import type { App } from "./app";
import { Component } from "./component";
import type { WorkspaceLeaf } from "./markdown-view";

export abstract class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: unknown = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
	}

	protected async onOpen(): Promise<void> {}

	protected async onClose(): Promise<void> {}

	abstract getViewType(): string;

	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: unknown): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): string {
		return this.icon;
	}

	onResize(): void {}

	onPaneMenu(_menu: unknown, _source: string): void {}

	/** Host: what the leaf does to show the view (Obsidian's `leaf.open(view)`). */
	async hostOpen(parentEl: HTMLElement): Promise<void> {
		this.containerEl.dataset.type = this.getViewType();
		parentEl.appendChild(this.containerEl);
		this.load();
		await this.onOpen();
	}

	/** Host: what the leaf does when it shows something else, is detached, or the view type goes. */
	async hostClose(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.remove();
	}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	private readonly actionsEl: HTMLElement;
	private readonly titleEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		const header = this.containerEl.createDiv({ cls: "view-header" });
		this.titleEl = header.createDiv({ cls: "view-header-title" });
		this.actionsEl = header.createDiv({ cls: "view-actions" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}

	override async hostOpen(parentEl: HTMLElement): Promise<void> {
		this.titleEl.setText(this.getDisplayText());
		await super.hostOpen(parentEl);
	}

	addAction(_icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.actionsEl.createEl("button", { cls: "clickable-icon view-action", attr: { "aria-label": title }, text: title });
		el.addEventListener("click", (evt) => void callback(evt));
		return el;
	}
}

/** What a leaf shows when it has no view, or its view's type was unregistered: Obsidian's "empty" view. */
export class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}
