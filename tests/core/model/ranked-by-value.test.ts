// A ranking (src/core/model/evidence/ranked-by-value.ts): a column of numbers of one unit running
// one way down four rows or more, beside labels of their own, puts the rows in order by what it
// measures, so the rows are the things measured. Made-up notes: benchmark results where it must
// act, and lists, logs and series where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "ranked-by-value")));

describe("rows in order of a measure are the things measured (ranked-by-value)", () => {
	it("gives a one-column benchmark its toolbar: languages in order of their run time", () => {
		const text = lines("# Primes", "", "Run with `time prog 10000000`.", "", "| Language | Seconds |", "|---|---|", "| Zig | 2.1 |", "| Crystal | 3.4 |", "| Nim | 3.9 |", "| Elixir | 9.8 |", "| Lua | 41.2 |");
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["Zig", "Crystal", "Nim", "Elixir", "Lua"]);
	});

	it("reads an order that falls, with a unit, in another language", () => {
		const text = lines("# Débit", "", "| Serveur | Requêtes |", "|---|---|", "| Caddy | 48 000 req/s |", "| Nginx | 41 000 req/s |", "| Apache | 22 000 req/s |", "| Lighttpd | 19 500 req/s |");
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["Caddy", "Nginx", "Apache", "Lighttpd"]);
	});

	it("says nothing of a list of costs in the order it was written", () => {
		const text = lines("# Trip", "", "| Item | Cost |", "|---|---|", "| Flights | 180 € |", "| Hotel | 420 € |", "| Food | 250 € |", "| Museum | 40 € |");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing of three rows, which fall in an order too easily", () => {
		const text = lines("# Pantry", "", "| Shelf | Jars |", "|---|---|", "| Top | 3 |", "| Middle | 7 |", "| Bottom | 12 |");
		expect(firedOn(text)).toEqual([]);
	});

	it("says nothing of a log or a numbered series, which are sorted by their keys", () => {
		const weeks = lines("# Savings", "", "| Week | Saved |", "|---|---|", "| Week 1 | 20 |", "| Week 2 | 45 |", "| Week 3 | 70 |", "| Week 4 | 110 |");
		expect(firedOn(weeks)).toEqual([]);
		const dates = lines("# Runs", "", "| Day | km |", "|---|---|", "| 2024-03-01 | 3 |", "| 2024-03-02 | 4 |", "| 2024-03-03 | 6 |", "| 2024-03-04 | 8 |");
		expect(firedOn(dates)).toEqual([]);
	});

	it("says nothing of a column numbering the rows (`00 | 01 | 02`, `1 | 2 | 3`), which is the order they were written in", () => {
		const exercises = lines("## Roadmap", "", "| # | Ejercicio | Corrección |", "|---|---|---|", "|00|[SINTAXIS](./00/ejercicio.md)|[📝](./00/python.py)|", "|01|[OPERADORES](./01/ejercicio.md)|[📝](./01/python.py)|", "|02|[FUNCIONES](./02/ejercicio.md)|[📝](./02/python.py)|", "|03|[ESTRUCTURAS](./03/ejercicio.md)|[📝](./03/python.py)|");
		expect(firedOn(exercises)).toEqual([]);
		const steps = lines("# Setup", "", "| Step | Order |", "|---|---|", "| Download | 1 |", "| Unpack | 2 |", "| Configure | 3 |", "| Start | 4 |");
		expect(firedOn(steps)).toEqual([]);
		// Places that skip a number are values, and still rank: 1, 3, 7, 12 stars in thousands.
		const stars = lines("# Stars", "", "| Library | Stars (k) |", "|---|---|", "| zod | 1 |", "| valibot | 3 |", "| yup | 7 |", "| joi | 12 |");
		expect(firedOn(stars)).toEqual(["rows"]);
		// A run given a scale in brackets is a measure the rows were sorted by.
		const difficulty = lines("# Difficulty ranking", "", "| Framework | Difficulty (1-5) | Stars |", "|---|---|---|", "| Svelte | 1 | 78k |", "| Vue | 2 | 205k |", "| React | 3 | 220k |", "| Angular | 4 | 94k |", "| Ember | 5 | 22k |");
		expect(firedOn(difficulty)).toEqual(["rows"]);
		// A word in brackets is no scale: `No. (order)` still numbers the rows.
		const order = lines("# Reading order", "", "| No. (order) | Book | Pages |", "|---|---|---|", "| 1 | The Rust Programming Language | 560 |", "| 2 | Rust for Rustaceans | 280 |", "| 3 | Zero To Production | 400 |", "| 4 | Programming Rust | 740 |");
		expect(firedOn(order)).toEqual([]);
	});

	it("says nothing where values tie or units differ", () => {
		const tied = lines("# Scores", "", "| Team | Points |", "|---|---|", "| Owls | 12 |", "| Foxes | 12 |", "| Bears | 9 |", "| Hares | 7 |");
		expect(firedOn(tied)).toEqual([]);
		const units = lines("# Sizes", "", "| Artifact | Size |", "|---|---|", "| app.js | 450 KB |", "| app.wasm | 2.0 MB |", "| app.css | 12 KB |", "| app.map | 30 MB |");
		expect(firedOn(units)).toEqual([]);
	});
});

describe("a chart's bars in order of their one measure (ranked-by-value)", () => {
	const fence = (...bars: string[]) => ["# Servers", "", "```", ...bars, "```"].join("\n");

	it("reads a box drawn around servers in order of requests per second as the servers compared", () => {
		const text = fence(
			"┌──────────────────┬──────────────────┐",
			"│ node             │ '136396 req/sec' │",
			"│ srvx-fast        │ '123955 req/sec' │",
			"│ srvx             │ '92271 req/sec'  │",
			"│ hono             │ '44563 req/sec'  │",
			"│ remix            │ '41326 req/sec'  │",
			"└──────────────────┴──────────────────┘",
		);
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["node", "srvx-fast", "srvx", "hono", "remix"]);
	});

	it("leaves a program's phases drawn slowest first, as a profiler prints them: no label names a thing of its own", () => {
		const text = fence("Parse     ████████████ 120 ms", "Resolve   ████████ 80 ms", "Link      █████ 50 ms", "Minify    ███ 30 ms", "Write     █ 10 ms");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("leaves a program's phases drawn as bars in the order they run, whose times go up and down", () => {
		const text = fence("Parse   ████████ 12 ms", "Resolve ██ 3 ms", "Render  ████████████ 18 ms", "Write   ███ 5 ms");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});
});

describe("a word in brackets that tells variants of one name apart is no unit (measure-label)", () => {
	it("reads `C++ (gcc)` beside `C++ (clang)` as the thing measured, not a measure", () => {
		const text = lines("# Primes", "", "| Language (compiler) | Runtime |", "|---|---|", "| C++ (gcc) | 2.251 |", "| Rust | 3.220 |", "| D (ldc) | 3.823 |", "| C++ (clang) | 5.587 |", "| Python (pypy) | 11.830 |", "| Python | 50.530 |");
		const rule = (label: string) =>
			analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0]?.rows.names.find((n) => n.label === label)?.evidence.some((e) => e.rule === "measure-label");
		expect(rule("C++ (gcc)")).toBe(false);
		expect(rule("Python (pypy)")).toBe(false);
		// Written one way only, the word in brackets still reads as a unit.
		expect(rule("D (ldc)")).toBe(true);
	});

	it("still reads `Time (ms)` and `Memory (mb)` across a header as measures", () => {
		const text = lines("# Runtimes", "", "| Runtime | Time (ms) | Memory (mb) |", "|---|---|---|", "| Node | 40 | 38 |", "| Deno | 25 | 30 |", "| Bun | 8 | 22 |");
		const names = analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0]?.columns.names ?? [];
		expect(names.map((n) => n.evidence.some((e) => e.rule === "measure-label"))).toEqual([true, true]);
		expect(note(text).frameworks).toEqual(["Node", "Deno", "Bun"]);
	});

	it("says nothing of cases of growing size, where every column climbs with them", () => {
		const text = lines("# Utility library benchmark", "", "| Input | lodash | ramda | remeda |", "|---|---|---|---|", "| Small | 0.1 ms | 0.3 ms | 0.2 ms |", "| Medium | 1.2 ms | 2.9 ms | 1.8 ms |", "| Large | 11 ms | 27 ms | 16 ms |", "| Huge | 120 ms | 290 ms | 170 ms |");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).not.toContain("Small");
	});

	it("still reads one measure in two units, `Size (min)` beside `Size (gz)`, as measures", () => {
		const text = lines("# Bundles", "", "| Library | Size (min) | Size (gz) | Stars |", "|---|---|---|---|", "| preact | 11 kB | 4 kB | 36k |", "| react | 140 kB | 45 kB | 220k |", "| solid | 22 kB | 7 kB | 31k |");
		const names = analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0]?.columns.names ?? [];
		expect(names.slice(0, 2).map((n) => n.evidence.some((e) => e.rule === "measure-label"))).toEqual([true, true]);
	});
});
