// The shared per-note view state, kept in the plugin's data (never in the
// note), following the note through renames and dropped when it is deleted.
import { debounce, type Debouncer, type Plugin } from "obsidian";
import type { ChartDefaults } from "../views/comparison-chart";
import { NoteViewState, type NoteViewSnapshot } from "../views/note-view-state";
import { hasOwnKey as hasOwn, setOwn } from "../core";
import type { FrameworkCompareSettings } from "./settings-schema";

function isEmpty(snapshot: NoteViewSnapshot): boolean {
	return snapshot.hiddenFrameworks.length === 0 && !snapshot.tables && !snapshot.charts && !snapshot.groups;
}

interface LiveState {
	state: NoteViewState;
	/** Where the note is now: renames move it, and saves follow. */
	path: string;
}

export class ViewStates {
	private live = new Map<string, LiveState>();
	private readonly saveSoon: Debouncer<[], void>;

	constructor(
		private readonly settings: () => FrameworkCompareSettings,
		save: () => Promise<void>,
	) {
		// Toggling quickly writes data.json once, not once per click.
		this.saveSoon = debounce(() => void save(), 400, true);
	}

	/** What a chart with no saved choice shows: the settings' default view and scale. */
	chartDefaults(): ChartDefaults {
		const { defaultChartView: view, defaultChartScale: scale } = this.settings();
		return { view, scale };
	}

	/** The note's shared state, if a view of it has been drawn. */
	existing(path: string): NoteViewState | null {
		return this.live.get(path)?.state ?? null;
	}

	/** One state per note for as long as the plugin runs, however often its sections re-render. */
	forNote(path: string, frameworks: readonly string[]): NoteViewState {
		const existing = this.live.get(path);
		if (existing) {
			existing.state.setFrameworks(frameworks);
			return existing.state;
		}
		const settings = this.settings();
		const entry: LiveState = { path, state: undefined as unknown as NoteViewState };
		const saved = settings.rememberViewState && hasOwn(settings.noteViewState, path) ? settings.noteViewState[path] : undefined;
		entry.state = new NoteViewState(frameworks, saved, (snapshot) => this.store(entry.path, snapshot), "note");
		this.live.set(path, entry);
		return entry.state;
	}

	private store(path: string, snapshot: NoteViewSnapshot): void {
		const settings = this.settings();
		if (!settings.rememberViewState) return;
		if (isEmpty(snapshot)) delete settings.noteViewState[path];
		else setOwn(settings.noteViewState, path, snapshot);
		this.saveSoon();
	}

	hasChoices(path: string): boolean {
		const live = this.live.get(path);
		return hasOwn(this.settings().noteViewState, path) || (live !== undefined && !isEmpty(live.state.snapshot()));
	}

	/** Forgets every choice for the note; its open views go back to the note as written. */
	reset(path: string): void {
		this.live.get(path)?.state.reset();
		if (hasOwn(this.settings().noteViewState, path)) {
			delete this.settings().noteViewState[path];
			this.saveSoon();
		}
	}

	/** Forgets the choices for every note, open or not. */
	resetAll(): void {
		for (const { state } of this.live.values()) state.reset();
		this.settings().noteViewState = {};
		this.saveSoon();
	}

	renamed(oldPath: string, newPath: string): void {
		const entry = this.live.get(oldPath);
		if (entry) {
			this.live.delete(oldPath);
			entry.path = newPath;
			this.live.set(newPath, entry);
		}
		const saved = this.settings().noteViewState;
		if (hasOwn(saved, oldPath)) {
			setOwn(saved, newPath, saved[oldPath]!);
			delete saved[oldPath];
			this.saveSoon();
		}
	}

	deleted(path: string): void {
		this.live.delete(path);
		const saved = this.settings().noteViewState;
		if (hasOwn(saved, path)) {
			delete saved[path];
			this.saveSoon();
		}
	}

	follow(plugin: Plugin): void {
		plugin.registerEvent(plugin.app.vault.on("rename", (file, oldPath) => this.renamed(oldPath, file.path)));
		plugin.registerEvent(plugin.app.vault.on("delete", (file) => this.deleted(file.path)));
		// A choice made just before Obsidian closes or the plugin is disabled is still saved.
		plugin.register(() => this.saveSoon.run());
	}
}
