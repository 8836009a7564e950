// Issue 5 through a real browser: box-drawing charts drawn as interactive SVG
// bar charts, on the seed note (single lines), the database note (heavy and
// double lines, decimals, lower is better) and an ASCII +---+ chart.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { DATABASES, menuItem, SEED, visibleRows, waitForHost, scrollThrough, useSession } from "./session";

const repoRoot = join(__dirname, "..", "..");
const ASCII = "Benchmarks/Chart gallery.md";

// Each test starts from the note as written: no saved view choices.
const session = useSession(undefined, { freshData: true });

/** The fence's content in the note file, as markdown-it hands it over (trailing newline included). */
function fenceContent(note: string, fenceLine: number): string {
	const lines = readFileSync(join(repoRoot, "example-vault", note), "utf8").split("\n");
	const body: string[] = [];
	for (let i = fenceLine; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
	return `${body.join("\n")}\n`;
}

const chart = (page: Page, n = 0) => page.locator(".framework-compare-chart").nth(n);
const toggle = (scope: Page | Locator, name: string) => scope.locator(`[role="toolbar"] button[data-framework="${name}"]`).first();

/** What a sighted reader sees of a chart, once its bars have moved to their places: per visible group, its label and each visible bar's label and value text. */
async function visibleBars(container: Locator): Promise<string[][]> {
	await container.page().evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
	return container.locator("svg[role=img]").evaluate((svg) => {
		const shown = (el: Element) => getComputedStyle(el).visibility !== "hidden" && getComputedStyle(el).opacity !== "0";
		const groups: string[][] = [];
		for (const el of Array.from(svg.children)) {
			if (el.classList.contains("framework-compare-chart-group")) {
				if (shown(el)) groups.push([el.textContent ?? ""]);
				else groups.push([]);
			} else if (el.classList.contains("framework-compare-chart-bar") && shown(el)) {
				const label = el.querySelector(".framework-compare-chart-bar-label")?.textContent ?? "";
				const value = el.querySelector(".framework-compare-chart-value, .framework-compare-chart-na-text")?.textContent ?? "";
				groups[groups.length - 1]?.push(`${label}=${value}`);
			}
		}
		return groups.filter((group) => group.length > 0);
	});
}

async function waitTransitions(page: Page): Promise<void> {
	await page.waitForTimeout(250);
}

const SEED_CHART_LINE = 45;
const LATENCY_LINE = 37;
const BULK_LINE = 52;

describe("the seed note's chart", () => {
	it("draws 3 groups of 3 bars with the title, unit, direction, round ticks, best values starred and PyTorch on TPU as N/A", async () => {
		const page = await session.open(SEED);
		const c = chart(page);
		const svg = c.locator("svg[role=img]");
		expect(await svg.count()).toBe(1);
		expect(await svg.getAttribute("aria-label")).toContain("RESNET-50 Training Performance");
		expect(await c.locator(".framework-compare-chart-caption").textContent()).toMatch(/RESNET-50 Training Performance.*images\/sec.*higher is better/);
		expect(await visibleBars(c)).toEqual([
			["NVIDIA V100", "JAX/Flax=390 ★", "PyTorch=380", "TensorFlow=350"],
			["NVIDIA A100", "JAX/Flax=850 ★", "PyTorch=820", "TensorFlow=780"],
			["TPU v4-8", "JAX/Flax=3200 ★", "PyTorch=N/A", "TensorFlow=2900"],
		]);
		const na = c.locator('g.framework-compare-chart-bar.is-missing[data-framework="PyTorch"][data-column="TPU v4-8"]');
		expect(await na.count()).toBe(1);
		expect(await na.locator("rect.framework-compare-chart-rect").count()).toBe(0);
		expect(await na.locator("title").textContent()).toBe("PyTorch, TPU v4-8: N/A (no value)");
		expect(await c.locator(".framework-compare-chart-tick").allTextContents()).toEqual(["0", "1000", "2000", "3000", "4000"]);
		expect(await c.locator('g.framework-compare-chart-bar.is-best').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.framework))).toEqual(["JAX", "JAX", "JAX"]);
		// The legend is the note's framework toolbar, in the note's colours.
		const legend = c.locator('[role="toolbar"]');
		expect(await legend.locator("button[aria-pressed][data-framework]").allTextContents()).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		const colours = await c.evaluate((el) => {
			const fill = (sel: string) => getComputedStyle(el.querySelector(sel)!).fill;
			const swatch = (name: string) => getComputedStyle(el.querySelector(`button[data-framework="${name}"] .framework-compare-swatch`)!).backgroundColor;
			return {
				bar: fill('g[data-framework="PyTorch"] rect.framework-compare-chart-rect'),
				swatch: swatch("PyTorch"),
			};
		});
		expect(colours.bar).toBe(colours.swatch);
		// The original text stays in the page for the Text view, hidden.
		expect(await c.locator(".framework-compare-chart-text pre").isHidden()).toBe(true);
	});

	it("hides PyTorch's bars and its rows in the note's tables together, closing the chart up", async () => {
		const page = await session.open(SEED);
		const c = chart(page);
		// The chart's height and where each group and bar sits, relative to the chart's own top.
		const layout = () =>
			c.locator("svg[role=img]").evaluate((svg) => {
				const top = svg.getBoundingClientRect().top;
				const y = (el: Element) => Math.round(el.getBoundingClientRect().top - top);
				return {
					height: Math.round(svg.getBoundingClientRect().height),
					groups: Array.from(svg.querySelectorAll(".framework-compare-chart-group")).map(y),
					bars: Object.fromEntries(Array.from(svg.querySelectorAll("g.framework-compare-chart-bar")).map((g) => [`${(g as SVGGElement).dataset.framework}@${(g as SVGGElement).dataset.column}`, y(g.querySelector("rect")!)])),
				};
			});
		const before = await layout();
		await toggle(c, "PyTorch").click();
		await waitTransitions(page);
		expect(await visibleBars(c)).toEqual([
			["NVIDIA V100", "JAX/Flax=390 ★", "TensorFlow=350"],
			["NVIDIA A100", "JAX/Flax=850 ★", "TensorFlow=780"],
			["TPU v4-8", "JAX/Flax=3200 ★", "TensorFlow=2900"],
		]);
		for (const table of [0, 1]) expect((await visibleRows(page, table)).map((row) => row.split(" | ")[0])).toEqual(["Framework", "JAX", "TensorFlow"]);
		expect(await page.locator('[role="toolbar"] button[data-framework="PyTorch"][aria-pressed="false"]').count()).toBe(3);
		const after = await layout();
		// No empty band: three bar slots (18 px bar, 4 px gap) fewer, TensorFlow where PyTorch was.
		expect(before.height - after.height).toBe(3 * 22);
		expect(after.bars["JAX@NVIDIA V100"]).toBe(before.bars["JAX@NVIDIA V100"]);
		expect(after.bars["TensorFlow@NVIDIA V100"]).toBe(before.bars["PyTorch@NVIDIA V100"]);
		expect(after.groups[1] - after.groups[0]).toBe(before.groups[1] - before.groups[0] - 22);
		// Hidden bars are out of the keyboard's reach too: they are not drawn.
		expect(await c.locator('li.framework-compare-chart-item[data-framework="PyTorch"]').count()).toBe(0);
		// Hiding it from a table's toolbar shows it again here, in its place.
		await toggle(page, "PyTorch").click();
		await waitTransitions(page);
		expect((await visibleBars(c))[0]).toEqual(["NVIDIA V100", "JAX/Flax=390 ★", "PyTorch=380", "TensorFlow=350"]);
		expect(await layout()).toEqual(before);
	});

	it("closes up a hidden column's group, rescales the axis to what is left, and counts it on the Columns button", async () => {
		const page = await session.open(SEED);
		const c = chart(page);
		const height = () => c.locator("svg[role=img]").evaluate((svg) => Math.round(svg.getBoundingClientRect().height));
		const before = await height();
		const columns = c.locator(".framework-compare-chart-columns");
		expect(await columns.textContent()).toBe("Columns");
		await columns.click();
		await menuItem(page, 'Hide column "TPU v4-8"').click();
		await waitTransitions(page);
		expect((await visibleBars(c)).map((group) => group[0])).toEqual(["NVIDIA V100", "NVIDIA A100"]);
		// One group fewer: its heading (22 px), three bar slots (22 px each) and the gap between groups (10 px).
		expect(before - (await height())).toBe(22 + 3 * 22 + 10);
		expect(await c.locator(".framework-compare-chart-tick").allTextContents()).toEqual(["0", "200", "400", "600", "800", "1000"]);
		expect(await columns.textContent()).toBe("Columns · 1 hidden");
		// The table hides it too and the count stays; Show column brings it back.
		await c.getByRole("button", { name: "Table", exact: true }).click();
		expect(await c.locator("table.framework-compare-chart-table tr").first().innerText()).toBe("Framework\tNVIDIA V100\tNVIDIA A100");
		await c.getByRole("button", { name: "Chart", exact: true }).click();
		await columns.click();
		await menuItem(page, 'Show column "TPU v4-8"').click();
		await waitTransitions(page);
		expect(await columns.textContent()).toBe("Columns");
		expect(await height()).toBe(before);
	});

	it("moves the bars to their new places in a short transition, and not at all under prefers-reduced-motion", async () => {
		const page = await session.open(SEED);
		const c = chart(page);
		const running = () => page.evaluate(() => document.getAnimations().map((animation) => (animation.effect as KeyframeEffect | null)?.target?.nodeName ?? ""));
		// What started an animation since the last call, recorded in the page: on a busy machine a
		// 180 ms move can be over before the test gets to look at document.getAnimations().
		await page.evaluate(() => {
			const scope = window as unknown as { animated: string[] };
			scope.animated = [];
			const original = (Object.getOwnPropertyDescriptor(Element.prototype, "animate") as PropertyDescriptor).value as (this: Element, ...args: Parameters<Element["animate"]>) => Animation;
			Element.prototype.animate = function (this: Element, ...args: Parameters<Element["animate"]>) {
				scope.animated.push(this.nodeName);
				return original.apply(this, args);
			};
		});
		const started = () => page.evaluate(() => (window as unknown as { animated: string[] }).animated.splice(0));
		const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		await toggle(c, "PyTorch").click();
		await frames();
		const moving = await started();
		expect(moving.length).toBeGreaterThan(0);
		expect(moving).toContain("g");
		await expect.poll(running, { timeout: 5000 }).toEqual([]);
		await toggle(c, "PyTorch").click();
		await expect.poll(running, { timeout: 5000 }).toEqual([]);
		await page.emulateMedia({ reducedMotion: "reduce" });
		await started();
		await toggle(c, "PyTorch").click();
		await frames();
		expect(await started()).toEqual([]);
		expect(await running()).toEqual([]);
		expect((await visibleBars(c))[0]).toEqual(["NVIDIA V100", "JAX/Flax=390 ★", "TensorFlow=350"]);
		await toggle(c, "PyTorch").click();
		await page.waitForTimeout(700);
	});

	it("shows framework, column, value and unit on hover and on focus, and reaches every value with the arrow keys", async () => {
		const page = await session.open(SEED);
		const c = chart(page);
		const tooltip = c.locator(".framework-compare-chart-tooltip");
		expect(await tooltip.isHidden()).toBe(true);
		await c.locator('li[data-framework="TensorFlow"][data-column="NVIDIA A100"]').hover();
		expect(await tooltip.isVisible()).toBe(true);
		expect(await tooltip.innerText()).toBe("TensorFlow · NVIDIA A100\n780 images/sec");
		// The bar says what the note says, the legend the framework's name: the tooltip shows both.
		await c.locator('li[data-framework="JAX"][data-column="NVIDIA V100"]').hover();
		expect(await tooltip.innerText()).toBe("JAX/Flax (JAX) · NVIDIA V100\n390 images/sec\n★ Best (higher is better)");
		await page.mouse.move(0, 0);
		expect(await tooltip.isHidden()).toBe(true);

		// One tab stop: the first bar; arrows walk all nine values.
		const items = c.locator("ul[role=list] > li");
		expect(await items.count()).toBe(9);
		expect(await items.evaluateAll((els) => els.map((el) => (el as HTMLElement).tabIndex))).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1]);
		await items.first().focus();
		const seen: string[] = [];
		for (let i = 0; i < 9; i++) {
			seen.push(await page.evaluate(() => document.activeElement?.textContent ?? ""));
			await page.keyboard.press("ArrowRight");
		}
		expect(seen).toEqual([
			"JAX/Flax (JAX), NVIDIA V100: 390 images/sec, best (higher is better)",
			"PyTorch, NVIDIA V100: 380 images/sec",
			"TensorFlow, NVIDIA V100: 350 images/sec",
			"JAX/Flax (JAX), NVIDIA A100: 850 images/sec, best (higher is better)",
			"PyTorch, NVIDIA A100: 820 images/sec",
			"TensorFlow, NVIDIA A100: 780 images/sec",
			"JAX/Flax (JAX), TPU v4-8: 3200 images/sec, best (higher is better)",
			"PyTorch, TPU v4-8: N/A (no value)",
			"TensorFlow, TPU v4-8: 2900 images/sec",
		]);
		expect(await tooltip.innerText()).toBe("TensorFlow · TPU v4-8\n2900 images/sec");
		await page.keyboard.press("ArrowLeft");
		expect(await tooltip.innerText()).toBe("PyTorch · TPU v4-8\nN/A (no value)");
		expect(await page.evaluate(() => (document.activeElement as HTMLElement).tabIndex)).toBe(0);
		// The screen reader's way in: a list beside the image.
		const snapshot = await c.locator(".framework-compare-chart-plot").ariaSnapshot();
		expect(snapshot).toContain('img "RESNET-50 Training Performance (images/sec, higher is better)"');
		expect(snapshot).toContain('listitem: "PyTorch, TPU v4-8: N/A (no value)"');
	});

	it("switches between chart, table and the text exactly as written, and remembers the choice", async () => {
		const page = await session.open(SEED);
		const c = chart(page);
		await c.getByRole("button", { name: "Table", exact: true }).click();
		expect(await c.locator("svg[role=img]").isHidden()).toBe(true);
		const table = c.locator("table.framework-compare-chart-table");
		expect(await table.isVisible()).toBe(true);
		expect(await table.locator("tr").evaluateAll((rows) => rows.map((row) => Array.from((row as HTMLTableRowElement).cells).map((cell) => (cell.textContent ?? "").trim()).join(" | ")))).toEqual([
			"Framework | NVIDIA V100 | NVIDIA A100 | TPU v4-8",
			"JAX/Flax | 390 ★ (best) | 850 ★ (best) | 3200 ★ (best)",
			"PyTorch | 380 | 820 | N/A",
			"TensorFlow | 350 | 780 | 2900",
		]);
		expect(await table.locator('tr[data-framework="PyTorch"]').count()).toBe(1);
		await toggle(c, "PyTorch").click();
		expect(await table.locator('tr[data-framework="PyTorch"]').isHidden()).toBe(true);
		await toggle(c, "PyTorch").click();

		await c.getByRole("button", { name: "Text", exact: true }).click();
		const pre = c.locator(".framework-compare-chart-text pre");
		expect(await pre.isVisible()).toBe(true);
		expect(await pre.locator("code").textContent()).toBe(fenceContent(SEED, SEED_CHART_LINE));
		expect(await c.getByRole("button", { name: "Text", exact: true }).getAttribute("aria-pressed")).toBe("true");
		await page.waitForTimeout(600);
		await page.reload();
		await waitForHost(page);
		await scrollThrough(page);
		expect(await chart(page).locator(".framework-compare-chart-text pre").isVisible()).toBe(true);
		expect(await chart(page).locator("svg[role=img]").isHidden()).toBe(true);
		await chart(page).getByRole("button", { name: "Chart", exact: true }).click();
		expect(await chart(page).locator("svg[role=img]").isVisible()).toBe(true);
	});

	it("offers a log scale for values about ten times apart, and % of best per column", async () => {
		const page = await session.open(SEED);
		const c = chart(page);
		const width = (framework: string, column: string) => c.locator(`g[data-framework="${framework}"][data-column="${column}"] rect`).evaluate((rect) => Number(rect.getAttribute("width")));
		const linear = { small: await width("TensorFlow", "NVIDIA V100"), big: await width("JAX/Flax".replace("/Flax", ""), "TPU v4-8") };
		expect(linear.big / linear.small).toBeCloseTo(3200 / 350, 1);
		const log = c.getByRole("button", { name: "Log scale" });
		await log.click();
		expect(await log.getAttribute("aria-pressed")).toBe("true");
		expect(await c.locator(".framework-compare-chart-tick").allTextContents()).toEqual(expect.arrayContaining(["100", "1000", "10000"]));
		expect(await c.locator(".framework-compare-chart-meta").textContent()).toContain("log scale");
		const logged = { small: await width("TensorFlow", "NVIDIA V100"), big: await width("JAX", "TPU v4-8") };
		expect(logged.big / logged.small).toBeLessThan(3);
		// Values are still printed as written.
		expect((await visibleBars(c))[2]).toEqual(["TPU v4-8", "JAX/Flax=3200 ★", "PyTorch=N/A", "TensorFlow=2900"]);

		const percent = c.getByRole("button", { name: "% of best" });
		await percent.click();
		expect(await log.getAttribute("aria-pressed")).toBe("false");
		expect(await percent.getAttribute("aria-pressed")).toBe("true");
		expect(await visibleBars(c)).toEqual([
			["NVIDIA V100", "JAX/Flax=100% ★", "PyTorch=97%", "TensorFlow=90%"],
			["NVIDIA A100", "JAX/Flax=100% ★", "PyTorch=96%", "TensorFlow=92%"],
			["TPU v4-8", "JAX/Flax=100% ★", "PyTorch=N/A", "TensorFlow=91%"],
		]);
		expect(await c.locator(".framework-compare-chart-tick").allTextContents()).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
		await c.locator('li[data-framework="PyTorch"][data-column="NVIDIA V100"]').hover();
		expect(await c.locator(".framework-compare-chart-tooltip").innerText()).toBe("PyTorch · NVIDIA V100\n380 images/sec\n97% of best");
		await percent.click();
		expect(await c.locator(".framework-compare-chart-tick").allTextContents()).toEqual(["0", "1000", "2000", "3000", "4000"]);
	});

	it("groups by framework instead of by column, and hides a column", async () => {
		const page = await session.open(SEED);
		const c = chart(page);
		await c.getByRole("button", { name: "Group by framework" }).click();
		expect(await visibleBars(c)).toEqual([
			["JAX/Flax", "NVIDIA V100=390 ★", "NVIDIA A100=850 ★", "TPU v4-8=3200 ★"],
			["PyTorch", "NVIDIA V100=380", "NVIDIA A100=820", "TPU v4-8=N/A"],
			["TensorFlow", "NVIDIA V100=350", "NVIDIA A100=780", "TPU v4-8=2900"],
		]);
		await c.getByRole("button", { name: "Columns" }).click();
		await menuItem(page, 'Hide column "TPU v4-8"').click();
		await waitTransitions(page);
		expect(await visibleBars(c)).toEqual([
			["JAX/Flax", "NVIDIA V100=390 ★", "NVIDIA A100=850 ★"],
			["PyTorch", "NVIDIA V100=380", "NVIDIA A100=820"],
			["TensorFlow", "NVIDIA V100=350", "NVIDIA A100=780"],
		]);
		await c.getByRole("button", { name: "Group by framework" }).click();
		await waitTransitions(page);
		expect((await visibleBars(c)).map((group) => group[0])).toEqual(["NVIDIA V100", "NVIDIA A100"]);
		await c.getByRole("button", { name: "Table", exact: true }).click();
		expect(await c.locator("table.framework-compare-chart-table tr").first().innerText()).toBe("Framework\tNVIDIA V100\tNVIDIA A100");
		await c.getByRole("button", { name: "Chart", exact: true }).click();
		await c.getByRole("button", { name: "Columns" }).click();
		await menuItem(page, 'Show column "TPU v4-8"').click();
		await waitTransitions(page);
		expect((await visibleBars(c)).map((group) => group[0])).toEqual(["NVIDIA V100", "NVIDIA A100", "TPU v4-8"]);
	});
});

describe("options per view, on a phone and by touch", () => {
	const actionButtons = (c: Locator) =>
		c.locator(".framework-compare-actions > button").evaluateAll((buttons) =>
			buttons
				.filter((b) => getComputedStyle(b).display !== "none")
				.map((b) => ({ text: b.textContent ?? "", disabled: (b as HTMLButtonElement).disabled, opacity: getComputedStyle(b).opacity, cursor: getComputedStyle(b).cursor, top: Math.round(b.getBoundingClientRect().top) })),
		);

	/** A note in a page of a context of the test's own (touch, mobile), as session.open does it. */
	const openIn = async (context: BrowserContext, note: string, theme = "light") => {
		const page = await context.newPage();
		await page.goto(`${session.host.url}?${new URLSearchParams({ note, theme }).toString()}`);
		await waitForHost(page);
		await scrollThrough(page);
		return page;
	};
	/** The open menu's items (Obsidian's Menu), each title with ✓ after a checked one. */
	const menuTitles = (page: Page, only = ".menu-item") =>
		page.locator(`.menu ${only}`).evaluateAll((items) => items.map((item) => `${item.querySelector(".menu-item-title")?.textContent ?? ""}${item.classList.contains("mod-checked") ? " ✓" : ""}`));
	/** Puts the chart's choices back as the note has them and lets the save land, so the next test starts clean. */
	const forgetChoices = async (page: Page, c: Locator) => {
		await page.evaluate(() => document.body.classList.remove("is-mobile"));
		await page.setViewportSize({ width: 1100, height: 900 });
		await c.getByRole("button", { name: "Chart", exact: true }).click();
		for (const name of ["Log scale", "Group by framework"]) {
			const button = c.getByRole("button", { name });
			if ((await button.getAttribute("aria-pressed")) === "true") await button.click();
		}
		const columns = c.locator(".framework-compare-chart-columns");
		while ((await columns.textContent()) !== "Columns") {
			await columns.click();
			await page.locator(".menu .menu-item").filter({ hasText: /^Show column/ }).first().click();
		}
		await page.waitForTimeout(700);
	};

	it("disables the options that do not apply in the Table and Text views, styled as Obsidian's disabled controls", async () => {
		const page = await session.open(SEED);
		const c = chart(page);
		const disabled = async () => (await actionButtons(c)).filter((b) => b.disabled).map((b) => b.text);
		expect(await disabled()).toEqual([]);
		await c.getByRole("button", { name: "Table", exact: true }).click();
		// The table is laid out as the note's box, with the numbers as written: only hiding columns applies.
		expect(await disabled()).toEqual(["Group by framework", "Log scale", "% of best"]);
		await c.getByRole("button", { name: "Text", exact: true }).click();
		expect(await disabled()).toEqual(["Group by framework", "Log scale", "% of best", "Columns"]);
		const log = (await actionButtons(c)).find((b) => b.text === "Log scale")!;
		expect(Number(log.opacity)).toBeLessThanOrEqual(0.6);
		expect(log.cursor).toBe("default");
		const enabled = (await actionButtons(c)).find((b) => b.text === "Chart")!;
		expect(Number(enabled.opacity)).toBe(1);
		// A click on a disabled option changes nothing, silently or not.
		await c.getByRole("button", { name: "Log scale" }).click({ force: true });
		await c.getByRole("button", { name: "Chart", exact: true }).click();
		expect(await c.getByRole("button", { name: "Log scale" }).getAttribute("aria-pressed")).toBe("false");
		expect(await c.locator(".framework-compare-chart-tick").allTextContents()).toEqual(["0", "1000", "2000", "3000", "4000"]);
		expect(await disabled()).toEqual([]);
	});

	it("puts the secondary options in one Options menu at 390 px, so the chart's actions fit one row", async () => {
		const page = await session.open(SEED, { width: 390 });
		const c = chart(page);
		await c.scrollIntoViewIfNeeded();
		const shown = await actionButtons(c);
		expect(shown.map((b) => b.text)).toEqual(["Chart", "Table", "Text", "Options"]);
		expect(new Set(shown.map((b) => b.top)).size).toBe(1);
		// The legend and the actions: two rows in all, where the buttons took three.
		const rows = await c.locator(".framework-compare-controls button").evaluateAll((buttons) => new Set(buttons.filter((b) => getComputedStyle(b).display !== "none").map((b) => Math.round(b.getBoundingClientRect().top))).size);
		expect(rows).toBe(2);
		const options = c.getByRole("button", { name: "Options" });
		expect(await options.getAttribute("aria-haspopup")).toBe("menu");
		await options.click();
		expect((await menuTitles(page)).slice(0, 3)).toEqual(["Group by framework", "Log scale", "% of best"]);
		await menuItem(page, "Log scale").click();
		expect(await c.locator(".framework-compare-chart-meta").textContent()).toContain("log scale");
		await options.click();
		expect((await menuTitles(page)).slice(0, 3)).toEqual(["Group by framework", "Log scale ✓", "% of best"]);
		await menuItem(page, 'Hide column "TPU v4-8"').click();
		await waitTransitions(page);
		expect(await options.textContent()).toBe("Options · 1 hidden");
		expect((await visibleBars(c)).map((group) => group[0])).toEqual(["NVIDIA V100", "NVIDIA A100"]);
		// In the Table view the bar options are there but disabled; in the Text view nothing applies.
		await c.getByRole("button", { name: "Table", exact: true }).click();
		await options.click();
		expect(await menuTitles(page, ".menu-item.is-disabled")).toEqual(["Group by framework", "Log scale ✓", "% of best"]);
		await page.keyboard.press("Escape");
		await c.getByRole("button", { name: "Text", exact: true }).click();
		expect(await options.isDisabled()).toBe(true);
		await forgetChoices(page, c);
	});

	it("takes the one-row layout in a wide pane on mobile (body.is-mobile), and keeps the buttons in a wide desktop pane", async () => {
		const desktop = await session.open(SEED, { width: 1100 });
		expect((await actionButtons(chart(desktop))).map((b) => b.text)).toEqual(["Chart", "Table", "Text", "Group by framework", "Log scale", "% of best", "Columns"]);
		// Obsidian's mobile app marks the body before anything is drawn.
		const context = await session.browser.newContext({ viewport: { width: 1100, height: 900 } });
		try {
			await context.addInitScript(() => document.addEventListener("DOMContentLoaded", () => document.body.classList.add("is-mobile")));
			const page = await openIn(context, SEED);
			expect((await actionButtons(chart(page))).map((b) => b.text)).toEqual(["Chart", "Table", "Text", "Options"]);
		} finally {
			await context.close();
		}
	});

	it("shows a bar's tooltip on a tap, and hides it on a tap elsewhere (touch screen)", async () => {
		const context = await session.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
		try {
			const page = await openIn(context, SEED);
			const c = chart(page);
			await c.locator("svg[role=img]").scrollIntoViewIfNeeded();
			const tooltip = c.locator(".framework-compare-chart-tooltip");
			const centre = async (selector: string) => {
				const box = (await c.locator(selector).boundingBox())!;
				return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
			};
			const bar = await centre('g[data-framework="TensorFlow"][data-column="NVIDIA A100"] rect');
			await page.touchscreen.tap(bar.x, bar.y);
			await expect.poll(() => tooltip.isVisible()).toBe(true);
			expect(await tooltip.innerText()).toBe("TensorFlow · NVIDIA A100\n780 images/sec");
			// It stays after the finger lifts, as long as nothing else is tapped.
			await page.waitForTimeout(300);
			expect(await tooltip.isVisible()).toBe(true);
			// Another bar: its tooltip instead.
			const other = await centre('g[data-framework="JAX"][data-column="TPU v4-8"] rect');
			await page.touchscreen.tap(other.x, other.y);
			await expect.poll(() => tooltip.innerText()).toBe("JAX/Flax (JAX) · TPU v4-8\n3200 images/sec\n★ Best (higher is better)");
			// A tap elsewhere (the chart's title) hides it.
			const title = await centre(".framework-compare-chart-title");
			await page.touchscreen.tap(title.x, title.y);
			await expect.poll(() => tooltip.isHidden()).toBe(true);
		} finally {
			await context.close();
		}
	});
});

describe("values as written and names as written", () => {
	it("prints 90k as 90k, 1,250 with its comma and 12.40 with its zero, on the bars, the axis, in the tooltip and the table", async () => {
		const text = [
			"# Throughput",
			"",
			"```",
			"Requests served (req/s, higher is better)",
			"+------------+-------+--------+",
			"| Framework  | Small | Large  |",
			"+------------+-------+--------+",
			"| JAX        | 90k   | 120k   |",
			"| PyTorch    | 85k   | 97.5k  |",
			"| TensorFlow | 12.5k | N/A    |",
			"+------------+-------+--------+",
			"```",
			"",
			"```",
			"Cost (USD, lower is better)",
			"+------------+-------+",
			"| Framework  | Month |",
			"+------------+-------+",
			"| JAX        | 1,250 |",
			"| PyTorch    | 12.40 |",
			"| TensorFlow | 980   |",
			"+------------+-------+",
			"```",
			"",
		].join("\n");
		session.writeVaultFile("Throughput.md", text);
		const page = await session.open("Throughput.md");
		const c = chart(page, 0);
		expect(await visibleBars(c)).toEqual([
			["Small", "JAX=90k ★", "PyTorch=85k", "TensorFlow=12.5k"],
			["Large", "JAX=120k ★", "PyTorch=97.5k", "TensorFlow=N/A"],
		]);
		expect(await c.locator(".framework-compare-chart-tick").allTextContents()).toEqual(["0", "50k", "100k", "150k"]);
		await c.locator('li[data-framework="PyTorch"][data-column="Large"]').hover();
		expect(await c.locator(".framework-compare-chart-tooltip-value").textContent()).toBe("97.5k req/s");
		const cost = chart(page, 1);
		expect(await visibleBars(cost)).toEqual([["Month", "JAX=1,250", "PyTorch=12.40 ★", "TensorFlow=980"]]);
		await cost.getByRole("button", { name: "Table", exact: true }).click();
		expect(await cost.locator("table.framework-compare-chart-table tbody td").allTextContents()).toEqual(["1,250", "12.40 ★ (best)", "980"]);
	});

	it("keeps the note's text on the bars and the canonical name in the legend, and the tooltip names both", async () => {
		const page = await session.open(SEED);
		const c = chart(page);
		expect(await c.locator('[role="toolbar"] button[data-framework="JAX"]').textContent()).toBe("JAX");
		expect(await c.locator('g[data-framework="JAX"] .framework-compare-chart-bar-label').first().textContent()).toBe("JAX/Flax");
		await c.locator('li[data-framework="JAX"][data-column="NVIDIA A100"]').hover();
		expect(await c.locator(".framework-compare-chart-tooltip-name").textContent()).toBe("JAX/Flax (JAX) · NVIDIA A100");
		// Where they agree, one name.
		await c.locator('li[data-framework="PyTorch"][data-column="NVIDIA A100"]').hover();
		expect(await c.locator(".framework-compare-chart-tooltip-name").textContent()).toBe("PyTorch · NVIDIA A100");
		// Grouped by framework, the group heading is the note's text too.
		await c.getByRole("button", { name: "Group by framework" }).click();
		expect(await c.locator(".framework-compare-chart-group").first().textContent()).toBe("JAX/Flax");
		await c.getByRole("button", { name: "Group by framework" }).click();
		await page.waitForTimeout(700);
	});
});

describe("the database note's charts", () => {
	it("draws the heavy-line chart with decimals, N/A and the lowest value of each column starred", async () => {
		const page = await session.open(DATABASES);
		const c = chart(page, 0);
		expect(await c.locator("svg[role=img]").getAttribute("aria-label")).toBe("Point lookup latency (ms, lower is better)");
		expect(await c.locator(".framework-compare-chart-meta").textContent()).toContain("lower is better");
		expect(await visibleBars(c)).toEqual([
			["1 client", "PostgreSQL=0.21", "MySQL=0.19", "SQLite=0.04 ★"],
			["16 clients", "PostgreSQL=0.34", "MySQL=0.31", "SQLite=0.11 ★"],
			["64 clients", "PostgreSQL=0.92", "MySQL=0.88 ★", "SQLite=N/A"],
		]);
		expect(await c.locator(".framework-compare-chart-tick").allTextContents()).toEqual(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]);
		await c.getByRole("button", { name: "Log scale" }).click();
		expect(await c.locator(".framework-compare-chart-tick").allTextContents()).toEqual(expect.arrayContaining(["0.01", "0.1", "1"]));
		await c.getByRole("button", { name: "% of best" }).click();
		// Lower is better: the others are a multiple of the best.
		expect((await visibleBars(c))[0]).toEqual(["1 client", "PostgreSQL=525%", "MySQL=475%", "SQLite=100% ★"]);
		await c.getByRole("button", { name: "% of best" }).click();
		await c.getByRole("button", { name: "Text", exact: true }).click();
		expect(await c.locator(".framework-compare-chart-text code").textContent()).toBe(fenceContent(DATABASES, LATENCY_LINE));
		await c.getByRole("button", { name: "Chart", exact: true }).click();
	});

	it("draws the double-line chart with thousands separators, and a toggle hides a database in both charts and the tables", async () => {
		const page = await session.open(DATABASES);
		const c = chart(page, 1);
		expect(await visibleBars(c)).toEqual([
			["Batch of 100", "PostgreSQL=18,400", "MySQL=15,900", "SQLite=22,700 ★"],
			["Batch of 1,000", "PostgreSQL=96,500", "MySQL=81,200", "SQLite=143,000 ★"],
			["Batch of 10,000", "PostgreSQL=212,000", "MySQL=174,500", "SQLite=305,000 ★"],
		]);
		expect(await c.locator(".framework-compare-chart-tick").allTextContents()).toEqual(["0", "100,000", "200,000", "300,000", "400,000"]);
		await toggle(c, "MySQL").click();
		await waitTransitions(page);
		for (const n of [0, 1]) expect((await visibleBars(chart(page, n))).flat().some((bar) => bar.startsWith("MySQL"))).toBe(false);
		expect((await visibleRows(page, 0))[0]).toBe("Feature | PostgreSQL | SQLite");
		expect((await visibleRows(page, 1)).map((row) => row.split(" | ")[0])).toEqual(["Database", "Postgres", "SQLite"]);
		await toggle(c, "MySQL").click();
		await c.getByRole("button", { name: "Text", exact: true }).click();
		expect(await c.locator(".framework-compare-chart-text code").textContent()).toBe(fenceContent(DATABASES, BULK_LINE));
		await c.getByRole("button", { name: "Chart", exact: true }).click();
	});

	it("leaves nothing behind when the plugin unloads", async () => {
		const plain = await session.open(DATABASES, { plugin: false });
		const withoutPlugin = await plain.innerHTML(".markdown-preview-sizer");
		const page = await session.open(DATABASES);
		expect(await page.locator("svg[role=img]").count()).toBe(2);
		await page.evaluate(() => (window as unknown as { host: { unloadPlugin(): void } }).host.unloadPlugin());
		expect(await page.innerHTML(".markdown-preview-sizer")).toBe(withoutPlugin);
	});
});

describe("the chart gallery", () => {
	it("draws an ASCII +---+ chart with each value's written decimals, lower is better, and N/A", async () => {
		const page = await session.open(ASCII);
		const c = chart(page, 0);
		expect(await c.locator("svg[role=img]").getAttribute("aria-label")).toBe("Inference latency, batch of 1 (ms, lower is better)");
		expect(await visibleBars(c)).toEqual([
			["CPU", "JAX=12.4", "PyTorch=10.9 ★", "TensorFlow=11.6"],
			["GPU", "JAX=1.85 ★", "PyTorch=2.10", "TensorFlow=1.92"],
			["Edge TPU", "JAX=N/A", "PyTorch=6.75", "TensorFlow=4.30 ★"],
		]);
		// The table and the tooltip print them as written too.
		await c.locator('li[data-framework="JAX"][data-column="CPU"]').hover();
		expect(await c.locator(".framework-compare-chart-tooltip-value").textContent()).toBe("12.4 ms");
		await c.getByRole("button", { name: "Table", exact: true }).click();
		expect(await c.locator("table.framework-compare-chart-table tbody tr").first().locator("th, td").allTextContents()).toEqual(["JAX", "12.4", "1.85 ★ (best)", "N/A"]);
		await c.getByRole("button", { name: "Chart", exact: true }).click();
		await toggle(c, "PyTorch").click();
		await waitTransitions(page);
		expect((await visibleBars(c))[0]).toEqual(["CPU", "JAX=12.4", "TensorFlow=11.6"]);
		await toggle(c, "PyTorch").click();
		await c.getByRole("button", { name: "Text", exact: true }).click();
		expect(await c.locator(".framework-compare-chart-text code").textContent()).toBe(fenceContent(ASCII, 11));
		await c.getByRole("button", { name: "Chart", exact: true }).click();
	});

	it("draws a chart whose frameworks run across the columns, one bar per framework", async () => {
		const page = await session.open(ASCII);
		const c = chart(page, 1);
		expect(await visibleBars(c)).toEqual([
			["ResNet-50", "JAX=41", "PyTorch=28 ★", "TensorFlow=35"],
			["BERT-base", "JAX=63", "PyTorch=47 ★", "TensorFlow=52"],
			["ViT-L/16", "JAX=118", "PyTorch=96 ★", "TensorFlow=104"],
		]);
		await c.getByRole("button", { name: "Table", exact: true }).click();
		// The table keeps the note's layout: frameworks across, their cells marked.
		expect(await c.locator("table.framework-compare-chart-table tr").first().innerText()).toBe("Model\tJAX\tPyTorch\tTensorFlow");
		expect(await c.locator('table.framework-compare-chart-table td[data-framework="JAX"]').count()).toBe(3);
		await toggle(c, "JAX").click();
		expect(await c.locator("table.framework-compare-chart-table tr").first().innerText()).toBe("Model\tPyTorch\tTensorFlow");
		await c.getByRole("button", { name: "Chart", exact: true }).click();
		await waitTransitions(page);
		expect((await visibleBars(c))[0]).toEqual(["ResNet-50", "PyTorch=28 ★", "TensorFlow=35"]);
		// The same state reaches the other charts of the note, the comparison-chart fence too.
		expect((await visibleBars(chart(page, 2)))[0]).toEqual(["ResNet-50", "PyTorch=7.9", "TensorFlow=8.3"]);
		await toggle(c, "JAX").click();
	});

	it("draws a comparison-chart fence through its code-block processor; no direction, so nothing is starred", async () => {
		const page = await session.open(ASCII);
		const block = page.locator(".block-language-comparison-chart").first();
		const c = block.locator(".framework-compare-chart");
		expect(await c.locator("svg[role=img]").getAttribute("aria-label")).toBe("Peak memory while training (GB)");
		expect(await visibleBars(c)).toEqual([
			["ResNet-50", "JAX=7.2", "PyTorch=7.9", "TensorFlow=8.3"],
			["BERT-base", "JAX=10.4", "PyTorch=11.1", "TensorFlow=11.8"],
		]);
		expect(await c.getByRole("button", { name: "Log scale" }).count()).toBe(0);
		expect(await c.getByRole("button", { name: "% of largest" }).count()).toBe(1);
		await c.getByRole("button", { name: "Text", exact: true }).click();
		expect(`${await c.locator(".framework-compare-chart-text code").textContent()}\n`).toBe(fenceContent(ASCII, 37));
		await c.getByRole("button", { name: "Chart", exact: true }).click();
	});

	it("keeps unreadable charts as text with a small note saying why", async () => {
		const page = await session.open(ASCII);
		expect(await page.locator(".framework-compare-chart").count()).toBe(3);
		const ragged = page.locator(".framework-compare-chart-problem");
		expect(await ragged.count()).toBe(1);
		expect(await ragged.textContent()).toBe(
			'This chart stays as text: Chart at line 52: The row "PyTorch" (line 58) has 2 cells, but the chart\'s header has 3; the chart cannot be drawn.',
		);
		expect(await ragged.evaluate((el) => el.nextElementSibling?.querySelector("code")?.textContent)).toBe(fenceContent(ASCII, 52));
		const fence = page.locator(".block-language-comparison-chart").nth(1);
		expect(await fence.locator("figcaption").textContent()).toBe('This chart stays as text: The row "JAX" (line 70) has "fast" where a number (or N/A) should be.');
		expect(`${await fence.locator("code").textContent()}\n`).toBe(fenceContent(ASCII, 65));
		expect(await fence.locator("svg").count()).toBe(0);
	});

	it("undoes every chart when the plugin unloads", async () => {
		const page = await session.open(ASCII);
		await page.evaluate(() => (window as unknown as { host: { unloadPlugin(): void } }).host.unloadPlugin());
		expect(await page.locator('[class*="framework-compare"], svg, [data-framework]').count()).toBe(0);
		expect(`${await page.locator(".block-language-comparison-chart code").first().textContent()}\n`).toBe(fenceContent(ASCII, 37));
	});
});

describe("charts recognised by their content", () => {
	it("draws a plain fence whose rows are not frameworks of the note, with toggles of its own; code in other languages stays code", async () => {
		const chartText = ["Cold start (s, lower is better)", "+--------+-------+-------+", "| Runner | Linux | macOS |", "+--------+-------+-------+", "| Alpha  | 1.2   | 1.9   |", "| Beta   | 0.8   | 2.4   |", "+--------+-------+-------+"].join("\n");
		session.writeVaultFile("Runners.md", `# Runners\n\n\`\`\`text\n${chartText}\n\`\`\`\n\n\`\`\`python\n${chartText}\n\`\`\`\n`);
		const page = await session.open("Runners.md");
		expect(await page.locator(".framework-compare-chart").count()).toBe(1);
		const c = chart(page);
		expect(await c.locator('[role="toolbar"] button[data-framework]').allTextContents()).toEqual(["Alpha", "Beta"]);
		expect(await visibleBars(c)).toEqual([
			["Linux", "Alpha=1.2", "Beta=0.8 ★"],
			["macOS", "Alpha=1.9 ★", "Beta=2.4"],
		]);
		await toggle(c, "Beta").click();
		await waitTransitions(page);
		expect(await visibleBars(c)).toEqual([
			["Linux", "Alpha=1.2"],
			["macOS", "Alpha=1.9 ★"],
		]);
		expect(await page.locator("pre > code").last().textContent()).toBe(`${chartText}\n`);
	});
});

describe("narrow panes and screenshots", () => {
	it("fits a phone-width pane with text at its real size", async () => {
		const page = await session.open(SEED, { width: 390 });
		const c = chart(page);
		await c.scrollIntoViewIfNeeded();
		// The chart itself fits; the note's plain tables overflow as Obsidian's own would.
		expect(await c.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
		const svg = await c.locator("svg[role=img]").evaluate((el) => ({ box: el.getBoundingClientRect().width, viewBox: (el as SVGSVGElement).viewBox.baseVal.width }));
		expect(Math.abs(svg.box - svg.viewBox)).toBeLessThan(3);
		await c.screenshot({ path: "test-results/chart-narrow.png" });
		// Widening the pane redraws at the new width, keeping the focused value focused.
		await c.locator("li.framework-compare-chart-item").nth(4).focus();
		await page.setViewportSize({ width: 900, height: 900 });
		await expect
			.poll(() => c.locator("svg[role=img]").evaluate((el) => Math.abs(el.getBoundingClientRect().width - (el as SVGSVGElement).viewBox.baseVal.width)))
			.toBeLessThan(3);
		expect(await c.locator("svg[role=img]").evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width)).toBeGreaterThan(600);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("PyTorch, NVIDIA A100: 820 images/sec");
		const gallery = await session.open(ASCII, { theme: "dark" });
		await gallery.setViewportSize({ width: 1100, height: 2600 });
		await gallery.screenshot({ path: "test-results/chart-gallery-dark.png", fullPage: true });
	});

	it("keeps its labels readable in light and dark themes (WCAG contrast against the chart's background)", async () => {
		for (const theme of ["light", "dark"] as const) {
			const page = await session.open(SEED, { theme });
			const ratios = await chart(page).evaluate((root) => {
				const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
				const luminance = (css: string) => {
					const [r, g, b] = rgb(css).map((v) => {
						const c = v / 255;
						return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r + 0.7152 * g + 0.0722 * b;
				};
				const contrast = (a: string, b: string) => {
					const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
					return (hi + 0.05) / (lo + 0.05);
				};
				const background = getComputedStyle(root).backgroundColor;
				const fill = (selector: string) => getComputedStyle(root.querySelector(selector)!).fill;
				return {
					group: contrast(fill(".framework-compare-chart-group"), background),
					barLabel: contrast(fill(".framework-compare-chart-bar-label"), background),
					value: contrast(fill(".framework-compare-chart-value"), background),
					tick: contrast(fill(".framework-compare-chart-tick"), background),
					na: contrast(fill(".framework-compare-chart-na-text"), background),
					star: contrast(fill(".framework-compare-chart-star"), background),
					title: contrast(getComputedStyle(root.querySelector(".framework-compare-chart-title")!).color, background),
					meta: contrast(getComputedStyle(root.querySelector(".framework-compare-chart-meta")!).color, background),
				};
			});
			for (const [label, ratio] of Object.entries(ratios)) {
				// Text needs 4.5:1; the star is a symbol beside a bold value, so 3:1 for graphics.
				expect(ratio, `${theme} ${label}`).toBeGreaterThanOrEqual(label === "star" ? 3 : 4.5);
			}
		}
	});

	it("shows the seed chart in light and dark themes, at 1280 px and on a 390 px phone", async () => {
		for (const theme of ["light", "dark"] as const) {
			const page = await session.open(SEED, { theme, width: 1280 });
			const c = chart(page);
			await c.scrollIntoViewIfNeeded();
			// The focused bar shows its tooltip: the note's "JAX/Flax" beside the legend's "JAX".
			await c.locator(".framework-compare-chart-item").nth(3).focus();
			await c.screenshot({ path: `docs/screenshots/chart-${theme}.png` });
		}
		for (const theme of ["light", "dark"] as const) {
			const page = await session.open(SEED, { theme, width: 390, height: 844 });
			const c = chart(page);
			await c.scrollIntoViewIfNeeded();
			// A column hidden: the chart closes up and the Options button counts it; the menu open over the chart.
			await c.getByRole("button", { name: "Options" }).click();
			await menuItem(page, 'Hide column "NVIDIA A100"').click();
			await waitTransitions(page);
			await c.getByRole("button", { name: "Options" }).click();
			const box = (await c.boundingBox())!;
			await page.screenshot({ path: `docs/screenshots/chart-phone-${theme}.png`, clip: { x: 0, y: Math.max(0, box.y - 8), width: 390, height: Math.min(844, box.height + 16) } });
			await page.keyboard.press("Escape");
			await c.getByRole("button", { name: "Options" }).click();
			await menuItem(page, 'Show column "NVIDIA A100"').click();
			await page.waitForTimeout(700);
		}
	});
});

describe("a chart of numbers written the European way", () => {
	it("prints each value with its decimal comma and thousands mark, and stars the cheapest as its German title asks", async () => {
		const rows: [string, string][] = [
			["Miele", "1.299,00 €"],
			["Bosch", "899,00 €"],
			["Siemens", "1.049,50 €"],
		];
		const line = (l: string, m: string, r: string) => `${l}${"─".repeat(12)}${m}${"─".repeat(14)}${r}`;
		const row = (a: string, b: string) => `│ ${a.padEnd(11)}│ ${b.padEnd(13)}│`;
		const fence = ["Preis (niedriger ist besser)", line("┌", "┬", "┐"), row("Marke", "Preis"), line("├", "┼", "┤"), ...rows.map(([a, b]) => row(a, b)), line("└", "┴", "┘")].join("\n");
		session.writeVaultFile("Geschirrspüler.md", `# Miele vs Bosch vs Siemens\n\nDrei Geschirrspüler im Vergleich.\n\n\`\`\`\n${fence}\n\`\`\`\n`);
		const page = await session.open("Geschirrspüler.md");
		const c = chart(page);
		expect(await visibleBars(c)).toEqual([["Preis", "Miele=1.299,00", "Bosch=899,00 ★", "Siemens=1.049,50"]]);
		await c.screenshot({ path: "test-results/chart-european.png" });
	});
});
