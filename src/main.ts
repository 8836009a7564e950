import { Notice, Plugin } from "obsidian";
import { registerChartBlock } from "./plugin/chart-block";
import { registerCommands } from "./plugin/commands";
import { registerComparisonView } from "./plugin/comparison-view";
import { registerCorrectionCommands } from "./plugin/correction-commands";
import { registerFrameworkCommands } from "./plugin/framework-commands";
import { registerGroupBlocks } from "./plugin/group-blocks";
import { CorrectionMenus } from "./plugin/correction-menus";
import { DetectionCorrections } from "./plugin/detection-corrections";
import { NoteBars } from "./plugin/note-bars";
import { NoteModels } from "./plugin/note-models";
import { rerenderNote } from "./plugin/rerender-note";
import { RenderedSections, registerSectionProcessor } from "./plugin/section-processor";
import { DEFAULT_SETTINGS, describeReset, type FrameworkCompareSettings, readSettings } from "./plugin/settings-schema";
import type { PluginParts } from "./plugin/plugin-parts";
import { FrameworkCompareSettingTab } from "./plugin/settings-tab";
import { VaultLinks } from "./plugin/vault-links";
import { ViewStates } from "./plugin/view-states";

export default class FrameworkComparePlugin extends Plugin implements PluginParts {
	settings: FrameworkCompareSettings = { ...DEFAULT_SETTINGS, noteViewState: {}, detection: {} };
	readonly sections = new RenderedSections();
	links!: VaultLinks;
	models!: NoteModels;
	viewStates!: ViewStates;
	corrections!: DetectionCorrections;
	menus!: CorrectionMenus;
	noteBars!: NoteBars;
	settingsReady: Promise<void> = Promise.resolve();

	override onload(): void {
		// Reading data.json is the one slow step of starting: everything is registered at once
		// and the views wait for the settings, so Obsidian's start-up does not.
		this.settingsReady = this.loadSettings();
		this.links = new VaultLinks(this.app);
		// A correction is saved at once and every open view of its note drawn again.
		this.corrections = new DetectionCorrections(
			() => this.settings,
			() => void this.saveSettings(),
			(path) => rerenderNote(this.app, path),
		);
		this.models = new NoteModels(this.links, (path) => this.corrections.overrides(path));
		this.menus = new CorrectionMenus(this.app, this.models, this.corrections);
		this.viewStates = new ViewStates(
			() => this.settings,
			() => this.saveSettings(),
		);
		this.noteBars = new NoteBars(
			() => this.settings.compactToolbar,
			(path) => this.viewStates.existing(path),
		);
		this.noteBars.register(this);
		this.addSettingTab(new FrameworkCompareSettingTab(this.app, this));
		const services = {
			app: this.app,
			links: this.links,
			models: this.models,
			viewStates: this.viewStates,
			menus: this.menus,
			settings: () => this.settings,
			settingsReady: this.settingsReady,
			noteBars: this.noteBars,
		};
		registerSectionProcessor(this, this.sections, services);
		registerGroupBlocks(this, { ...services, sections: this.sections });
		registerChartBlock(this);
		registerComparisonView(this, { links: this.links, models: this.models, viewStates: this.viewStates, settings: () => this.settings, settingsReady: this.settingsReady });
		registerCommands(this);
		registerCorrectionCommands(this);
		registerFrameworkCommands(this);
		this.viewStates.follow(this);
		this.corrections.follow(this);
		// Events are followed from the start (they do nothing until the index exists);
		// indexing every file waits until Obsidian has started, unless a view needs it sooner.
		this.links.follow(this, (path) => this.models.forget(path));
		this.app.workspace.onLayoutReady(() => this.links.indexInBackground(this));
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
		// Saving before the saved settings were read would write the defaults over them.
		await this.settingsReady;
		await this.saveData(this.settings);
	}
}
