// What the script tests share: a scratch copy of the parts of the repository a
// script needs (so whatever it builds or writes lands there, never in the
// checkout other tests read), a listing of a folder's files to compare before
// and after, and a child process run to its end.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

export const repoRoot = resolve(__dirname, "..", "..");

const made: string[] = [];

/** A fresh temporary folder, removed by removeScratchFolders. */
export function scratchFolder(label: string): string {
	const folder = mkdtempSync(join(tmpdir(), `fc-${label}-`));
	made.push(folder);
	return folder;
}

/** Removes every folder scratchFolder and copyRepo made; for afterAll. */
export function removeScratchFolders(): void {
	for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** Copies the given repository paths into a scratch folder, with node_modules linked. */
export function copyRepo(paths: string[]): string {
	const root = scratchFolder("repo");
	for (const path of paths) cpSync(join(repoRoot, path), join(root, path), { recursive: true });
	symlinkSync(realpathSync(join(repoRoot, "node_modules")), join(root, "node_modules"));
	return root;
}

/** Every file under `dir` (dot folders included) with its text, by relative path. */
export function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else files[relative(dir, full)] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return files;
}

export interface Finished {
	code: number | null;
	signal: NodeJS.Signals | null;
	out: string;
	err: string;
}

/** Starts a command; `finished` resolves when it exits, `output` holds what it printed so far. */
export function start(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
	const child: ChildProcess = spawn(command, args, { cwd: options.cwd ?? repoRoot, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
	const output = { out: "", err: "" };
	child.stdout?.on("data", (chunk: Buffer) => (output.out += chunk.toString("utf8")));
	child.stderr?.on("data", (chunk: Buffer) => (output.err += chunk.toString("utf8")));
	const finished = new Promise<Finished>((done) => child.on("close", (code, signal) => done({ code, signal, ...output })));
	return { child, output, finished };
}

/** Runs a command to its end. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Finished> {
	return start(command, args, options).finished;
}
