// Plugin as obsidian.d.ts documents it; everything it registers goes into
// the App's registries and comes out again when the plugin unloads.
import type { App, CodeBlockProcessor, HostCommand, PostProcessor, ViewCreator } from "./app";
import { Component } from "./component";
import { drawIcon } from "./icons";

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	description: string;
	author: string;
	isDesktopOnly?: boolean;
	dir?: string;
}

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	/** Where loadData/saveData keep data.json; set by the host loader. */
	dataUrl = "";

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	// Obsidian waits for an async onload before the plugin counts as loaded.
	async loadAsync(): Promise<void> {
		this.load();
		await this.onloadResult;
	}

	addCommand(command: HostCommand): HostCommand {
		const id = `${this.manifest.id}:${command.id}`;
		const registered = { ...command, id };
		this.app.registries.commands.set(id, registered);
		this.register(() => this.app.registries.commands.delete(id));
		return registered;
	}

	removeCommand(commandId: string): void {
		this.app.registries.commands.delete(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(tab: { display(): void; hide(): void; containerEl: HTMLElement }): void {
		this.app.registries.settingTabs.push(tab);
		this.register(() => {
			tab.hide();
			const tabs = this.app.registries.settingTabs;
			tabs.splice(tabs.indexOf(tab), 1);
		});
	}

	/** As Obsidian's: an icon in the ribbon, its title as `aria-label` (the tooltip). */
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const ribbon = document.querySelector<HTMLElement>(".side-dock-ribbon") ?? document.body;
		const el = ribbon.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
		drawIcon(el, icon);
		el.addEventListener("click", (evt) => void callback(evt));
		this.register(() => el.detach());
		return el;
	}

	/**
	 * A view type this plugin provides. Unloading the plugin unregisters it: its leaves stay
	 * in the workspace showing nothing, and show it again once the type is registered again.
	 */
	registerView(type: string, viewCreator: ViewCreator): void {
		const views = this.app.registries.views;
		if (views.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		views.set(type, viewCreator);
		void this.app.workspace.hostViewTypeBack(type);
		this.register(() => {
			views.delete(type);
			void this.app.workspace.hostViewTypeGone(type);
		});
	}

	registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
		const sources = this.app.registries.hoverLinkSources;
		sources.set(id, info);
		this.register(() => sources.delete(id));
	}

	addStatusBarItem(): HTMLElement {
		const bar = document.querySelector<HTMLElement>(".status-bar") ?? document.body;
		const el = bar.createDiv({ cls: "status-bar-item" });
		this.register(() => el.detach());
		return el;
	}

	registerMarkdownPostProcessor(postProcessor: PostProcessor, sortOrder?: number): PostProcessor {
		if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
		const list = this.app.registries.postProcessors;
		list.push(postProcessor);
		list.sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
		this.register(() => list.splice(list.indexOf(postProcessor), 1));
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockProcessor): PostProcessor {
		const map = this.app.registries.codeBlockProcessors;
		if (map.has(language)) throw new Error(`Code block processor for "${language}" is already registered`);
		map.set(language, handler);
		this.register(() => map.delete(language));
		const marker: PostProcessor = () => undefined;
		return marker;
	}

	async loadData(): Promise<unknown> {
		const response = await fetch(this.dataUrl);
		const text = await response.text();
		// Obsidian parses data.json with JSON.parse and rejects on bad JSON.
		return JSON.parse(text) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		await fetch(this.dataUrl, { method: "PUT", body: JSON.stringify(data, null, 2) });
	}

	onUserEnable(): void {}
}
