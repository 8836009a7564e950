// The settings tab, described once as definitions: Obsidian 1.13 and later
// draws them itself (and lists every one in its settings search) through
// getSettingDefinitions(); older versions call display(), which draws the same
// definitions with Setting. Every change takes effect at once: the open notes
// are drawn again, and `comparison-chart` blocks redraw themselves.
import { type App, PluginSettingTab, Setting } from "obsidian";
import { redrawChartBlocks } from "./chart-block";
import type { PluginParts } from "./plugin-parts";
import { rerenderNote } from "./rerender-note";
import { DEFAULT_SETTINGS as DEFAULTS, type FrameworkCompareSettings } from "./settings-schema";

// The part of Obsidian 1.13's declarative settings API this tab uses, declared
// here because the pinned typings (1.12) predate it. Older versions never read it.
type ToggleKey = "interactiveTables" | "drawCharts" | "sideBySideSections" | "codeTabs" | "linkFrameworkNames" | "compactToolbar" | "rememberViewState";
type ChoiceKey = "defaultChartView" | "defaultChartScale";

interface ToggleControl {
	type: "toggle";
	key: ToggleKey;
	defaultValue?: boolean;
}

interface DropdownControl {
	type: "dropdown";
	key: ChoiceKey;
	options: Record<string, string>;
	defaultValue?: string;
}

interface ControlDefinition {
	name: string;
	desc: string;
	control: ToggleControl | DropdownControl;
}

interface RenderDefinition {
	name: string;
	desc: string;
	render: (setting: Setting) => void;
}

type SettingDefinition = ControlDefinition | RenderDefinition;

interface SettingGroupDefinition {
	type: "group";
	heading: string;
	items: SettingDefinition[];
}

const CHART_VIEWS: Record<FrameworkCompareSettings["defaultChartView"], string> = { chart: "Chart", table: "Table", text: "Text" };
const CHART_SCALES: Record<FrameworkCompareSettings["defaultChartScale"], string> = { linear: "Linear", log: "Log scale", percent: "% of best" };

/** What a changed setting needs so that every open note shows it at once. */
function applySetting(app: App, plugin: PluginParts, key: ToggleKey | ChoiceKey): void {
	// Remembering choices changes what is saved from now on, not what is shown.
	if (key === "rememberViewState") return;
	if (key === "compactToolbar") plugin.noteBars.clear();
	rerenderNote(app, null);
	// Live Preview draws `comparison-chart` fences too, and is not the reading view.
	redrawChartBlocks();
}

function plural(count: number, one: string, many: string): string {
	return count === 1 ? one : many.replace("#", String(count));
}

export class FrameworkCompareSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: PluginParts,
	) {
		super(app, plugin);
	}

	/** Obsidian 1.13+: the settings it draws and lists in its settings search. */
	getSettingDefinitions(): SettingGroupDefinition[] {
		const { plugin } = this;
		const toggle = (key: ToggleKey): ToggleControl => ({ type: "toggle", key, defaultValue: DEFAULTS[key] });
		const remembered = Object.keys(plugin.settings.noteViewState).length;
		const corrected = plugin.corrections.size;
		return [
			{
				type: "group",
				heading: "Tables and charts",
				items: [
					{
						name: "Interactive tables",
						desc: "Framework toggles, sorting, transposing and copying on the tables that compare frameworks. Off, tables stay as Obsidian renders them.",
						control: toggle("interactiveTables"),
					},
					{
						name: "Draw charts",
						desc: "Charts drawn with box-drawing or block characters, and comparison-chart code blocks, become interactive bar charts. Off, they stay as code.",
						control: toggle("drawCharts"),
					},
					{
						name: "Default chart view",
						desc: "What a chart shows until you pick another view for it.",
						control: { type: "dropdown", key: "defaultChartView", options: CHART_VIEWS, defaultValue: DEFAULTS.defaultChartView },
					},
					{
						name: "Default chart scale",
						desc: "The scale of a chart until you pick another one for it. A chart that cannot use it (log scale for values that do not span enough, or a value at or below zero) is linear.",
						control: { type: "dropdown", key: "defaultChartScale", options: CHART_SCALES, defaultValue: DEFAULTS.defaultChartScale },
					},
				],
			},
			{
				type: "group",
				heading: "Note layout",
				items: [
					{
						name: "Sections side by side",
						desc: "Sibling sections named after the note's frameworks can be shown side by side, one column per framework.",
						control: toggle("sideBySideSections"),
					},
					{
						name: "Code tabs",
						desc: "A run of code samples, one per framework, is shown as tabs.",
						control: toggle("codeTabs"),
					},
					{
						name: "Compact framework bar",
						desc: "One bar of framework toggles per note, kept at the top of the pane while a table or chart of the note is on screen, instead of the toggles above every table and chart.",
						control: toggle("compactToolbar"),
					},
					{
						name: "Link framework names",
						desc: "In comparison tables, a framework name that names a note in the vault (by file name or alias) opens that note.",
						control: toggle("linkFrameworkNames"),
					},
				],
			},
			{
				type: "group",
				heading: "Remembered choices",
				items: [
					{
						name: "Remember view choices",
						desc: "Keep hidden frameworks and view choices per note between sessions. They are stored with the plugin, never in your notes.",
						control: toggle("rememberViewState"),
					},
					{
						name: "Forget view choices",
						desc: plural(remembered, "Choices are remembered for 1 note.", "Choices are remembered for # notes."),
						render: (setting) => {
							setting.addButton((button) =>
								button.setButtonText("Forget").onClick(async () => {
									plugin.viewStates.resetAll();
									await plugin.saveSettings();
									this.refresh();
								}),
							);
						},
					},
					{
						name: "Forget detection corrections",
						desc: `Names you marked "Not a framework" and what you chose tables compare. ${plural(corrected, "Corrections are kept for 1 note.", "Corrections are kept for # notes.")}`,
						render: (setting) => {
							setting.addButton((button) =>
								button.setButtonText("Forget").onClick(() => {
									plugin.corrections.resetAll();
									this.refresh();
								}),
							);
						},
					},
				],
			},
		];
	}

	/** Obsidian 1.13+: a control's value, by its key. */
	getControlValue(key: string): unknown {
		const control = this.control(key);
		return control ? this.plugin.settings[control.key] : undefined;
	}

	/** Obsidian 1.13+ (and display() below): a control changed; saved and shown at once. */
	async setControlValue(key: string, value: unknown): Promise<void> {
		const control = this.control(key);
		if (!control) return;
		const settings = this.plugin.settings as unknown as Record<string, unknown>;
		if (control.type === "toggle") {
			if (typeof value !== "boolean") return;
		} else if (typeof value !== "string" || !Object.keys(control.options).includes(value)) return;
		if (settings[control.key] === value) return;
		settings[control.key] = value;
		applySetting(this.app, this.plugin, control.key);
		await this.plugin.saveSettings();
	}

	/** Obsidian before 1.13: the same definitions, drawn with Setting. */
	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const group of this.getSettingDefinitions()) {
			new Setting(containerEl).setName(group.heading).setHeading();
			for (const item of group.items) {
				const setting = new Setting(containerEl).setName(item.name).setDesc(item.desc);
				if ("render" in item) {
					item.render(setting);
					continue;
				}
				const { control } = item;
				const current = this.getControlValue(control.key);
				if (control.type === "toggle") {
					setting.addToggle((toggle) => toggle.setValue(current === true).onChange((value) => this.setControlValue(control.key, value)));
				} else {
					setting.addDropdown((dropdown) =>
						dropdown
							.addOptions(control.options)
							.setValue(typeof current === "string" ? current : "")
							.onChange((value) => this.setControlValue(control.key, value)),
					);
				}
			}
		}
	}

	/** Draws the tab again after a button changed what it says: update() on 1.13+, display() before. */
	private refresh(): void {
		const update: unknown = (this as unknown as { update?: unknown }).update;
		if (typeof update === "function") (update as () => void).call(this);
		else this.display();
	}

	private control(key: string): ToggleControl | DropdownControl | undefined {
		for (const group of this.getSettingDefinitions()) {
			for (const item of group.items) if ("control" in item && item.control.key === key) return item.control;
		}
		return undefined;
	}
}

