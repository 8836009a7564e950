import { type App, PluginSettingTab, Setting } from "obsidian";
import type { PluginParts } from "./plugin-parts";
import { rerenderNote } from "./rerender-note";

export class FrameworkCompareSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: PluginParts,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		new Setting(containerEl)
			.setName("Link framework names")
			.setDesc("In comparison tables, a framework name that names a note in the vault (by file name or alias) opens that note.")
			.addToggle((toggle) =>
				toggle.setValue(this.plugin.settings.linkFrameworkNames).onChange(async (value) => {
					this.plugin.settings.linkFrameworkNames = value;
					await this.plugin.saveSettings();
				}),
			);
		new Setting(containerEl)
			.setName("Compact framework bar")
			.setDesc("One bar of framework toggles per note, kept at the top of the pane while a table or chart of the note is on screen, instead of the toggles above every table and chart.")
			.addToggle((toggle) =>
				toggle.setValue(this.plugin.settings.compactToolbar).onChange(async (value) => {
					this.plugin.settings.compactToolbar = value;
					this.plugin.noteBars.clear();
					rerenderNote(this.app, null);
					await this.plugin.saveSettings();
				}),
			);
		new Setting(containerEl)
			.setName("Remember view choices")
			.setDesc("Keep hidden frameworks and view choices per note between sessions. They are stored with the plugin, never in your notes.")
			.addToggle((toggle) =>
				toggle.setValue(this.plugin.settings.rememberViewState).onChange(async (value) => {
					this.plugin.settings.rememberViewState = value;
					await this.plugin.saveSettings();
				}),
			);
		const remembered = Object.keys(this.plugin.settings.noteViewState).length;
		new Setting(containerEl)
			.setName("Forget view choices")
			.setDesc(remembered === 1 ? "Choices are remembered for 1 note." : `Choices are remembered for ${remembered} notes.`)
			.addButton((button) =>
				button.setButtonText("Forget").onClick(async () => {
					this.plugin.viewStates.resetAll();
					await this.plugin.saveSettings();
					this.display();
				}),
			);
		const corrected = this.plugin.corrections.size;
		new Setting(containerEl)
			.setName("Forget detection corrections")
			.setDesc(
				`Names you marked "Not a framework" and what you chose tables compare. ${corrected === 1 ? "Corrections are kept for 1 note." : `Corrections are kept for ${corrected} notes.`}`,
			)
			.addButton((button) =>
				button.setButtonText("Forget").onClick(() => {
					this.plugin.corrections.resetAll();
					this.display();
				}),
			);
	}
}
