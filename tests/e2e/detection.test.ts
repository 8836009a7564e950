// Issue 12 through a real browser: notes shaped like the real documents that
// detection used to miss — a bold corner over linked project names, an empty
// corner over a ✓/✗ matrix, a Chinese note, a bar chart drawn with block
// characters, and benchmark output that stays code without a warning.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { visibleRows, useSession } from "./session";

const SERVERS = "Benchmarks/Express vs Fastify vs Koa.md";
const CHINESE = "Frameworks/前端框架对比.md";

const session = useSession(undefined, { freshData: true });

const toggle = (page: Page, name: string) => page.locator(`[role="toolbar"] button[data-framework="${name}"]`).first();
const toolbarNames = (page: Page, n: number) => page.locator('[role="toolbar"]').nth(n).locator("button[aria-pressed][data-framework]").allTextContents();

/** The bars a sighted reader sees in the n-th chart, once they have moved to their places: label=value. */
async function visibleBars(page: Page, n = 0): Promise<string[]> {
	await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
	return page
		.locator(".framework-compare-chart svg[role=img]")
		.nth(n)
		.evaluate((svg) =>
			Array.from(svg.querySelectorAll(".framework-compare-chart-bar"))
				.filter((bar) => getComputedStyle(bar).visibility !== "hidden" && getComputedStyle(bar).opacity !== "0")
				.map((bar) => `${bar.querySelector(".framework-compare-chart-bar-label")?.textContent ?? ""}=${bar.querySelector(".framework-compare-chart-value")?.textContent ?? ""}`),
		);
}

// First, so no choice made by a later test (a sort, a hidden framework) shows in them.
describe("screenshots", () => {
	it("shows the benchmark note's bar chart and tables in light and dark, and the Chinese note", async () => {
		for (const theme of ["light", "dark"] as const) {
			const page = await session.open(SERVERS, { theme });
			await page.locator(".markdown-preview-view").screenshot({ path: `docs/screenshots/detection-benchmark-${theme}.png` });
		}
		const page = await session.open(CHINESE);
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/detection-chinese-light.png" });
		expect(await page.locator(".framework-compare-table").count()).toBe(2);
	});
});

describe("a benchmark note with a bar chart, console output and two kinds of table", () => {
	it("draws the block-character bars as a chart and leaves the benchmark output as code, with no warning", async () => {
		const page = await session.open(SERVERS);
		expect(await page.locator(".framework-compare-chart svg[role=img]").count()).toBe(1);
		expect(await visibleBars(page)).toEqual(["Express=14,200", "Fastify=45,000", "Koa=27,800"]);
		expect(await page.locator(".framework-compare-chart-problem, .framework-compare-message").count()).toBe(0);
		const output = await page.locator("pre > code").filter({ hasText: "Fastest is fastify" }).textContent();
		expect(output).toContain("express x 14,215 ops/sec ±0.83% (92 runs sampled)");
	});

	it("gives the list under a bold corner and the matrix under an empty corner the same three toggles", async () => {
		const page = await session.open(SERVERS);
		expect(await page.locator(".framework-compare-table").count()).toBe(2);
		for (const n of [0, 1, 2]) expect(await toolbarNames(page, n)).toEqual(["Express", "Fastify", "Koa"]);
	});

	it("hides Fastify's bar, its row in the list and its column in the matrix at once", async () => {
		const page = await session.open(SERVERS);
		await toggle(page, "Fastify").click();
		expect(await visibleBars(page)).toEqual(["Express=14,200", "Koa=27,800"]);
		expect((await visibleRows(page, 0)).map((row) => row.split(" | ")[0])).toEqual(["project", "Express", "Koa"]);
		expect((await visibleRows(page, 1))[0]?.split(" | ").slice(1)).toEqual(["Express", "Koa"]);
		await toggle(page, "Fastify").click();
		expect(await visibleBars(page)).toEqual(["Express=14,200", "Fastify=45,000", "Koa=27,800"]);
	});

	it("sorts the list by stars as numbers written with a k", async () => {
		const page = await session.open(SERVERS);
		const stars = page.locator(".framework-compare-table table").first().locator("th").nth(1).locator(".framework-compare-sort");
		await stars.click();
		expect((await visibleRows(page, 0)).slice(1).map((row) => row.split(" | ")[0])).toEqual(["Fastify", "Koa", "Express"]);
	});
});

describe("a note in Chinese", () => {
	it("takes the Latin-script names across a 维度 header and down a bold 框架 column as the frameworks", async () => {
		const page = await session.open(CHINESE);
		expect(await page.locator(".framework-compare-table").count()).toBe(2);
		expect(await toolbarNames(page, 0)).toEqual(["React", "Vue", "Svelte"]);
		await toggle(page, "Vue").click();
		expect((await visibleRows(page, 0))[0]?.split(" | ")).toEqual(["维度", "React", "Svelte"]);
		expect((await visibleRows(page, 1)).map((row) => row.split(" | ")[0])).toEqual(["框架", "React", "Svelte"]);
	});
});

describe("a list whose names follow a category column", () => {
	const ALTERNATIVES = "Products/Open-source alternatives.md";

	it("takes the projects, not the categories, as the frameworks, and hides a project's row", async () => {
		const page = await session.open(ALTERNATIVES);
		expect(await toolbarNames(page, 0)).toEqual(["Plausible", "Umami", "Joplin", "Logseq"]);
		await toggle(page, "Umami").click();
		expect((await visibleRows(page, 0)).map((row) => row.split(" | ")[1])).toEqual(["Project", "Plausible", "Joplin", "Logseq"]);
	});

	it("offers Compare the names in this column on the project column, not on the category column", async () => {
		const page = await session.open(ALTERNATIVES);
		const table = page.locator(".framework-compare-table table").first();
		await table.locator("tbody td").nth(1).click({ button: "right", position: { x: 2, y: 2 } });
		await page.locator(".menu").waitFor();
		const titles = await page.locator(".menu .menu-item-title").allTextContents();
		expect(titles).toContain("Compare the names in this column");
		await page.keyboard.press("Escape");
		await expect.poll(() => page.locator(".menu").count()).toBe(0);
		await table.locator("tbody td").nth(0).click({ button: "right" });
		await page.waitForTimeout(200);
		expect(await page.locator(".menu").count()).toBe(0);
	});
});

describe("shapes read this session: a results grid in a code fence and a header of names only", () => {
	const GRID_NOTE = "Benchmarks/Validators.md";
	const GRID = [
		"# Validators",
		"",
		"TypeBox and Ajv compile the same schemas. Compilation, in operations per second:",
		"",
		"```python",
		"┌──────────────────────┬──────────────┬──────────────┐",
		"│ Compile              │ TypeBox      │ Ajv          │",
		"├──────────────────────┼──────────────┼──────────────┤",
		"│ Boolean              │  50.4K ops/s │   7.1K ops/s │",
		"│ Number               │ 129.9K ops/s │   7.9K ops/s │",
		"│ Object_Open          │  19.4K ops/s │   1.3K ops/s │",
		"└──────────────────────┴──────────────┴──────────────┘",
		"```",
		"",
		"```python",
		"print('│ not │ a grid │')",
		"```",
		"",
		"See [[TypeBox]] and [[Ajv]].",
	].join("\n");
	const EQUIVALENTS_NOTE = "Frameworks/Coming from Obsidian.md";
	const EQUIVALENTS = [
		"# Coming from Obsidian",
		"",
		"Obsidian and Foam both keep notes as Markdown. Foam reads an Obsidian vault as it is; Obsidian users keep Obsidian open beside Foam. Foam links work as Obsidian links do, and Foam shows backlinks as Obsidian does.",
		"",
		"| Obsidian | Foam |",
		"|---|---|",
		"| `[[wikilinks]]` | [[wikilinks]] |",
		"| Backlinks panel | [[backlinking]] |",
		"| Graph view | [[graph-view]] |",
	].join("\n");

	it("draws a box-drawn grid pasted into a python fence as a chart, and leaves other python alone without a warning", async () => {
		session.writeVaultFile(GRID_NOTE, GRID);
		const page = await session.open(GRID_NOTE);
		expect(await page.locator(".framework-compare-chart svg[role=img]").count()).toBe(1);
		expect(await page.locator(".framework-compare-message").count()).toBe(0);
		expect(await page.locator("pre > code").filter({ hasText: "print(" }).count()).toBe(1);
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/detection-code-fence-grid-light.png" });
	});

	it("gives a table whose header holds only the compared apps a toggle for each, and hides a whole column", async () => {
		session.writeVaultFile(EQUIVALENTS_NOTE, EQUIVALENTS);
		const page = await session.open(EQUIVALENTS_NOTE);
		expect(await toolbarNames(page, 0)).toEqual(["Obsidian", "Foam"]);
		await toggle(page, "Foam").click();
		expect((await visibleRows(page, 0))[0]?.split(" | ")).toEqual(["Obsidian"]);
		// The hidden column's unresolved links (drawn with opacity, in a layer of their own) are not painted beside the table.
		const reachable = await page.locator('.framework-compare-table a[data-href="backlinking"]').evaluate((link) => {
			const box = link.getBoundingClientRect();
			const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
			return hit !== null && link.contains(hit);
		});
		expect(reachable).toBe(false);
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/detection-header-of-names-light.png" });
	});
});

describe("a table written with a blank header row", () => {
	it("reads its first row as the headings: a toggle per method, and hiding one or sorting leaves the row of headings in place", async () => {
		const note = "Study/Planning methods.md";
		session.writeVaultFile(
			note,
			[
				"# Planning methods",
				"",
				"Waterfall plans once, and Waterfall ships once. Scrum plans every sprint; Scrum ships every sprint. Kanban plans nothing ahead, and Kanban ships as work is done.",
				"",
				"|  |  |  |  |",
				"| --- | --- | --- | --- |",
				"| Method | Planning | Releases a year | Goal |",
				"| Waterfall | Once, up front | 1 | Cost control |",
				"| Scrum | Every sprint | 26 | Early feedback |",
				"| Kanban | Continuous | 52 | Flow |",
			].join("\n"),
		);
		const page = await session.open(note);
		expect(await toolbarNames(page, 0)).toEqual(["Waterfall", "Scrum", "Kanban"]);
		await toggle(page, "Scrum").click();
		const rows = (await visibleRows(page, 0)).map((row) => row.split(" | ")[0]);
		expect(rows).toContain("Method");
		expect(rows).toContain("Waterfall");
		expect(rows).not.toContain("Scrum");
		// Sorting by the names keeps the row of headings on top: "Method" would sort between Kanban and Waterfall.
		await page.locator(".framework-compare-table table").first().locator("th").first().locator(".framework-compare-sort").click();
		const sorted = (await visibleRows(page, 0)).map((row) => row.split(" | ")[0]).filter((name) => name !== "");
		expect(sorted).toEqual(["Method", "Kanban", "Waterfall"]);
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/detection-blank-header-light.png" });
	});
});

describe("a table with a bold row of headings under a row about the whole table", () => {
	it("compares the tools under the bold row: hiding one or sorting keeps the two rows above them in place", async () => {
		const note = "Study/Image compressors.md";
		session.writeVaultFile(
			note,
			[
				"# Image compressors",
				"",
				"I ran [[oxipng]], [[pngquant]] and [[zopflipng]] on a photo.",
				"",
				"| Photo | Original | Pixels |",
				"|---|--:|--:|",
				"| beach.png | 2.4 MB | 12 MP |",
				"| **Tool** | **Output** | **Time** |",
				"| oxipng | 1.9 MB | 3.1 s |",
				"| pngquant | 0.8 MB | 0.4 s |",
				"| zopflipng | 1.8 MB | 41 s |",
			].join("\n"),
		);
		const page = await session.open(note);
		expect(await toolbarNames(page, 0)).toEqual(["oxipng", "pngquant", "zopflipng"]);
		await toggle(page, "pngquant").click();
		const rows = (await visibleRows(page, 0)).map((row) => row.split(" | ")[0]);
		expect(rows).toEqual(["Photo", "beach.png", "Tool", "oxipng", "zopflipng"]);
		// Sorting by the names keeps the workload and the bold headings on top: "Tool" would sort last.
		await page.locator(".framework-compare-table table").first().locator("th").first().locator(".framework-compare-sort").click();
		await page.locator(".framework-compare-table table").first().locator("th").first().locator(".framework-compare-sort").click();
		const sorted = (await visibleRows(page, 0)).map((row) => row.split(" | ")[0]);
		expect(sorted.slice(0, 3)).toEqual(["Photo", "beach.png", "Tool"]);
		expect(sorted.slice(3)).toEqual(["zopflipng", "oxipng"]);
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/detection-bold-heading-row-light.png" });
	});
});

describe("names read from benchmark output", () => {
	it("offers toggles only for names some table or chart shows", async () => {
		const note = "Benchmarks/Clone libraries.md";
		session.writeVaultFile(
			note,
			[
				"# Deep clone libraries",
				"",
				"| Library | Size | License |",
				"|---|---|---|",
				"| [klona](https://github.com/lukeed/klona) | 501 B | MIT |",
				"| [lodash](https://github.com/lodash/lodash) | 17 kB | MIT |",
				"",
				"```",
				"  klona          x  281,215 ops/sec ±0.77% (93 runs sampled)",
				"  lodash         x   46,800 ops/sec ±0.86% (90 runs sampled)",
				"  rfdc           x  221,456 ops/sec ±0.88% (92 runs sampled)",
				"```",
			].join("\n"),
		);
		const page = await session.open(note);
		expect(await toolbarNames(page, 0)).toEqual(["klona", "lodash"]);
		const model = await page.evaluate(() => document.querySelectorAll(".framework-compare-message").length);
		expect(model).toBe(0);
	});
});
