// What the user told the plugin about detection, per note: names that are
// "Not a framework" and what each table compares. Kept in the plugin's data
// (never in the note), following the note through renames and dropped when
// it is deleted. Every change is saved and announced at once, so the open
// views of the note can show it.
import type { Plugin } from "obsidian";
import { type DetectionOverrides, type FrameworkAxis, normalizeName } from "../core";
import { hasOwnKey, ownValue as own, setOwn } from "../core";
import type { FrameworkCompareSettings, NoteDetection } from "./settings-schema";

export class DetectionCorrections {
	constructor(
		private readonly settings: () => FrameworkCompareSettings,
		private readonly save: () => void,
		/** Hears of every note whose corrections changed. */
		private readonly changed: (path: string) => void,
	) {}

	/** The corrections to hand to `analyzeNote` for the note, if any. */
	overrides(path: string): DetectionOverrides | undefined {
		return own(this.settings().detection, path);
	}

	notFrameworks(path: string): readonly string[] {
		return own(this.settings().detection, path)?.notFrameworks ?? [];
	}

	tableAxis(path: string, key: string): FrameworkAxis | undefined {
		return own(own(this.settings().detection, path)?.tableAxes, key);
	}

	has(path: string): boolean {
		return hasOwnKey(this.settings().detection, path);
	}

	/** How many notes have corrections. */
	get size(): number {
		return Object.keys(this.settings().detection).length;
	}

	/** "Not a framework": the name is never compared in this note. */
	markNotFramework(path: string, name: string): void {
		const names = this.notFrameworks(path);
		const key = normalizeName(name);
		if (key === "" || names.some((written) => normalizeName(written) === key)) return;
		this.update(path, (entry) => (entry.notFrameworks = [...names, name.trim()]));
	}

	/** Takes names off the "Not a framework" list; detection decides about them again. */
	restore(path: string, names: readonly string[]): void {
		const keys = new Set(names.map(normalizeName));
		const before = this.notFrameworks(path);
		const after = before.filter((written) => !keys.has(normalizeName(written)));
		if (after.length === before.length) return;
		this.update(path, (entry) => {
			if (after.length > 0) entry.notFrameworks = after;
			else delete entry.notFrameworks;
		});
	}

	/** "Compare these" (rows or columns), "compares nothing" (none), or null to let detection decide. */
	setTableAxis(path: string, key: string, axis: FrameworkAxis | null): void {
		if ((this.tableAxis(path, key) ?? null) === axis) return;
		this.update(path, (entry) => {
			const axes = { ...entry.tableAxes };
			if (axis === null) delete axes[key];
			else setOwn(axes, key, axis);
			if (Object.keys(axes).length > 0) entry.tableAxes = axes;
			else delete entry.tableAxes;
		});
	}

	/** Forgets every correction for the note: detection alone decides again. */
	reset(path: string): void {
		if (!this.has(path)) return;
		delete this.settings().detection[path];
		this.save();
		this.changed(path);
	}

	/** Forgets the corrections for every note. */
	resetAll(): void {
		const paths = Object.keys(this.settings().detection);
		this.settings().detection = {};
		this.save();
		for (const path of paths) this.changed(path);
	}

	renamed(oldPath: string, newPath: string): void {
		const detection = this.settings().detection;
		const entry = own(detection, oldPath);
		if (!entry) return;
		setOwn(detection, newPath, entry);
		delete detection[oldPath];
		this.save();
	}

	deleted(path: string): void {
		if (!this.has(path)) return;
		delete this.settings().detection[path];
		this.save();
	}

	follow(plugin: Plugin): void {
		plugin.registerEvent(plugin.app.vault.on("rename", (file, oldPath) => this.renamed(oldPath, file.path)));
		plugin.registerEvent(plugin.app.vault.on("delete", (file) => this.deleted(file.path)));
	}

	private update(path: string, change: (entry: NoteDetection) => void): void {
		const detection = this.settings().detection;
		const entry: NoteDetection = { ...own(detection, path) };
		change(entry);
		if (entry.notFrameworks || entry.tableAxes) setOwn(detection, path, entry);
		else delete detection[path];
		this.save();
		this.changed(path);
	}
}
