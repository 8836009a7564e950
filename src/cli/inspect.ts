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

/** What the command line writes to stderr: one line, never a stack trace. */
export function oneLine(message: string): string {
	// Split and trimmed, not a pattern with \s* on both sides of the break: linear on any message.
	const text = message.split("\n").map((line) => line.trim()).filter((line) => line !== "").join(" ");
	return `framework-compare: ${text}\n`;
}

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

/**
 * Prints the model of every note that could be read (one object for one NOTE,
 * an array in argument order for several) and one stderr line for each that
 * could not. Resolves to whether every note was read.
 */
export async function inspect(options: InspectOptions, io: CliIO): Promise<boolean> {
	// A wrong --vault concerns every note: fail before anything is printed.
	if (options.vault !== null) await checkVault(options.vault);
	const given = options.vault === null ? null : resolvePath(options.vault);

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

	const inspectOne = async (file: string): Promise<Note | (Note & { explain: GroupExplanation[] })> => {
		const text = await readNote(file);
		const root = given ?? (await findVaultRoot(file));
		const path = toVaultPath(root, file);
		if (path === null) throw new CliError(`note ${file} is not inside the vault ${root}`);
		const analysis = analyzeNote({ path, text, frontmatter: readYamlFrontmatter(text) }, await indexFor(root));
		return options.explain ? { ...analysis.note, explain: analysis.explanation } : analysis.note;
	};

	const results = await Promise.allSettled(options.notes.map(inspectOne));
	const notes: Note[] = [];
	for (const result of results) {
		if (result.status === "fulfilled") notes.push(result.value);
		// Anything but a CliError is a bug: main turns it into its one line.
		else if (result.reason instanceof CliError) io.err(oneLine(result.reason.message));
		else throw result.reason;
	}
	// The shape follows the arguments, not the failures: several NOTEs always print an array.
	if (notes.length > 0) io.out(`${JSON.stringify(options.notes.length === 1 ? notes[0] : notes, null, 2)}\n`);
	return notes.length === options.notes.length;
}
