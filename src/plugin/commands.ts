import { Notice, TFile } from "obsidian";
import type { PluginParts } from "./plugin-parts";

export function registerCommands(plugin: PluginParts): void {
	const activeNote = (): TFile | null => {
		const file = plugin.app.workspace.getActiveFile();
		return file instanceof TFile && file.extension === "md" ? file : null;
	};

	// The same JSON as `framework-compare inspect`, for checking what the plugin reads from a note.
	plugin.addCommand({
		id: "copy-note-model",
		name: "Copy the comparison model of the current note as JSON",
		checkCallback: (checking) => {
			const file = activeNote();
			if (!file) return false;
			if (!checking) {
				void (async () => {
					const text = await plugin.app.vault.cachedRead(file);
					const frontmatter: unknown = plugin.app.metadataCache.getFileCache(file)?.frontmatter;
					const { note } = plugin.models.analysis(file.path, text, frontmatter);
					try {
						await navigator.clipboard.writeText(JSON.stringify(note, null, 2));
						const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
						const found = [count(note.frameworks.length, "framework"), count(note.tables.length, "table"), count(note.charts.length, "chart")].join(", ");
						new Notice(`Copied the comparison model of ${file.basename} (${found}).`);
					} catch {
						new Notice("Could not copy the comparison model: the clipboard is not available.");
					}
				})();
			}
			return true;
		},
	});

	plugin.addCommand({
		id: "forget-view-choices",
		name: "Forget view choices for the current note",
		checkCallback: (checking) => {
			const file = activeNote();
			if (!file || !plugin.viewStates.hasChoices(file.path)) return false;
			if (!checking) {
				plugin.viewStates.reset(file.path);
				new Notice(`Forgot the view choices for ${file.basename}.`);
			}
			return true;
		},
	});
}
