// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { type ChartLayout, parseBarChart, parseBoxChart } from "../../src/core";
import { enhanceComparisonChart, readChartChoices } from "../../src/views/comparison-chart";
import { NoteViewState } from "../../src/views/note-view-state";
import { fakeMenuHost } from "./fake-menu-host";
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
	const dispose = enhanceComparisonChart(pre, { key: "0", chart: parsed.value.chart, layout, source: text }, state, fakeMenuHost);
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
		expect(bars(chart)[0].querySelector("title")?.textContent).toBe("JAX/Flax (JAX), NVIDIA V100: 390 images/sec, best (higher is better)");
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

describe("on a phone and by touch", () => {
	const shownActions = (chart: HTMLElement) => Array.from(chart.querySelectorAll<HTMLButtonElement>(".framework-compare-actions > button")).filter((b) => !b.hidden).map((b) => b.textContent);

	it("puts grouping, scales and columns in one Options menu on mobile, with ticks and the hidden count", () => {
		document.body.classList.add("is-mobile");
		try {
			const { chart, state } = setup();
			expect(shownActions(chart)).toEqual(["Chart", "Table", "Text", "Options"]);
			const options = chart.querySelector<HTMLButtonElement>(".framework-compare-chart-options")!;
			expect(options.getAttribute("aria-haspopup")).toBe("menu");
			state.updateChart("0", { scale: "log", hiddenColumns: ["TPU v4-8"] });
			expect(options.textContent).toBe("Options · 1 hidden");
			options.click();
			// The menu is the plugin's (Obsidian's Menu, here its stand-in): on/off items carry Obsidian's tick.
			const items = Array.from(document.querySelectorAll<HTMLElement>(".menu .menu-item"));
			expect(items.map((item) => `${item.querySelector(".menu-item-title")?.textContent ?? ""}${item.classList.contains("mod-checked") ? " ✓" : ""}`)).toEqual([
				"Group by framework",
				"Log scale ✓",
				"% of best",
				'Hide column "NVIDIA V100"',
				'Hide column "NVIDIA A100"',
				'Show column "TPU v4-8"',
			]);
			items[5].click();
			expect(options.textContent).toBe("Options");
			expect(state.chart("0").hiddenColumns).toEqual([]);
		} finally {
			document.body.classList.remove("is-mobile");
		}
	});

	it("shows a bar's tooltip on a tap and keeps it until a tap elsewhere; a mouse leaving hides it", () => {
		const { chart } = setup();
		const tooltip = chart.querySelector<HTMLElement>(".framework-compare-chart-tooltip")!;
		const item = chart.querySelector<HTMLLIElement>('li[data-framework="JAX"][data-column="NVIDIA A100"]')!;
		const plot = chart.querySelector<HTMLElement>(".framework-compare-chart-plot")!;
		const pointer = (target: EventTarget, type: string, pointerType: string) => target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType }));
		pointer(item, "pointerover", "touch");
		expect(tooltip.hidden).toBe(true);
		pointer(item, "pointerup", "touch");
		expect(tooltip.hidden).toBe(false);
		expect(tooltip.querySelector(".framework-compare-chart-tooltip-name")?.textContent).toBe("JAX/Flax (JAX) · NVIDIA A100");
		// The finger lifting off the chart does not take it away.
		pointer(plot, "pointerleave", "touch");
		expect(tooltip.hidden).toBe(false);
		pointer(document.body, "pointerdown", "touch");
		expect(tooltip.hidden).toBe(true);
		// A mouse: over shows, leaving hides.
		pointer(item, "pointerover", "mouse");
		expect(tooltip.hidden).toBe(false);
		pointer(plot, "pointerleave", "mouse");
		expect(tooltip.hidden).toBe(true);
	});
});

describe("state", () => {
	it("hides a framework's bars and list items, closing the chart up, and its table row", () => {
		const { chart, state } = setup();
		const height = () => Number(chart.querySelector("svg")!.getAttribute("viewBox")!.split(" ")[3]);
		const before = height();
		state.toggle("PyTorch");
		expect(bars(chart).map((g) => g.dataset.framework)).toEqual(["JAX", "TensorFlow", "JAX", "TensorFlow", "JAX", "TensorFlow"]);
		expect(chart.querySelectorAll('li[data-framework="PyTorch"]')).toHaveLength(0);
		expect(chart.querySelectorAll("li")).toHaveLength(6);
		// Three bars fewer: three bar slots (18 px and a 4 px gap each) less to draw.
		expect(before - height()).toBe(3 * 22);
		expect(chart.querySelector('table tr[data-framework="PyTorch"]')?.classList.contains("framework-compare-hidden")).toBe(true);
		expect(chart.querySelector('button[data-framework="PyTorch"]')?.getAttribute("aria-pressed")).toBe("false");
		state.toggle("PyTorch");
		expect(height()).toBe(before);
	});

	it("hides a column from the chart's choices, its group closed up, and counts it on the Columns button", () => {
		const { chart, state } = setup();
		const columns = chart.querySelector<HTMLButtonElement>(".framework-compare-chart-columns")!;
		expect(columns.textContent).toBe("Columns");
		state.updateChart("0", { hiddenColumns: ["TPU v4-8"] });
		expect(Array.from(chart.querySelectorAll("text.framework-compare-chart-group")).map((el) => el.textContent)).toEqual(["NVIDIA V100", "NVIDIA A100"]);
		expect(bars(chart).some((g) => g.dataset.column === "TPU v4-8")).toBe(false);
		expect(Array.from(chart.querySelectorAll("table thead th.framework-compare-hidden")).map((th) => th.textContent)).toEqual(["TPU v4-8"]);
		expect(columns.textContent).toBe("Columns · 1 hidden");
		// The axis spans the bars drawn: 850 is the largest left.
		expect(ticks(chart).at(-1)).toBe("1000");
	});

	it("disables the options that do not apply in the Table and Text views", () => {
		const { chart, state } = setup();
		const disabled = () => Array.from(chart.querySelectorAll<HTMLButtonElement>(".framework-compare-actions button")).filter((b) => b.disabled).map((b) => b.textContent);
		expect(disabled()).toEqual([]);
		state.updateChart("0", { view: "table" });
		expect(disabled()).toEqual(["Group by framework", "Log scale", "% of best"]);
		state.updateChart("0", { view: "text" });
		expect(disabled()).toEqual(["Group by framework", "Log scale", "% of best", "Columns", "Options"]);
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
		const offers = { log: true, percent: true, columns: ["A", "B"] };
		expect(readChartChoices({}, offers)).toEqual({ choices: { view: "chart", grouping: "column", scale: "linear", hiddenColumns: [] }, dropped: null });
		expect(readChartChoices({ view: "table", grouping: "framework", scale: "log", hiddenColumns: ["A"] }, offers)).toEqual({
			choices: { view: "table", grouping: "framework", scale: "log", hiddenColumns: ["A"] },
			dropped: null,
		});
		expect(readChartChoices({ scale: "log" }, { ...offers, log: false })).toEqual({
			choices: { view: "chart", grouping: "column", scale: "linear", hiddenColumns: [] },
			dropped: { scale: undefined },
		});
		expect(readChartChoices({ scale: "percent" }, { ...offers, percent: false }).choices.scale).toBe("linear");
	});

	it("takes the settings' default view and scale where nothing is saved, a scale the chart cannot use being linear", () => {
		const offers = { log: true, percent: false, columns: ["A"] };
		const defaults = { view: "table", scale: "log" } as const;
		expect(readChartChoices({}, offers, defaults).choices).toMatchObject({ view: "table", scale: "log" });
		// What the reader chose wins.
		expect(readChartChoices({ view: "chart", scale: "linear" }, offers, defaults).choices).toMatchObject({ view: "chart", scale: "linear" });
		expect(readChartChoices({}, { ...offers, log: false }, defaults).choices.scale).toBe("linear");
		expect(readChartChoices({}, offers, { scale: "percent" }).choices.scale).toBe("linear");
	});
});

describe("the move from one drawing to the next", () => {
	/** A box chart of `names` down the rows and `columns` columns of numbers. */
	function boxChart(names: string[], columns: number): string {
		const header = ["Framework", ...Array.from({ length: columns }, (_, c) => `HW ${c}`)];
		const row = (cells: string[]) => `│ ${cells.join(" │ ")} │`;
		const rule = (l: string, m: string, r: string) => l + header.map(() => "─────").join(m) + r;
		return ["```", "Throughput (ops/s)", rule("┌", "┬", "┐"), row(header), rule("├", "┼", "┤"), ...names.map((name, n) => row([name, ...Array.from({ length: columns }, (_, c) => String(10 + n + c))])), rule("└", "┴", "┘"), "```"].join("\n");
	}

	/** What a toggle of the first framework animated and how often it had the page laid out. */
	function toggleFirst(frameworks: number, columns: number): { animated: number; layouts: number } {
		const names = Array.from({ length: frameworks }, (_, n) => `Framework ${n}`);
		const text = boxChart(names, columns);
		const parsed = parseBoxChart(text, 1);
		if (!parsed.ok) throw new Error("the generated chart does not parse");
		const { pre } = renderFence(text);
		const state = new NoteViewState(names, undefined);
		const layout: ChartLayout = { line: 1, frameworkAxis: "rows", cornerLabel: "Framework", frameworkOf: names };
		const animate = vi.fn(() => ({ onfinish: null, oncancel: null }) as unknown as Animation);
		const layouts = vi.spyOn(HTMLElement.prototype, "getBoundingClientRect");
		Element.prototype.animate = animate;
		try {
			enhanceComparisonChart(pre, { key: "0", chart: parsed.value.chart, layout, source: text }, state, fakeMenuHost);
			layouts.mockClear();
			state.toggle(names[0]);
			return { animated: animate.mock.calls.length, layouts: layouts.mock.calls.length };
		} finally {
			delete (Element.prototype as Partial<Element>).animate;
			layouts.mockRestore();
		}
	}

	it("slides the bars of a chart a reader can follow", () => {
		const { animated } = toggleFirst(4, 5);
		expect(animated).toBeGreaterThan(0);
	});

	it("redraws a chart of hundreds of bars at once, without laying the page out to move them", () => {
		// 30 frameworks in 25 columns: 750 bars.
		expect(toggleFirst(30, 25)).toEqual({ animated: 0, layouts: 0 });
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
		enhanceComparisonChart(pre, { key: "0", chart: parsed.value.chart, layout, source: text }, new NoteViewState(["Express", "Fastify"], undefined), fakeMenuHost);
		const chart = section.querySelector<HTMLElement>(".framework-compare-chart")!;
		expect(bars(chart).map((g) => g.querySelector("title")?.textContent)).toEqual(["Express: 14,200 req/s", "Fastify: 45,000 req/s, best (higher is better)"]);
		expect(Array.from(chart.querySelectorAll(".framework-compare-chart-bar-label")).map((el) => el.textContent)).toEqual(["Express", "Fastify"]);
		expect(Array.from(chart.querySelectorAll("tbody th")).map((el) => el.textContent)).toEqual(["Express", "Fastify"]);
		// One column: nothing to hide, so no Columns menu.
		expect(chart.querySelector(".framework-compare-chart-columns")).toBeNull();
	});
});

/** A box chart as a note draws it, its cells written as given; frameworks down the rows. */
function boxFence(title: string, columns: string[], rows: [string, ...string[]][]): string {
	const table = [["Framework", ...columns], ...rows];
	const widths = table[0].map((_, c) => Math.max(...table.map((row) => (row[c] ?? "").length)) + 2);
	const line = (l: string, m: string, r: string) => `${l}${widths.map((w) => "─".repeat(w)).join(m)}${r}`;
	const row = (cells: string[]) => `│${cells.map((cell, c) => ` ${cell.padEnd(widths[c] - 1)}`).join("│")}│`;
	return [title, line("┌", "┬", "┐"), row(table[0]), line("├", "┼", "┤"), ...rows.map(row), line("└", "┴", "┘")].join("\n") + "\n";
}

function drawFence(text: string, frameworks: string[], saved?: ConstructorParameters<typeof NoteViewState>[1], layoutOf = (fw: string[]): ChartLayout => ({ line: 1, frameworkAxis: "rows", cornerLabel: "Framework", frameworkOf: fw })) {
	const parsed = parseBoxChart(text, 1);
	if (!parsed.ok) throw new Error(`the fixture chart does not parse: ${parsed.issues.map((i) => i.message).join(" ")}`);
	const { section, pre } = renderFence(text);
	const before = section.innerHTML;
	const state = new NoteViewState(frameworks, saved);
	const dispose = enhanceComparisonChart(pre, { key: "0", chart: parsed.value.chart, layout: layoutOf(frameworks), source: text }, state, fakeMenuHost);
	const chart = section.querySelector<HTMLElement>(".framework-compare-chart");
	return { section, pre, before, state, dispose, chart, values: parsed.value.chart.values };
}

const ticks = (root: Element) => Array.from(root.querySelectorAll(".framework-compare-chart-tick")).map((t) => t.textContent);
const valueLabels = (root: Element) => bars(root).map((g) => g.querySelector(".framework-compare-chart-value, .framework-compare-chart-na-text")?.textContent);
const rectOf = (g: Element) => {
	const rect = g.querySelector("rect.framework-compare-chart-rect")!;
	return { x: Number(rect.getAttribute("x")), width: Number(rect.getAttribute("width")) };
};
const baselineX = (root: Element) => Number(root.querySelector("line.framework-compare-chart-baseline")?.getAttribute("x1"));

describe("values at the ends of the doubles", () => {
	const HUGE = `17${"0".repeat(307)}`;

	it("draws a value near the largest double at once, with a handful of readable ticks", () => {
		const fence = boxFence("Throughput (ops/sec, higher is better)", ["Ops"], [["JAX", HUGE], ["PyTorch", "5"]]);
		const { chart, values } = drawFence(fence, ["JAX", "PyTorch"]);
		expect(values).toEqual([[1.7e308], [5]]);
		expect(chart).not.toBeNull();
		expect(ticks(chart!)).toEqual(["0", "5×10³⁰⁷", "10³⁰⁸", "1.5×10³⁰⁸"]);
		expect(valueLabels(chart!)).toEqual(["1.7×10³⁰⁸ ★", "5"]);
		// The largest value's bar runs the whole axis; the other is a sliver.
		const [big, small] = bars(chart!).map(rectOf);
		expect(big.width).toBeGreaterThan(small.width * 50);
		expect(chart!.querySelector(".framework-compare-chart-problem")).toBeNull();
		// The table view prints it the same way.
		expect(Array.from(chart!.querySelectorAll(".framework-compare-chart-table td")).map((td) => td.textContent)).toEqual(["1.7×10³⁰⁸ ★ (best)", "5"]);
	});

	it("shows a log axis down to 5e-323 as powers of ten, never as 0.000000000000", () => {
		const fence = boxFence("Error (ratio, lower is better)", ["Error"], [["JAX", "5e-323"], ["PyTorch", "100"], ["TensorFlow", "0.01"]]);
		const { chart, state } = drawFence(fence, ["JAX", "PyTorch", "TensorFlow"]);
		expect(chart!.querySelector(".framework-compare-chart-log")).not.toBeNull();
		state.updateChart("0", { scale: "log" });
		const labels = ticks(chart!);
		expect(labels[0]).toBe("10⁻³²³");
		expect(labels.at(-1)).toBe("10²");
		expect(labels.length).toBeLessThanOrEqual(12);
		expect(labels.every((label) => /^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(label ?? ""))).toBe(true);
		// Each value as written: 100 is not padded to the decimals of 0.01.
		expect(valueLabels(chart!)).toEqual(["5×10⁻³²³ ★", "100", "0.01"]);
		// Each bar's length grows with the logarithm of its value.
		const widths = bars(chart!).map((g) => rectOf(g).width);
		expect(widths[0]).toBeLessThan(widths[2]);
		expect(widths[2]).toBeLessThan(widths[1]);
	});

	it("prints values below the format's precision with their own digits, and stars the one that is best", () => {
		const fence = boxFence("Loss (lower is better)", ["Loss"], [["JAX", "0.0000001"], ["PyTorch", "0.00000002"], ["TensorFlow", "0.5"]]);
		const { chart } = drawFence(fence, ["JAX", "PyTorch", "TensorFlow"]);
		expect(valueLabels(chart!)).toEqual(["10⁻⁷", "2×10⁻⁸ ★", "0.5"]);
		expect(bars(chart!).filter((g) => g.classList.contains("is-best")).map((g) => g.dataset.framework)).toEqual(["PyTorch"]);
	});
});

describe("negative values", () => {
	const fence = boxFence("Change (points, higher is better)", ["Q1", "Q2"], [["JAX", "-50", "12"], ["PyTorch", "100", "-3"], ["TensorFlow", "N/A", "8"]]);

	it("draws a negative value as a bar from the zero baseline going left, its label before it", () => {
		const { chart } = drawFence(fence, ["JAX", "PyTorch", "TensorFlow"]);
		const zero = baselineX(chart!);
		const [jax, pytorch] = bars(chart!);
		const negative = rectOf(jax);
		const positive = rectOf(pytorch);
		expect(negative.x + negative.width).toBeCloseTo(zero, 6);
		expect(positive.x).toBeCloseTo(zero, 6);
		// -50 against 100: half as long, on the other side.
		expect(negative.width).toBeCloseTo(positive.width / 2, 0);
		const label = jax.querySelector(".framework-compare-chart-value")!;
		expect(label.textContent).toBe("−50");
		expect(label.getAttribute("text-anchor")).toBe("end");
		expect(Number(label.getAttribute("x"))).toBeLessThan(negative.x);
		expect(ticks(chart!)).toEqual(["−50", "0", "50", "100"]);
		// Every bar and label stays right of the bar names.
		const names = Math.max(...Array.from(chart!.querySelectorAll(".framework-compare-chart-bar-label")).map((el) => Number(el.getAttribute("x"))));
		expect(Number(label.getAttribute("x")) - "−50".length * 7).toBeGreaterThan(names);
	});

	it("stars the highest value, draws N/A at the baseline, and does not offer a share of best or a log axis", () => {
		const { chart } = drawFence(fence, ["JAX", "PyTorch", "TensorFlow"]);
		expect(valueLabels(chart!)).toEqual(["−50", "100 ★", "N/A", "12 ★", "−3", "8"]);
		const na = bars(chart!)[2].querySelector("rect.framework-compare-chart-na")!;
		expect(Number(na.getAttribute("x"))).toBeCloseTo(baselineX(chart!) + 0.5, 6);
		expect(chart!.querySelector(".framework-compare-chart-percent")).toBeNull();
		expect(chart!.querySelector(".framework-compare-chart-log")).toBeNull();
	});

	it("draws a chart of negative values only leftwards from a baseline on the right", () => {
		const { chart } = drawFence(boxFence("Delta", ["d"], [["JAX", "-3200"], ["PyTorch", "-350"]]), ["JAX", "PyTorch"]);
		const zero = baselineX(chart!);
		for (const g of bars(chart!)) expect(rectOf(g).x + rectOf(g).width).toBeCloseTo(zero, 6);
		expect(ticks(chart!).at(-1)).toBe("0");
	});

	it("reads a saved log or % of best scale it cannot apply as linear, and drops it from the saved choices", () => {
		const { chart, state } = drawFence(fence, ["JAX", "PyTorch", "TensorFlow"], { hiddenFrameworks: [], charts: { "0": { scale: "percent", view: "chart" } } });
		expect(chart!.querySelector(".framework-compare-chart-meta")?.textContent).toBe("points · higher is better · ★ best");
		expect(ticks(chart!)).toEqual(["−50", "0", "50", "100"]);
		expect(state.chart("0")).toEqual({ view: "chart" });
	});
});

describe("saved chart choices that do not fit the chart", () => {
	it("drops hidden columns the chart does not have, keeping the rest, so Show all is not lit for nothing", () => {
		const saved = { hiddenFrameworks: [], charts: { "0": { hiddenColumns: ["NVIDIA A100", "Gone", "Also gone"], grouping: "framework" as const } } };
		const { chart, state } = drawFence(SEED_FENCE, ["JAX", "PyTorch", "TensorFlow"], saved, () => LAYOUT);
		expect(state.chart("0")).toEqual({ hiddenColumns: ["NVIDIA A100"], grouping: "framework" });
		expect(bars(chart!).map((g) => g.dataset.column)).not.toContain("NVIDIA A100");
		state.showAll();
		expect(state.anythingHidden).toBe(false);
		expect(bars(chart!).filter((g) => g.dataset.column === "NVIDIA A100")).toHaveLength(3);
	});

	it("changes nothing in the saved choices when they all fit", () => {
		const saved = { hiddenFrameworks: ["JAX"], charts: { "0": { hiddenColumns: ["TPU v4-8"], view: "table" as const, scale: "log" as const } } };
		const changes: unknown[] = [];
		const { pre } = renderFence(SEED_FENCE);
		const parsed = parseBoxChart(SEED_FENCE, 45);
		if (!parsed.ok) throw new Error("no seed chart");
		const state = new NoteViewState(["JAX", "PyTorch", "TensorFlow"], saved, (snapshot) => changes.push(snapshot));
		enhanceComparisonChart(pre, { key: "0", chart: parsed.value.chart, layout: LAYOUT, source: SEED_FENCE }, state, fakeMenuHost);
		expect(changes).toEqual([]);
		expect(state.snapshot()).toEqual(saved);
	});
});

describe("a chart that cannot be drawn", () => {
	/** Every SVG element the page is asked for throws `error`; HTML elements are made as usual. */
	const failSvg = (error: Error) => {
		const original = document.createElementNS.bind(document);
		return vi.spyOn(document, "createElementNS").mockImplementation(((namespace: string | null, name: string) => {
			if (namespace === SVG_NS) throw error;
			return original(namespace, name);
		}));
	};
	const problem = (section: Element) => section.querySelector(".framework-compare-chart-problem")?.textContent;

	it("leaves the fence as rendered, with a line saying why, and no toolbar", () => {
		const { section, pre } = renderFence(SEED_FENCE);
		const parsed = parseBoxChart(SEED_FENCE, 45);
		if (!parsed.ok) throw new Error("no seed chart");
		// An SVG the page cannot make: the chart's drawing throws half way through.
		const spy = failSvg(new RangeError("Invalid array length"));
		let dispose: () => void;
		try {
			dispose = enhanceComparisonChart(pre, { key: "0", chart: parsed.value.chart, layout: LAYOUT, source: SEED_FENCE }, new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined), fakeMenuHost);
		} finally {
			spy.mockRestore();
		}
		expect(section.querySelector(".framework-compare-chart")).toBeNull();
		expect(section.querySelector("[role=toolbar]")).toBeNull();
		expect(pre.parentElement).toBe(section);
		expect(pre.textContent).toBe(SEED_FENCE);
		expect(problem(section)).toBe("This chart could not be drawn, so it stays as text (RangeError: Invalid array length).");
		expect(pre.previousElementSibling?.classList.contains("framework-compare-chart-problem")).toBe(true);
		dispose();
		expect(section.querySelector(".framework-compare-chart-problem")).toBeNull();
		expect(section.childNodes.length).toBe(3);
		expect(section.innerHTML).toBe(`\n${pre.outerHTML}\n`);
	});

	it("puts the text back when a later redraw throws, and stops listening to the note's toggles", () => {
		const { section, before, state, dispose, pre } = setup();
		const spy = failSvg(new TypeError("no SVG here"));
		try {
			state.updateChart("0", { grouping: "framework" });
		} finally {
			spy.mockRestore();
		}
		expect(section.querySelector(".framework-compare-chart")).toBeNull();
		expect(pre.parentElement).toBe(section);
		expect(problem(section)).toContain("TypeError: no SVG here");
		// The note's other views still get their changes; this one is gone.
		expect(() => state.toggle("JAX")).not.toThrow();
		expect(section.querySelector("[role=toolbar]")).toBeNull();
		dispose();
		expect(section.innerHTML).toBe(before);
	});
});
