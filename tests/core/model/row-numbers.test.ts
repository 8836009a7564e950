// Row numbers (src/core/model/subject-column.ts): a first column counting 1, 2, 3 under `#`, or
// 0, 1, 2 under `(index)` or nothing, says where a row stands and is passed over for the names
// beside it; digits from zero under a header of their own (`Octal`) are the keys the table looks
// up, and stay its labels. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("row numbers count from one, or from zero under no header of their own", () => {
	it("keeps digits from zero under a header of their own as the table's keys", () => {
		const modes = lines(
			"# File modes",
			"",
			"| Octal | Permission | Symbolic |",
			"|---|---|---|",
			"| 0 | No permission | --- |",
			"| 1 | Execute only | --x |",
			"| 2 | Write only | -w- |",
			"| 3 | Write and execute | -wx |",
			"| 4 | Read only | r-- |",
		);
		expect(note(modes).frameworks).toEqual([]);
		expect(note(modes).tables[0]?.frameworkAxis).toBe("none");
	});

	it("still passes over a ranking's numbers and an index from zero for the names beside them", () => {
		const ranked = lines("# Bundlers", "", "| # | Bundler | Time |", "|---|---|---|", "| 1 | esbuild | 0.4 s |", "| 2 | Rspack | 1.1 s |", "| 3 | Vite | 3.2 s |", "| 4 | webpack | 9.8 s |");
		expect(note(ranked).frameworks).toEqual(["esbuild", "Rspack", "Vite", "webpack"]);
		const indexed = lines("# Bundlers", "", "| (index) | Bundler | Time |", "|---|---|---|", "| 0 | esbuild | 0.4 s |", "| 1 | Rspack | 1.1 s |", "| 2 | Vite | 3.2 s |", "| 3 | webpack | 9.8 s |");
		expect(note(indexed).frameworks).toEqual(["esbuild", "Rspack", "Vite", "webpack"]);
	});

	it("passes over a ranking that leaves its baseline unplaced, for the names beside it", () => {
		const ranked = lines("# Роутеры", "", "| Rank | Router | ns/op | B/op |", "|---|---|---|---|", "| 1 | **HttpRouter** | 4,177 | 0 |", "| 2 | **Gin** | 5,528 | 0 |", "| 3 | Echo | 6,897 | 0 |", "| — | HttpServeMux | 18,172 | 0 |", "| 4 | Fiber | 29,310 | 0 |", "| 5 | Chi | 41,317 | 57,776 |");
		expect(note(ranked).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(ranked).frameworks).toEqual(["HttpRouter", "Gin", "Echo", "HttpServeMux", "Fiber", "Chi"]);
	});

	it("does not take a column of mostly dashes for a ranking", () => {
		const dashes = lines("# Boxes", "", "| Box | Shelf | Owner |", "|---|---|---|", "| 1 | top | Anna |", "| — | top | Ben |", "| — | low | Anna |", "| — | low | Ben |");
		expect(note(dashes).tables[0]?.rows.map((row) => row[0])).toEqual(["1", "—", "—", "—"]);
		expect(note(dashes).frameworks).toEqual([]);
	});

	it("names the rows by the column of words beside the numbers, though a name runs long or opens with a model number", () => {
		const prices = lines(
			"# Video card prices",
			"",
			"| # | name | photo | store | 2023/01 | 2023/02 |",
			"| --- | --- | --- | --- | --- | --- |",
			"| 1 | 1660 super asus | ![](img/asus-1660.webp) | [9](https://example.com/a) | 11027 | 11210 |",
			"| 2 | rx 6600 via PCIe-3 but plugged as PCIe-4 | ![](img/rx6600.webp) | [5](https://example.com/b) | 16778 | 16744 |",
			"| 3 | rtx 2060 super | ![](img/rtx2060.webp) | [11](https://example.com/c) | 16150 | 16417 |",
			"| 4 | rtx 3070 | ![](img/rtx3070.webp) | [6](https://example.com/d) | 31335 | 32209 |",
			"| 5 | RX 5700 XT 8Gb | ![](img/rx5700.webp) | [8](https://example.com/e) | 12811 | 12707 |",
		);
		expect(analyzeNote({ path: "note.md", text: prices }, NO_VAULT).tables[0]?.nameColumn).toBe(1);
	});

	it("passes over places given as medals alone, and numbers after the third, for the names beside them", () => {
		const summary = lines(
			"## Summary",
			"",
			"| Rank | Framework | Runtime | JSON (req/s) | Plaintext (req/s) | Latency (avg) |",
			"|------|-----------|---------|--------------|-------------------|---------------|",
			"| 🥇 | **Hono** | Bun | 58,304 | 62,171 | 0.55ms |",
			"| 🥈 | **bunWay** | Bun | 39,256 | 43,252 | 0.72ms |",
		);
		expect(note(summary).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(summary).frameworks).toEqual(["Hono", "bunWay"]);
		const four = lines("# Routers", "", "| Rank | Router | ops/s |", "|---|---|---|", "| 🥇 | Zen Router | 3.1M |", "| 🥈 | Wouter | 2.2M |", "| 🥉 | React Router | 0.9M |", "| 4 | Reach Router | 0.4M |");
		expect(analyzeNote({ path: "note.md", text: four }, NO_VAULT).tables[0]?.nameColumn).toBe(1);
	});

	it("passes over places decorated with medals, for names beside them though one is ranked twice", () => {
		const ranked = lines(
			"# Router rankings",
			"",
			"| Rank | Library | Overall Score | Relative Performance |",
			"|:----:|---|---|---|",
			"| 🥇 1 | **[Zen Router](https://github.com/SylphxAI/zen-router)** | 100.0/100 | 100% of fastest |",
			"| 🥈 2 | **[Wouter](https://github.com/molefrog/wouter)** | 73.6/100 | 74% of fastest |",
			"| 🥉 3 | **[React Router](https://github.com/remix-run/react-router)** | 1.4/100 | 1% of fastest |",
			"|  4 | **[React Router](https://github.com/remix-run/react-router)** | 0.4/100 | 0% of fastest |",
		);
		// The names, not the scores written out beside them, name the rows.
		expect(analyzeNote({ path: "note.md", text: ranked }, NO_VAULT).tables[0]?.nameColumn).toBe(1);
	});

	it("passes over a list's numbers carried on under `#` from its earlier table, but not under a header in words", () => {
		const carried = lines(
			"# VPS providers",
			"",
			"## Tier 1",
			"",
			"| # | Provider | Basic | Region |",
			"|---|---|---|---|",
			"| 1 | **Hetzner** | €4/mo | Europe |",
			"| 2 | **Vultr** | $6/mo | Global |",
			"",
			"## Tier 2",
			"",
			"| # | Provider | Basic | Region |",
			"|---|---|---|---|",
			"| 3 | **DigitalOcean** | $6/mo | Global |",
			"| 4 | **Linode** | $5/mo | Global |",
			"| 5 | **Scaleway** | €7/mo | Europe |",
		);
		expect(note(carried).tables.map((table) => table.frameworkAxis)).toEqual(["rows", "rows"]);
		expect(note(carried).frameworks).toEqual(["Hetzner", "Vultr", "DigitalOcean", "Linode", "Scaleway"]);
		// Under an empty top-left cell a run from past one is as often keys (status codes 200, 201, 202 …).
		const codes = lines("# Status codes: Express vs Fastify", "", "|     | Meaning | Express | Fastify |", "|---|---|---|---|", "| 200 | OK | res.send() | reply.send() |", "| 201 | Created | res.status(201) | reply.code(201) |", "| 202 | Accepted | res.status(202) | reply.code(202) |", "| 203 | Non-Authoritative | res.status(203) | reply.code(203) |");
		expect(analyzeNote({ path: "note.md", text: codes }, NO_VAULT).tables[0]?.nameColumn).toBe(0);
		// Codes numbered from three hundred key what they name: a header in words counts from the start.
		const rooms = lines("# Rooms", "", "| Room | Wing | Seats |", "|---|---|---|", "| 301 | North | 40 |", "| 302 | North | 25 |", "| 303 | South | 60 |");
		expect(analyzeNote({ path: "note.md", text: rooms }, NO_VAULT).tables[0]?.nameColumn).toBe(0);
		// Years down a timeline, under no header or under `#`, are no count carried on: past three digits.
		const timeline = (corner: string) => lines(`| ${corner} | Event | Place |`, "|---|---|---|", "| 2019 | Founded | Berlin |", "| 2020 | Seed round | Berlin |", "| 2021 | Series A | London |", "| 2022 | IPO | New York |");
		expect(analyzeNote({ path: "note.md", text: timeline("") }, NO_VAULT).tables[0]?.nameColumn).toBe(0);
		expect(analyzeNote({ path: "note.md", text: timeline("#") }, NO_VAULT).tables[0]?.nameColumn).toBe(0);
		expect(note(timeline("")).frameworks).toEqual([]);
	});

	it("passes over a ranking with ties, standard or dense, for the names beside it, but not sizes that repeat", () => {
		const tied = lines(
			"### Concurrency",
			"",
			"| Rank | Database | Success Rate | p50 Latency |",
			"|---|---|---|---|",
			"| 1 | **Elasticsearch** | 100% | 11,163ms |",
			"| 1 | **Postgres** | 100% | 11,349ms |",
			"| 1 | **Weaviate** | 100% | 5,292ms |",
			"| 4 | **Qdrant** | 96% | 10,552ms |",
		);
		expect(analyzeNote({ path: "note.md", text: tied }, NO_VAULT).tables[0]?.nameColumn).toBe(1);
		const dense = lines("| Rank | Editor | Score |", "|---|---|---|", "| 1 | Zed | 9 |", "| 1 | Helix | 9 |", "| 2 | Neovim | 8 |", "| 3 | Kakoune | 7 |");
		expect(analyzeNote({ path: "note.md", text: dense }, NO_VAULT).tables[0]?.nameColumn).toBe(1);
		// A baseline measured beside them may stand unplaced, as under a ranking without ties.
		const unplaced = lines("| Rank | Router | req/s |", "|---|---|---|", "| 1 | chi | 90k |", "| 1 | gin | 90k |", "| 3 | echo | 85k |", "| 4 | gorilla/mux | 60k |", "| — | net/http | 70k |");
		expect(analyzeNote({ path: "note.md", text: unplaced }, NO_VAULT).tables[0]?.nameColumn).toBe(1);
		// Sizes that repeat are keys the table looks up, not places.
		const sizes = lines("| Size (px) | Icon | Use |", "|---|---|---|", "| 16 | Favicon | tab |", "| 16 | Tray | taskbar |", "| 32 | Shortcut | desktop |", "| 32 | Taskbar | pinned |", "| 64 | Store | listing |");
		expect(analyzeNote({ path: "note.md", text: sizes }, NO_VAULT).tables[0]?.nameColumn).toBe(0);
		// Distinct numbers key what they name (status codes, rooms): they stay the first column.
		const codes = lines("| Code | Meaning | Retry |", "|---|---|---|", "| 200 | OK | no |", "| 429 | Too Many Requests | yes |", "| 503 | Service Unavailable | yes |");
		expect(analyzeNote({ path: "note.md", text: codes }, NO_VAULT).tables[0]?.nameColumn).toBe(0);
	});
});

describe("a column of names before a column of phrases", () => {
	it("names the rows by the winners beside the tasks, though the tasks come first and mostly read as names", () => {
		const tasks = lines(
			"# Benchmark results by task",
			"",
			"| # | Task | Winner | Time (s) |",
			"|---|---|---|---|",
			"| 1 | Parse JSON | simdjson | 0.4 |",
			"| 2 | Regex | RE2 | 1.2 |",
			"| 3 | Sort 10M ints with a custom comparator | pdqsort | 0.9 |",
			"| 4 | Gzip | zlib-ng | 2.3 |",
			"| 5 | Hash 1GB of random data twice | xxHash | 0.3 |",
		);
		expect(analyzeNote({ path: "note.md", text: tasks }, NO_VAULT).tables[0]?.nameColumn).toBe(2);
	});
});
