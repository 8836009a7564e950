// A Vault over the files the host server lists. Files are read through the
// server, so the plugin sees real notes from a real folder on disk.
import { Events } from "./component";

export abstract class TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;
	constructor(vault: Vault, path: string) {
		this.vault = vault;
		this.path = path;
		this.name = path.split("/").pop() ?? path;
	}
}

export class TFile extends TAbstractFile {
	stat: { ctime: number; mtime: number; size: number };
	basename: string;
	extension: string;
	constructor(vault: Vault, path: string, stat: { ctime: number; mtime: number; size: number }) {
		super(vault, path);
		this.stat = stat;
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
	setPath(path: string): void {
		this.path = path;
		this.name = path.split("/").pop() ?? path;
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

export interface ServerFile {
	path: string;
	mtime: number;
	size: number;
}

export class Vault extends Events {
	configDir = ".obsidian";
	private files = new Map<string, TFile>();
	private contents = new Map<string, string>();
	private root: TFolder;

	constructor(private readonly api: string) {
		super();
		this.root = new TFolder(this, "/");
	}

	async loadFromServer(): Promise<void> {
		const response = await fetch(`${this.api}/files`);
		const list = (await response.json()) as ServerFile[];
		for (const entry of list) this.addFile(entry.path, entry.mtime, entry.size);
		// Markdown is read up front, as Obsidian's cache does on start-up.
		const texts = (await (await fetch(`${this.api}/markdown`)).json()) as Record<string, string>;
		for (const file of this.getMarkdownFiles()) {
			const text = texts[file.path];
			if (typeof text === "string") this.contents.set(file.path, text);
			else await this.read(file);
		}
	}

	private addFile(path: string, mtime: number, size: number): TFile {
		const file = new TFile(this, path, { ctime: mtime, mtime, size });
		file.parent = this.folderFor(path);
		file.parent.children.push(file);
		this.files.set(path, file);
		return file;
	}

	private folderFor(path: string): TFolder {
		const slash = path.lastIndexOf("/");
		if (slash < 0) return this.root;
		const folder = new TFolder(this, path.slice(0, slash));
		folder.parent = this.root;
		return folder;
	}

	getName(): string {
		return "example-vault";
	}
	getRoot(): TFolder {
		return this.root;
	}
	getFiles(): TFile[] {
		return [...this.files.values()];
	}
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(path) ?? null;
	}
	getFileByPath(path: string): TFile | null {
		return this.files.get(path) ?? null;
	}
	getResourcePath(file: TFile): string {
		return `${this.api}/file?path=${encodeURIComponent(file.path)}`;
	}

	async read(file: TFile): Promise<string> {
		const response = await fetch(`${this.api}/file?path=${encodeURIComponent(file.path)}`);
		if (!response.ok) throw new Error(`host: cannot read ${file.path}: ${response.status}`);
		const text = await response.text();
		this.contents.set(file.path, text);
		return text;
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.contents.get(file.path) ?? this.read(file);
	}

	/** The text of a note read at start-up, for the renderer and the cache. */
	peek(path: string): string | undefined {
		return this.contents.get(path);
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const oldPath = file.path;
		const response = await fetch(`${this.api}/rename`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify({ from: oldPath, to: newPath }),
		});
		if (!response.ok) throw new Error(`host: rename failed: ${await response.text()}`);
		if (!(file instanceof TFile)) throw new Error("host: only files can be renamed");
		this.files.delete(oldPath);
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		file.setPath(newPath);
		file.parent = this.folderFor(newPath);
		file.parent.children.push(file);
		this.files.set(newPath, file);
		const text = this.contents.get(oldPath);
		this.contents.delete(oldPath);
		if (text !== undefined) this.contents.set(newPath, text);
		this.trigger("rename", file, oldPath);
	}

	async delete(file: TAbstractFile): Promise<void> {
		const response = await fetch(`${this.api}/delete`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify({ path: file.path }),
		});
		if (!response.ok) throw new Error(`host: delete failed: ${await response.text()}`);
		this.files.delete(file.path);
		this.contents.delete(file.path);
		this.trigger("delete", file);
	}

	async create(path: string, data: string): Promise<TFile> {
		const response = await fetch(`${this.api}/write`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify({ path, data }),
		});
		if (!response.ok) throw new Error(`host: create failed: ${await response.text()}`);
		const file = this.addFile(path, Date.now(), data.length);
		this.contents.set(path, data);
		this.trigger("create", file);
		return file;
	}

	async modify(file: TFile, data: string): Promise<void> {
		const response = await fetch(`${this.api}/write`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify({ path: file.path, data }),
		});
		if (!response.ok) throw new Error(`host: modify failed: ${await response.text()}`);
		this.contents.set(file.path, data);
		file.stat.mtime = Date.now();
		this.trigger("modify", file);
	}
}
