import { Notice, Plugin } from "obsidian";
import { registerChartBlock } from "./plugin/chart-block";
import { registerCommands } from "./plugin/commands";
import { RenderedSections, registerSectionProcessor } from "./plugin/section-processor";
import { DEFAULT_SETTINGS, describeReset, type FrameworkCompareSettings, readSettings } from "./plugin/settings-schema";
import { FrameworkCompareSettingTab } from "./plugin/settings-tab";

export default class FrameworkComparePlugin extends Plugin {
	settings: FrameworkCompareSettings = { ...DEFAULT_SETTINGS, noteViewState: {} };
	readonly sections = new RenderedSections();

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.addSettingTab(new FrameworkCompareSettingTab(this.app, this));
		registerSectionProcessor(this, this.sections);
		registerChartBlock(this);
		registerCommands(this);
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
