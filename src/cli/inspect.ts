// `framework-compare inspect NOTE... [--vault DIR]`: the note model as JSON.
import { readFile, stat } from "node:fs/promises";
import { resolve as resolvePath } from "node:path";
import { analyzeNote, type GroupExplanation, type Note, VaultIndex } from "../core";
import type { CliIO } from "./io";
import { findVaultRoot, scanVault, toVaultPath } from "./vault-scan";
import { readYamlFrontmatter } from "./yaml-frontmatter";

export interface InspectOptions {
	notes: string[];
	vault: string | null;
	/** Add `explain`: per table and chart, the evidence behind each call. */
	explain: boolean;
}

/** A failure the user caused or can fix: one line on stderr, exit 1. */
export class CliError extends Error {}

function describeFsError(error: unknown): string {
	const code = (error as { code?: string } | null)?.code;
	if (code === "ENOENT") return "no such file";
	if (code === "EISDIR") return "is a folder, not a note";
	if (code === "EACCES" || code === "EPERM") return "permission denied";
	if (code === "ENOTDIR") return "not a folder";
	return error instanceof Error ? error.message : "cannot be read";
}

async function readNote(file: string): Promise<string> {
	try {
		return await readFile(file, "utf8");
	} catch (error) {
		throw new CliError(`cannot read note ${file}: ${describeFsError(error)}`);
	}
}

async function checkVault(folder: string): Promise<void> {
	let isFolder: boolean;
	try {
		isFolder = (await stat(folder)).isDirectory();
	} catch (error) {
		throw new CliError(`cannot read vault ${folder}: ${describeFsError(error)}`);
	}
	if (!isFolder) throw new CliError(`cannot read vault ${folder}: not a folder`);
}

export async function inspect(options: InspectOptions, io: CliIO): Promise<void> {
	if (options.vault !== null) await checkVault(options.vault);
	// Read every note first, so a missing one fails before anything is printed.
	const texts = await Promise.all(options.notes.map(readNote));
	const given = options.vault === null ? null : resolvePath(options.vault);
	const roots = await Promise.all(options.notes.map((note) => (given === null ? findVaultRoot(note) : Promise.resolve(given))));

	const indexes = new Map<string, Promise<VaultIndex>>();
	const indexFor = (root: string): Promise<VaultIndex> => {
		let index = indexes.get(root);
		if (!index) {
			index = scanVault(root).then(
				(entries) => VaultIndex.build(entries),
				(error: unknown) => {
					throw new CliError(`cannot read vault ${root}: ${describeFsError(error)}`);
				},
			);
			indexes.set(root, index);
		}
		return index;
	};

	const notes: (Note | (Note & { explain: GroupExplanation[] }))[] = [];
	for (const [i, file] of options.notes.entries()) {
		const root = roots[i] as string;
		const path = toVaultPath(root, file);
		if (path === null) throw new CliError(`note ${file} is not inside the vault ${root}`);
		const text = texts[i] as string;
		const analysis = analyzeNote({ path, text, frontmatter: readYamlFrontmatter(text) }, await indexFor(root));
		notes.push(options.explain ? { ...analysis.note, explain: analysis.explanation } : analysis.note);
	}
	const output = notes.length === 1 ? notes[0] : notes;
	io.out(`${JSON.stringify(output, null, 2)}\n`);
}
