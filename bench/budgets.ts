// Every performance budget of the core, measured as a ratio against its
// baseline in the same run: `node scripts/bench-core.mjs` bundles this file and
// prints the result as JSON. Baseline and subject run in alternation, round
// after round, so a busy machine slows both; each side's fastest round counts.
import { buildNoteModel, markdownParser, NO_VAULT, VaultIndex, type VaultEntry } from "../src/core";
import { listTable, mapKey, mixedNote, seedNote, vaultEntries } from "./workloads";

export interface BudgetResult {
	name: string;
	/** The measured figure: milliseconds per run, bytes, or a growth factor (see `unit`). */
	value: number;
	/** The same figure for the baseline, or null where the budget is absolute. */
	baseline: number | null;
	/** What the baseline is, or null. */
	baselineName: string | null;
	unit: "ms" | "bytes" | "×";
	/** What the budget limits: value / baseline, or the value itself where the budget is absolute. */
	ratio: number;
	/** The highest ratio allowed. */
	budget: number;
	holds: boolean;
	/** What was measured against what. */
	description: string;
}

export interface BudgetOptions {
	/** Rounds of baseline-then-subject per budget; the fastest of each side is reported. */
	rounds: number;
	/** Forces a full collection (`gc` of `--expose-gc`). Without it the heap budget is left out. */
	gc: (() => void) | null;
	/** Only the budgets whose name starts with this ("vault/", "note-model/seed"). */
	only: string;
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds per call of `run`, repeated until at least `minMs` have passed. */
function timePerCall(run: () => void, minMs: number): number {
	let calls = 0;
	const start = performance.now();
	let elapsed = 0;
	do {
		run();
		calls++;
		elapsed = performance.now() - start;
	} while (elapsed < minMs);
	return elapsed / calls;
}

/** Calls `run` for at least a second and at least three times. */
function warmUp(run: () => void): void {
	const start = performance.now();
	for (let calls = 0; calls < 3 || performance.now() - start < 1000; calls++) run();
}

interface Pair {
	baseline: number;
	subject: number;
	ratio: number;
}

/**
 * Baseline and subject in alternation, round after round; each side's fastest
 * round. On a machine shared with other work a round can only be slowed down,
 * never sped up, so the fastest is the least disturbed reading of each.
 */
function compare(baseline: () => void, subject: () => void, rounds: number, minMs: number): Pair {
	// Both sides warm up alike before any round counts: V8 compiles the model's many small
	// functions over its first few hundred calls, and a round caught in that ramp measures the
	// compiler, not the code (the seed's model took ~700 calls to settle).
	warmUp(baseline);
	warmUp(subject);
	let base = Number.POSITIVE_INFINITY;
	let subj = Number.POSITIVE_INFINITY;
	for (let round = 0; round < rounds; round++) {
		base = Math.min(base, timePerCall(baseline, minMs));
		subj = Math.min(subj, timePerCall(subject, minMs));
	}
	return { baseline: base, subject: subj, ratio: subj / base };
}

function relative(name: string, pair: Pair, baselineName: string, budget: number, description: string): BudgetResult {
	return { name, value: pair.subject, baseline: pair.baseline, baselineName, unit: "ms", ratio: pair.ratio, budget, holds: pair.ratio <= budget, description };
}

function noteModelBudgets(root: string, options: BudgetOptions): BudgetResult[] {
	const notes: [string, string, number, string][] = [
		["note-model/seed", seedNote(root), 2, "buildNoteModel of the seed note against markdownParser().parse of it"],
		["note-model/mixed-1mb", mixedNote(root), 1.5, "buildNoteModel of a megabyte of mixed notes (the seed and the corpus) against markdownParser().parse of it"],
		["note-model/table-10k", listTable(10_000), 1.5, "buildNoteModel of a 10,000-row list table against markdownParser().parse of it"],
	];
	return notes
		.filter(([name]) => name.startsWith(options.only) || options.only.startsWith(name))
		.map(([name, text, budget, description]) => {
			const pair = compare(
				() => markdownParser().parse(text, {}),
				() => buildNoteModel({ path: "note.md", text }, NO_VAULT),
				options.rounds,
				text.length > 100_000 ? 1 : 200,
			);
			return relative(name, pair, "markdownParser().parse", budget, description);
		});
}

/** Links as a note writes them: note names in their own case, and aliases. */
function linkTargets(notes: number, count: number): string[] {
	const targets: string[] = [];
	for (let i = 0; i < count / 2; i++) targets.push(`Note ${(i * 7919) % notes}`, `alias ${(i * 104_729) % notes}`);
	return targets;
}

/** What a plain Map needs to answer the same links: lower-cased names and aliases to paths. */
function plainMap(entries: readonly VaultEntry[]): Map<string, string> {
	const map = new Map<string, string>();
	for (const entry of entries) {
		map.set(mapKey(entry.path), entry.path);
		for (const alias of entry.aliases) map.set(alias.toLowerCase(), entry.path);
	}
	return map;
}

/** Milliseconds per link. */
function resolvePair(notes: number, options: BudgetOptions): Pair {
	const entries = vaultEntries(notes);
	const index = VaultIndex.build(entries);
	const map = plainMap(entries);
	const targets = linkTargets(notes, 20_000);
	let found = 0;
	const pair = compare(
		() => {
			for (const target of targets) if (map.get(target.toLowerCase()) !== undefined) found++;
		},
		() => {
			for (const target of targets) if (index.resolve(target, "Home.md") !== null) found++;
		},
		options.rounds,
		50,
	);
	if (found === 0) throw new Error("no link resolved");
	return { baseline: pair.baseline / targets.length, subject: pair.subject / targets.length, ratio: pair.ratio };
}

function vaultBudgets(options: BudgetOptions): BudgetResult[] {
	const results: BudgetResult[] = [];
	const entries = vaultEntries(100_000);
	const build = compare(
		() => {
			const map = new Map<string, string>();
			for (const entry of entries) map.set(mapKey(entry.path), entry.path);
		},
		() => {
			VaultIndex.build(entries);
		},
		options.rounds,
		200,
	);
	results.push(relative("vault/build-100k", build, "Map build", 3, "VaultIndex.build of 101,000 entries against a Map from lower-cased name to path"));

	const small = resolvePair(1_000, options);
	const large = resolvePair(100_000, options);
	results.push(relative("vault/resolve-1k", small, "Map.get", 3, "VaultIndex.resolve of 10,000 names and 10,000 aliases among 1,010 files against Map.get of the lower-cased link"));
	results.push(relative("vault/resolve-100k", large, "Map.get", 3, "the same among 101,000 files"));
	// A hash lookup itself slows down as its table outgrows the processor's caches (Map.get
	// does, by about ten times here), so growth is read against the Map's own growth.
	const growth = large.subject / small.subject;
	const mapGrowth = large.baseline / small.baseline;
	results.push({
		name: "vault/resolve-growth",
		value: growth,
		baseline: mapGrowth,
		baselineName: "Map.get's growth",
		unit: "×",
		ratio: growth / mapGrowth,
		budget: 3,
		holds: growth / mapGrowth <= 3,
		description: "how much slower a resolve is among 101,000 files than among 1,010, against how much slower Map.get is",
	});

	const index = VaultIndex.build(entries);
	let turn = 0;
	const rename = timePerCall(() => {
		// There and back, so every call renames a note that exists.
		const i = (turn >> 1) % 100_000;
		const path = `area-${i % 97}/topic-${i % 1_000}/Note ${i}.md`;
		if (turn % 2 === 0) index.rename(path, `Renamed/Note ${i}.md`);
		else index.rename(`Renamed/Note ${i}.md`, path);
		turn++;
	}, 200);
	results.push({ name: "vault/rename-100k", value: rename, baseline: null, baselineName: null, unit: "ms", ratio: rename, budget: 1, holds: rename <= 1, description: "milliseconds per VaultIndex.rename among 101,000 files" });

	if (options.gc) {
		const map = retained(() => {
			const built = new Map<string, string>();
			for (const entry of entries) built.set(mapKey(entry.path), entry.path);
			return built;
		}, options.gc);
		const built = retained(() => VaultIndex.build(entries), options.gc);
		results.push({
			name: "vault/heap-100k",
			value: built,
			baseline: map,
			baselineName: "Map",
			unit: "bytes",
			ratio: built / map,
			budget: 2,
			holds: built <= 2 * map,
			description: "heap held by VaultIndex.build of 101,000 entries against a Map from lower-cased name to path (the entries alive in both)",
		});
	}
	return results;
}

/** Bytes the heap grows by, after full collections, while `build`'s result is held. */
function retained(build: () => unknown, gc: () => void): number {
	const samples: number[] = [];
	const held: { value: unknown } = { value: null };
	for (let i = 0; i < 5; i++) {
		// What the last sample built is let go first, so its collection is not counted against this one.
		held.value = null;
		gc();
		gc();
		const before = process.memoryUsage().heapUsed;
		held.value = build();
		gc();
		gc();
		samples.push(process.memoryUsage().heapUsed - before);
	}
	held.value = null;
	return median(samples);
}

export function runBudgets(root: string, options: BudgetOptions): BudgetResult[] {
	const groups: [string, () => BudgetResult[]][] = [
		["note-model/", () => noteModelBudgets(root, options)],
		["vault/", () => vaultBudgets(options)],
	];
	const { only } = options;
	return groups
		.filter(([prefix]) => prefix.startsWith(only) || only.startsWith(prefix))
		.flatMap(([, run]) => run())
		.filter((result) => result.name.startsWith(only));
}
