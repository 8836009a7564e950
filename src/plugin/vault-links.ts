// The vault's link index for the plugin: built once, from Obsidian's file
// list and metadata cache, a slice at a time once the layout is ready (or at
// once, when a view needs it first), then kept current from vault and
// metadata-cache events, never rebuilt.
import { type App, type CachedMetadata, type Plugin, TFile } from "obsidian";
import { parseFrontmatter, VaultIndex } from "../core";

function aliasesOf(cache: CachedMetadata | null): string[] {
	const result = parseFrontmatter(cache?.frontmatter ?? null);
	return result.ok ? result.value.aliases : result.partial.aliases;
}

/** Files indexed per slice, and the time a slice may take, when indexing in the background. */
const SLICE_FILES = 500;
const SLICE_MS = 8;

export class VaultLinks {
	private index: VaultIndex | null = null;
	/** The index being built in the background: its files, and how far it has come. */
	private building: { index: VaultIndex; files: TFile[]; next: number } | null = null;
	/** Bumped on every change, so models resolved against an older index are rebuilt. */
	version = 0;

	constructor(private readonly app: App) {}

	get(): VaultIndex {
		if (!this.index) {
			const building = this.building ?? this.startBuilding();
			this.indexSlice(building, Number.POSITIVE_INFINITY);
		}
		return this.index!;
	}

	/**
	 * Indexes the vault a slice per task, so that a vault of 100,000 notes never holds up
	 * Obsidian's start; a view that needs the index before it is done finishes it at once.
	 */
	indexInBackground(plugin: Plugin): void {
		if (this.index || this.building) return;
		const building = this.startBuilding();
		let timer = 0;
		const step = () => {
			if (this.building !== building) return;
			this.indexSlice(building, SLICE_MS);
			if (this.building === building) timer = window.setTimeout(step, 0);
		};
		timer = window.setTimeout(step, 0);
		plugin.register(() => window.clearTimeout(timer));
	}

	private startBuilding(): { index: VaultIndex; files: TFile[]; next: number } {
		this.building = { index: VaultIndex.build([]), files: this.app.vault.getFiles(), next: 0 };
		return this.building;
	}

	/** Indexes files until the slice's time is spent; the last slice makes the index the one in use. */
	private indexSlice(building: { index: VaultIndex; files: TFile[]; next: number }, budgetMs: number): void {
		const { vault, metadataCache } = this.app;
		const started = performance.now();
		while (building.next < building.files.length) {
			const end = Math.min(building.files.length, building.next + SLICE_FILES);
			for (const file of building.files.slice(building.next, end)) {
				// A file deleted since the list was taken is left out; a renamed one goes in under its new path.
				if (vault.getAbstractFileByPath(file.path) !== file) continue;
				building.index.upsert(file.path, file.extension === "md" ? aliasesOf(metadataCache.getFileCache(file)) : []);
			}
			building.next = end;
			if (performance.now() - started >= budgetMs) return;
		}
		this.index = building.index;
		this.building = null;
		this.version++;
	}

	/** Starts following the vault; `onChange` hears of every path whose change may alter a link. */
	follow(plugin: Plugin, onChange: (path: string) => void): void {
		const { vault, metadataCache } = this.app;
		// Events reach the index being built as well: files it has not come to yet are read when it does.
		const current = () => this.index ?? this.building?.index ?? null;
		const changed = (path: string) => {
			this.version++;
			onChange(path);
		};
		plugin.registerEvent(
			vault.on("create", (file) => {
				const index = current();
				if (!index || !(file instanceof TFile)) return;
				index.upsert(file.path, file.extension === "md" ? aliasesOf(metadataCache.getFileCache(file)) : []);
				changed(file.path);
			}),
		);
		plugin.registerEvent(
			vault.on("delete", (file) => {
				const index = current();
				if (!index || !(file instanceof TFile)) return;
				index.remove(file.path);
				changed(file.path);
			}),
		);
		plugin.registerEvent(
			vault.on("rename", (file, oldPath) => {
				const index = current();
				if (!index || !(file instanceof TFile)) return;
				index.rename(oldPath, file.path);
				changed(oldPath);
			}),
		);
		plugin.registerEvent(
			metadataCache.on("changed", (file, _data, cache) => {
				const index = current();
				if (!index) return;
				const before = index.aliasesOf(file.path).join("\n");
				const after = aliasesOf(cache);
				if (index.has(file.path) && before === after.join("\n")) return;
				index.upsert(file.path, after);
				changed(file.path);
			}),
		);
	}

	/** The link text Obsidian itself resolves to `path` from `sourcePath`. */
	linktextFor(path: string, sourcePath: string): string | null {
		const file = this.app.vault.getAbstractFileByPath(path);
		return file instanceof TFile ? this.app.metadataCache.fileToLinktext(file, sourcePath, true) : null;
	}
}
