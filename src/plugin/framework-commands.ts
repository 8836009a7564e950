// The commands of the note's comparison: show or hide a framework (a fuzzy
// picker), show all, copy the current table as Markdown or CSV, and "Convert
// table to chart", which writes a `comparison-chart` fence below a table of
// numbers through the editor, so undo takes it back. Each is offered only
// where it applies; none has a default hotkey.
import { type App, type Editor, type FuzzyMatch, FuzzySuggestModal, MarkdownView, Notice, TFile } from "obsidian";
import { chartFence, type NoteAnalysis, ownValue, tableChartSource, tableKey } from "../core";
import { shownGridOf, TABLE_CLASS, type ComparisonTableInput } from "../views/comparison-table";
import type { NoteViewState } from "../views/note-view-state";
import { currentTableIndex, shownTableGrid } from "../views/shown-table";
import { noteFrameworksWord } from "../views/table-corner";
import { type Grid, toCsv, toMarkdown } from "../views/table-export";
import { enabledFor } from "./correction-menus";
import { viewFrameworks } from "./drawn-from";
import type { PluginParts } from "./plugin-parts";

/** The note's frameworks, each shown or hidden; choosing one flips it in every view of the note. */
class FrameworkPicker extends FuzzySuggestModal<string> {
	constructor(
		app: App,
		private readonly state: NoteViewState,
	) {
		super(app);
		this.setPlaceholder("Show or hide a framework…");
		this.emptyStateText = "No framework matches.";
	}

	getItems(): string[] {
		return [...this.state.frameworks];
	}

	getItemText(name: string): string {
		return name;
	}

	override renderSuggestion(match: FuzzyMatch<string>, el: HTMLElement): void {
		super.renderSuggestion(match, el);
		el.dataset.framework = match.item;
		el.createSpan({ cls: "framework-compare-picker-state", text: this.state.isHidden(match.item) ? "Hidden" : "Shown" });
	}

	onChooseItem(name: string): void {
		this.state.toggle(name);
		new Notice(this.state.isHidden(name) ? `${name} is hidden in this note.` : `${name} is shown in this note.`);
	}
}

/** The table under the editor's cursor, as the note model reads it. */
interface EditorTable {
	analysis: NoteAnalysis;
	index: number;
	/** 0-based editor lines of its header row and of its last row. */
	first: number;
	last: number;
}

function tableAtCursor(analysis: NoteAnalysis, editor: Editor): EditorTable | null {
	const line = editor.getCursor().line + 1;
	for (const [index, table] of analysis.note.tables.entries()) {
		const rowLines = analysis.tables[index]?.rowLines ?? [];
		const last = rowLines[rowLines.length - 1] ?? table.line + 1;
		if (line >= table.line && line <= last) return { analysis, index, first: table.line - 1, last: last - 1 };
	}
	return null;
}

/** The heading the table sits under, as the chart's title: the note model's, so a `#` line in a code block is none. */
function headingAbove(analysis: NoteAnalysis, line: number): string | null {
	let heading: string | null = null;
	for (const section of analysis.sections) if (section.line < line) heading = section.heading;
	return heading;
}

function describeGrid(grid: Grid): string {
	const rows = grid.length - 1;
	const columns = grid[0]?.length ?? 0;
	return `${rows} ${rows === 1 ? "row" : "rows"}, ${columns} ${columns === 1 ? "column" : "columns"}`;
}

export function registerFrameworkCommands(plugin: PluginParts): void {
	const { app } = plugin;
	/** The reading view's table the user last clicked, tapped or focused. */
	let lastUsed: Element | null = null;
	const remember = (event: Event) => {
		const target = event.target;
		const table = target instanceof Element ? target.closest(`.${TABLE_CLASS}`) : null;
		if (table) lastUsed = table;
	};
	plugin.register(() => (lastUsed = null));
	plugin.registerDomEvent(activeDocument, "pointerdown", remember, true);
	plugin.registerDomEvent(activeDocument, "focusin", remember, true);

	/** The active note, when the plugin may touch it. */
	const activeNote = (): TFile | null => {
		const file = app.workspace.getActiveFile();
		if (!(file instanceof TFile) || file.extension !== "md") return null;
		return enabledFor(app.metadataCache.getFileCache(file)?.frontmatter) ? file : null;
	};
	/**
	 * The frameworks the note's views toggle: its shared state's once a view was drawn,
	 * else those of its model, read from the open note's text (Live Preview and source
	 * mode draw few views, or none).
	 */
	const noteFrameworks = (file: TFile): string[] => {
		const existing = plugin.viewStates.existing(file.path);
		if (existing) return [...existing.frameworks];
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		const analysis = view?.file === file ? plugin.models.analysis(file.path, view.getViewData(), app.metadataCache.getFileCache(file)?.frontmatter ?? null) : plugin.models.latest(file.path);
		return analysis ? viewFrameworks(analysis) : [];
	};

	plugin.addCommand({
		id: "show-or-hide-framework",
		name: "Show or hide a framework…",
		checkCallback: (checking) => {
			const file = activeNote();
			const frameworks = file ? noteFrameworks(file) : [];
			if (!file || frameworks.length < 2) return false;
			if (!checking) new FrameworkPicker(app, plugin.viewStates.forNote(file.path, frameworks)).open();
			return true;
		},
	});

	plugin.addCommand({
		id: "show-all-frameworks",
		name: "Show all frameworks",
		checkCallback: (checking) => {
			const file = activeNote();
			if (!file) return false;
			const existing = plugin.viewStates.existing(file.path);
			// No view drawn yet (Live Preview, source mode): what the note's saved choices hide.
			const saved = plugin.settings.rememberViewState ? ownValue(plugin.settings.noteViewState, file.path) : undefined;
			if (existing ? !existing.anythingHidden : (saved?.hiddenFrameworks.length ?? 0) === 0) return false;
			if (!checking) {
				const state = existing ?? plugin.viewStates.forNote(file.path, noteFrameworks(file));
				state.showAll();
				new Notice("Every framework is shown again.");
			}
			return true;
		},
	});

	/** The grid "Copy current table" copies in the active view, and where it comes from; null when there is none. */
	const currentGrid = (markdown: boolean): { grid: Grid; file: TFile } | null => {
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		const file = view?.file;
		if (!view || !file || file.extension !== "md") return null;
		if (view.getMode() === "source") {
			const grid = editorGrid(view.editor, file, markdown);
			return grid ? { grid, file } : null;
		}
		const tables = Array.from(view.containerEl.querySelectorAll(`.${TABLE_CLASS}`)).filter((el) => shownGridOf(el, markdown) !== null);
		const pane = view.containerEl.getBoundingClientRect();
		const focused = activeDocument.activeElement;
		const used = lastUsed?.isConnected ? lastUsed : null;
		const index = currentTableIndex(
			tables.map((el) => {
				const box = el.getBoundingClientRect();
				return { focused: focused !== null && el.contains(focused), lastUsed: el === used, top: box.top, bottom: box.bottom };
			}),
			{ top: Math.max(pane.top, 0), bottom: Math.min(pane.bottom, activeWindow.innerHeight) },
		);
		const grid = index >= 0 ? shownGridOf(tables[index]!, markdown) : null;
		return grid ? { grid, file } : null;
	};

	/** In the editor: the table the cursor is in, as the note's views show it. */
	const editorGrid = (editor: Editor, file: TFile, markdown: boolean): Grid | null => {
		const analysis = plugin.models.analysis(file.path, editor.getValue(), app.metadataCache.getFileCache(file)?.frontmatter);
		const found = tableAtCursor(analysis, editor);
		if (!found) return null;
		const { note } = analysis;
		const table = note.tables[found.index]!;
		const layout = analysis.tables[found.index];
		const frameworks = viewFrameworks(analysis);
		// Where the reading view draws no interactive table, the table is copied as written.
		const interactive = plugin.settings.interactiveTables && table.frameworkAxis !== "none" && frameworks.length >= 2;
		const input: ComparisonTableInput = {
			key: tableKey(note.tables, found.index),
			model: interactive ? table : { ...table, frameworkAxis: "none" },
			source: layout ? layout.source.map((row) => row.cells.map((cell) => cell.markdown)) : null,
			frameworkOf: layout?.frameworkOf ?? [],
			nameColumn: layout?.nameColumn ?? 0,
			headingRows: layout?.headingRows ?? 0,
			frameworksWord: noteFrameworksWord(note.tables.map((t, i) => ({ ...t, nameColumn: analysis.tables[i]?.nameColumn ?? 0 }))),
		};
		const state = interactive ? plugin.viewStates.forNote(file.path, frameworks) : null;
		return shownTableGrid(input, state ?? { has: () => false, isHidden: () => false, table: () => ({}) }, markdown);
	};

	const copyCommand = (format: "Markdown" | "CSV") =>
		plugin.addCommand({
			id: `copy-current-table-${format.toLowerCase()}`,
			name: `Copy current table as ${format}`,
			checkCallback: (checking) => {
				if (!activeNote()) return false;
				if (checking) return currentGrid(format === "Markdown") !== null;
				const current = currentGrid(format === "Markdown");
				if (!current) return false;
				const text = format === "Markdown" ? toMarkdown(current.grid) : toCsv(current.grid);
				navigator.clipboard.writeText(text).then(
					() => new Notice(`Copied the table as ${format} (${describeGrid(current.grid)}).`),
					() => new Notice(`Could not copy the table as ${format}: the clipboard is not available.`),
				);
				return true;
			},
		});
	copyCommand("Markdown");
	copyCommand("CSV");

	// The one command of these that changes the note: through the editor, so undo takes the chart out again.
	plugin.addCommand({
		id: "convert-table-to-chart",
		name: "Convert table to chart",
		editorCheckCallback: (checking, editor, ctx) => {
			const file = ctx.file;
			if (!file || file.extension !== "md" || !enabledFor(app.metadataCache.getFileCache(file)?.frontmatter)) return false;
			const analysis = plugin.models.analysis(file.path, editor.getValue(), app.metadataCache.getFileCache(file)?.frontmatter);
			const found = tableAtCursor(analysis, editor);
			if (!found) return false;
			const table = analysis.note.tables[found.index]!;
			const layout = analysis.tables[found.index];
			const source = tableChartSource(table, { title: headingAbove(analysis, table.line), labelColumn: layout?.nameColumn ?? 0 });
			if (source === null) return false;
			if (checking) return true;
			// A table in a quote or list: the fence goes in the same container.
			const start = layout?.source[0]?.start ?? 0;
			const written = editor.getLine(found.first).slice(0, start);
			const prefix = /^[\s>]*$/.test(written) ? written : " ".repeat(written.length);
			const fence = chartFence(source)
				.split("\n")
				.map((line) => prefix + line)
				.join("\n");
			const at = { line: found.last, ch: editor.getLine(found.last).length };
			// A blank line between the table and the fence, and after it when text follows at once.
			const next = found.last + 1 <= editor.lastLine() ? editor.getLine(found.last + 1) : "";
			const after = next.trim() === "" || /^[\s>]*$/.test(next) ? "" : `\n${prefix.trimEnd()}`;
			editor.transaction({ changes: [{ from: at, to: at, text: `\n${prefix.trimEnd()}\n${fence}${after}` }] });
			new Notice("Wrote a comparison-chart block below the table. Undo takes it out again.");
			return true;
		},
	});
}
