// Across the whole test run, no note the suite reads may change by a byte:
// the plugin never modifies a note behind the user's back, and the hosts and
// the command line work on copies. Every Markdown file of the example vault
// and of the fixtures is hashed before the run and checked after it.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const WATCHED = ["example-vault", "tests/fixtures"].map((folder) => join(ROOT, folder));

function notesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
		.map((entry) => join(entry.parentPath, entry.name));
}

function hashes(): Map<string, string> {
	const found = new Map<string, string>();
	for (const folder of WATCHED) {
		for (const path of notesUnder(folder)) found.set(relative(ROOT, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
	}
	return found;
}

export default function setup(): () => void {
	const before = hashes();
	return () => {
		const after = hashes();
		const changed = [...before].filter(([path, hash]) => after.get(path) !== hash).map(([path]) => path);
		const added = [...after.keys()].filter((path) => !before.has(path));
		if (changed.length > 0 || added.length > 0) {
			// vitest reports an error thrown here but still exits 0; the exit code must say it.
			process.exitCode = 1;
			throw new Error(`The test run changed notes it must only read: ${[...changed, ...added.map((path) => `${path} (new)`)].join(", ")}`);
		}
	};
}
