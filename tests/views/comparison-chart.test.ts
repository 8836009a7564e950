// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { type ChartLayout, parseBarChart, parseBoxChart } from "../../src/core";
import { enhanceComparisonChart, readChartChoices } from "../../src/views/comparison-chart";
import { NoteViewState } from "../../src/views/note-view-state";
import { SEED_CHART_FENCE } from "../fixtures/seed-chart";

const SEED_FENCE = SEED_CHART_FENCE;
const LAYOUT: ChartLayout = { line: 45, frameworkAxis: "rows", cornerLabel: "Framework", frameworkOf: ["JAX", "PyTorch", "TensorFlow"] };
const SVG_NS = "http://www.w3.org/2000/svg";

/** A section as the reading view renders a plain fence: <pre><code>. */
function renderFence(text: string): { section: HTMLElement; pre: HTMLElement } {
	const section = document.createElement("div");
	const pre = document.createElement("pre");
	const code = document.createElement("code");
	code.textContent = text;
	pre.appendChild(code);
	section.append(document.createTextNode("\n"), pre, document.createTextNode("\n"));
	document.body.replaceChildren(section);
	return { section, pre };
}

function setup(text = SEED_FENCE, layout: ChartLayout | null = LAYOUT, frameworks = ["JAX", "PyTorch", "TensorFlow"]) {
	const parsed = parseBoxChart(text, 45);
	if (!parsed.ok) throw new Error("the fixture chart does not parse");
	const { section, pre } = renderFence(text);
	const before = section.innerHTML;
	const state = new NoteViewState(frameworks, undefined);
	const dispose = enhanceComparisonChart(pre, { key: "0", chart: parsed.value.chart, layout, source: text }, state);
	const chart = section.querySelector<HTMLElement>(".framework-compare-chart")!;
	return { section, pre, before, state, dispose, chart };
}

const bars = (root: Element) => Array.from(root.querySelectorAll<SVGGElement>("g.framework-compare-chart-bar"));

describe("the SVG of the seed chart", () => {
	it("is an svg with role img, labelled with the title, built in the SVG namespace", () => {
		const { chart } = setup();
		const svg = chart.querySelector("svg")!;
		expect(svg.namespaceURI).toBe(SVG_NS);
		expect(svg.getAttribute("role")).toBe("img");
		expect(svg.getAttribute("aria-label")).toBe("RESNET-50 Training Performance (images/sec, higher is better)");
		expect(svg.getAttribute("width")).toBe("100%");
		expect(svg.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
		expect(svg.querySelector(":scope > title")?.textContent).toBe("RESNET-50 Training Performance (images/sec, higher is better)");
		expect(chart.querySelector(".framework-compare-chart-title")?.textContent).toBe("RESNET-50 Training Performance");
		expect(chart.querySelector(".framework-compare-chart-meta")?.textContent).toBe("images/sec · higher is better · ★ best");
	});

	it("draws three groups of three bars, each with its framework, column, <title> and value", () => {
		const { chart } = setup();
		const groups = Array.from(chart.querySelectorAll("text.framework-compare-chart-group")).map((el) => el.textContent);
		expect(groups).toEqual(["NVIDIA V100", "NVIDIA A100", "TPU v4-8"]);
		expect(bars(chart).map((g) => `${g.dataset.framework}@${g.dataset.column}=${g.querySelector(".framework-compare-chart-value, .framework-compare-chart-na-text")?.textContent}`)).toEqual([
			"JAX@NVIDIA V100=390 ★",
			"PyTorch@NVIDIA V100=380",
			"TensorFlow@NVIDIA V100=350",
			"JAX@NVIDIA A100=850 ★",
			"PyTorch@NVIDIA A100=820",
			"TensorFlow@NVIDIA A100=780",
			"JAX@TPU v4-8=3200 ★",
			"PyTorch@TPU v4-8=N/A",
			"TensorFlow@TPU v4-8=2900",
		]);
		expect(bars(chart)[0].querySelector("title")?.textContent).toBe("JAX/Flax, NVIDIA V100: 390 images/sec, best (higher is better)");
		expect(bars(chart)[0].getAttribute("class")).toContain("framework-compare-slot-0");
		expect(bars(chart)[1].getAttribute("class")).toContain("framework-compare-slot-1");
	});

	it("draws N/A as a marked empty slot, never as a zero bar", () => {
		const { chart } = setup();
		const na = bars(chart)[7];
		expect(na.classList.contains("is-missing")).toBe(true);
		expect(na.querySelector("rect.framework-compare-chart-rect")).toBeNull();
		expect(na.querySelector("rect.framework-compare-chart-na")).not.toBeNull();
		expect(na.querySelector("text.framework-compare-chart-na-text")?.textContent).toBe("N/A");
	});

	it("scales bars against round ticks", () => {
		const { chart } = setup();
		expect(Array.from(chart.querySelectorAll(".framework-compare-chart-tick")).map((t) => t.textContent)).toEqual(["0", "1000", "2000", "3000", "4000"]);
		const width = (i: number) => Number(bars(chart)[i].querySelector("rect")!.getAttribute("width"));
		expect(width(6) / width(0)).toBeCloseTo(3200 / 390, 1);
	});

	it("gives keyboard and screen-reader users a list of every value beside the image, one tab stop", () => {
		const { chart } = setup();
		const list = chart.querySelector("ul[role=list]")!;
		expect(list.parentElement?.querySelector(":scope > svg")).not.toBeNull();
		const items = Array.from(list.querySelectorAll("li"));
		expect(items).toHaveLength(9);
		expect(items.map((li) => li.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1]);
		expect(items[7].textContent).toBe("PyTorch, TPU v4-8: N/A (no value)");
		expect(items[7].dataset.framework).toBe("PyTorch");
	});

	it("uses the note's toolbar as its legend", () => {
		const { chart } = setup();
		const toolbar = chart.querySelector('[role="toolbar"]')!;
		const toggles = Array.from(toolbar.querySelectorAll<HTMLButtonElement>("button[aria-pressed][data-framework]"));
		expect(toggles.map((b) => b.textContent)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		// The chart's own controls sit beside it.
		expect(Array.from(chart.querySelectorAll("button:not([data-framework])")).map((b) => b.textContent)).toEqual(
			expect.arrayContaining(["Show all", "Chart", "Table", "Text", "Group by framework", "Log scale", "% of best", "Columns"]),
		);
	});
});

describe("state", () => {
	it("hides a framework's bars and list items in place, and its table row", () => {
		const { chart, state } = setup();
		const svg = chart.querySelector("svg")!;
		const viewBox = svg.getAttribute("viewBox");
		state.toggle("PyTorch");
		expect(chart.querySelector("svg")).toBe(svg);
		expect(svg.getAttribute("viewBox")).toBe(viewBox);
		expect(bars(chart).filter((g) => g.classList.contains("is-hidden")).map((g) => g.dataset.framework)).toEqual(["PyTorch", "PyTorch", "PyTorch"]);
		expect(Array.from(chart.querySelectorAll<HTMLLIElement>("li")).filter((li) => li.hidden)).toHaveLength(3);
		expect(chart.querySelector('table tr[data-framework="PyTorch"]')?.classList.contains("framework-compare-hidden")).toBe(true);
		expect(chart.querySelector('button[data-framework="PyTorch"]')?.getAttribute("aria-pressed")).toBe("false");
	});

	it("hides a column from the chart's choices", () => {
		const { chart, state } = setup();
		state.updateChart("0", { hiddenColumns: ["TPU v4-8"] });
		expect(bars(chart).filter((g) => g.classList.contains("is-hidden")).map((g) => g.dataset.column)).toEqual(["TPU v4-8", "TPU v4-8", "TPU v4-8"]);
		expect(chart.querySelectorAll("text.framework-compare-chart-group.is-hidden")).toHaveLength(1);
		expect(Array.from(chart.querySelectorAll("table thead th.framework-compare-hidden")).map((th) => th.textContent)).toEqual(["TPU v4-8"]);
	});

	it("switches views and scales from the saved choices", () => {
		const { chart, state, pre } = setup();
		const figure = chart.querySelector<HTMLElement>(".framework-compare-chart-figure")!;
		const table = chart.querySelector<HTMLElement>(".framework-compare-chart-table-wrap")!;
		const text = chart.querySelector<HTMLElement>(".framework-compare-chart-text")!;
		expect([figure.hidden, table.hidden, text.hidden]).toEqual([false, true, true]);
		state.updateChart("0", { view: "table" });
		expect([figure.hidden, table.hidden, text.hidden]).toEqual([true, false, true]);
		state.updateChart("0", { view: "text" });
		expect([figure.hidden, table.hidden, text.hidden]).toEqual([true, true, false]);
		expect(text.firstElementChild).toBe(pre);
		state.updateChart("0", { view: "chart", scale: "log" });
		expect(Array.from(chart.querySelectorAll(".framework-compare-chart-tick")).map((t) => t.textContent)).toContain("10000");
		state.updateChart("0", { grouping: "framework" });
		expect(Array.from(chart.querySelectorAll("text.framework-compare-chart-group")).map((el) => el.textContent)).toEqual(["JAX/Flax", "PyTorch", "TensorFlow"]);
	});

	it("fills in what the saved choices leave out, and offers log scale only where it is offered", () => {
		expect(readChartChoices({}, true)).toEqual({ view: "chart", grouping: "column", scale: "linear", hiddenColumns: [] });
		expect(readChartChoices({ view: "table", grouping: "framework", scale: "log", hiddenColumns: ["A"] }, true)).toEqual({
			view: "table",
			grouping: "framework",
			scale: "log",
			hiddenColumns: ["A"],
		});
		expect(readChartChoices({ scale: "log" }, false).scale).toBe("linear");
	});
});

describe("undoing and note text", () => {
	it("puts the fence back exactly as rendered", () => {
		const { section, before, dispose, state } = setup();
		state.toggle("JAX");
		state.updateChart("0", { view: "table" });
		dispose();
		expect(section.innerHTML).toBe(before);
		// Later changes reach nothing.
		state.toggle("JAX");
		expect(section.innerHTML).toBe(before);
	});

	it("never turns note text into markup", () => {
		const evil = `Speed <script>alert(1)</script> (ops/s, higher is better)
┌──────────────────────────────┬────────────────┐
│ Framework                    │ <b onclick=x>A │
├──────────────────────────────┼────────────────┤
│ <img src=x onerror=alert(1)> │ 12             │
│ JAX                          │ 10             │
└──────────────────────────────┴────────────────┘
`;
		const { chart } = setup(evil, null, ["<img src=x onerror=alert(1)>", "JAX"]);
		expect(chart.querySelector("img, script, b, [onerror], [onclick]")).toBeNull();
		expect(chart.querySelector("svg")?.getAttribute("aria-label")).toContain("<script>");
		expect(Array.from(chart.querySelectorAll("text.framework-compare-chart-group")).map((t) => t.textContent)).toEqual(["<b onclick=x>A"]);
		expect(chart.querySelector("li")?.textContent).toContain("<img src=x onerror=alert(1)>");
	});
});

describe("a bar chart drawn with block characters", () => {
	it("draws one unnamed column as one group of bars, named by framework, with values and units", () => {
		const text = "Throughput (req/s, higher is better)\nExpress   ▓▓▓▓▓▓▓▓░░░░  14,200 req/s\nFastify   ▓▓▓▓▓▓▓▓▓▓▓▓  45,000 req/s\n";
		const parsed = parseBarChart(text, 3);
		if (!parsed.ok) throw new Error("the bar chart does not parse");
		const { section, pre } = renderFence(text);
		const layout: ChartLayout = { line: 3, frameworkAxis: "rows", cornerLabel: null, frameworkOf: ["Express", "Fastify"] };
		enhanceComparisonChart(pre, { key: "0", chart: parsed.value.chart, layout, source: text }, new NoteViewState(["Express", "Fastify"], undefined));
		const chart = section.querySelector<HTMLElement>(".framework-compare-chart")!;
		expect(bars(chart).map((g) => g.querySelector("title")?.textContent)).toEqual(["Express: 14,200 req/s", "Fastify: 45,000 req/s, best (higher is better)"]);
		expect(Array.from(chart.querySelectorAll(".framework-compare-chart-bar-label")).map((el) => el.textContent)).toEqual(["Express", "Fastify"]);
		expect(Array.from(chart.querySelectorAll("tbody th")).map((el) => el.textContent)).toEqual(["Express", "Fastify"]);
		// One column: nothing to hide, so no Columns menu.
		expect(chart.querySelector(".framework-compare-chart-columns")).toBeNull();
	});
});
