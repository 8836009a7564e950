// After a correction, every open reading view of the note is drawn again, so
// its toolbars, tables and charts show what the user just chose; after a
// setting that changes how every note is drawn, every reading view (path null).
// The comparison view showing the note is drawn again too.
import { type App, MarkdownView } from "obsidian";
import { ComparisonView, VIEW_TYPE } from "./comparison-view";

export function rerenderNote(app: App, path: string | null): void {
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && (path === null || view.file?.path === path)) view.previewMode.rerender(true);
	}
	for (const leaf of app.workspace.getLeavesOfType(VIEW_TYPE)) {
		const view = leaf.view;
		if (view instanceof ComparisonView && (path === null || view.shows(path))) view.refresh();
	}
}
