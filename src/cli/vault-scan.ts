// Finding a note's vault and listing every file in it with its aliases, once
// per vault, for the link index.
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { type NoteAnchors, noteAnchors, parseFrontmatter, type VaultEntry } from "../core";
import { readYamlFrontmatter } from "./yaml-frontmatter";

/** Folders Obsidian does not show, and package folders that can be huge. */
function skipped(name: string): boolean {
	return name.startsWith(".") || name === "node_modules";
}

async function isDirectory(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isDirectory();
	} catch {
		return false;
	}
}

/** The nearest folder at or above the note's own that holds `.obsidian/`, else the note's folder. */
export async function findVaultRoot(notePath: string): Promise<string> {
	const own = dirname(resolve(notePath));
	for (let folder = own; ; folder = dirname(folder)) {
		if (await isDirectory(join(folder, ".obsidian"))) return folder;
		if (dirname(folder) === folder) return own;
	}
}

/** The note's vault path, or null when it is not inside the vault. */
export function toVaultPath(vaultRoot: string, filePath: string): string | null {
	const path = relative(vaultRoot, resolve(filePath));
	// Only a whole ".." segment climbs out: "..dotdot note.md" is a file name like any other.
	const climbs = path === ".." || path.startsWith(`..${sep}`) || isAbsolute(path);
	if (path === "" || climbs) return null;
	return path.split(sep).join("/");
}

/** A note's aliases and its headings and block ids, from its text; an unreadable note still exists as a link target. */
async function readNote(file: string): Promise<{ aliases: string[]; anchors?: NoteAnchors }> {
	let text: string;
	try {
		text = await readFile(file, "utf8");
	} catch {
		return { aliases: [] };
	}
	const anchors = noteAnchors(text);
	try {
		const frontmatter = readYamlFrontmatter(text);
		if (!frontmatter || "error" in frontmatter) return { aliases: [], anchors };
		const parsed = parseFrontmatter(frontmatter.data);
		return { aliases: parsed.ok ? parsed.value.aliases : parsed.partial.aliases, anchors };
	} catch {
		return { aliases: [], anchors };
	}
}

export async function scanVault(vaultRoot: string): Promise<VaultEntry[]> {
	const files: string[] = [];
	const folders = [vaultRoot];
	while (folders.length > 0) {
		const folder = folders.pop() as string;
		const entries = await readdir(folder, { withFileTypes: true });
		for (const entry of entries) {
			if (skipped(entry.name)) continue;
			const path = join(folder, entry.name);
			if (entry.isDirectory()) folders.push(path);
			else if (entry.isFile()) files.push(path);
		}
	}
	return Promise.all(
		files.map(async (file) => ({
			path: relative(vaultRoot, file).split(sep).join("/"),
			...(file.toLowerCase().endsWith(".md") ? await readNote(file) : { aliases: [] }),
		})),
	);
}
