import { Notice, Plugin } from "obsidian";
import { registerChartBlock } from "./plugin/chart-block";
import { registerCommands } from "./plugin/commands";
import { NoteModels } from "./plugin/note-models";
import { RenderedSections, registerSectionProcessor } from "./plugin/section-processor";
import { DEFAULT_SETTINGS, describeReset, type FrameworkCompareSettings, readSettings } from "./plugin/settings-schema";
import { FrameworkCompareSettingTab } from "./plugin/settings-tab";
import { VaultLinks } from "./plugin/vault-links";
import { ViewStates } from "./plugin/view-states";

export default class FrameworkComparePlugin extends Plugin {
	settings: FrameworkCompareSettings = { ...DEFAULT_SETTINGS, noteViewState: {} };
	readonly sections = new RenderedSections();
	links!: VaultLinks;
	models!: NoteModels;
	viewStates!: ViewStates;

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.links = new VaultLinks(this.app);
		this.models = new NoteModels(this.links);
		this.viewStates = new ViewStates(
			() => this.settings,
			() => this.saveSettings(),
		);
		this.addSettingTab(new FrameworkCompareSettingTab(this.app, this));
		registerSectionProcessor(this, this.sections, {
			app: this.app,
			links: this.links,
			models: this.models,
			viewStates: this.viewStates,
			settings: () => this.settings,
		});
		registerChartBlock(this);
		registerCommands(this);
		this.viewStates.follow(this);
		// Events are followed from the start (they do nothing until the index exists);
		// indexing every file waits until Obsidian has started, unless a view needs it sooner.
		this.links.follow(this, (path) => this.models.forget(path));
		this.app.workspace.onLayoutReady(() => this.links.get());
	}

	async loadSettings(): Promise<void> {
		let saved: unknown;
		try {
			saved = await this.loadData();
		} catch {
			// A data.json that is not JSON at all: start from defaults, keep the file until the next save.
			new Notice("Framework Compare: the saved settings could not be read, so the defaults are used.");
			return;
		}
		const { settings, reset } = readSettings(saved);
		this.settings = settings;
		if (reset.length > 0) new Notice(describeReset(reset));
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}
}
