import { describe, expect, it } from "vitest";
import { fenceLanguage, readCandidate } from "../../../src/core/model/chart-candidate";

/** How a fence is drawn, when it is drawn as a chart at all. */
const chartCandidate = (language: string, text: string) => readCandidate(language, text)?.drawn ?? null;
import { readFenceChart } from "../../../src/core/model/fence-chart";
import { SEED_CHART_FENCE } from "../../fixtures/seed-chart";

// Console output as benchmark READMEs paste it into plain or txt fences.
const BENCHMARK_OUTPUT = [
	"> node bench.mjs",
	"commonmark  @ 0.30.0 x 1,702 ops/sec ±0.31% (96 runs sampled)",
	"markdown-it @ 13.0.1 x 790 ops/sec ±0.83% (92 runs sampled)",
	"marked      @ 4.0.15 x 741 ops/sec ±1.02% (95 runs sampled)",
	"",
	"commonmark @ 0.30.0 is fastest!",
].join("\n");
const LOG_TABLE = [
	"2024-05-01T12:00:01Z | INFO | GET /api/users   | 200 | 12 ms",
	"2024-05-01T12:00:02Z | WARN | GET /api/items   | 500 | 1,250 ms",
	"2024-05-01T12:00:02Z | INFO | POST /api/login  | 201 | 48 ms",
].join("\n");
const RULED_LOG = ["----------------------------------------------", ...LOG_TABLE.split("\n"), "----------------------------------------------"].join("\n");
const BARS = ["JAX        ████████▌ 390", "PyTorch    ███████▋  380", "TensorFlow ███████   350"].join("\n");
const RAGGED_BOX = ["Throughput (req/s)", "+---------+------+------+", "| Server  | 1 KB | 1 MB |", "+---------+------+------+", "| nginx   | 9000 | 120  |", "| Caddy   | 8100 |", "+---------+------+------+"].join("\n");

describe("chartCandidate", () => {
	it("takes a fence drawn as a grid, with borders where columns meet, for a grid", () => {
		expect(chartCandidate("", SEED_CHART_FENCE)).toBe("grid");
		expect(chartCandidate("txt", RAGGED_BOX)).toBe("grid");
	});

	it("takes a fence drawn with bars for bars", () => {
		expect(chartCandidate("", BARS)).toBe("bars");
		expect(chartCandidate("text", `Throughput (req/s)\n\n${BARS}\n`)).toBe("bars");
	});

	it("takes two bars under a ruled title and over an axis of ticks for bars, as a benchmark report draws them", () => {
		const report = [
			"Requests per Second (higher is better)",
			"──────────────────────────────────────────────",
			"",
			"Hono       ████████████████████████████████████████ 58,304",
			"bunWay     ███████████████████████████ 39,256",
			"",
			"          0        14,576       29,152       43,728       58,304",
		].join("\n");
		expect(chartCandidate("", report)).toBe("bars");
		const chart = readFenceChart("", report, 21);
		expect(chart.ok && chart.value.chart.rowLabels).toEqual(["Hono", "bunWay"]);
		expect(chart.ok && chart.value.chart.values).toEqual([[58304], [39256]]);
		// Ticks that fall are no axis but a line of text, and the text then outweighs the bars; so do rising
		// numbers anywhere but the fence's last line (a training log's counts between its progress bars).
		const falling = report.replace("0        14,576       29,152       43,728       58,304", "58,304   43,728   29,152   14,576   0");
		expect(chartCandidate("", falling)).toBeNull();
		const log = ["epoch 1/5  ████████████ 100%", "1 2 3 4 5", "epoch 2/5  ████████████ 100%", "100 200 300", "done"].join("\n");
		expect(chartCandidate("", log)).toBeNull();
	});

	it("takes no console output, log table or log between plain rules for a chart", () => {
		for (const text of [BENCHMARK_OUTPUT, LOG_TABLE, RULED_LOG]) {
			for (const language of ["", "txt", "text", "plain"]) expect(chartCandidate(language, text)).toBeNull();
		}
	});

	it("takes no grid drawn with + and |, no bars of # or =, and no progress log in a shell, console or code fence", () => {
		const hashes = ["JAX        ######## 390", "PyTorch    #######  380", "TensorFlow ######   350"].join("\n");
		const progress = ["$ python train.py", "Epoch 1: 100%|██████████| 10/10 [00:01<00:00, 9.1it/s]", "Epoch 2: 100%|██████████| 10/10 [00:01<00:00, 9.3it/s]", "Epoch 3: 100%|██████████| 10/10 [00:01<00:00, 9.2it/s]", "loss 0.12"].join("\n");
		for (const language of ["shell", "sh", "bash", "console", "python", "js"]) {
			expect(chartCandidate(language, RAGGED_BOX)).toBeNull();
			expect(chartCandidate(language, hashes)).toBeNull();
			expect(chartCandidate(language, progress)).toBeNull();
		}
	});

	it("takes bars of block characters, each with its number, pasted into a shell fence, and keeps quiet about them", () => {
		const withFailure = [BARS, "Remix      ❌ 0"].join("\n");
		for (const language of ["shell", "bash", "console"]) {
			expect(readCandidate(language, BARS)).toEqual({ drawn: "bars", quiet: true });
			expect(readCandidate(language, withFailure)).toEqual({ drawn: "bars", quiet: true });
		}
		// A download log's bars stand among its other lines; a disk-usage tree draws with box characters.
		const pull = [
			"$ ollama pull llama3",
			"pulling manifest",
			"pulling 6a0746a1ec1a... 100% ▕████████████████▏ 4.7 GB",
			"pulling 4fa551d4f938... 100% ▕████████████████▏  12 KB",
			"pulling 8ab4849b038c... 100% ▕████████████████▏  254 B",
			"verifying sha256 digest",
			"success",
		].join("\n");
		const tree = [" 1.1G   ┌── node_modules │██████████████   │  45%", " 640M   ├── target       │████████         │  26%", " 2.4G ┌─┴ .              │████████████████ │ 100%"].join("\n");
		expect(chartCandidate("bash", pull)).toBeNull();
		expect(chartCandidate("bash", tree)).toBeNull();
		// Bars without their numbers are a program's progress or a drawing: a shell fence must write what each measures.
		expect(chartCandidate("bash", ["JAX        ████████▌", "PyTorch    ███████▋", "TensorFlow ███████"].join("\n"))).toBeNull();
	});

	it("takes a grid drawn with box-drawing characters in any fence, since no code is written so", () => {
		for (const language of ["sh", "python", "console"]) expect(chartCandidate(language, SEED_CHART_FENCE)).toBe("grid");
	});

	it("always takes a comparison-chart fence for a chart", () => {
		expect(chartCandidate("comparison-chart", BENCHMARK_OUTPUT)).toBe("grid");
		expect(chartCandidate("comparison-chart", BARS)).toBe("bars");
	});

	it("reads the language from the fence's info string", () => {
		expect(fenceLanguage(" TXT title=x")).toBe("txt");
		expect(fenceLanguage("")).toBe("");
	});
});

describe("readFenceChart", () => {
	it("has nothing to report about a fence that is not drawn as a chart", () => {
		const result = readFenceChart("txt", BENCHMARK_OUTPUT, 4);
		expect(!result.ok && result.issues.map((issue) => issue.kind)).toEqual(["not-a-chart"]);
	});

	it("reads grids and bars alike into the chart model", () => {
		const grid = readFenceChart("", SEED_CHART_FENCE, 45);
		const bars = readFenceChart("", BARS, 45);
		expect(grid.ok && grid.value.chart.rowLabels).toEqual(["JAX/Flax", "PyTorch", "TensorFlow"]);
		expect(bars.ok && bars.value.chart.values).toEqual([[390], [380], [350]]);
	});

	it("reads a box-drawn grid pasted into a code fence, and keeps quiet when it cannot be read", () => {
		const grid = readFenceChart("python", SEED_CHART_FENCE, 45);
		expect(grid.ok && grid.value.chart.rowLabels).toEqual(["JAX/Flax", "PyTorch", "TensorFlow"]);
		const ragged = SEED_CHART_FENCE.split("\n")
			.map((line, i) => (i === 4 ? line.slice(0, 12) : line))
			.join("\n");
		expect(readFenceChart("", ragged, 45).ok).toBe(false);
		const quiet = readFenceChart("sh", ragged, 45);
		expect(!quiet.ok && quiet.issues.map((issue) => issue.kind)).toEqual(["not-a-chart"]);
	});

	it("still reports a ragged grid", () => {
		const result = readFenceChart("txt", RAGGED_BOX, 10);
		expect(!result.ok && result.issues.map((issue) => [issue.line, issue.kind])).toEqual([[16, "unreadable"]]);
	});
});
