// The vault's link index for the plugin: built once, from Obsidian's file
// list and metadata cache, when first needed or when the layout is ready,
// then kept current from vault and metadata-cache events, never rebuilt.
import { type App, type CachedMetadata, type Plugin, TFile } from "obsidian";
import { parseFrontmatter, VaultIndex } from "../core";

function aliasesOf(cache: CachedMetadata | null): string[] {
	const result = parseFrontmatter(cache?.frontmatter ?? null);
	return result.ok ? result.value.aliases : result.partial.aliases;
}

export class VaultLinks {
	private index: VaultIndex | null = null;
	/** Bumped on every change, so models resolved against an older index are rebuilt. */
	version = 0;

	constructor(private readonly app: App) {}

	get(): VaultIndex {
		if (!this.index) {
			const { vault, metadataCache } = this.app;
			this.index = VaultIndex.build(
				vault.getFiles().map((file) => ({
					path: file.path,
					aliases: file.extension === "md" ? aliasesOf(metadataCache.getFileCache(file)) : [],
				})),
			);
			this.version++;
		}
		return this.index;
	}

	/** Starts following the vault; `onChange` hears of every path whose change may alter a link. */
	follow(plugin: Plugin, onChange: (path: string) => void): void {
		const { vault, metadataCache } = this.app;
		const changed = (path: string) => {
			this.version++;
			onChange(path);
		};
		plugin.registerEvent(
			vault.on("create", (file) => {
				if (!this.index || !(file instanceof TFile)) return;
				this.index.upsert(file.path, file.extension === "md" ? aliasesOf(metadataCache.getFileCache(file)) : []);
				changed(file.path);
			}),
		);
		plugin.registerEvent(
			vault.on("delete", (file) => {
				if (!this.index || !(file instanceof TFile)) return;
				this.index.remove(file.path);
				changed(file.path);
			}),
		);
		plugin.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!this.index || !(file instanceof TFile)) return;
				this.index.rename(oldPath, file.path);
				changed(oldPath);
			}),
		);
		plugin.registerEvent(
			metadataCache.on("changed", (file, _data, cache) => {
				if (!this.index) return;
				const before = this.index.aliasesOf(file.path).join("\n");
				const after = aliasesOf(cache);
				if (this.index.has(file.path) && before === after.join("\n")) return;
				this.index.upsert(file.path, after);
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
