// The vault's link index. Files are numbered; three Maps send a lower-cased key
// to the file (or the files, shortest path first) it names: notes by the name a
// link writes ("note" for "a/Note.md"), other files by their whole file name
// ("chart.png"), notes by alias. A link to a plain name is one lower-casing and
// one Map lookup; the rules for folders, relative paths and same-named files run
// only for the links that need them. Kept current by upsert/remove/rename, never
// rebuilt.
import type { LinkResolver } from "./link-resolver";
import type { NoteAnchors } from "./note-anchors";
import { collapseDots, extensionOf, fileName, folderOf, joinVaultPath, normalizeVaultPath } from "./vault-path";

export interface VaultEntry {
	path: string;
	aliases: string[];
	/** A note's headings and block ids, when read: links to a missing one are reported. */
	anchors?: NoteAnchors;
}

/** One file, or several sorted shortest path first. */
type Slot = number | number[];

/** A file's aliases as given (trimmed, none empty): none, one, or several. */
type Aliases = string | readonly string[] | null;

/** Obsidian prefers the shortest path among same-named files; ties by path for a stable answer. */
function comparePaths(a: string, b: string): number {
	return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

const FINAL_SIGMA = "\u03c2";

/**
 * Whether a file name (any case) ends in ".md" with something before the dot:
 * `extensionOf(name.toLowerCase()) === "md"`, without lower-casing it.
 */
function isNoteName(name: string, end = name.length): boolean {
	if (end < 4 || name.charCodeAt(end - 3) !== 0x2e) return false;
	const m = name.charCodeAt(end - 2) | 0x20;
	const d = name.charCodeAt(end - 1) | 0x20;
	return m === 0x6d && d === 0x64;
}

/**
 * The key of a note named `name` + ".md" (`start`..`end` of `text`): the name
 * lower-cased. Lower-cased with its extension, as a whole path is, when that
 * differs (a Greek capital sigma before the dot is not final).
 */
function noteKey(text: string, start: number, end: number): string {
	const key = text.slice(start, end).toLowerCase();
	return key.includes(FINAL_SIGMA) ? `${text.slice(start, end)}.md`.toLowerCase().slice(0, -3) : key;
}

function aliasCount(aliases: Aliases): number {
	return aliases === null ? 0 : typeof aliases === "string" ? 1 : aliases.length;
}

function aliasAt(aliases: Aliases, i: number): string {
	return typeof aliases === "string" ? aliases : (aliases as readonly string[])[i] as string;
}

/** Trimmed, without empty ones; the array given back when it already is so. */
function keptAliases(aliases: readonly string[]): Aliases {
	if (aliases.length === 1) {
		const alias = (aliases[0] as string).trim();
		return alias === "" ? null : alias;
	}
	let clean = true;
	for (const alias of aliases) if (alias === "" || alias.trim() !== alias) clean = false;
	const kept = clean ? [...aliases] : aliases.map((alias) => alias.trim()).filter((alias) => alias !== "");
	return kept.length === 0 ? null : kept.length === 1 ? (kept[0] as string) : kept;
}

export class VaultIndex implements LinkResolver {
	/** File number -> its path; undefined for a number freed by remove. */
	private readonly paths: (string | undefined)[] = [];
	/** File number -> its aliases. */
	private readonly aliasLists: Aliases[] = [];
	private readonly free: number[] = [];
	private count = 0;
	/** Notes by lower-cased name without ".md". */
	private readonly notes = new Map<string, Slot>();
	/** Every other file by lower-cased file name. */
	private readonly others = new Map<string, Slot>();
	/** Notes by lower-cased alias. */
	private readonly byAlias = new Map<string, Slot>();
	/** path -> its headings and block ids, for notes whose text was read. */
	private readonly anchors = new Map<string, NoteAnchors>();
	/** While building: the slots that hold several files, sorted once at the end. */
	private crowded: number[][] = [];

	static build(entries: readonly VaultEntry[]): VaultIndex {
		const index = new VaultIndex();
		// Files first, then aliases: one Map filled at a time stays in the processor's caches.
		const ids = entries.map((entry) => {
			const path = normalizeVaultPath(entry.path);
			if (entry.anchors) index.anchors.set(path, entry.anchors);
			else if (index.anchors.size > 0) index.anchors.delete(path);
			return index.addFile(path, false);
		});
		entries.forEach((entry, i) => {
			if (entry.aliases.length > 0) index.addAliases(ids[i] as number, entry.aliases, false);
		});
		index.settle();
		return index;
	}

	get size(): number {
		return this.count;
	}

	has(path: string): boolean {
		return this.find(normalizeVaultPath(path)) !== -1;
	}

	anchorsOf(path: string): NoteAnchors | null {
		return this.anchors.get(normalizeVaultPath(path)) ?? null;
	}

	aliasesOf(path: string): string[] {
		const id = this.find(normalizeVaultPath(path));
		if (id === -1) return [];
		const aliases = this.aliasLists[id] as Aliases;
		return aliases === null ? [] : typeof aliases === "string" ? [aliases] : [...aliases];
	}

	/** Adds a file, or replaces the aliases of one already indexed. */
	upsert(path: string, aliases: readonly string[] = []): void {
		const normalized = normalizeVaultPath(path);
		this.remove(normalized);
		const id = this.addFile(normalized, true);
		if (aliases.length > 0) this.addAliases(id, aliases, true);
	}

	remove(path: string): void {
		const normalized = normalizeVaultPath(path);
		const id = this.find(normalized);
		if (id === -1) return;
		this.anchors.delete(normalized);
		this.forget(id);
	}

	rename(oldPath: string, newPath: string): void {
		const aliases = this.aliasesOf(oldPath);
		const anchors = this.anchors.get(normalizeVaultPath(oldPath));
		this.remove(oldPath);
		this.upsert(newPath, aliases);
		if (anchors) this.anchors.set(normalizeVaultPath(newPath), anchors);
	}

	resolve(target: string, sourcePath: string): string | null {
		const written = target.trim();
		if (written === "") return normalizeVaultPath(sourcePath);
		const dot = written.lastIndexOf(".");
		// A plain name ("Note", "JAX vs PyTorch"): no folder, no extension, so it means a note of that name.
		if (written.indexOf("/") === -1 && (dot <= 0 || dot === written.length - 1)) {
			const lower = written.toLowerCase();
			const slot = this.notes.get(lower.includes(FINAL_SIGMA) ? noteKey(written, 0, written.length) : lower);
			if (slot === undefined) return this.first(this.byAlias.get(lower));
			if (typeof slot === "number") return this.paths[slot] as string;
			return this.resolveFile(`${written}.md`, normalizeVaultPath(sourcePath)) ?? this.findByAlias(written);
		}
		const source = normalizeVaultPath(sourcePath);
		// "chart.png" names an attachment; "Note.v2" may still be "Note.v2.md".
		// A backslash stays part of the name, as in vault paths: "[[evil]]" never opens "\evil.md".
		if (extensionOf(fileName(written)) !== "") {
			const found = this.resolveFile(written, source);
			if (found !== null) return found;
		}
		return this.resolveFile(`${written}.md`, source) ?? this.findByAlias(written);
	}

	findNoteByName(name: string): string | null {
		const written = name.trim();
		if (written === "" || written.includes("/")) return null;
		return this.first(this.notes.get(written.toLowerCase())) ?? this.findByAlias(written);
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
		const candidates = this.slotOf(absolute);
		if (candidates === undefined) return null;
		const sameFolder = joinVaultPath(folderOf(source).toLowerCase(), lower);
		const paths = this.pathsOf(candidates);
		for (const path of paths) if (path.toLowerCase() === sameFolder) return path;
		// "[[b/Note]]" matches ".../b/Note.md"; candidates are shortest first.
		const suffix = `/${lower}`;
		for (const path of paths) {
			const pathLower = path.toLowerCase();
			if (pathLower === lower || pathLower.endsWith(suffix)) return path;
		}
		return null;
	}

	/** The file at exactly this path, else the first whose path matches it case-insensitively. */
	private exactPath(path: string): string | null {
		const slot = this.slotOf(path);
		if (slot === undefined) return null;
		const paths = this.pathsOf(slot);
		if (paths.includes(path)) return path;
		const lower = path.toLowerCase();
		return paths.find((candidate) => candidate.toLowerCase() === lower) ?? null;
	}

	private findByAlias(name: string): string | null {
		return this.first(this.byAlias.get(name.toLowerCase()));
	}

	/** The files named as the path's file name is, case-insensitively. */
	private slotOf(path: string): Slot | undefined {
		const slash = path.lastIndexOf("/");
		if (isNoteName(path)) return this.notes.get(noteKey(path, slash + 1, path.length - 3));
		return this.others.get(path.slice(slash + 1).toLowerCase());
	}

	private pathsOf(slot: Slot): string[] {
		return typeof slot === "number" ? [this.paths[slot] as string] : slot.map((id) => this.paths[id] as string);
	}

	private first(slot: Slot | undefined): string | null {
		if (slot === undefined) return null;
		return this.paths[typeof slot === "number" ? slot : (slot[0] as number)] as string;
	}

	/** The number of the file at exactly this (normalised) path, or -1. */
	private find(path: string): number {
		const slot = this.slotOf(path);
		if (slot === undefined) return -1;
		if (typeof slot === "number") return this.paths[slot] === path ? slot : -1;
		for (const id of slot) if (this.paths[id] === path) return id;
		return -1;
	}

	/** Numbers the file and files it under its name; its aliases come after. */
	private addFile(path: string, keepSorted: boolean): number {
		const id = this.free.length > 0 ? (this.free.pop() as number) : this.paths.length;
		this.paths[id] = path;
		this.aliasLists[id] = null;
		this.count++;
		const slash = path.lastIndexOf("/");
		if (isNoteName(path)) this.put(this.notes, noteKey(path, slash + 1, path.length - 3), id, keepSorted);
		else this.put(this.others, path.slice(slash + 1).toLowerCase(), id, keepSorted);
		return id;
	}

	private addAliases(id: number, aliases: readonly string[], keepSorted: boolean): void {
		const kept = keptAliases(aliases);
		this.aliasLists[id] = kept;
		// Aliases belong to notes; an attachment has no frontmatter.
		if (kept === null || !isNoteName(this.paths[id] as string)) return;
		if (typeof kept === "string") this.put(this.byAlias, kept.toLowerCase(), id, keepSorted);
		else for (const key of new Set(kept.map((alias) => alias.toLowerCase()))) this.put(this.byAlias, key, id, keepSorted);
	}

	private put(map: Map<string, Slot>, key: string, id: number, keepSorted: boolean): void {
		const slot = map.get(key);
		if (slot === undefined) map.set(key, id);
		else if (typeof slot === "number") {
			const pair = [slot, id];
			if (keepSorted) pair.sort((a, b) => this.compare(a, b));
			else this.crowded.push(pair);
			map.set(key, pair);
		} else if (!keepSorted) slot.push(id);
		else {
			let low = 0;
			let high = slot.length;
			while (low < high) {
				const mid = (low + high) >>> 1;
				if (this.compare(slot[mid] as number, id) < 0) low = mid + 1;
				else high = mid;
			}
			slot.splice(low, 0, id);
		}
	}

	private compare(a: number, b: number): number {
		return comparePaths(this.paths[a] as string, this.paths[b] as string);
	}

	/**
	 * After a build: same-named files shortest path first, and a path given twice
	 * kept once, as its last entry gave it (what upserting them one by one does).
	 */
	private settle(): void {
		for (const slot of this.crowded) slot.sort((a, b) => this.compare(a, b) || a - b);
		// Found in its name's slot and again in its aliases' slots: once each.
		const twice = new Set<number>();
		for (const slot of this.crowded) {
			for (let i = 1; i < slot.length; i++) if (this.paths[slot[i] as number] === this.paths[slot[i - 1] as number]) twice.add(slot[i - 1] as number);
		}
		this.crowded = [];
		for (const id of twice) this.forget(id);
	}

	/** Takes a file out of every Map and frees its number. */
	private forget(id: number): void {
		const path = this.paths[id] as string;
		const aliases = this.aliasLists[id] as Aliases;
		const slash = path.lastIndexOf("/");
		if (isNoteName(path)) {
			this.unput(this.notes, noteKey(path, slash + 1, path.length - 3), id);
			for (let i = 0; i < aliasCount(aliases); i++) this.unput(this.byAlias, aliasAt(aliases, i).toLowerCase(), id);
		} else this.unput(this.others, path.slice(slash + 1).toLowerCase(), id);
		this.paths[id] = undefined;
		this.aliasLists[id] = null;
		this.free.push(id);
		this.count--;
	}

	private unput(map: Map<string, Slot>, key: string, id: number): void {
		const slot = map.get(key);
		if (slot === undefined) return;
		if (typeof slot === "number") {
			if (slot === id) map.delete(key);
			return;
		}
		const at = slot.indexOf(id);
		if (at >= 0) slot.splice(at, 1);
		if (slot.length === 1) map.set(key, slot[0] as number);
		else if (slot.length === 0) map.delete(key);
	}
}
