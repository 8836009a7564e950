// The shared per-note view state, kept in the plugin's data (never in the
// note), following the note through renames and dropped when it is deleted.
import { debounce, type Plugin } from "obsidian";
import { NoteViewState, type NoteViewSnapshot } from "../views/note-view-state";
import type { FrameworkCompareSettings } from "./settings-schema";

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

function isEmpty(snapshot: NoteViewSnapshot): boolean {
	return snapshot.hiddenFrameworks.length === 0 && !snapshot.tables && !snapshot.charts;
}

export class ViewStates {
	private live = new Map<string, NoteViewState>();
	private readonly saveSoon: () => void;

	constructor(
		private readonly settings: () => FrameworkCompareSettings,
		save: () => Promise<void>,
	) {
		// Toggling quickly writes data.json once, not once per click.
		this.saveSoon = debounce(() => void save(), 400, true);
	}

	forNote(path: string, frameworks: readonly string[]): NoteViewState {
		const existing = this.live.get(path);
		if (existing && sameList(existing.frameworks, frameworks)) return existing;
		const settings = this.settings();
		const saved = existing?.snapshot() ?? (settings.rememberViewState ? settings.noteViewState[path] : undefined);
		const state = new NoteViewState(frameworks, saved, (snapshot) => this.store(path, snapshot));
		this.live.set(path, state);
		return state;
	}

	private store(path: string, snapshot: NoteViewSnapshot): void {
		const settings = this.settings();
		if (!settings.rememberViewState) return;
		if (isEmpty(snapshot)) delete settings.noteViewState[path];
		else settings.noteViewState[path] = snapshot;
		this.saveSoon();
	}

	hasChoices(path: string): boolean {
		const live = this.live.get(path);
		return path in this.settings().noteViewState || (live !== undefined && !isEmpty(live.snapshot()));
	}

	/** Forgets every choice for the note; its open views go back to the note as written. */
	reset(path: string): void {
		const live = this.live.get(path);
		if (live) live.reset();
		if (path in this.settings().noteViewState) {
			delete this.settings().noteViewState[path];
			this.saveSoon();
		}
	}

	renamed(oldPath: string, newPath: string): void {
		const state = this.live.get(oldPath);
		if (state) {
			this.live.delete(oldPath);
			this.live.set(newPath, state);
		}
		const saved = this.settings().noteViewState;
		if (oldPath in saved) {
			saved[newPath] = saved[oldPath]!;
			delete saved[oldPath];
			this.saveSoon();
		}
	}

	deleted(path: string): void {
		this.live.delete(path);
		const saved = this.settings().noteViewState;
		if (path in saved) {
			delete saved[path];
			this.saveSoon();
		}
	}

	follow(plugin: Plugin): void {
		plugin.registerEvent(plugin.app.vault.on("rename", (file, oldPath) => this.renamed(oldPath, file.path)));
		plugin.registerEvent(plugin.app.vault.on("delete", (file) => this.deleted(file.path)));
	}
}
