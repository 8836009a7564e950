// After a correction, every open reading view of the note is drawn again, so
// its toolbars, tables and charts show what the user just chose.
import { type App, MarkdownView } from "obsidian";

export function rerenderNote(app: App, path: string): void {
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === path) view.previewMode.rerender(true);
	}
}
