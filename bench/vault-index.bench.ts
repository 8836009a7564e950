// `npm run bench`: the vault link index at 100,000 notes, each figure read
// against a plain Map doing the same amount of work in the same run.
import { bench, describe } from "vitest";
import { VaultIndex } from "../src/core";

const NOTES = 100_000;
const entries = Array.from({ length: NOTES }, (_, i) => ({
	path: `area-${i % 97}/topic-${i % 1_000}/Note ${i}.md`,
	aliases: [`alias ${i}`],
}));
// Same-named files in many folders are the costly case for a name lookup.
for (let i = 0; i < 1_000; i++) entries.push({ path: `folder-${i}/README.md`, aliases: [] });

describe("build an index of 101,000 notes", () => {
	bench("baseline: a Map from lower-cased name to path", () => {
		const map = new Map<string, string>();
		for (const entry of entries) map.set(entry.path.slice(entry.path.lastIndexOf("/") + 1, -3).toLowerCase(), entry.path);
	});
	bench("VaultIndex.build", () => {
		VaultIndex.build(entries);
	});
});

describe("resolve 20,000 links by name and 20,000 by alias", () => {
	const index = VaultIndex.build(entries);
	const map = new Map(entries.map((entry) => [entry.path.slice(entry.path.lastIndexOf("/") + 1, -3).toLowerCase(), entry.path]));
	bench("baseline: Map.get of the lower-cased name", () => {
		for (let i = 0; i < 20_000; i++) {
			map.get(`note ${(i * 7919) % NOTES}`);
			map.get(`alias ${i}`);
		}
	});
	bench("VaultIndex.resolve", () => {
		for (let i = 0; i < 20_000; i++) {
			index.resolve(`Note ${(i * 7919) % NOTES}`, "Home.md");
			index.resolve(`alias ${i}`, "Home.md");
		}
	});
});
