import { describe, expect, it } from "vitest";
import { buildNoteModel, NO_VAULT, readFenceChart } from "../../../src/core";
import { chartFence, numericColumns, tableChartSource } from "../../../src/core/model/table-chart-fence";

const THROUGHPUT = {
	header: ["Framework", "Notes", "GPU (img/s)", "TPU", "Released"],
	rows: [
		["JAX", "Functional", "1,200", "3400", "2018-12"],
		["PyTorch", "Imperative", "1,150", "N/A", "2016-09"],
		["TensorFlow", "Graphs", "980", "2,900", "2015-11"],
	],
};

describe("numericColumns", () => {
	it("keeps the columns of numbers and gaps, never the labels, prose or dates", () => {
		expect(numericColumns(THROUGHPUT)).toEqual([2, 3]);
		expect(numericColumns({ header: ["A", "B"], rows: [["x", "fast"]] })).toEqual([]);
	});
});

describe("tableChartSource", () => {
	it("writes a box the chart reader reads back as the table's labels and numbers", () => {
		const source = tableChartSource(THROUGHPUT, { title: "Throughput" });
		expect(source).not.toBeNull();
		const read = readFenceChart("comparison-chart", source!);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.value.chart).toMatchObject({
			title: "Throughput",
			rowLabels: ["JAX", "PyTorch", "TensorFlow"],
			columnLabels: ["GPU (img/s)", "TPU"],
			values: [
				[1200, 3400],
				[1150, null],
				[980, 2900],
			],
		});
	});

	it("is null for a table with no column of numbers", () => {
		expect(tableChartSource({ header: ["Framework", "Paradigm"], rows: [["JAX", "Functional"]] })).toBeNull();
	});

	it("takes the labels from the column that names the rows, and keeps bars out of cells and title", () => {
		const source = tableChartSource(
			{ header: ["Kind", "Tool", "Score"], rows: [["A", "x|y", "3"], ["A", "z", "4"]] },
			{ labelColumn: 1, title: "Scores | all" },
		)!;
		const read = readFenceChart("comparison-chart", source);
		expect(read.ok && read.value.chart).toMatchObject({ title: "Scores / all", rowLabels: ["x/y", "z"], columnLabels: ["Score"], values: [[3], [4]] });
	});

	it("reads years in the header row as column labels", () => {
		const source = tableChartSource({ header: ["Framework", "2023", "2024"], rows: [["JAX", "10", "12"], ["PyTorch", "20", "25"]] })!;
		const read = readFenceChart("comparison-chart", source);
		expect(read.ok && read.value.chart).toMatchObject({ columnLabels: ["2023", "2024"], rowLabels: ["JAX", "PyTorch"] });
	});
});

describe("chartFence", () => {
	it("is read by the note model as a chart at the fence's line", () => {
		const fence = chartFence(tableChartSource(THROUGHPUT)!);
		const note = buildNoteModel({ path: "n.md", text: `# N\n\n${fence}\n` }, NO_VAULT);
		expect(note.charts).toHaveLength(1);
		expect(note.charts[0]).toMatchObject({ line: 3, rowLabels: ["JAX", "PyTorch", "TensorFlow"] });
	});

	it("is longer than any run of backticks inside", () => {
		expect(chartFence("a ``` b").split("\n")[0]).toBe("````comparison-chart");
		expect(chartFence("plain").split("\n")).toEqual(["```comparison-chart", "plain", "```"]);
	});
});
