// A table whose values mostly name the things the note compares elsewhere answers a question
// with them (src/core/model/evidence/things-in-values.ts): needs down the rows, roles across,
// neither side things compared. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.map((group) => group.rows.evidence.some((e) => e.rule === "things-in-values"));

const COMPARISON = ["# Caches", "", "| | Redis | Valkey | Memcached |", "|---|---|---|---|", "| Licence | RSALv2 | BSD | BSD |", "| Data types | many | many | strings |", "| Threads | 1 | 1 | many |", ""];

describe("values naming the things compared elsewhere (things-in-values)", () => {
	it("gives a decision matrix answering with the note's things no toolbar of its own", () => {
		const text = lines(...COMPARISON, "## Which one", "", "| Your need | Pick | Alternative |", "|---|---|---|", "| Simple cache | Memcached | Redis/Valkey |", "| Sessions | Redis | Valkey |", "| Open source only | Valkey | Memcached |", "| Managed on AWS | Valkey (ElastiCache) | Redis |");
		expect(fired(text)).toEqual([false, true]);
		const model = note(text);
		expect(model.tables[1]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual(["Redis", "Valkey", "Memcached"]);
	});

	it("says nothing of a table whose values are its own", () => {
		const text = lines(...COMPARISON, "## Speed", "", "| Cache | Get | Set |", "|---|---|---|", "| Redis | 110k | 98k |", "| Valkey | 140k | 120k |", "| Memcached | 150k | 130k |");
		expect(fired(text)).toEqual([false, false]);
		expect(note(text).tables[1]?.frameworkAxis).toBe("rows");
	});

	it("says nothing of a table naming the things in one column beside numbers of its own", () => {
		const text = lines(...COMPARISON, "## Clients", "", "| Client | Built on | Stars |", "|---|---|---|", "| ioredis | Redis | 14k |", "| valkey-glide | Valkey | 1k |", "| memjs | Memcached | 0.2k |", "| node-redis | Redis | 17k |");
		expect(fired(text)).toEqual([false, false]);
	});

	it("gives a table of needs, one column of picks among the note's things and one of reasons, no toolbar", () => {
		const text = lines(
			...COMPARISON,
			"## Use cases",
			"",
			"| Scenario | Recommended | Reason |",
			"|---|---|---|",
			"| Page cache in front of a database | Memcached | simple and multithreaded |",
			"| Leaderboards with sorted sets | Redis | rich data types |",
			"| Sessions under an open licence | Valkey | BSD, same protocol |",
			"| Rate limiting with expiry | Redis | atomic counters |",
		);
		expect(fired(text)).toEqual([false, true]);
		expect(note(text).tables[1]?.frameworkAxis).toBe("none");
		expect(note(text).frameworks).toEqual(["Redis", "Valkey", "Memcached"]);
	});

	it("leaves a column naming the table's own header cells to the verdict it is", () => {
		const text = lines(
			...COMPARISON,
			"## Head to head",
			"",
			"| Round | Redis | Valkey | Memcached | Winner |",
			"|---|---|---|---|---|",
			"| Throughput | 98k | 120k | 130k | Memcached |",
			"| Data types | many | many | strings | Redis |",
			"| Licence | RSALv2 | BSD | BSD | Valkey |",
		);
		expect(fired(text)).toEqual([false, false]);
		expect(note(text).tables[1]?.frameworkAxis).toBe("columns");
		expect(note(text).tables[1]?.frameworks).toEqual(["Redis", "Valkey", "Memcached"]);
	});

	it("says nothing of tools named in their own right beside the language each is written in", () => {
		const text = lines(
			"# Languages for tools",
			"",
			"| | Go | Rust | Python |",
			"|---|---|---|---|",
			"| Speed | fast | fastest | slow |",
			"| Memory safety | GC | borrow checker | GC |",
			"| Learning curve | gentle | steep | gentle |",
			"",
			"| Tool | Written in | What it does | License |",
			"|---|---|---|---|",
			"| ripgrep | Rust | Searches file contents | MIT |",
			"| fzf | Go | Fuzzy finds anything | MIT |",
			"| fd | Rust | Finds files by name | Apache |",
			"| httpie | Python | Sends HTTP requests | BSD |",
			"| lazygit | Go | Terminal UI for git | MIT |",
		);
		expect(fired(text)).toEqual([false, false]);
		expect(note(text).tables[1]?.frameworkAxis).toBe("rows");
	});
});

