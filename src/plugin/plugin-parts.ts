// The plugin as its commands and settings tab see it. main.ts implements this;
// they import it instead of main.ts, so no import, not even a type-only one,
// leads back to main.ts.
import type { Plugin } from "obsidian";
import type { CorrectionMenus } from "./correction-menus";
import type { DetectionCorrections } from "./detection-corrections";
import type { NoteBars } from "./note-bars";
import type { NoteModels } from "./note-models";
import type { FrameworkCompareSettings } from "./settings-schema";
import type { ViewStates } from "./view-states";

export interface PluginParts extends Plugin {
	settings: FrameworkCompareSettings;
	readonly models: NoteModels;
	readonly viewStates: ViewStates;
	readonly corrections: DetectionCorrections;
	readonly menus: CorrectionMenus;
	readonly noteBars: NoteBars;
	saveSettings(): Promise<void>;
}
