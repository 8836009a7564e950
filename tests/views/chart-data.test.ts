import { describe, expect, it } from "vitest";
import { type Chart, type ChartLayout, parseBoxChart } from "../../src/core";
import {
	barGroups,
	bestIndices,
	bestMatrix,
	bestValue,
	chartData,
	compactOptions,
	describeBar,
	drawnValues,
	offersPercent,
	optionApplies,
	percentOfBest,
	seriesName,
	shownGroups,
	shownValues,
	valueText,
	withHiddenCount,
} from "../../src/views/chart-data";

const SEED: Chart = {
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
	frameworks: ["JAX", "PyTorch", "TensorFlow"],
};
const SEED_LAYOUT: ChartLayout = { line: 45, frameworkAxis: "rows", cornerLabel: "Framework", frameworkOf: ["JAX", "PyTorch", "TensorFlow"] };
const FRAMEWORKS = ["JAX", "PyTorch", "TensorFlow"];
const known = (name: string | null | undefined) => (name && FRAMEWORKS.includes(name) ? name : null);

describe("chartData", () => {
	it("makes one series per framework row and one category per column", () => {
		const data = chartData(SEED, SEED_LAYOUT, "", known);
		expect(data.series).toEqual([
			{ label: "JAX/Flax", framework: "JAX" },
			{ label: "PyTorch", framework: "PyTorch" },
			{ label: "TensorFlow", framework: "TensorFlow" },
		]);
		expect(data.categories).toEqual(["NVIDIA V100", "NVIDIA A100", "TPU v4-8"]);
		expect(data.values).toEqual(SEED.values);
		expect(data.frameworkAxis).toBe("rows");
	});

	it("turns a chart with frameworks across the columns so each framework is still a series", () => {
		const chart: Chart = {
			...SEED,
			rowLabels: ["ResNet-50", "BERT-base"],
			columnLabels: ["JAX", "PyTorch", "TensorFlow"],
			values: [
				[41, 28, 35],
				[63, 47, null],
			],
		};
		const form = (decimals: number) => ({ decimals, grouping: false, suffix: null });
		const written = [
			[form(0), form(1), form(0)],
			[form(0), form(2), null],
		];
		const data = chartData(chart, { line: 1, frameworkAxis: "columns", cornerLabel: "Model", frameworkOf: ["JAX", "PyTorch", "TensorFlow"], written }, "", known);
		expect(data.series.map((s) => s.framework)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		// The written forms turn with the values: PyTorch's 28 was written "28.0", its 47 "47.00".
		expect([valueText(data, 1, 0), valueText(data, 1, 1), valueText(data, 2, 1)]).toEqual(["28.0", "47.00", "N/A"]);
		expect(data.categories).toEqual(["ResNet-50", "BERT-base"]);
		expect(data.values).toEqual([
			[41, 63],
			[28, 47],
			[35, null],
		]);
		expect(data.frameworkAxis).toBe("columns");
	});

	it("falls back to the row labels when the note model has no layout", () => {
		const data = chartData(SEED, null, "", (name) => name ?? null);
		expect(data.series.map((s) => s.framework)).toEqual(["JAX/Flax", "PyTorch", "TensorFlow"]);
	});
});

describe("best values", () => {
	it("marks the highest, or the lowest, and every tie", () => {
		expect(bestIndices([390, 380, 350], "higher")).toEqual([0]);
		expect(bestIndices([0.21, 0.19, 0.04], "lower")).toEqual([2]);
		expect(bestIndices([5, 7, 7], "higher")).toEqual([1, 2]);
	});

	it("ignores missing values and marks nothing without a direction or a comparison", () => {
		expect(bestIndices([0.92, 0.88, null], "lower")).toEqual([1]);
		expect(bestIndices([390, 380], null)).toEqual([]);
		expect(bestIndices([390, null, null], "higher")).toEqual([]);
	});

	it("marks the best framework of each column of the seed", () => {
		expect(bestMatrix(chartData(SEED, SEED_LAYOUT, "", known))).toEqual([
			[true, true, true],
			[false, false, false],
			[false, false, false],
		]);
	});

	it("measures % of best against the best value of the column, in either direction", () => {
		const data = chartData(SEED, SEED_LAYOUT, "", known);
		const percent = shownValues(data, true);
		expect(percent[1][0]).toBeCloseTo(97.436, 3);
		expect(percent[1][2]).toBeNull();
		expect(percent[0]).toEqual([100, 100, 100]);
		expect(shownValues(data, false)).toBe(data.values);
		expect(bestValue([0.21, 0.19, 0.04], "lower")).toBe(0.04);
		expect(percentOfBest(0.21, 0.04)).toBeCloseTo(525, 6);
		expect(bestValue([7.2, 8.3], null)).toBe(8.3);
		expect(percentOfBest(5, 0)).toBeNull();
	});
});

describe("extreme and mixed-sign values", () => {
	const chartOf = (values: (number | null)[][], better: "higher" | "lower" | null = "higher"): Chart => ({
		...SEED,
		better,
		columnLabels: ["Score"],
		rowLabels: values.map((_, i) => FRAMEWORKS[i] ?? `row ${i}`),
		values,
	});

	it("draws no bar for a value that is not finite: it is a gap, like N/A", () => {
		const data = chartData(chartOf([[Number.POSITIVE_INFINITY], [Number.NaN], [12]]), null, "", known);
		expect(data.values).toEqual([[null], [null], [12]]);
		expect(bestMatrix(data)).toEqual([[false], [false], [false]]);
	});

	it("stars the best of values below the format's precision, and describes each with its own digits", () => {
		const data = chartData(chartOf([[1e-7], [2e-8], [0.5]], "lower"), SEED_LAYOUT, "", known);
		expect(bestMatrix(data).map((row) => row[0])).toEqual([false, true, false]);
		expect(describeBar(data, { series: 0, category: 0 }, false, null)).toBe("JAX, Score: 10⁻⁷ images/sec");
		expect(describeBar(data, { series: 1, category: 0 }, true, null)).toBe("PyTorch, Score: 2×10⁻⁸ images/sec, best (lower is better)");
	});

	it("stars the highest of mixed-sign values, negative values being below every positive one", () => {
		const data = chartData(chartOf([[-50], [100], [-3]]), SEED_LAYOUT, "", known);
		expect(bestMatrix(data).map((row) => row[0])).toEqual([false, true, false]);
		expect(describeBar(data, { series: 0, category: 0 }, false, null)).toBe("JAX, Score: −50 images/sec");
	});

	it("offers % of best only when no value is negative: a share of a negative best means nothing", () => {
		expect(offersPercent([390, 0, null])).toBe(true);
		expect(offersPercent([390, -1])).toBe(false);
		expect(percentOfBest(-10, -1)).toBeNull();
	});

	it("gives no share where it would overflow (100 against a best of 5e-323), and never underflows one to 0", () => {
		expect(percentOfBest(100, 5e-323)).toBeNull();
		// Not 0%: a share this small is still a share.
		expect(percentOfBest(5e-323, 100)).toBeGreaterThan(0);
		expect(percentOfBest(Number.MAX_VALUE, Number.MAX_VALUE)).toBe(100);
	});
});

describe("bar groups and descriptions", () => {
	it("groups by column (a bar per framework) or by framework (a bar per column)", () => {
		const data = chartData(SEED, SEED_LAYOUT, "", known);
		const byColumn = barGroups(data, "column");
		expect(byColumn.map((g) => g.label)).toEqual(["NVIDIA V100", "NVIDIA A100", "TPU v4-8"]);
		expect(byColumn[2].bars).toEqual([
			{ series: 0, category: 2 },
			{ series: 1, category: 2 },
			{ series: 2, category: 2 },
		]);
		const byFramework = barGroups(data, "framework");
		expect(byFramework.map((g) => g.label)).toEqual(["JAX/Flax", "PyTorch", "TensorFlow"]);
		expect(byFramework[1].bars.map((b) => b.category)).toEqual([0, 1, 2]);
	});

	it("describes a bar with framework, column, value, unit and whether it is the best", () => {
		const data = chartData(SEED, SEED_LAYOUT, "", known);
		expect(describeBar(data, { series: 0, category: 2 }, true, null)).toBe("JAX/Flax (JAX), TPU v4-8: 3200 images/sec, best (higher is better)");
		expect(describeBar(data, { series: 1, category: 2 }, false, null)).toBe("PyTorch, TPU v4-8: N/A (no value)");
		expect(describeBar(data, { series: 1, category: 0 }, false, 97.4)).toBe("PyTorch, NVIDIA V100: 380 images/sec, 97% of best");
	});

	it("names no column for a chart of one unnamed column, and numbers unnamed columns among several", () => {
		const single = chartData({ ...SEED, columnLabels: [""], values: [[390], [380], [null]] }, SEED_LAYOUT, "", known);
		expect(describeBar(single, { series: 0, category: 0 }, false, null)).toBe("JAX/Flax (JAX): 390 images/sec");
		expect(describeBar(single, { series: 2, category: 0 }, false, null)).toBe("TensorFlow: N/A (no value)");
		const unnamed = chartData({ ...SEED, columnLabels: ["", "", ""] }, SEED_LAYOUT, "", known);
		expect(describeBar(unnamed, { series: 0, category: 1 }, false, null)).toBe("JAX/Flax (JAX), column 2: 850 images/sec");
	});
});

describe("names: the note's text on the bars, the legend's name beside it where they differ", () => {
	it("names a series by its label, with its framework when that is written otherwise", () => {
		const data = chartData(SEED, SEED_LAYOUT, "", known);
		expect(data.series.map((_, s) => seriesName(data, s))).toEqual(["JAX/Flax (JAX)", "PyTorch", "TensorFlow"]);
		// Rows that are no framework of the note are named as written.
		const unknown = chartData(SEED, SEED_LAYOUT, "", () => null);
		expect(seriesName(unknown, 0)).toBe("JAX/Flax");
	});
});

describe("values as the note writes them", () => {
	const fence = (rows: string[]) =>
		["Inference latency (ms, lower is better)", "+------------+-------+--------+", "| Framework  | CPU   | GPU    |", "+------------+-------+--------+", ...rows, "+------------+-------+--------+"].join("\n");
	const dataOf = (rows: string[], withForms = true) => {
		const parsed = parseBoxChart(fence(rows), 1);
		if (!parsed.ok) throw new Error("does not parse");
		const layout: ChartLayout = { ...SEED_LAYOUT, line: 1, written: withForms ? parsed.value.written : undefined };
		return chartData(parsed.value.chart, layout, fence(rows), known);
	};

	it("keeps each value's written decimals instead of padding all to the most precise one", () => {
		const data = dataOf(["| JAX        | 12.4  | 1.85   |", "| PyTorch    | 10.90 | 2.1    |", "| TensorFlow | N/A   | 1,250  |"]);
		expect(data.values.map((_, s) => data.categories.map((__, c) => valueText(data, s, c)))).toEqual([
			["12.4", "1.85"],
			["10.90", "2.1"],
			["N/A", "1,250"],
		]);
		expect(data.format.grouping).toBe(true);
	});

	it("keeps the thousands form of 90k, and gives the axis the suffix every value shares", () => {
		const data = dataOf(["| JAX        | 90k   | 1.5k   |", "| PyTorch    | 120k  | 2k     |", "| TensorFlow | 85k   | N/A    |"]);
		expect(valueText(data, 0, 0)).toBe("90k");
		expect(valueText(data, 0, 1)).toBe("1.5k");
		expect(data.values[0]).toEqual([90000, 1500]);
		expect(data.format.suffix).toBe("k");
	});

	it("prints every digit a value has, and no more, when the written forms are not known", () => {
		const data = dataOf(["| JAX        | 12.4  | 1.85   |", "| PyTorch    | 10.90 | 2.1    |", "| TensorFlow | N/A   | 1,250  |"], false);
		expect(valueText(data, 0, 0)).toBe("12.4");
		expect(valueText(data, 1, 0)).toBe("10.9");
		expect(valueText(data, 2, 1)).toBe("1,250");
	});
});

describe("what a chart draws, and what it offers in each view", () => {
	it("leaves hidden bars out, and a group with none left, so the chart closes up", () => {
		const data = chartData(SEED, SEED_LAYOUT, "", known);
		const groups = barGroups(data, "column");
		const pytorchHidden = shownGroups(groups, (slot) => slot.series === 1);
		expect(pytorchHidden.map((group) => [group.label, group.bars.map((bar) => bar.series)])).toEqual([
			["NVIDIA V100", [0, 2]],
			["NVIDIA A100", [0, 2]],
			["TPU v4-8", [0, 2]],
		]);
		const tpuHidden = shownGroups(groups, (slot) => slot.category === 2);
		expect(tpuHidden.map((group) => group.label)).toEqual(["NVIDIA V100", "NVIDIA A100"]);
		// The axis spans what is drawn: without TPU v4-8 it ends near 850, not 3200.
		expect(Math.max(...drawnValues(tpuHidden, data.values).map((v) => v ?? 0))).toBe(850);
		expect(shownGroups(groups, () => true)).toEqual([]);
	});

	it("applies grouping and scales to the bars only, hidden columns to the bars and the table, nothing to the text", () => {
		const table = (["grouping", "log", "percent", "columns"] as const).map((option) => (["chart", "table", "text"] as const).map((view) => optionApplies(option, view)));
		expect(table).toEqual([
			[true, false, false],
			[true, false, false],
			[true, false, false],
			[true, true, false],
		]);
	});

	it("puts the options in one menu on mobile or below 560 px, and counts what is hidden", () => {
		expect([compactOptions(342, false), compactOptions(700, false), compactOptions(700, true), compactOptions(0, false)]).toEqual([true, false, true, false]);
		expect(withHiddenCount("Columns", 0)).toBe("Columns");
		expect(withHiddenCount("Columns", 2)).toBe("Columns · 2 hidden");
	});
});
