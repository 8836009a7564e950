// The vault's link index: every file by lower-cased file name and every alias by
// lower-cased text, so resolving a link reads a handful of Map entries instead
// of scanning the vault. Kept current by upsert/remove/rename, never rebuilt.
import type { LinkResolver } from "./link-resolver";
import type { NoteAnchors } from "./note-anchors";
import { collapseDots, extensionOf, fileName, folderOf, joinVaultPath, normalizeVaultPath } from "./vault-path";

export interface VaultEntry {
	path: string;
	aliases: string[];
	/** A note's headings and block ids, when read: links to a missing one are reported. */
	anchors?: NoteAnchors;
}

/** Obsidian prefers the shortest path among same-named files; ties by path for a stable answer. */
function comparePaths(a: string, b: string): number {
	return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function insertSorted(list: string[], path: string): void {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (comparePaths(list[mid] as string, path) < 0) low = mid + 1;
		else high = mid;
	}
	list.splice(low, 0, path);
}

function removeFrom(map: Map<string, string[]>, key: string, path: string): void {
	const list = map.get(key);
	if (!list) return;
	const at = list.indexOf(path);
	if (at >= 0) list.splice(at, 1);
	if (list.length === 0) map.delete(key);
}

export class VaultIndex implements LinkResolver {
	/** path -> its aliases as given. */
	private readonly files = new Map<string, string[]>();
	/** lower-cased path -> paths (more than one only on case-sensitive file systems). */
	private readonly byLowerPath = new Map<string, string[]>();
	/** lower-cased file name with extension -> paths, shortest first. */
	private readonly byFileName = new Map<string, string[]>();
	/** lower-cased alias -> note paths, shortest first. */
	private readonly byAlias = new Map<string, string[]>();
	/** path -> its headings and block ids, for notes whose text was read. */
	private readonly anchors = new Map<string, NoteAnchors>();

	static build(entries: readonly VaultEntry[]): VaultIndex {
		const index = new VaultIndex();
		for (const entry of entries) {
			const path = normalizeVaultPath(entry.path);
			index.add(path, entry.aliases, false);
			if (entry.anchors) index.anchors.set(path, entry.anchors);
		}
		for (const map of [index.byLowerPath, index.byFileName, index.byAlias]) {
			for (const list of map.values()) list.sort(comparePaths);
		}
		return index;
	}

	get size(): number {
		return this.files.size;
	}

	has(path: string): boolean {
		return this.files.has(normalizeVaultPath(path));
	}

	anchorsOf(path: string): NoteAnchors | null {
		return this.anchors.get(normalizeVaultPath(path)) ?? null;
	}

	aliasesOf(path: string): string[] {
		return [...(this.files.get(normalizeVaultPath(path)) ?? [])];
	}

	/** Adds a file, or replaces the aliases of one already indexed. */
	upsert(path: string, aliases: readonly string[] = []): void {
		const normalized = normalizeVaultPath(path);
		if (this.files.has(normalized)) this.remove(normalized);
		this.add(normalized, aliases, true);
	}

	remove(path: string): void {
		const normalized = normalizeVaultPath(path);
		const aliases = this.files.get(normalized);
		if (!aliases) return;
		this.files.delete(normalized);
		this.anchors.delete(normalized);
		const lower = normalized.toLowerCase();
		removeFrom(this.byLowerPath, lower, normalized);
		removeFrom(this.byFileName, fileName(lower), normalized);
		for (const alias of aliasKeys(aliases)) removeFrom(this.byAlias, alias, normalized);
	}

	rename(oldPath: string, newPath: string): void {
		const aliases = this.files.get(normalizeVaultPath(oldPath)) ?? [];
		const anchors = this.anchors.get(normalizeVaultPath(oldPath));
		this.remove(oldPath);
		this.upsert(newPath, aliases);
		if (anchors) this.anchors.set(normalizeVaultPath(newPath), anchors);
	}

	resolve(target: string, sourcePath: string): string | null {
		const source = normalizeVaultPath(sourcePath);
		const written = target.trim();
		if (written === "") return source;
		// "chart.png" names an attachment; "Note.v2" may still be "Note.v2.md".
		// A backslash stays part of the name, as in vault paths: "[[evil]]" never opens "\evil.md".
		const forms = extensionOf(fileName(written)) === "" ? [`${written}.md`] : [written, `${written}.md`];
		for (const form of forms) {
			const found = this.resolveFile(form, source);
			if (found !== null) return found;
		}
		return this.findByAlias(written);
	}

	findNoteByName(name: string): string | null {
		const written = name.trim();
		if (written === "" || written.includes("/")) return null;
		const notes = this.byFileName.get(`${written.toLowerCase()}.md`);
		if (notes && notes.length > 0) return notes[0] as string;
		return this.findByAlias(written);
	}

	private resolveFile(linkPath: string, source: string): string | null {
		if (linkPath.startsWith("./") || linkPath.startsWith("../")) {
			const relative = collapseDots(joinVaultPath(folderOf(source), linkPath));
			return relative === null ? null : this.exactPath(relative);
		}
		const absolute = normalizeVaultPath(linkPath);
		const exact = this.exactPath(absolute);
		if (exact !== null) return exact;

		const lower = absolute.toLowerCase();
		const candidates = this.byFileName.get(fileName(lower));
		if (!candidates) return null;
		const sameFolder = joinVaultPath(folderOf(source).toLowerCase(), lower);
		for (const path of candidates) if (path.toLowerCase() === sameFolder) return path;
		// "[[b/Note]]" matches ".../b/Note.md"; candidates are shortest first.
		const suffix = `/${lower}`;
		for (const path of candidates) {
			const pathLower = path.toLowerCase();
			if (pathLower === lower || pathLower.endsWith(suffix)) return path;
		}
		return null;
	}

	private exactPath(path: string): string | null {
		if (this.files.has(path)) return path;
		return this.byLowerPath.get(path.toLowerCase())?.[0] ?? null;
	}

	private findByAlias(name: string): string | null {
		return this.byAlias.get(name.toLowerCase())?.[0] ?? null;
	}

	private add(path: string, aliases: readonly string[], keepSorted: boolean): void {
		if (this.files.has(path)) this.remove(path);
		const kept = aliases.map((alias) => alias.trim()).filter((alias) => alias !== "");
		this.files.set(path, kept);
		const lower = path.toLowerCase();
		const put = (map: Map<string, string[]>, key: string): void => {
			const list = map.get(key);
			if (!list) map.set(key, [path]);
			else if (keepSorted) insertSorted(list, path);
			else list.push(path);
		};
		put(this.byLowerPath, lower);
		put(this.byFileName, fileName(lower));
		// Aliases belong to notes; an attachment has no frontmatter.
		if (extensionOf(fileName(lower)) === "md") for (const alias of aliasKeys(kept)) put(this.byAlias, alias);
	}
}

function aliasKeys(aliases: readonly string[]): Set<string> {
	return new Set(aliases.map((alias) => alias.trim().toLowerCase()).filter((alias) => alias !== ""));
}
