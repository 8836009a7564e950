import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { readMeasurement, readToolOutput } from "../../../src/core/model/tool-output";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

// Lines as the tools print them, taken from the corpus (klona, mistletoe, micro-template, scc READMEs).
const BENCHMARK_JS = [
	"Benchmark :: JSON",
	"  JSON.stringify      x   53,899 ops/sec ±0.76% (92 runs sampled)",
	"  lodash              x   46,800 ops/sec ±0.86% (90 runs sampled)",
	"  klona/full          x   55,016 ops/sec ±0.68% (94 runs sampled)",
	"",
	"Benchmark :: DEFAULT",
	"  lodash              x   55,914 ops/sec ±0.75% (93 runs sampled)",
	"    ✘ Buffer",
	"  clone               x   92,127 ops/sec ±0.83% (94 runs sampled)",
].join("\n");
const SCRIPT_PRINT = [
	"$ python test/benchmark.py  # all results in seconds",
	"Test iterations: 1000",
	"Running tests with markdown, mistune, commonmark, mistletoe...",
	"==============================================================",
	"markdown: 24.732995399739593   # v3.6 from Mar 14, 2024",
	"mistune: 15.494156199973077    # v3.0.2 from Sep 30, 2023",
	"# run with Python 3.11.9 on MS Windows 10",
].join("\n");
const MITATA = [
	"benchmark                         avg (min … max) p75 / p99    (min … top 1%)",
	"micro-template                      20.72 µs/iter  19.75 µs  █",
	"                           (18.83 µs … 232.63 µs)  35.50 µs  █",
	"",
	"micro-template pre compiled         19.64 µs/iter  19.65 µs       █",
	"ejs.compile (pre compiled)         438.36 µs/iter 443.67 µs   ▄█▄",
	"ejs.render                         457.18 µs/iter 458.37 µs   █",
	"John Resig's tmpl                  240.02 µs/iter 240.67 µs",
].join("\n");
const HYPERFINE = [
	"Benchmark 1: scc valkey",
	"  Time (mean ± σ):      27.7 ms ±   2.1 ms    [User: 175.7 ms, System: 87.0 ms]",
	"  Range (min … max):    23.1 ms …  32.1 ms    96 runs",
	"",
	"Benchmark 2: tokei valkey",
	"  Time (mean ± σ):      74.0 ms ±  13.0 ms    [User: 394.2 ms, System: 245.1 ms]",
	"  Range (min … max):    49.1 ms …  92.5 ms    37 runs",
].join("\n");
// Listings with sizes: a web build's routes and chunks, `tree -h`, and a package tree with sizes.
const BUILD_ROUTES = [
	"Route (pages)                              Size     First Load JS",
	"┌ ○ /                                      291 B          78.1 kB",
	"├   /_app                                  0 B            77.8 kB",
	"└ ○ /charts                                18.9 kB        96.6 kB",
	"+ First Load JS shared by all              77.8 kB",
	"  ├ chunks/framework.js                    45.2 kB",
	"  └ chunks/main.js                         31.5 kB",
].join("\n");
const TREE = [".", "├── [4.0K]  docs", "│   └── [ 12K]  guide.md", "├── [1.2M]  node_modules", "└── [ 820]  package.json"].join("\n");
const TREE_SIZES = ["app", "├── lib  48 KB", "├── assets  1.2 MB", "`-- vendor  310 KB"].join("\n");
const YAML_STATS = ["header:", "  elapsed_seconds: 0.008", "  n_files: 21", "  files_per_second: 2625", "  lines_per_second: 820250"].join("\n");
const SETTINGS = ["timeout: 30", "retries: 3", "workers: 8"].join("\n");

describe("readMeasurement", () => {
	it("reads the name and the figure of a result line, however the tool sets them apart", () => {
		expect(readMeasurement("  klona/full          x   55,016 ops/sec ±0.68%")).toMatchObject({ label: "klona/full", value: 55016, unit: "ops/sec", separator: "x" });
		expect(readMeasurement("mistune: 15.494156199973077    # v3.0.2")).toMatchObject({ label: "mistune", value: 15.494156199973077, unit: "", separator: ":" });
		expect(readMeasurement("John Resig's tmpl                  240.02 µs/iter")).toMatchObject({ label: "John Resig's tmpl", unit: "µs/iter", separator: "gap" });
		expect(readMeasurement("  lodash/clonedeep   29.257ms")).toMatchObject({ label: "lodash/clonedeep", value: 29.257, unit: "ms" });
	});

	it("reads no name from a sentence, a prompt, a comment or a count of things", () => {
		expect(readMeasurement("# run with Python 3.11.9 on MS Windows 10")).toBeNull();
		expect(readMeasurement("We ran it 3 times")).toBeNull();
		expect(readMeasurement("$ hyperfine  12 ms")).toBeNull();
		expect(readMeasurement("-rw-r--r--  1 root root  1234 Jan  1 file")).toBeNull();
	});

	it("stays linear: a line of 100,000 spaces and a fence of 100,000 lines are read at once", () => {
		const started = performance.now();
		expect(readMeasurement(`a:${" ".repeat(100_000)}1.5${" 2".repeat(50_000)}`)).toMatchObject({ label: "a", value: 1.5 });
		const many = Array.from({ length: 100_000 }, (_, i) => `lib${i} x ${1000 + i} ops/sec`).join("\n");
		expect(readToolOutput(many, 1)?.labels).toHaveLength(100_000);
		// Not a timing test: a quadratic step would take minutes here, so finishing at all is the check.
		expect(performance.now() - started).toBeLessThan(20_000);
	});
});

describe("readToolOutput", () => {
	it("lists each candidate once, in the order first measured, detail lines and section titles aside", () => {
		expect(readToolOutput(BENCHMARK_JS, 3)).toEqual({ line: 3, labels: ["JSON.stringify", "lodash", "klona/full", "clone"], values: [53899, 46800, 55016, 92127], unit: "ops/sec" });
	});

	it("leaves out a lone line of the same shape: one setting is no run of results", () => {
		expect(readToolOutput(SCRIPT_PRINT, 1)?.labels).toEqual(["markdown", "mistune"]);
	});

	it("counts a case run another way for its candidate, and keeps a name with its own capital words apart", () => {
		expect(readToolOutput(MITATA, 1)?.labels).toEqual(["micro-template", "ejs", "John Resig's tmpl"]);
	});

	it("names no candidates in a listing of files, routes or packages drawn as a tree with their sizes", () => {
		expect(readToolOutput(BUILD_ROUTES, 1)).toBeNull();
		expect(readToolOutput(TREE, 1)).toBeNull();
		expect(readToolOutput(TREE_SIZES, 1)).toBeNull();
		// Results still read when the tool draws no tree.
		expect(readToolOutput(["marked        18.9 kB", "micromark     91.4 kB", "remarkable    90.9 kB"].join("\n"), 1)?.labels).toEqual(["marked", "micromark", "remarkable"]);
	});

	// Review2's divan-sort-bench: Rust's divan draws its results as a tree; their figures are times.
	it("reads a tree of results by the branch's entry, when its figures were measured on it", () => {
		const divan = [
			"Timer precision: 41 ns",
			"sort                  fastest       │ slowest       │ median        │ mean          │ samples │ iters",
			"├─ std_sort           112.4 µs      │ 201.3 µs      │ 118.2 µs      │ 121.7 µs      │ 100     │ 100",
			"├─ radsort            41.21 µs      │ 80.11 µs      │ 43.9 µs       │ 45.02 µs      │ 100     │ 100",
			"╰─ voracious_sort     38.77 µs      │ 72.4 µs       │ 40.3 µs       │ 41.8 µs       │ 100     │ 100",
		].join("\n");
		expect(readToolOutput(divan, 1)?.labels).toEqual(["std_sort", "radsort", "voracious_sort"]);
		// A listing's sizes and a summary line stay a listing's.
		expect(readMeasurement("├ chunks/main.js  31.5 kB")).toBeNull();
		expect(readMeasurement("+ First Load JS shared by all  87 ms")).toBeNull();
	});

	it("names no candidates in a record printed per run, in statistics of several quantities or in settings", () => {
		expect(readToolOutput(HYPERFINE, 1)).toBeNull();
		// One run to a fence (heldout65's fd README): the brackets say which statistic each line prints.
		expect(readToolOutput(HYPERFINE.split("\n").slice(0, 3).join("\n"), 1)).toBeNull();
		expect(readMeasurement("  Range (min … max):    23.1 ms …  32.1 ms    96 runs")).toBeNull();
		// A remark in brackets that is no statistic's spread leaves a candidate as it was.
		expect(readToolOutput(["sqlite (WAL)     12 ms", "postgres (local)  30 ms"].join("\n"), 1)?.labels).toEqual(["sqlite (WAL)", "postgres (local)"]);
		expect(readToolOutput(YAML_STATS, 1)).toBeNull();
		expect(readToolOutput(SETTINGS, 1)).toBeNull();
	});
});

// heldout62's polka README: wrk prints a block per server, its name alone, then the same statistics.
const WRK_BLOCKS = [
	"Native",
	"    Thread Stats   Avg      Stdev     Max   +/- Stdev",
	"        Latency     1.96ms  119.06us   5.33ms   92.57%",
	"        Req/Sec    12.78k   287.46    13.13k    90.00%",
	"      508694 requests in 10.00s, 50.45MB read",
	"    Requests/sec:  50867.22",
	"    Transfer/sec:      5.05MB",
	"",
	"Polka",
	"    Thread Stats   Avg      Stdev     Max   +/- Stdev",
	"        Latency     1.98ms  119.26us   4.45ms   92.87%",
	"        Req/Sec    12.68k   287.74    13.05k    94.06%",
	"      509817 requests in 10.10s, 50.56MB read",
	"    Requests/sec:  50475.67",
	"    Transfer/sec:      5.01MB",
].join("\n");
// scc's YAML: a block per language, but of counts only.
const COUNTS_PER_KEY = ["Go:", "  code: 5186", "  comment: 273", "  blank: 1103", "Rust:", "  code: 812", "  comment: 40", "  blank: 99"].join("\n");

describe("readToolOutput, results printed as a block per candidate or with quoted names", () => {
	it("names each block's heading, with its first figure, when every block holds the same statistics", () => {
		expect(readToolOutput(WRK_BLOCKS, 1)).toEqual({ line: 1, labels: ["Native", "Polka"], values: [1.96, 1.98], unit: "ms" });
		const colonHeadings = ["protobuf-rs:", "  Throughput: 289,159 ops/sec", "  Memory: 45.3 MB", "", "protobuf.js:", "  Throughput: 92,102 ops/sec", "  Memory: 78.6 MB"].join("\n");
		expect(readToolOutput(colonHeadings, 1)?.labels).toEqual(["protobuf-rs", "protobuf.js"]);
	});

	it("names nothing from blocks of counts, of other statistics, from one block, or from a command's heading", () => {
		expect(readToolOutput(COUNTS_PER_KEY, 1)).toBeNull();
		// The review's status dumps: environments of a config, `docker stats`, a CI summary. Sizes, shares
		// and durations under each name, but no rate: records of the one system, not results of a load test.
		const environments = ["staging:", "  timeout: 30s", "  memory: 512 MB", "  replicas: 2", "production:", "  timeout: 60s", "  memory: 2048 MB", "  replicas: 6"].join("\n");
		expect(readToolOutput(environments, 1)).toBeNull();
		const dockerStats = ["api", "    CPU %      12.5%", "    MEM USAGE  512 MiB", "worker", "    CPU %      71.0%", "    MEM USAGE  1.2 GiB"].join("\n");
		expect(readToolOutput(dockerStats, 1)).toBeNull();
		const ciStages = ["build", "    duration   4.2 min", "    cache hit  87%", "test", "    duration   9.8 min", "    cache hit  64%"].join("\n");
		expect(readToolOutput(ciStages, 1)).toBeNull();
		const differing = ["alpha", "  Latency  1.2ms", "beta", "  Throughput  300 req/s"].join("\n");
		expect(readToolOutput(differing, 1)).toBeNull();
		expect(readToolOutput(WRK_BLOCKS.split("\n").slice(0, 7).join("\n"), 1)).toBeNull();
		expect(readToolOutput(HYPERFINE, 1)).toBeNull();
	});

	// heldout62's uvu README: `~> "ava"   took   594ms  (  ???  )`.
	it("names a candidate by its quoted name when every line says the same words around it", () => {
		const quoted = ['~> "ava"   took   594ms  (  ???  )', '~> "jest"  took   962ms  (356  ms)', '~> "uvu"   took    72ms  (  1.3ms)'].join("\n");
		expect(readToolOutput(quoted, 1)?.labels).toEqual(["ava", "jest", "uvu"]);
		// Other words around the quotes: the lines are told apart by more than the quoted part.
		const mixed = ['parse "a.json"   12ms', 'write "a.json"   30ms'].join("\n");
		expect(readToolOutput(mixed, 1)?.labels).toEqual(['parse "a.json"', 'write "a.json"']);
	});
});

describe("tool output in a note", () => {
	const model = (text: string) => buildNoteModel({ path: "Bench.md", text }, NO_VAULT);

	it("gives a benchmark README whose only comparison is console output its candidates, and no chart or problem", () => {
		const note = model(`# Deep clone\n\nklona is fast.\n\n\`\`\`\n${BENCHMARK_JS}\n\`\`\`\n`);
		// "klona/full" stays whole: no line measures "klona" on its own.
		expect(note.frameworks).toEqual(["JSON.stringify", "lodash", "klona/full", "clone"]);
		expect(note.charts).toEqual([]);
		expect(note.problems).toEqual([]);
	});

	it("reads nothing from a YAML fence, whatever its numbers", () => {
		expect(model(`# Config\n\n\`\`\`yaml\nparser_a: 1.5\nparser_b: 2.5\n\`\`\`\n`).frameworks).toEqual([]);
	});

	it("names a bar plot's cases written as code by the package each calls, without its quotes", () => {
		const plot = [
			"                                      ┌                                   ┐",
			"            'view-ignored'.scan(Git) ┤■■■ 2.59 ms",
			"     'view-ignored'.browserScan(Git) ┤■■■ 2.52 ms",
			"      'ignore-walk'.walk(.gitignore) ┤■■■■■■■■■■■■■■■■■■■■■■■■■■ 12.73 ms",
			"     'npm-packlist'(preparedArbTree) ┤■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■ 28.75 ms",
			"                                      └                                   ┘",
		].join("\n");
		const note = model(`# Scan\n\n\`\`\`txt\n${plot}\n\`\`\`\n`);
		expect(note.frameworks).toEqual(["view-ignored", "ignore-walk", "npm-packlist"]);
	});
});

