// A bar plot framed by a terminal plotter's corners, inside a longer fence. Made-up
// fences written for the reader, where it must and must not find a chart.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { readFenceChart } from "../../../src/core/model/fence-chart";
import { readFramedPlot } from "../../../src/core/model/framed-plot";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const lines = (...rows: string[]) => rows.join("\n");
const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);

const plot = lines(
	"                        ┌                                            ┐",
	"               bun-sqlite ┤■■■■■■ 1.21 ms",
	"           better-sqlite3 ┤■■■■■■■■■■ 2.04 ms",
	"                  sql.js ┤■■■■■■■■■■■■■■■■■■■■■■■■■■■■ 5.87 ms",
	"                        └                                            ┘",
);

describe("a framed bar plot is read as a chart", () => {
	it("reads the bars between the corners: labels, the number each writes last, their unit", () => {
		const read = readFramedPlot(plot, 10);
		expect(read?.ok).toBe(true);
		if (!read?.ok) return;
		expect(read.value.chart.line).toBe(10);
		expect(read.value.chart.rowLabels).toEqual(["bun-sqlite", "better-sqlite3", "sql.js"]);
		expect(read.value.chart.values).toEqual([[1.21], [2.04], [5.87]]);
		expect(read.value.chart.unit).toBe("ms");
	});

	it("finds it among a benchmark tool's other output and inside a code sample", () => {
		const output = lines("clk: ~3.05 GHz", "cpu: Apple M1", "", "bun-sqlite      1.21 ms/iter   1.19 ms  █▃", "", plot, "", "summary", "  bun-sqlite", "   1.69x faster than better-sqlite3");
		expect(readFenceChart("", output, 3).ok).toBe(true);
		const code = lines("import { barplot, bench } from 'mitata';", "", "barplot(() => {", "  bench(...)", "});", "", plot);
		const read = readFenceChart("js", code, 3);
		expect(read.ok && read.value.chart.rowLabels).toEqual(["bun-sqlite", "better-sqlite3", "sql.js"]);
	});

	it("reads the number written last, whatever a plotter squeezed for width wrote inside the bar", () => {
		const squeezed = lines(
			"              ┌                         ┐",
			"        tmpl-a ┤ 20.72 s",
			"        tmpl-b ┤■■■■■■■■■■s ■ 174.13 µ",
			"        tmpl-c ┤■■■■■■■■■■■■ s■■■■ 240.02 µ",
			"              └                         ┘",
		);
		const read = readFramedPlot(squeezed);
		expect(read?.ok && read.value.chart.values).toEqual([[20.72], [174.13], [240.02]]);
		expect(read?.ok && read.value.chart.unit).toBeNull();
	});

	it("gives each bar of a benchmark's plot its candidate: a name, then a way of running it", () => {
		const model = note(
			lines(
				"# micro-template vs ejs vs John Resig's tmpl",
				"",
				"micro-template against [ejs](https://ejs.co) and John Resig's tmpl, run with mitata:",
				"",
				"```",
				"                                   ┌                              ┐",
				"                    micro-template ┤ 20.72 µs",
				"       micro-template pre compiled ┤ 19.64 µs",
				"       micro-template (not cached) ┤■■■■■■■ 174.13 µs",
				"        ejs.compile (pre compiled) ┤■■■■■■■■■■■■■■■■■■ 438.36 µs",
				"                        ejs.render ┤■■■■■■■■■■■■■■■■■■■ 457.18 µs",
				"                 John Resig's tmpl ┤■■■■■■■■■■ 240.02 µs",
				"                                   └                              ┘",
				"```",
			),
		);
		expect(model.charts).toHaveLength(1);
		expect(model.charts[0]?.frameworks).toEqual(["micro-template", "ejs", "John Resig's tmpl"]);
	});
});

describe("what is no framed bar plot", () => {
	it("leaves a box plot, whose lines between the corners are whiskers, not bars", () => {
		const boxes = lines(
			"                        ┌                                            ┐",
			"                                        ╷┌─┬─┐                       ╷",
			"            Bubble Sort                 ├┤ │ ├───────────────────────┤",
			"                                        ╵└─┴─┘                       ╵",
			"                        ┬   ╷",
			"             Quick Sort │───┤",
			"                        ┴   ╵",
			"                        └                                            ┘",
		);
		expect(readFramedPlot(boxes)).toBeNull();
	});

	it("leaves one bar, an open frame, bars without a number and code that only uses ┤", () => {
		expect(readFramedPlot(lines("      ┌          ┐", "  only ┤■■■ 3 ms", "      └          ┘"))).toBeNull();
		expect(readFramedPlot(lines("      ┌          ┐", "  a ┤■■■ 3 ms", "  b ┤■■■■ 4 ms"))).toBeNull();
		expect(readFramedPlot(lines("      ┌          ┐", "  a ┤■■■", "  b ┤■■■■", "      └          ┘"))).toBeNull();
		expect(readFramedPlot(lines("const axis = '┤';", "const corner = '┌';", "draw(axis, corner, 3);"))).toBeNull();
	});

	it("leaves a grid drawn with box lines to the grid reader", () => {
		const grid = lines("┌────────────┬───────┐", "│ Framework  │ Score │", "├────────────┼───────┤", "│ JAX        │  390  │", "│ PyTorch    │  380  │", "└────────────┴───────┘");
		expect(readFramedPlot(grid)).toBeNull();
		const read = readFenceChart("", grid, 1);
		expect(read.ok && read.value.chart.rowLabels).toEqual(["JAX", "PyTorch"]);
	});
});
