import type FrameworkComparePlugin from "../main";

export function registerCommands(plugin: FrameworkComparePlugin): void {
	plugin.addCommand({
		id: "forget-view-choices",
		name: "Forget view choices for the current note",
		checkCallback: (checking) => {
			const file = plugin.app.workspace.getActiveFile();
			if (!file || !(file.path in plugin.settings.noteViewState)) return false;
			if (!checking) {
				delete plugin.settings.noteViewState[file.path];
				void plugin.saveSettings();
			}
			return true;
		},
	});
}
