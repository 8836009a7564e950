import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBarChart } from "../../../src/core/model/bar-chart";
import { classifyBarLine, isReadableBar } from "../../../src/core/model/bar-lines";
import { readCandidate } from "../../../src/core/model/chart-candidate";

const chartOf = (text: string, fenceLine = 0) => {
	const result = parseBarChart(text, fenceLine);
	if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.issues)}`);
	return result.value.chart;
};

const plain = { decimals: 0, grouping: false, suffix: null };

describe("parseBarChart", () => {
	it("reads termgraph's bars of ▇ with a colon after each label and a title line above", () => {
		const chart = chartOf(["# 1000 rules / # of seconds", "", "cuallee: ▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇ 162.00", "pydeequ: ▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇ 322.00"].join("\n"));
		expect(chart.rowLabels).toEqual(["cuallee", "pydeequ"]);
		expect(chart.values).toEqual([[162], [322]]);
	});


	it("reads a remark written under a bar's track as that bar's, and an amount with spaced thousands before a remark", () => {
		const roi = [
			"Salesforce  ████████████████████████████████████████████████  540 000 USD",
			"            ↑ ÉCONOMIE : 535 500 USD ↑",
			"",
			"Jira        ████  27 000 USD",
			"            ↑ ÉCONOMIE : 22 500 USD ↑",
			"",
			"Django      █  4 500 USD  ✅ SOLUTION RETENUE",
			"",
			"Mantis      ▌ 0 USD (mais inadapté ❌)",
		].join("\n");
		const chart = chartOf(roi);
		expect(chart.rowLabels).toEqual(["Salesforce", "Jira", "Django", "Mantis"]);
		expect(chart.columnLabels).toEqual([""]);
		expect(chart.values).toEqual([[540000], [27000], [4500], [0]]);
		// Each amount keeps its thousands as written, 4 500 as 540 000.
		const read = parseBarChart(roi);
		expect(read.ok && read.value.written[2]).toEqual([{ decimals: 0, grouping: true, suffix: null, marks: { decimal: ",", group: " " } }]);
	});

	it("still heads a group with a line under a track that leads straight into its bars (`── Interpreted ──`)", () => {
		const centred = ["          ── Compiled ──", "Rust      ████████████████ 95", "Go        ██████████████ 85", "          ── Interpreted ──", "Python    ██ 12", "Ruby      █ 9"].join("\n");
		expect(chartOf(centred).columnLabels).toEqual(["── Compiled ──", "── Interpreted ──"]);
		const indented = [" Go      ██████████████ 85000", " Rust    ████████████████ 95000", "          Interpreted", " Python  ██ 12000", " Ruby    █ 9000"].join("\n");
		expect(chartOf(indented).columnLabels).toContain("Interpreted");
		// A remark under every bar, with no blank lines, is still each bar's remark.
		const noted = ["Salesforce  ████████████  540", "            ↑ costly ↑", "Jira        ████  27", "            ↑ cheaper ↑", "Django      █  4"].join("\n");
		expect(chartOf(noted).rowLabels).toEqual(["Salesforce", "Jira", "Django"]);
		expect(chartOf(noted).columnLabels).toEqual([""]);
		// A remark pointing at its bar, straight before the next bar, is still that bar's.
		const pointed = ["Rust    ████████████ 120 ms", "Go      █████████ 95 ms", "          ↑ GC pauses included", "Java    ██████ 60 ms", "Node    ████ 41 ms"].join("\n");
		expect(chartOf(pointed).columnLabels).toEqual([""]);
		expect(chartOf(pointed).rowLabels).toEqual(["Rust", "Go", "Java", "Node"]);
	});

	it("still heads a group with a line nearer the labels' edge than the bars, though no blank line parts it from the bar above", () => {
		const grouped = ["CPU", "  JAX      ███ 30", "  PyTorch  ██ 20", "GPU", "  JAX      █████ 50", "  PyTorch  ████ 40"].join("\n");
		const chart = chartOf(grouped);
		expect(chart.columnLabels).toEqual(["CPU", "GPU"]);
		expect(chart.values).toEqual([[30, 50], [20, 40]]);
	});

	it("reads block bars with the number written after them, as one unnamed column", () => {
		const text = ["JAX        ████████▌ 390", "PyTorch    ███████▋  380", "TensorFlow ███████   350", ""].join("\n");
		expect(parseBarChart(text, 12)).toEqual({
			ok: true,
			value: {
				chart: {
					line: 12,
					title: null,
					unit: null,
					better: null,
					rowLabels: ["JAX", "PyTorch", "TensorFlow"],
					columnLabels: [""],
					values: [[390], [380], [350]],
					frameworks: [],
				},
				cornerLabel: null,
				written: [[plain], [plain], [plain]],
			},
		});
	});

	it("reads shaded bars with an empty track, a title line with unit and direction, and the unit written after each value", () => {
		const text = [
			"Hello-world throughput (req/s, higher is better)",
			"",
			"Express   ▓▓▓▓▓▓▓▓░░░░  14,200 req/s",
			"Fastify   ▓▓▓▓▓▓▓▓▓▓▓▓  45,000 req/s",
			"Koa       ▓▓▓▓▓▓▓▓▓░░░  18,900 req/s",
		].join("\n");
		expect(chartOf(text)).toMatchObject({
			title: "Hello-world throughput",
			unit: "req/s",
			better: "higher",
			rowLabels: ["Express", "Fastify", "Koa"],
			values: [[14200], [45000], [18900]],
		});
	});

	it("takes the unit the values share when the title names none", () => {
		const text = ["Cold start", "deno  ██▌     12.5 ms", "bun   █▋      8.1 ms", "node  ████▎   21.3 ms"].join("\n");
		expect(chartOf(text)).toMatchObject({ title: "Cold start", unit: "ms", values: [[12.5], [8.1], [21.3]] });
	});

	it("reads values in parentheses, bars between bars, a colon after the label and blank lines between bars", () => {
		const text = ["Vite:     |████▏     | (1.2s)", "", "webpack:  |██████████| (4.8s)", "", "esbuild:  |▌         | (0.3s)"].join("\n");
		expect(chartOf(text)).toMatchObject({ unit: "s", rowLabels: ["Vite", "webpack", "esbuild"], values: [[1.2], [4.8], [0.3]] });
	});

	it("measures bars in blocks, eighths included, when no number is written, and gives no unit", () => {
		const text = ["Training speed (images/sec, higher is better)", "JAX        ████████▌", "PyTorch    ███████▋", "TensorFlow ███████", "MXNet      ▏"].join("\n");
		expect(chartOf(text)).toMatchObject({ unit: null, better: "higher", values: [[8.5], [7.625], [7], [0.125]] });
	});

	it("counts only the dark part of a shaded bar", () => {
		const text = ["Rust  ▓▓▓▓▓▓▓▓▒▒", "Go    ▓▓▓▓▓▒▒▒▒▒", "Zig   ▒▒▒▒▒▒░░░░"].join("\n");
		expect(chartOf(text).values).toEqual([[8], [5], [6]]);
	});

	it("reads ASCII bars that write their number", () => {
		const text = ["Build time (s, lower is better)", "make   ########             12", "ninja  #####                 7.5", "bazel  ##################### 31"].join("\n");
		expect(chartOf(text)).toMatchObject({ unit: "s", better: "lower", rowLabels: ["make", "ninja", "bazel"], values: [[12], [7.5], [31]] });
	});

	it("reads groups under heading lines as columns, with N/A and absent labels as gaps", () => {
		const text = [
			"ResNet-50 training (images/sec, higher is better)",
			"",
			"GPU:",
			"JAX        ████████▌ 390",
			"PyTorch    ███████▋  380",
			"TensorFlow ███████   350",
			"",
			"TPU:",
			"JAX        ████████████████ 3,200",
			"PyTorch    N/A",
			"TensorFlow ██████████████   2,900",
			"",
			"Edge TPU:",
			"TensorFlow █ 41",
		].join("\n");
		expect(chartOf(text)).toEqual({
			line: 0,
			title: "ResNet-50 training",
			unit: "images/sec",
			better: "higher",
			rowLabels: ["JAX", "PyTorch", "TensorFlow"],
			columnLabels: ["GPU", "TPU", "Edge TPU"],
			values: [
				[390, 3200, null],
				[380, null, null],
				[350, 2900, 41],
			],
			frameworks: [],
		});
	});

	it("takes a lone line above the first group for a heading when it is written like the others", () => {
		const text = ["GPU:", "JAX      ████ 390", "PyTorch  ███ 380", "TPU:", "JAX      ████████ 3200"].join("\n");
		expect(chartOf(text)).toMatchObject({ title: null, columnLabels: ["GPU", "TPU"], values: [[390, 3200], [380, null]] });
	});

	it("ends the chart at a second title, and leaves a caption below the bars out", () => {
		const text = ["Latency (ms, lower is better)", "Express  ███▌ 3.5", "Fastify  █▏ 1.2", "Fastest is Fastify", "", "Throughput (req/s)", "Express  ███ 14200"].join("\n");
		expect(chartOf(text)).toMatchObject({ title: "Latency", columnLabels: [""], rowLabels: ["Express", "Fastify"], values: [[3.5], [1.2]] });
	});

	it("keeps how each written value is written; a bar measured in blocks has no written form", () => {
		const written = parseBarChart(["Express   ▓▓▓▓▓▓▓▓░░░░  14,200 req/s", "Fastify   ▓▓▓▓▓▓▓▓▓▓▓▓  45.0k req/s", "Koa       N/A"].join("\n"));
		expect(written.ok && written.value.written).toEqual([[{ decimals: 0, grouping: true, suffix: null }], [{ decimals: 1, grouping: false, suffix: "k" }], [null]]);
		const measured = parseBarChart(["JAX      ████▌", "PyTorch  ███"].join("\n"));
		expect(measured.ok && measured.value.written).toEqual([[null], [null]]);
	});

	it("reports a word where a number belongs, on its line", () => {
		const text = ["Startup (s, lower is better)", "JAX        ████ fast", "PyTorch    ██▍  2.4", "TensorFlow ███  3.1"].join("\n");
		expect(parseBarChart(text, 20)).toEqual({
			ok: false,
			issues: [{ line: 22, kind: "unreadable", message: 'The bar "JAX" (line 22) has "fast" where a number (or N/A) should be.' }],
		});
	});

	it("reports a bar without a number among bars with numbers, and a label drawn twice in a group", () => {
		const text = ["JAX      ████ 390", "PyTorch  ███", "JAX      ███ 350"].join("\n");
		const result = parseBarChart(text, 1);
		expect(!result.ok && result.issues.map((issue) => [issue.line, issue.kind])).toEqual([
			[3, "unreadable"],
			[4, "unreadable"],
		]);
	});

	it("does not take benchmark output, a progress bar or code for a bar chart", () => {
		const output = ["commonmark  x 1,681 ops/sec ±0.22% (99 runs sampled)", "markdown-it x 771 ops/sec ±0.45% (96 runs sampled)", "Fastest is commonmark"].join("\n");
		const progress = ["100%|██████████| 10/10 [00:01<00:00,  9.52it/s]", "100%|██████████| 20/20 [00:02<00:00,  9.41it/s]"].join("\n");
		const code = ["if a == b:", "    x = 1", "### heading", "total === 3"].join("\n");
		for (const text of [output, progress, code]) {
			const result = parseBarChart(text);
			expect(!result.ok && result.issues.map((issue) => issue.kind)).toEqual(["not-a-chart"]);
		}
	});

	it("reads rating and progress bars drawn with symbols, a hollow symbol being the empty track", () => {
		// ⭐ written with and without the emoji selector U+FE0F counts the same.
		const stars = ["Deploy time", "Railway   ⭐⭐⭐⭐⭐", "Render    ⭐️⭐️⭐️⭐️", "Heroku    ⭐⭐⭐"].join("\n");
		expect(chartOf(stars)).toMatchObject({ title: "Deploy time", unit: null, rowLabels: ["Railway", "Render", "Heroku"], values: [[5], [4], [3]] });
		const rated = ["Docs:      ★★★★☆", "Speed:     ★★☆☆☆", "Ecosystem: ☆☆☆☆☆"].join("\n");
		expect(chartOf(rated)).toMatchObject({ rowLabels: ["Docs", "Speed", "Ecosystem"], values: [[4], [2], [0]] });
		const progress = ["Vue    🟩🟩🟩🟩⬜  80%", "Svelte 🟩🟩🟩⬜⬜  60%", "Solid  ▰▰▱▱▱  40%", "Qwik   ■■□□□  40%"].join("\n");
		expect(chartOf(progress)).toMatchObject({ unit: "%", rowLabels: ["Vue", "Svelte", "Solid", "Qwik"], values: [[80], [60], [40], [40]] });
	});

	it("reads a plotting tool's bar plot: the frame's corners are nothing, the axis tick ┤ stands between label and bar", () => {
		const plot = [
			"                  Population",
			"              ┌                                        ┐",
			"   Paris      ┤■■■■■■■■■ 2.24",
			"   New York   ┤■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■ 8.41",
			"   Madrid     ┤■■■■■■■■■■■■■■■ 3.27",
			"              └                                        ┘",
		].join("\n");
		expect(chartOf(plot)).toMatchObject({ title: "Population", rowLabels: ["Paris", "New York", "Madrid"], columnLabels: [""], values: [[2.24], [8.41], [3.27]] });
		const rounded = ["╭──────────────╮", "│ a ┤▰▰▰ 3      │", "│ b ┤▰ 1        │", "╰──────────────╯"].join("\n");
		expect(chartOf(rounded)).toMatchObject({ rowLabels: ["a", "b"], values: [[3], [1]] });
	});

	it("takes no list of symbols for bars: a bullet before the text, or words after the symbols", () => {
		for (const line of ["● install the CLI", "Status  ●  running", "Docs  ★★★★☆ great, with examples"]) expect(isReadableBar(classifyBarLine(line))).toBe(false);
		const reviews = ["Docs  ★★★★☆ great, with examples", "Speed ★★☆☆☆ slow on big files", "Tests ★★★☆☆ fine"].join("\n");
		expect(readCandidate("", reviews)).toBeNull();
		expect(readCandidate("", ["● install the CLI", "● run it", "● read the output"].join("\n"))).toBeNull();
	});

	it("reads progress bars in brackets between rules under a title, a remark after the share let go", () => {
		const chart = chartOf(
			[
				"Requests per second (one core)",
				"------------------------------------------",
				"Caddy      [██████████████████████████] 100% (baseline)",
				"nginx      [████████████████████████  ]  93%",
				"Traefik    [█████████████████         ]  65%",
				"------------------------------------------",
			].join("\n"),
		);
		expect(chart.title).toBe("Requests per second");
		expect(chart.unit).toBe("%");
		expect(chart.rowLabels).toEqual(["Caddy", "nginx", "Traefik"]);
		expect(chart.values).toEqual([[100], [93], [65]]);
	});

	it("reads the number written before the bar, a remark after it let go", () => {
		const chart = chartOf(["Bun:          112,400 req/s  ████████████████  (fastest)", "Deno:          71,800 req/s  ██████████", "Node.js:       48,300 req/s  ███████"].join("\n"));
		expect(chart.rowLabels).toEqual(["Bun", "Deno", "Node.js"]);
		expect(chart.values).toEqual([[112400], [71800], [48300]]);
		expect(chart.unit).toBe("req/s");
	});

	it("reads a bar of no length on the axis the others grow from, first or among them", () => {
		const text = ["chroma          | 2222.9", "chromem         |██████ 509835.4", "duckdb          | 0.0", "mizu_vector     |███████████████████████████████████ 2843701.9", "qdrant          | 54368.5", "sqlite          | 0.0"].join("\n");
		expect(readCandidate("", text)?.drawn).toBe("bars");
		const chart = chartOf(text);
		expect(chart.title).toBeNull();
		expect(chart.rowLabels).toEqual(["chroma", "chromem", "duckdb", "mizu_vector", "qdrant", "sqlite"]);
		expect(chart.values).toEqual([[2222.9], [509835.4], [0], [2843701.9], [54368.5], [0]]);
		// A line framed in a box under the bars is a remark in its frame, not a bar of nothing.
		const framed = chartOf(["Regular Route  ████████████ 35,937 req/s", "Feature        ███████████ 35,571 req/s", "", "│ Express average (14,124 req/s)        │"].join("\n"));
		expect(framed.rowLabels).toEqual(["Regular Route", "Feature"]);
		// A label and a number before the bars, off their axis, stays the title, a line apart or not.
		const titled = chartOf(["Results   2024", "", "JAX      ████████▌ 390", "PyTorch  ███████▋ 380"].join("\n"));
		expect(titled.title).toBe("Results   2024");
		expect(titled.rowLabels).toEqual(["JAX", "PyTorch"]);
		const total = chartOf(["Requests   12,000", "nginx      ████████ 9,000", "caddy      ███ 3,000"].join("\n"));
		expect(total.rowLabels).toEqual(["nginx", "caddy"]);
	});

	it("keeps lines about the run above the bars, and log lines beside two bars, out of the chart (review)", () => {
		// A colon ends a label; it is no axis the bars grow from.
		const disk = chartOf(["Total     : 512 GB", "Used      : 300 GB", "Photos    ████████████ 120 GB", "Videos    ████████ 80 GB", "Code      ██ 20 GB"].join("\n"));
		expect(disk.rowLabels).toEqual(["Photos", "Videos", "Code"]);
		// On the axis, but not measured as the bars are: the run's size, not a bar.
		const query = chartOf(["rows     | 1,000,000", "duckdb   |████ 120 ms", "polars   |██████ 180 ms", "pandas   |████████████████ 950 ms"].join("\n"));
		expect(query.rowLabels).toEqual(["duckdb", "polars", "pandas"]);
		expect(query.unit).toBe("ms");
		// Two bars among a log's lines on an axis of their own kind are no chart.
		expect(readCandidate("", ["step 100  | 0.93", "step 200  | 0.91", "step 300  | 0.88", "GPU0 ████████░░ 80%", "GPU1 ██████░░░░ 60%"].join("\n"))).toBeNull();
		// A bare number after a colon is part of the label: `threads: 4`.
		const threads = chartOf(["threads: 1 ████", "threads: 2 ████████", "threads: 4 ████████████████", "threads: 8 ██████████████████████"].join("\n"));
		expect(threads.rowLabels).toEqual(["threads: 1", "threads: 2", "threads: 4", "threads: 8"]);
	});

	it("reads the number after a label's colon and one space, where the longest label leaves no wider gap", () => {
		const chart = chartOf(["Локальная сеть:", "JetStreamProto: 1,200 Мбит/с ████████████", "QUIC:           1,100 Мбит/с ███████████", "gRPC:             800 Мбит/с ████████"].join("\n"));
		expect(chart.rowLabels).toEqual(["JetStreamProto", "QUIC", "gRPC"]);
		expect(chart.values).toEqual([[1200], [1100], [800]]);
		expect(chart.unit).toBe("Мбит/с");
		// French sets a space before the colon.
		const french = chartOf(["Redis : 120 000 op/s ████████████", "Valkey : 118 000 op/s ███████████", "KeyDB :  90 000 op/s █████████"].join("\n"));
		expect(french.rowLabels).toEqual(["Redis", "Valkey", "KeyDB"]);
		expect(french.values).toEqual([[120000], [118000], [90000]]);
		// The last colon parts them: what stands before it is the label, whole.
		const nested = chartOf(["Go: net/http: 12 ms ████", "Go: fasthttp:  8 ms ███"].join("\n"));
		expect(nested.rowLabels).toEqual(["Go: net/http", "Go: fasthttp"]);
		expect(nested.values).toEqual([[12], [8]]);
	});

	it("reads bars that write a rating after them, each on five as the cell reader reads it", () => {
		const difficulty = chartOf(
			["简单 ←────────→ 困难", "", "Node.js  ████░░░░░░ 1/5  最容易入门", "Go       ██████░░░░ 3/5  学习曲线平缓", "Rust     █████████░ 5/5  所有权概念陡峭"].join("\n"),
		);
		expect(difficulty.rowLabels).toEqual(["Node.js", "Go", "Rust"]);
		expect(difficulty.values).toEqual([[1], [3], [5]]);
		expect(difficulty.unit).toBe("out of 5");
		const tenths = chartOf(["Docs   ████████ 8/10", "Speed  █████ 5/10"].join("\n"));
		expect(tenths.values).toEqual([[4], [2.5]]);
		// A rating written under the bars without one is a remark, not a bar.
		const remark = chartOf(["JAX      ████████▌ 390", "PyTorch  ███████▋ 380", "Rating   8/10"].join("\n"));
		expect(remark.rowLabels).toEqual(["JAX", "PyTorch"]);
		// A rating of nothing has no bar to draw, and is still a bar of the chart.
		const zero = chartOf(["React  ████████ 4/5", "Vue    ██████ 3/5", "Ember           0/5"].join("\n"));
		expect(zero.rowLabels).toEqual(["React", "Vue", "Ember"]);
		expect(zero.values).toEqual([[4], [3], [0]]);
		// Under bars that write numbers, it is a remark.
		const failed = chartOf(["Axum     ████ 84", "Actix    █████ 92", "Express  ██ 31", "Failed   0/10"].join("\n"));
		expect(failed.rowLabels).toEqual(["Axum", "Actix", "Express"]);
	});

	it("takes no chart that sets ratings beside numbers, and says which bar is rated", () => {
		const mixed = parseBarChart(["Go    ████████ 85", "Rust  ██████████ 5/5", "Zig   ███ 30"].join("\n"));
		expect(mixed.ok).toBe(false);
		if (!mixed.ok) expect(mixed.issues.map((issue) => issue.message)).toEqual(['The bar "Rust" (line 2) has "5/5", a rating, where the other bars write numbers.']);
		// Among ratings, the number is the one out of place.
		const amongRatings = parseBarChart(["React  ████████ 4/5", "Vue    ██████ 3/5", "Svelte ███████ 85%"].join("\n"));
		expect(!amongRatings.ok && amongRatings.issues.map((issue) => issue.message)).toEqual(['The bar "Svelte" (line 3) has "85%", a number, where the other bars write ratings.']);
		// A line with no bar is quoted as written too.
		const gap = parseBarChart(["React  ████████ 5/5", "Vue    ██████ 4/5", "Solid  █████ 3/5", "Ember    0"].join("\n"));
		expect(!gap.ok && gap.issues.map((issue) => issue.message)).toEqual(['The bar "Ember" (line 4) has "0", a number, where the other bars write ratings.']);
	});

	it("takes no progress log for a chart: a count after the bar, the share before it", () => {
		const tqdm = ["Epoch 1:  100%|██████████| 10/10 [00:01<00:00,  9.5it/s]", "Epoch 2:  100%|██████████| 10/10 [00:01<00:00,  9.7it/s]"].join("\n");
		expect(parseBarChart(tqdm).ok).toBe(false);
		const pip = ["Downloading  45%  ████░░░░░  1.2/3.4 MB", "Installing   80%  ████████░  2.7/3.4 MB"].join("\n");
		expect(parseBarChart(pip).ok).toBe(false);
	});

	it("still parts two groups at a rule between them, a rule above the bars being no title", () => {
		const chart = chartOf(["Cold start (ms)", "Node  ████ 40", "Bun   ██ 20", "----------", "Node  ██████ 60", "Bun   ███ 30"].join("\n"));
		expect(chart.title).toBe("Cold start");
		expect(chart.rowLabels).toEqual(["Node", "Bun"]);
		expect(chart.columnLabels).toEqual(["", ""]);
		expect(chart.values).toEqual([
			[40, 60],
			[20, 30],
		]);
		// A rule under a group's heading is no heading of its own.
		const underlined = chartOf(["CPU:", "-----", "Node  ████ 40", "Bun   ██ 20", "GPU:", "-----", "Node  ██████ 60", "Bun   ███ 30"].join("\n"));
		expect(underlined.columnLabels).toEqual(["CPU", "GPU"]);
		expect(underlined.values).toEqual([
			[40, 60],
			[20, 30],
		]);
	});

	it("keeps a measure written before the bar over a count in the remark after it, but not a bare number", () => {
		const runs = chartOf(["Go:      85,000 req/s  ████████  (12 runs)", "Java:    10,000 req/s  ███  (8 runs)"].join("\n"));
		expect(runs.rowLabels).toEqual(["Go", "Java"]);
		expect(runs.values).toEqual([[85000], [10000]]);
		const versions = chartOf(["Python  3.12  ████  (1.2 s)", "Ruby  3.3  ██  (2.5 s)"].join("\n"));
		expect(versions.values).toEqual([[1.2], [2.5]]);
	});

	it("reads a measure between the label and the bar as no part of the label, the share after the bar being the bar's number", () => {
		const week = chartOf(
			[
				"Total Time: 9 hrs 41 mins",
				"",
				"Rust             5 hrs 2 mins    ████████████▌░░░░░░░░░░░░   51.90 %",
				"Go               3 hrs 15 mins   ████████░░░░░░░░░░░░░░░░░   33.55 %",
				"TOML             48 mins         ██░░░░░░░░░░░░░░░░░░░░░░░   08.26 %",
			].join("\n"),
		);
		expect(week.rowLabels).toEqual(["Rust", "Go", "TOML"]);
		expect(week.values).toEqual([[51.9], [33.55], [8.26]]);
		const commits = chartOf(["Kotlin     812 commits     ██████████░░░░░░░   61.20 %", "Java       515 commits     ██████░░░░░░░░░░░   38.80 %"].join("\n"));
		expect(commits.rowLabels).toEqual(["Kotlin", "Java"]);
		// A size that tells two machines apart stays in their labels, and so does any measure before a bar that draws no share.
		const machines = chartOf(["MacBook Air  16 GB   ████████   42 %", "MacBook Air  8 GB    ██████     31 %", "ThinkPad     32 GB   █████      27 %"].join("\n"));
		expect(machines.rowLabels).toEqual(["MacBook Air  16 GB", "MacBook Air  8 GB", "ThinkPad     32 GB"]);
		const builds = chartOf(["Python  3.13   ████████  1.2 s", "Python  3.13t  ██████    0.9 s", "PyPy    7.3    ███       0.5 s"].join("\n"));
		expect(builds.rowLabels).toEqual(["Python  3.13", "Python  3.13t", "PyPy    7.3"]);
	});

	it("never throws, on any text", () => {
		const parts = fc.constantFrom("█", "▌", "▓", "░", "⭐", "\uFE0F", "☆", "🟩", "#", "=", "|", " ", "  ", "\n", "JAX", "GPU:", "390", "1,250", "N/A", "(", ")", "req/s", ":", "12%");
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.array(parts, { maxLength: 60 }).map((p) => p.join(""))), (text) => {
				expect(typeof parseBarChart(text).ok).toBe("boolean");
			}),
		);
	});

	it("reads a line of 200,000 characters in one pass", () => {
		for (const line of [`a${" ".repeat(200_000)}b`, `${"|".repeat(200_000)}x █ 1`, `x ${"█".repeat(200_000)} 1`, `x █ ${"|".repeat(200_000)}1`, `${"┌".repeat(200_000)}x`, `${"┌ ".repeat(100_000)}`]) {
			expect(classifyBarLine(line).kind).toMatch(/^(blank|bar|gap|text)$/);
		}
	});
});
