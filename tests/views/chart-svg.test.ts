// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Chart } from "../../src/core";
import { barGroups, bestMatrix, chartData, describeBar } from "../../src/views/chart-data";
import { makeScale } from "../../src/views/chart-scale";
import { drawBarChart, textWidth, visibleTickLabels } from "../../src/views/chart-svg";

const CHART: Chart = {
	line: 1,
	title: "Bulk insert throughput",
	unit: "rows/sec",
	better: "higher",
	rowLabels: ["PostgreSQL", "MySQL", "SQLite"],
	columnLabels: ["Batch of 100", "Batch of 10,000"],
	values: [
		[18400, 212000],
		[15900, null],
		[22700, 305000],
	],
	frameworks: ["PostgreSQL", "MySQL", "SQLite"],
};
const data = chartData(CHART, null, "18,400", (name) => name ?? null);

function draw(width: number, kind: "linear" | "log" = "linear") {
	const best = bestMatrix(data);
	return drawBarChart(document, data, {
		width,
		groups: barGroups(data, "column"),
		scale: makeScale(kind, data.values.flat()),
		shown: data.values,
		best,
		slotOf: (s) => s,
		label: "Bulk insert throughput (rows/sec, higher is better)",
		describe: (slot) => describeBar(data, slot, best[slot.series][slot.category], null),
		barLabel: (slot) => data.series[slot.series].label,
	});
}

describe("drawBarChart", () => {
	it("draws in CSS pixels: the viewBox is as wide as the pane, the height fixed by the number of bars", () => {
		const wide = draw(900);
		const narrow = draw(320);
		expect(wide.svg.getAttribute("viewBox")).toBe(`0 0 900 ${wide.height}`);
		expect(narrow.svg.getAttribute("viewBox")).toBe(`0 0 320 ${narrow.height}`);
		expect(narrow.height).toBe(wide.height);
	});

	it("keeps every bar, its value and its overlay item inside the chart", () => {
		const chart = draw(320);
		for (const bar of chart.bars) {
			const rect = bar.g.querySelector("rect")!;
			expect(Number(rect.getAttribute("x")) + Number(rect.getAttribute("width"))).toBeLessThanOrEqual(320);
			const value = bar.g.querySelector(".framework-compare-chart-value");
			if (value) expect(Number(value.getAttribute("x")) + textWidth(value.textContent ?? "")).toBeLessThanOrEqual(320);
			const left = parseFloat(bar.item.style.getPropertyValue("--fc-left"));
			const width = parseFloat(bar.item.style.getPropertyValue("--fc-width"));
			expect(left + width).toBeLessThanOrEqual(100.001);
		}
	});

	it("prints thousands as the note does and stars the best of each column", () => {
		const chart = draw(700);
		expect(chart.bars.map((bar) => bar.g.querySelector(".framework-compare-chart-value, .framework-compare-chart-na-text")?.textContent)).toEqual([
			"18,400",
			"15,900",
			"22,700 ★",
			"212,000",
			"N/A",
			"305,000 ★",
		]);
	});
});

describe("visibleTickLabels", () => {
	it("drops tick labels that would overlap on a narrow axis", () => {
		const scale = makeScale("linear", [305000]);
		const labels = (plot: number) => visibleTickLabels(scale, (t) => scale.position(t) * plot, (t) => t.toLocaleString("en-US")).map((l) => l.text);
		expect(labels(600)).toEqual(["0", "100,000", "200,000", "300,000", "400,000"]);
		expect(labels(150)).toEqual(["0", "200,000", "400,000"]);
	});

	it("keeps the powers of ten of a log axis first", () => {
		const scale = makeScale("log", [350, 3200]);
		const labels = (plot: number) => visibleTickLabels(scale, (t) => scale.position(t) * plot, String).map((l) => l.text);
		expect(labels(800)).toEqual(["100", "200", "500", "1000", "2000", "5000", "10000"]);
		expect(labels(120)).toEqual(["100", "1000", "10000"]);
	});
});
