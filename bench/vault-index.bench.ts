// `npm run bench`: the vault link index, each figure read against a plain Map
// doing the same work in the same run, at 1,000 and 100,000 notes. Budgets
// (scripts/bench-core.mjs checks them, and the heap too): build at most 3x the
// Map, resolve at most 3x Map.get of the lower-cased link, resolve growing from
// 1k to 100k notes at most 3x as much as Map.get does, rename under 1 ms.
import { bench, describe } from "vitest";
import { VaultIndex } from "../src/core";
import { mapKey, vaultEntries } from "./workloads";

/** Links found: every lookup's answer is read, so none can be optimised away. */
const seen = { links: 0 };

for (const notes of [1_000, 100_000]) {
	const entries = vaultEntries(notes);
	const size = entries.length.toLocaleString("en");

	describe(`build an index of ${size} files`, () => {
		bench("baseline: a Map from lower-cased name to path", () => {
			const map = new Map<string, string>();
			for (const entry of entries) map.set(mapKey(entry.path), entry.path);
		});
		bench("VaultIndex.build", () => {
			VaultIndex.build(entries);
		});
	});

	describe(`resolve 10,000 names and 10,000 aliases among ${size} files`, () => {
		const index = VaultIndex.build(entries);
		const map = new Map<string, string>();
		for (const entry of entries) {
			map.set(mapKey(entry.path), entry.path);
			for (const alias of entry.aliases) map.set(alias.toLowerCase(), entry.path);
		}
		const targets: string[] = [];
		for (let i = 0; i < 10_000; i++) targets.push(`Note ${(i * 7919) % notes}`, `alias ${(i * 104_729) % notes}`);
		// Both count what they find: a lookup whose answer nobody reads may be optimised away.
		bench("baseline: Map.get of the lower-cased link", () => {
			for (const target of targets) if (map.get(target.toLowerCase()) !== undefined) seen.links++;
		});
		bench("VaultIndex.resolve", () => {
			for (const target of targets) if (index.resolve(target, "Home.md") !== null) seen.links++;
		});
	});
}

describe("rename a note among 101,000 files and back", () => {
	const index = VaultIndex.build(vaultEntries(100_000));
	let i = 0;
	bench("VaultIndex.rename (budget: under 1 ms)", () => {
		const path = `area-${i % 97}/topic-${i % 1_000}/Note ${i}.md`;
		index.rename(path, `Renamed/Note ${i}.md`);
		index.rename(`Renamed/Note ${i}.md`, path);
		i = (i + 1) % 100_000;
	});
});
