// Stages of a progression (src/core/model/evidence/progression.ts): a numbered series counted
// from one whose every line of numbers climbs or falls with the count is stages of one thing,
// the keys of a record, not alternatives compared. Made-up notes: where it must act, and
// decision matrices, benchmarks and plain lists where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "progression")));

describe("a numbered series whose values climb with the count is a progression (progression)", () => {
	it("gives no toolbar to belts of a course, their hours climbing", () => {
		const text = lines("# Karate", "", "| Grade | Hours | Kata |", "|---|---|---|", "| Grade 1 | 40 | Heian Shodan |", "| Grade 2 | 90 | Heian Nidan |", "| Grade 3 | 150 | Heian Sandan |", "| Grade 4 | 240 | Heian Yondan |");
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("gives no toolbar to drafts across, in another language, their length falling", () => {
		const text = lines("# Mémoire", "", "| | Version 1 | Version 2 | Version 3 |", "|---|---|---|---|", "| Pages | 90 | 75 | 62 |", "| Remarques | beaucoup | quelques-unes | aucune |");
		expect(firedOn(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing of numbered options whose costs go up and down", () => {
		const text = lines("# Kitchen quotes", "", "| Quote | Cost | Weeks | Warranty |", "|---|---|---|---|", "| Option 1 | 8,400 | 6 | 5 years |", "| Option 2 | 11,200 | 4 | 10 years |", "| Option 3 | 9,100 | 8 | 2 years |");
		expect(firedOn(text)).toEqual([]);
	});

	it("says nothing of a benchmark's numbered queries, whose times go up and down", () => {
		const text = lines("# Engines", "", "| Query | DuckDB | SQLite | ClickHouse |", "|---|---|---|---|", "| Q1 | 0.12 | 1.40 | 0.20 |", "| Q2 | 0.30 | 2.10 | 0.25 |", "| Q3 | 0.08 | 0.90 | 0.11 |", "| Q4 | 0.45 | 3.20 | 0.40 |");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["DuckDB", "SQLite", "ClickHouse"]);
	});

	it("leaves the tools of a scaling benchmark their toolbar: the threads climbing are keys, the tools are measured", () => {
		const text = lines("# Compression by threads", "", "| Tool | Threads 1 | Threads 2 | Threads 3 | Threads 4 |", "|---|---|---|---|---|", "| zstd | 410 MB/s | 790 MB/s | 1150 MB/s | 1480 MB/s |", "| pigz | 95 MB/s | 185 MB/s | 270 MB/s | 350 MB/s |", "| xz | 12 MB/s | 23 MB/s | 33 MB/s | 42 MB/s |");
		expect(firedOn(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual(["zstd", "pigz", "xz"]);
	});

	it("says nothing of a feature matrix or a sectioned matrix, which number nothing", () => {
		const matrix = lines("# Drum machines", "", "| Feature | TR-8S | Digitakt | RD-9 |", "|---|---|---|---|", "| Sampling | ✓ | ✓ | ✗ |", "| Tracks | 11 | 8 | 11 |", "| Price | 699 € | 799 € | 299 € |");
		expect(firedOn(matrix)).toEqual([]);
		const sections = lines("# Synths", "", "| | Minilogue | Hydrasynth | Peak |", "|---|---|---|---|", "| **Sound** | | | |", "| Voices | 4 | 8 | 8 |", "| **Build** | | | |", "| Keys | 37 | 49 | 0 |");
		expect(firedOn(sections)).toEqual([]);
	});

	it("says nothing of a game's sequels, whose years and scores stay close as they climb or fall", () => {
		const text = lines("# Trilogy", "", "| | Saga 1 | Saga 2 | Saga 3 |", "|---|---|---|---|", "| Released | 2011 | 2014 | 2018 |", "| Score | 91 | 88 | 86 |", "| Co-op | ❌ | ✅ | ✅ |");
		expect(firedOn(text)).toEqual([]);
	});

	it("says nothing of names with a count that is no series, or a series with only words beside it", () => {
		const phones = lines("# Phones", "", "| Phone | Price | Weight |", "|---|---|---|", "| Pixel 8 | 699 | 187 g |", "| iPhone 15 | 799 | 171 g |", "| Galaxy S24 | 899 | 167 g |");
		expect(firedOn(phones)).toEqual([]);
		const words = lines("# Plan", "", "| Step | What | Who |", "|---|---|---|", "| Step 1 | book the hall | Anna |", "| Step 2 | order food | Tom |", "| Step 3 | send invites | me |");
		expect(firedOn(words)).toEqual([]);
	});
});
