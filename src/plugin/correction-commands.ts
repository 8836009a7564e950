// The commands that correct detection for the active note, the same
// corrections the menus make, plus the one command that writes into the note:
// the compared frameworks into its frontmatter, through the editor.
import { Notice, TFile } from "obsidian";
import { type FrameworkAxis, type NoteAnalysis, tableKey } from "../core";
import type { PluginParts } from "./plugin-parts";
import { describeAxis, enabledFor } from "./correction-menus";
import { frontmatterWithFrameworks } from "./frontmatter-frameworks";
import { type Choice, ChoicePicker, NamePicker } from "./pickers";

function shorten(text: string, length: number): string {
	return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

export function registerCorrectionCommands(plugin: PluginParts): void {
	const { app } = plugin;
	/** The active note, when the plugin may touch it. */
	const activeNote = (): TFile | null => {
		const file = app.workspace.getActiveFile();
		if (!(file instanceof TFile) || file.extension !== "md") return null;
		return enabledFor(app.metadataCache.getFileCache(file)?.frontmatter) ? file : null;
	};
	const analyse = async (file: TFile): Promise<{ analysis: NoteAnalysis; reanalyse: () => NoteAnalysis }> => {
		const text = await app.vault.cachedRead(file);
		const frontmatter: unknown = app.metadataCache.getFileCache(file)?.frontmatter;
		const reanalyse = () => plugin.models.analysis(file.path, text, frontmatter);
		return { analysis: reanalyse(), reanalyse };
	};
	/** Runs `run` on the active note when there is one; hidden from the palette otherwise. */
	const onActiveNote =
		(run: (file: TFile) => Promise<void> | void, available: (file: TFile) => boolean = () => true) =>
		(checking: boolean): boolean => {
			const file = activeNote();
			if (!file || !available(file)) return false;
			if (!checking) void run(file);
			return true;
		};

	plugin.addCommand({
		id: "mark-not-framework",
		name: "Mark a framework as not a framework…",
		checkCallback: onActiveNote(async (file) => {
			const { note } = (await analyse(file)).analysis;
			if (note.frameworks.length === 0) {
				new Notice(`${file.basename} compares no frameworks.`);
				return;
			}
			new NamePicker(app, note.frameworks, "Which name is not a framework in this note?", (name) => plugin.menus.markNotFramework(file.path, name)).open();
		}),
	});

	plugin.addCommand({
		id: "restore-not-frameworks",
		name: "Restore names marked not a framework…",
		checkCallback: onActiveNote(
			(file) => plugin.menus.openRestorePicker(file.path),
			(file) => plugin.corrections.notFrameworks(file.path).length > 0,
		),
	});

	plugin.addCommand({
		id: "choose-table-axis",
		name: "Choose what a table compares…",
		checkCallback: onActiveNote(async (file) => {
			const { analysis, reanalyse } = await analyse(file);
			const { note } = analysis;
			if (note.tables.length === 0) {
				new Notice(`${file.basename} has no tables.`);
				return;
			}
			const tables: Choice[] = note.tables.map((table, index) => {
				const key = tableKey(note.tables, index);
				const chosen = plugin.corrections.tableAxis(file.path, key);
				const set = (axis: FrameworkAxis | null) => () => plugin.menus.setTableAxis(file.path, key, axis, reanalyse);
				const header = shorten(table.header.join(" | "), 70);
				// The column naming the rows: the first, or the first of names after a category column.
				const column = analysis.tables[index]?.nameColumn ?? 0;
				const names = shorten(table.rows.map((row) => row[column] ?? "").join(", "), 70);
				const axes: Choice[] = [
					{ title: "Compare the names in the header row", note: header, run: set("columns") },
					{ title: column === 0 ? "Compare the names in the first column" : `Compare the names in the "${table.header[column] ?? ""}" column`, note: names, run: set("rows") },
					{ title: "This table compares nothing", run: set("none") },
				];
				if (chosen !== undefined) axes.push({ title: "Let Framework Compare decide", note: "Forget your choice for this table", run: set(null) });
				return {
					title: `Line ${table.line}: ${header}`,
					note: describeAxis(table.frameworkAxis, chosen !== undefined),
					run: () => new ChoicePicker(app, axes, `What does the table at line ${table.line} compare?`).open(),
				};
			});
			new ChoicePicker(app, tables, "Choose a table…").open();
		}),
	});

	plugin.addCommand({
		id: "forget-detection-corrections",
		name: "Forget detection corrections for the current note",
		checkCallback: onActiveNote(
			(file) => {
				plugin.corrections.reset(file.path);
				new Notice(`Forgot the detection corrections for ${file.basename}.`);
			},
			(file) => plugin.corrections.has(file.path),
		),
	});

	// The only command that changes the note: through the editor, so undo brings the note back.
	plugin.addCommand({
		id: "write-frameworks-to-frontmatter",
		name: "Write the compared frameworks to the frontmatter",
		editorCheckCallback: (checking, editor, ctx) => {
			const file = ctx.file;
			if (!file || file.extension !== "md" || !enabledFor(app.metadataCache.getFileCache(file)?.frontmatter)) return false;
			const text = editor.getValue();
			// The frontmatter is read from the editor's text, which may be newer than the metadata cache.
			const { frameworks } = plugin.models.analysis(file.path, text, null).note;
			if (frameworks.length === 0) return false;
			if (checking) return true;
			const change = frontmatterWithFrameworks(text, frameworks);
			if (!change) {
				new Notice(`The frontmatter of ${file.basename} already lists ${frameworks.join(", ")}.`);
				return true;
			}
			editor.transaction({ changes: [{ from: editor.offsetToPos(change.from), to: editor.offsetToPos(change.to), text: change.insert }] });
			new Notice(`Wrote frameworks: ${frameworks.join(", ")} to the frontmatter of ${file.basename}. Undo takes it back.`);
			return true;
		},
	});
}
