// Vault paths are "/"-separated and relative to the vault root, as in Obsidian.
// A backslash is never a separator: where a file system allows one in a name
// (Linux, macOS) it is part of that name, and Obsidian's paths keep it.

export function normalizeVaultPath(path: string): string {
	// Most paths are normal already: two scans instead of two regular expressions, and no copy.
	if (path.charCodeAt(0) !== 0x2f && !path.includes("//")) return path;
	return path.replace(/^\/+/, "").replace(/\/{2,}/g, "/");
}

/** "a/b/Note.md" -> "Note.md" */
export function fileName(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? path : path.slice(slash + 1);
}

/** "a/b/Note.md" -> "a/b"; "Note.md" -> "" */
export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** "Note.md" -> "md"; "Note" -> ""; ".hidden" -> "" */
export function extensionOf(name: string): string {
	const dot = name.lastIndexOf(".");
	return dot <= 0 ? "" : name.slice(dot + 1);
}

/** "a/b/Note.md" -> "Note" */
export function noteName(path: string): string {
	const name = fileName(path);
	return extensionOf(name) === "" ? name : name.slice(0, name.lastIndexOf("."));
}

export function joinVaultPath(folder: string, rest: string): string {
	return folder === "" ? rest : `${folder}/${rest}`;
}

/** Resolves "./" and "../" segments; null when the path climbs out of the vault. */
export function collapseDots(path: string): string | null {
	const out: string[] = [];
	for (const segment of path.split("/")) {
		if (segment === "" || segment === ".") continue;
		if (segment === "..") {
			if (out.length === 0) return null;
			out.pop();
		} else out.push(segment);
	}
	return out.join("/");
}
