// The long-form rule (src/core/model/evidence/long-form.ts): a table of one row per (thing,
// case), the things cycling within the runs of a column of cases, names its rows by the
// things, and their repeating is its shape. Made-up notes, with notes where it must act and
// ordinary notes where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "long-form")));

describe("a long-form table names its rows by the things that cycle through the cases (long-form)", () => {
	it("gives the caches a toolbar, not the operations, when each operation runs over every cache", () => {
		const text = lines(
			"# Cache benchmarks",
			"",
			"| Benchmark | Library | ops/s |",
			"|---|---|---|",
			"| get | lru-cache | 1,200,000 |",
			"| get | quick-lru | 900,000 |",
			"| get | mnemonist | 1,500,000 |",
			"| set | lru-cache | 800,000 |",
			"| set | quick-lru | 750,000 |",
			"| set | mnemonist | 1,100,000 |",
		);
		expect(firedOn(text)).toEqual(["rows"]);
		const model = note(text);
		expect(model.frameworks).toEqual(["lru-cache", "quick-lru", "mnemonist"]);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
	});

	it("reads a case written once above blanks, as a merged cell, in any language", () => {
		const text = lines(
			"# Parser im Vergleich",
			"",
			"| Fall | Bibliothek | Zeit (ns/op) | Speicher (B/op) |",
			"|---|---|---|---|",
			"| Kleine Datei | simdjson | 42 | 16 |",
			"| | rapidjson | 58 | 16 |",
			"| | nlohmann | 250 | 1,088 |",
			"| Große Datei | simdjson | 1,352 | 48 |",
			"| | rapidjson | 1,556 | 48 |",
			"| | nlohmann | 25,477 | 11,088 |",
		);
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["simdjson", "rapidjson", "nlohmann"]);
	});

	it("reads the things written first, cycling within runs of the cases after them", () => {
		const text = lines(
			"# Query engines",
			"",
			"| Engine | Query | Time | Rows |",
			"|---|---|---|---|",
			"| DuckDB | join | 0.8 s | 1,000 |",
			"| SQLite | join | 4.1 s | 1,000 |",
			"| Polars | join | 1.2 s | 1,000 |",
			"| DuckDB | group by | 0.5 s | 20 |",
			"| SQLite | group by | 2.9 s | 20 |",
			"| Polars | group by | 0.6 s | 20 |",
		);
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["DuckDB", "SQLite", "Polars"]);
	});
});

describe("tables of other shapes: long-form says nothing", () => {
	it("says nothing of a feature matrix or a wide benchmark table", () => {
		const matrix = lines("# Obsidian vs Logseq vs Notion", "", "| Feature | Obsidian | Logseq | Notion |", "|---|---|---|---|", "| Offline | ✅ | ✅ | ❌ |", "| Plugins | ✅ | ✅ | ⚠️ |", "| Sync | paid | free | ✅ |");
		expect(firedOn(matrix)).toEqual([]);
		expect(note(matrix).frameworks).toEqual(["Obsidian", "Logseq", "Notion"]);
		const wide = lines("# fastify vs express vs koa", "", "| Benchmark | fastify | express | koa |", "|---|---|---|---|", "| hello world | 78,000 | 14,000 | 38,000 |", "| json | 71,000 | 12,000 | 33,000 |", "| routing | 65,000 | 11,000 | 30,000 |");
		expect(firedOn(wide)).toEqual([]);
		expect(note(wide).frameworks).toEqual(["fastify", "express", "koa"]);
	});

	it("says nothing of a task list whose statuses cycle within categories, with nothing measured", () => {
		const text = lines(
			"# Project board",
			"",
			"| Area | Status | Notes |",
			"|---|---|---|",
			"| Frontend | done | login page |",
			"| Frontend | doing | settings |",
			"| Frontend | todo | dark theme |",
			"| Backend | done | auth |",
			"| Backend | doing | billing |",
			"| Backend | todo | exports |",
		);
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("reads a sales report's products cycling through regions as its rows, but gives them no toolbar on the shape alone", () => {
		const text = lines("# Sales by region", "", "| Region | Product | Units | Revenue |", "|---|---|---|---|", "| North | Pro | 120 | $12,000 |", "| North | Basic | 300 | $9,000 |", "| South | Pro | 80 | $8,000 |", "| South | Basic | 410 | $12,300 |");
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing of a workout log whose exercises cycle through dated sessions", () => {
		const text = lines(
			"# Training log",
			"",
			"| Date | Exercise | Weight | Reps |",
			"|---|---|---|---|",
			"| 2024-03-01 | Squat | 80 kg | 5 |",
			"| 2024-03-01 | Bench | 60 kg | 5 |",
			"| 2024-03-01 | Row | 50 kg | 8 |",
			"| 2024-03-04 | Squat | 82 kg | 5 |",
			"| 2024-03-04 | Bench | 62 kg | 5 |",
			"| 2024-03-04 | Row | 52 kg | 8 |",
		);
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing of a list sectioned by category, whose names down the rows are each written once", () => {
		const text = lines(
			"# Databases",
			"",
			"| Category | Database | Stars | License |",
			"|---|---|---|---|",
			"| Relational | PostgreSQL | 15k | PostgreSQL |",
			"| Relational | MySQL | 10k | GPL |",
			"| Document | MongoDB | 26k | SSPL |",
			"| Document | CouchDB | 6k | Apache-2.0 |",
		);
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["PostgreSQL", "MySQL", "MongoDB", "CouchDB"]);
	});

	it("leaves alone a table whose names run in blocks with the cases cycling within them", () => {
		// The same shape as cases in runs over names cycling: nothing in it tells which column holds
		// the things, so the cycling column is taken as written and, plain words, gets no toolbar.
		const text = lines(
			"# Serializers",
			"",
			"| Library | Case | Time |",
			"|---|---|---|",
			"| serde_json | small | 1.2 µs |",
			"| serde_json | large | 80 µs |",
			"| simd-json | small | 0.9 µs |",
			"| simd-json | large | 55 µs |",
		);
		expect(note(text).frameworks).toEqual([]);
	});
});
