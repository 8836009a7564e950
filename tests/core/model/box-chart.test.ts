import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBoxChart } from "../../../src/core/model/box-chart";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";
import { parseChartCell } from "../../../src/core/model/chart-number";
import { parseChartTitle } from "../../../src/core/model/chart-title";
import { SEED_CHART_FENCE } from "../../fixtures/seed-chart";

const SEED_CHART = SEED_CHART_FENCE;

/** The chart a fence's text reads as, or its issues. */
function parseChartText(text: string, fenceLine = 0) {
	const parsed = parseBoxChart(text, fenceLine);
	return parsed.ok ? { ok: true as const, value: parsed.value.chart } : parsed;
}

describe("parseChartText", () => {
	it("reads the seed's ragged single-line box", () => {
		const result = parseChartText(SEED_CHART, 45);
		expect(result).toEqual({
			ok: true,
			value: {
				line: 45,
				title: "RESNET-50 Training Performance",
				unit: "images/sec",
				better: "higher",
				rowLabels: ["JAX/Flax", "PyTorch", "TensorFlow"],
				columnLabels: ["NVIDIA V100", "NVIDIA A100", "TPU v4-8"],
				values: [
					[390, 850, 3200],
					[380, 820, null],
					[350, 780, 2900],
				],
				frameworks: [],
			},
		});
	});

	it("reads a lower-is-better chart drawn with heavy lines", () => {
		const text = `Cold start latency (ms, lower is better)
┏━━━━━━━━━┳━━━━━━━━┳━━━━━━━━━┓
┃ Runtime ┃ p50    ┃ p99     ┃
┣━━━━━━━━━╋━━━━━━━━╋━━━━━━━━━┫
┃ Deno    ┃  12.5  ┃   48.0  ┃
┃ Bun     ┃   8.1  ┃   —     ┃
┃ Node.js ┃  21.3  ┃  102.7  ┃
┗━━━━━━━━━┻━━━━━━━━┻━━━━━━━━━┛`;
		const result = parseChartText(text);
		expect(result.ok && result.value).toMatchObject({
			title: "Cold start latency",
			unit: "ms",
			better: "lower",
			rowLabels: ["Deno", "Bun", "Node.js"],
			columnLabels: ["p50", "p99"],
			values: [
				[12.5, 48],
				[8.1, null],
				[21.3, 102.7],
			],
		});
	});

	it("reads a double-line chart whose labels have thousands separators", () => {
		const text = `Bulk insert throughput (rows/sec, higher is better)
╔════════════╦══════════════╦════════════════╗
║ Database   ║ Batch of 100 ║ Batch of 1,000 ║
╠════════════╬══════════════╬════════════════╣
║ PostgreSQL ║       18,400 ║         96,500 ║
║ SQLite     ║       22,700 ║      1,143,000 ║
╚════════════╩══════════════╩════════════════╝`;
		const result = parseChartText(text);
		expect(result.ok && result.value).toMatchObject({
			unit: "rows/sec",
			columnLabels: ["Batch of 100", "Batch of 1,000"],
			values: [
				[18400, 96500],
				[22700, 1143000],
			],
		});
	});

	it("reads an ASCII +---+ chart with decimals, thousands separators and gaps", () => {
		const text = `Monthly cost (USD)
+-----------+----------+-----------+
| Provider  | Small    | Large     |
+-----------+----------+-----------+
| AWS       | 1,250.75 | 12,400    |
| GCP       |   980.5  |           |
| Azure     | n/a      | 11,999.99 |
+-----------+----------+-----------+`;
		const result = parseChartText(text);
		expect(result.ok && result.value).toMatchObject({
			title: "Monthly cost",
			unit: "USD",
			better: null,
			rowLabels: ["AWS", "GCP", "Azure"],
			values: [
				[1250.75, 12400],
				[980.5, null],
				[null, 11999.99],
			],
		});
	});

	it("keeps how each value is written, for the views to print it so: decimals, separators, a scale suffix", () => {
		const text = `+-----------+----------+-------+
| Provider  | Small    | Large |
+-----------+----------+-------+
| AWS       | 1,250.75 | 90k   |
| GCP       |   980.50 | 1.5M  |
| Azure     | n/a      | 12.4  |
+-----------+----------+-------+`;
		const result = parseBoxChart(text, 1);
		const form = (decimals: number, grouping = false, suffix: string | null = null) => ({ decimals, grouping, suffix });
		expect(result.ok && result.value.written).toEqual([
			[form(2, true), form(0, false, "k")],
			[form(2), form(1, false, "M")],
			[null, form(1)],
		]);
		expect(result.ok && result.value.chart.values[1]).toEqual([980.5, 1500000]);
	});

	it("reads a chart with mixed line styles and no title", () => {
		const text = `╒══════╤═════╕
│ Lang │ LOC │
╞══════╪═════╡
│ Rust │ 120 │
│ Go   │ 95  │
╘══════╧═════╛`;
		const result = parseChartText(text);
		expect(result.ok && result.value).toMatchObject({ title: null, unit: null, rowLabels: ["Rust", "Go"], columnLabels: ["LOC"], values: [[120], [95]] });
	});

	it("takes a caption drawn across the box above the header's columns for the title, and figures marked as the best for figures", () => {
		const text = `┌──────────────────────────────────────────────┐
│       Python Benchmark (100k records)        │
├──────────────┬─────────┬──────────┬──────────┤
│   Approach   │  Write  │ Read     │ Random   │
├──────────────┼─────────┼──────────┼──────────┤
│ ZDS Native   │ 4.66M ★ │    292k  │   308k ★ │
│ SQLite       │  237k   │    267k  │    88k   │
│ Pandas CSV   │  205k   │    957k ★│   227k   │
└──────────────┴─────────┴──────────┴──────────┘`;
		const result = parseChartText(text);
		expect(result.ok && result.value).toMatchObject({
			title: "Python Benchmark",
			unit: "100k records",
			rowLabels: ["ZDS Native", "SQLite", "Pandas CSV"],
			columnLabels: ["Write", "Read", "Random"],
			values: [
				[4_660_000, 292_000, 308_000],
				[237_000, 267_000, 88_000],
				[205_000, 957_000, 227_000],
			],
		});
	});

	it("takes a caption above a header of figures set off by a rule (model sizes, years) for the title", () => {
		const text = `┌──────────────────────────────────────┐
│   Tokens per second by model size    │
├────────────┬────────┬────────┬───────┤
│ Engine     │ 7B     │ 13B    │ 70B   │
├────────────┼────────┼────────┼───────┤
│ llama.cpp  │ 95     │ 52     │ 11    │
│ vLLM       │ 140    │ 80     │ 19    │
└────────────┴────────┴────────┴───────┘`;
		const result = parseChartText(text);
		expect(result.ok && result.value).toMatchObject({ title: "Tokens per second by model size", rowLabels: ["llama.cpp", "vLLM"], columnLabels: ["7B", "13B", "70B"] });
	});

	it("keeps a one-cell first row over rows each ruled off as the box's header, and reports the rows", () => {
		const text = `┌─────────────────────┐
│ Requests per second │
├──────────┬──────────┤
│ Express  │ 15000    │
├──────────┼──────────┤
│ Fastify  │ 45000    │
├──────────┼──────────┤
│ Koa      │ 20000    │
└──────────┴──────────┘`;
		const result = parseChartText(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.issues.map((issue) => issue.message)).toEqual([expect.stringContaining('"Express"'), expect.stringContaining('"Fastify"'), expect.stringContaining('"Koa"')]);
	});

	it("keeps a one-cell first row over rows of figures as the box's header, and reports the rows that do not fit it", () => {
		const text = `┌─────────────────────────┐
│   Requests per second   │
├─────────────┬───────────┤
│ Fastify     │ 30000     │
│ Express     │ 12000     │
└─────────────┴───────────┘`;
		const result = parseChartText(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.issues.map((issue) => issue.message)).toEqual([expect.stringContaining('"Fastify"'), expect.stringContaining('"Express"')]);
	});

	it("reports a ragged chart as unreadable, on the line of the bad row", () => {
		const text = `Throughput (req/s)
┌──────────┬──────┬──────┐
│ Server   │ 1 KB │ 1 MB │
├──────────┼──────┼──────┤
│ nginx    │ 9000 │ 120  │
│ Caddy    │ 8100 │
│ Apache   │ 7000 │ 95   │
└──────────┴──────┴──────┘`;
		expect(parseChartText(text, 10)).toEqual({
			ok: false,
			issues: [{ line: 16, kind: "unreadable", message: expect.stringContaining('"Caddy"') as string }],
		});
	});

	it("reports words where numbers belong as unreadable", () => {
		const text = `┌────────┬──────┐
│ Tool   │ Time │
├────────┼──────┤
│ make   │ 12   │
│ ninja  │ fast │
└────────┴──────┘`;
		const result = parseChartText(text, 1);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.issues[0]).toMatchObject({ line: 6, kind: "unreadable" });
	});

	it("passes over a column without a number, and tells rows of one label apart by what it says", () => {
		const text = [
			"+------------------+---------+---------+---------------+",
			"| package          | version | dialect | duration (MS) |",
			"+------------------+---------+---------+---------------+",
			"| erusev/parsedown | 1.7.1   | gfm     | 1067          |",
			"| cebe/markdown    | 1.2.1   |         | 1353          |",
			"| cebe/markdown    | 1.2.1   | extra   | 1445          |",
			"| cebe/markdown    | 1.2.1   | gfm     | 1573          |",
			"+------------------+---------+---------+---------------+",
		].join("\n");
		const result = parseChartText(text);
		expect(result.ok && result.value.columnLabels).toEqual(["duration (MS)"]);
		expect(result.ok && result.value.rowLabels).toEqual(["erusev/parsedown", "cebe/markdown", "cebe/markdown (extra)", "cebe/markdown (gfm)"]);
		expect(result.ok && result.value.values).toEqual([[1067], [1353], [1445], [1573]]);
		// A word in a column of numbers is still reported, on its line.
		const typo = parseChartText(text.replace("1445 ", "fast "));
		expect(typo.ok).toBe(false);
		expect(!typo.ok && typo.issues[0]).toMatchObject({ line: 6, kind: "unreadable" });
		// Words in every cell under a measure are bad input, reported, not a description passed over.
		const words = parseChartText(
			["┌─────────┬───────┬──────────┐", "│ Library │ ops/s │ p99 (ms) │", "├─────────┼───────┼──────────┤", "│ fastify │ 7600  │ fast     │", "│ express │ 2100  │ slow     │", "└─────────┴───────┴──────────┘"].join("\n"),
		);
		expect(words.ok).toBe(false);
		expect(!words.ok && words.issues.map((issue) => issue.line)).toEqual([4, 5]);
	});

	it("does not take a box diagram of words for a chart", () => {
		const diagram = `┌─────────┐      ┌──────────┐
│ Python  │ ───▶ │  XLA HLO │
└─────────┘      └──────────┘`;
		const grid = `┌───────┬──────────┐
│ Stage │ Tool     │
├───────┼──────────┤
│ Build │ esbuild  │
│ Test  │ vitest   │
└───────┴──────────┘`;
		for (const text of [diagram, grid]) {
			const result = parseChartText(text);
			expect(result.ok).toBe(false);
			expect(!result.ok && result.issues.every((issue) => issue.kind === "not-a-chart")).toBe(true);
		}
	});

	it("takes a grid of more words than numbers for a table drawn with lines, and says nothing of its words", () => {
		const drawnTable = [
			"┌──────────────────┬──────────────┬──────────────┬──────────────┐",
			"│    CRITÈRE       │   MANTIS     │     JIRA     │  SALESFORCE  │",
			"├──────────────────┼──────────────┼──────────────┼──────────────┤",
			"│ Coût 3 ans       │    0 USD     │ 27 000 USD   │ 540 000 USD  │",
			"│ Workflow         │   ❌ Non     │  ⚠️ Générique │   ✅ Oui     │",
			"│ Analytics ML     │   ❌ Non     │  ⚠️ Basique  │   ✅ Oui     │",
			"│ Portail Client   │   ❌ Non     │   ❌ Non     │   ✅ Oui     │",
			"└──────────────────┴──────────────┴──────────────┴──────────────┘",
		].join("\n");
		const result = parseChartText(drawnTable);
		expect(!result.ok && result.issues.map((issue) => issue.kind)).toEqual(["not-a-chart"]);
		// A few words among the figures are still slips in a chart, reported on their lines.
		const chart = ["┌─────────┬──────┬──────┐", "│ Library │ CPU  │ GPU  │", "├─────────┼──────┼──────┤", "│ JAX     │ 390  │ fast │", "│ PyTorch │ 380  │ 350  │", "└─────────┴──────┴──────┘"].join("\n");
		const slips = parseChartText(chart);
		expect(!slips.ok && slips.issues.map((issue) => [issue.kind, issue.line])).toEqual([["unreadable", 4]]);
		// One word again and again where runs gave no figure is still a chart, and the reader is told where.
		const timeouts = [
			"┌──────────┬────────┬─────────┬─────────┐",
			"│ Solver   │ small  │ medium  │ large   │",
			"├──────────┼────────┼─────────┼─────────┤",
			"│ Gurobi   │ 0.4    │ 12.1    │ 340     │",
			"│ CPLEX    │ 0.5    │ timeout │ timeout │",
			"│ HiGHS    │ timeout│ timeout │ timeout │",
			"│ CBC      │ timeout│ timeout │ timeout │",
			"└──────────┴────────┴─────────┴─────────┘",
		].join("\n");
		// A feature grid's yes and no are its answers: a table drawn with lines, with nothing said.
		const answers = [
			"┌──────────────┬────────┬──────┬───────┐",
			"│ Feature      │ restic │ borg │ kopia │",
			"├──────────────┼────────┼──────┼───────┤",
			"│ Encryption   │ yes    │ yes  │ yes   │",
			"│ Compression  │ yes    │ yes  │ yes   │",
			"│ Mount        │ yes    │ yes  │ no    │",
			"│ Speed (MB/s) │ 210    │ 180  │ 250   │",
			"└──────────────┴────────┴──────┴───────┘",
		].join("\n");
		const grid = parseChartText(answers);
		expect(!grid.ok && grid.issues.map((issue) => issue.kind)).toEqual(["not-a-chart"]);
		const solvers = parseChartText(timeouts);
		expect(!solvers.ok && solvers.issues.map((issue) => [issue.kind, issue.line])).toEqual([
			["unreadable", 5],
			["unreadable", 6],
			["unreadable", 7],
		]);
	});

	it("does not take code for a chart", () => {
		const code = "import jax\nmask = a | b\nprint(x | y)\n";
		const result = parseChartText(code);
		expect(!result.ok && result.issues.map((issue) => issue.kind)).toEqual(["not-a-chart"]);
	});

	it("never throws, on any text", () => {
		const boxChars = fc.constantFrom(..."│┃║|─━═-+┌┐└┘┏┓╔╗╚╝├┤┼╋╬ \n0123456789,.N/A—abc");
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.array(boxChars, { maxLength: 200 }).map((chars) => chars.join(""))), (text) => {
				const result = parseChartText(text);
				expect(typeof result.ok).toBe("boolean");
			}),
		);
	});
});

describe("the lines above a box", () => {
	const grid = ["┌────────┬─────────┐", "│ node   │ 136396  │", "│ hono   │ 44563   │", "│ remix  │ 41326   │", "└────────┴─────────┘"];

	it("takes no title from the settings a tool printed above its grid, one to a line", () => {
		const result = parseChartText(["CPU:             AMD Ryzen 9 9950X3D", "Node.js:         v24.12.0", "OHA:             1.12.0", "", ...grid].join("\n"), 1);
		expect(result.ok && result.value.title).toBe(null);
	});

	it("still takes a title written with a colon alone above the grid, or after a line that is no setting", () => {
		const alone = parseChartText(["Requests per second: wrk, 30 s", ...grid].join("\n"), 1);
		expect(alone.ok && alone.value.title).toBe("Requests per second: wrk, 30 s");
		const after = parseChartText(["Measured on a laptop.", "Throughput: req/s", ...grid].join("\n"), 1);
		expect(after.ok && after.value.title).toBe("Throughput: req/s");
	});

	it("takes a title that gives its unit and which way is better, though a setting stands above it", () => {
		const result = parseChartText(["Machine: Apple M2, 16 GB", "Benchmark: parse 1 MB (ops/s, higher is better)", ...grid].join("\n"), 1);
		expect(result.ok && [result.value.title, result.value.unit, result.value.better]).toEqual(["Benchmark: parse 1 MB", "ops/s", "higher"]);
	});
});

describe("a table printed by Node's console.table", () => {
	it("reads the labels after the (index) column and the quoted values, and names each task by what comes before its colon", () => {
		const text = [
			"--- Parse 1,000 rows ---",
			"┌─────────┬───────────────────────────┬──────────────────┬─────────┐",
			"│ (index) │ Task name                 │ Latency avg (ns) │ Samples │",
			"├─────────┼───────────────────────────┼──────────────────┼─────────┤",
			"│ 0       │ 'csv-fast: Parse 1k rows' │ '1200 ± 0.59%'   │ 63      │",
			"│ 1       │ 'papaparse: Parse 1k rows'│ '3400 ± 1.37%'   │ 169     │",
			"│ 2       │ 'd3-dsv: Parse 1k rows'   │ '2100 ± 0.46%'   │ 105     │",
			"└─────────┴───────────────────────────┴──────────────────┴─────────┘",
		].join("\n");
		const parsed = parseBoxChart(text, 10);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value.chart.rowLabels).toEqual(["csv-fast: Parse 1k rows", "papaparse: Parse 1k rows", "d3-dsv: Parse 1k rows"]);
		expect(parsed.value.chart.columnLabels).toEqual(["Latency avg (ns)", "Samples"]);
		expect(parsed.value.chart.values).toEqual([[1200, 63], [3400, 169], [2100, 105]]);
		const model = buildNoteModel({ path: "bench.md", text: ["# Benchmarks", "", "```sh", text, "```"].join("\n") }, NO_VAULT);
		expect(model.charts[0]?.frameworks).toEqual(["csv-fast", "papaparse", "d3-dsv"]);
	});

	it("keeps a first column of numbers that do not count the rows as the labels", () => {
		const text = ["┌──────┬──────┐", "│ Year │ Stars│", "├──────┼──────┤", "│ 2021 │ 10   │", "│ 2022 │ 20   │", "│ 2023 │ 30   │", "└──────┴──────┘"].join("\n");
		const parsed = parseBoxChart(text);
		expect(parsed.ok && parsed.value.chart.rowLabels).toEqual(["2021", "2022", "2023"]);
	});
});

describe("chart cells and titles", () => {
	it.each([
		["1,250", 1250],
		["12.5", 12.5],
		["3200", 3200],
		["-4.5", -4.5],
		["~390", 390],
		["85%", 85],
		["2.5x", 2.5],
		["1.2k", 1200],
		[".5", 0.5],
	])("reads %s as %d", (text, value) => {
		expect(parseChartCell(text)).toEqual({ kind: "number", value });
	});

	it.each(["N/A", "n/a", "—", "–", "-", "", "  "])("reads %j as a gap", (text) => {
		expect(parseChartCell(text)).toEqual({ kind: "missing" });
	});

	it.each(["12,5,7", "fast", "TPU v4-8", "1,25,000"])("does not read %j as a number", (text) => {
		expect(parseChartCell(text)).toEqual({ kind: "text" });
	});

	it.each([
		["RESNET-50 Training Performance (images/sec, higher is better)", "RESNET-50 Training Performance", "images/sec", "higher"],
		["Latency (lower is better)", "Latency", null, "lower"],
		["Memory use (GB; less is better)", "Memory use", "GB", "lower"],
		["Tokens per second (tok/s)", "Tokens per second", "tok/s", null],
		["Build time - smaller is better", "Build time", null, "lower"],
		["Plain title", "Plain title", null, null],
		// The direction in the note's own language.
		["Preis (€, niedriger ist besser)", "Preis", "€", "lower"],
		["Durchsatz (je höher, desto besser)", "Durchsatz", null, "higher"],
		["Время сборки — чем меньше, тем лучше", "Время сборки", null, "lower"],
		["Latence (ms, plus bas est mieux)", "Latence", "ms", "lower"],
		["Rendimiento (ops/s, más alto es mejor)", "Rendimiento", "ops/s", "higher"],
		["推理速度（越高越好）", "推理速度", null, "higher"],
		["吞吐量（次/秒，越高越好）", "吞吐量", "次/秒", "higher"],
		["推理速度 (tokens/s, 越高越好)", "推理速度", "tokens/s", "higher"],
		["ビルド時間 (秒, 小さいほど良い)", "ビルド時間", "秒", "lower"],
		["응답 시간 - 낮을수록 좋음", "응답 시간", null, "lower"],
		// A unit that happens to read like a word of such a phrase stays the unit.
		["Price (mehr)", "Price", "mehr", null],
	])("reads the title line %j", (line, title, unit, better) => {
		expect(parseChartTitle(line)).toEqual({ title, unit, better });
	});
});
