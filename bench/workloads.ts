// The inputs every core benchmark reads, built the same way by `npm run bench`
// (bench/*.bench.ts) and by `node scripts/bench-core.mjs` (bench/budgets.ts).
// Notes come from the repository's own fixtures, so the figures mean the same
// on every machine that has a clone.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { VaultEntry } from "../src/core";

/** The seed note: tables, box-drawing charts, code fences and wikilinks in 6.5 kB. */
export function seedNote(root: string): string {
	return readFileSync(join(root, "tests/fixtures/vaults/ml/JAX vs. Other ML Frameworks.md"), "utf8");
}

/**
 * About a megabyte of mixed notes: the seed note, then the real notes of the
 * detection corpus (tests/fixtures/real) in name order, again and again.
 * Headings, prose, many tables, box-drawing charts, code fences and wikilinks.
 */
export function mixedNote(root: string, bytes = 1_000_000): string {
	const folder = join(root, "tests/fixtures/real");
	const corpus = readdirSync(folder)
		.filter((name) => name.endsWith(".md") && name === name.toLowerCase())
		.sort()
		.map((name) => readFileSync(join(folder, name), "utf8"));
	const seed = seedNote(root);
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const part = i % (corpus.length + 1) === 0 ? seed : corpus[(i % (corpus.length + 1)) - 1];
		parts.push(part);
		size += part.length + 2;
	}
	return parts.join("\n\n");
}

/** A list of libraries as awesome-lists write them: a linked name, stars, a licence, a description. */
export function listTable(rows: number, label: (i: number) => string = (i) => `lib-${i}`): string {
	const lines = ["| Name | Stars | License | Description |", "|---|---:|---|---|"];
	for (let i = 0; i < rows; i++) lines.push(`| [${label(i)}](https://github.com/o/p${i}) | ${(i * 37) % 90}k | MIT | A library for task ${i} |`);
	return lines.join("\n");
}

/**
 * A vault of `notes` notes in nested folders, each with one alias, plus one
 * README.md in each of `notes / 100` folders: same-named files are the costly
 * case for a name lookup.
 */
export function vaultEntries(notes: number): VaultEntry[] {
	const entries: VaultEntry[] = Array.from({ length: notes }, (_, i) => ({
		path: `area-${i % 97}/topic-${i % 1_000}/Note ${i}.md`,
		aliases: [`alias ${i}`],
	}));
	for (let i = 0; i < notes / 100; i++) entries.push({ path: `folder-${i}/README.md`, aliases: [] });
	return entries;
}

/** The lower-cased name a plain Map keys a note by: what the index is measured against. */
export function mapKey(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1, -3).toLowerCase();
}
