// Issue 13 through a real browser: the seed rendered section by section as it
// is scrolled to, in a short window, and edited while a framework is hidden.
// Obsidian re-renders only the sections an edit changed; the views of every
// section must still agree on what is hidden.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SEED, editNote, hostIdle, scrollThrough, visibleRows, useSession } from "./session";

const session = useSession(undefined, { freshData: true });

const SEED_TEXT = readFileSync(join(__dirname, "../../example-vault", SEED), "utf8");

/** Every PyTorch toggle on the page: whether it shows PyTorch (aria-pressed). */
function pytorchToggles(page: Page): Promise<string[]> {
	return page.locator('[role="toolbar"] button[data-framework="PyTorch"]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-pressed") ?? ""));
}

/** The first cell of each visible row of every enhanced table, table by table. */
async function rowNames(page: Page): Promise<string[][]> {
	const count = await page.locator(".framework-compare-table table").count();
	const out: string[][] = [];
	for (let i = 0; i < count; i++) out.push((await visibleRows(page, i)).map((row) => row.split(" | ")[0] ?? ""));
	return out;
}

/** The labels of the chart bars a reader sees, once they have moved to their places. */
async function visibleBarLabels(page: Page): Promise<string[]> {
	await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
	return page.locator(".framework-compare-chart svg[role=img] .framework-compare-chart-bar").evaluateAll((bars) =>
		bars
			.filter((bar) => getComputedStyle(bar).visibility !== "hidden" && getComputedStyle(bar).opacity !== "0")
			.map((bar) => bar.querySelector(".framework-compare-chart-bar-label")?.textContent ?? ""),
	);
}

function edit(page: Page, text: string): Promise<void> {
	return editNote(page, SEED, text);
}

describe("the seed in a 600 px window, rendered as it is scrolled to", () => {
	it("renders only what is near the viewport at first", async () => {
		const page = await session.open(SEED, { height: 600, lazy: true });
		expect(await page.locator(".framework-compare-table").count()).toBe(1);
		expect(await page.locator(".framework-compare-chart").count()).toBe(0);
		await scrollThrough(page);
		expect(await page.locator(".framework-compare-table").count()).toBe(2);
		expect(await page.locator(".framework-compare-chart").count()).toBe(1);
	});

	it("keeps PyTorch hidden in every section rendered later, through edits above and inside the tables, and shows it everywhere again", async () => {
		const errors: string[] = [];
		const page = await session.open(SEED, { height: 600, lazy: true });
		page.on("pageerror", (error) => errors.push(error.message));
		await page.locator('[role="toolbar"] button[data-framework="PyTorch"]').first().click();
		await scrollThrough(page);
		expect(await pytorchToggles(page)).toEqual(["false", "false", "false"]);
		expect(await rowNames(page)).toEqual([
			["Framework", "JAX", "TensorFlow"],
			["Framework", "JAX", "TensorFlow"],
		]);
		expect(await visibleBarLabels(page)).not.toContain("PyTorch");

		// An edit above the tables: only the paragraph is rendered again.
		const above = SEED_TEXT.replace("highlighting key differences", "highlighting the key differences");
		expect(above).not.toBe(SEED_TEXT);
		const firstTable = await page.locator(".framework-compare-table").first().elementHandle();
		await edit(page, above);
		await scrollThrough(page);
		expect(await page.locator(".framework-compare-table").first().evaluate((el, kept) => el === kept, firstTable)).toBe(true);
		expect(await pytorchToggles(page)).toEqual(["false", "false", "false"]);
		expect(await rowNames(page)).toEqual([
			["Framework", "JAX", "TensorFlow"],
			["Framework", "JAX", "TensorFlow"],
		]);

		// An edit inside the ecosystem table: that table is rendered again, still without PyTorch.
		const inside = above.replace("| **PyTorch** | Meta AI |", "| **PyTorch** | Meta AI (FAIR) |");
		expect(inside).not.toBe(above);
		await edit(page, inside);
		await scrollThrough(page);
		expect(await page.locator(".framework-compare-table").nth(1).textContent()).toContain("Meta AI (FAIR)");
		await page.locator(".framework-compare-table").nth(1).scrollIntoViewIfNeeded();
		await hostIdle(page);
		await page.screenshot({ path: "docs/screenshots/sections-edited-table-600px.png" });
		expect(await pytorchToggles(page)).toEqual(["false", "false", "false"]);
		expect(await rowNames(page)).toEqual([
			["Framework", "JAX", "TensorFlow"],
			["Framework", "JAX", "TensorFlow"],
		]);

		await page.locator('[role="toolbar"] button[data-framework="PyTorch"]').last().click();
		await scrollThrough(page);
		expect(await pytorchToggles(page)).toEqual(["true", "true", "true"]);
		expect(await rowNames(page)).toEqual([
			["Framework", "JAX", "PyTorch", "TensorFlow"],
			["Framework", "JAX", "PyTorch", "TensorFlow"],
		]);
		expect(await visibleBarLabels(page)).toContain("PyTorch");
		expect(errors).toEqual([]);
		await edit(page, SEED_TEXT);
	});

	it("agrees everywhere when an edit in one section renames a framework the other sections still show", async () => {
		const errors: string[] = [];
		const page = await session.open(SEED, { height: 600, lazy: true });
		page.on("pageerror", (error) => errors.push(error.message));
		await page.locator('[role="toolbar"] button[data-framework="TensorFlow"]').first().click();
		// Only the first table is edited: its TensorFlow row is now called "TF".
		const renamed = SEED_TEXT.replace("| **TensorFlow** | Static computation graphs", "| **TF** | Static computation graphs");
		expect(renamed).not.toBe(SEED_TEXT);
		await edit(page, renamed);
		await scrollThrough(page);
		const toolbars = await page.locator('[role="toolbar"]').evaluateAll((bars) =>
			bars.map((bar) => Array.from(bar.querySelectorAll("button[data-framework]")).map((b) => `${b.getAttribute("data-framework")}=${b.getAttribute("aria-pressed")}`)),
		);
		// Every toolbar lists the same frameworks with the same state.
		expect(new Set(toolbars.map((bar) => bar.join(","))).size).toBe(1);
		// What a toolbar says is hidden is hidden in every table.
		const hidden = (toolbars[0] ?? []).filter((entry) => entry.endsWith("=false")).map((entry) => entry.split("=")[0]);
		for (const names of await rowNames(page)) for (const name of hidden) expect(names).not.toContain(name);
		expect(errors).toEqual([]);
		await edit(page, SEED_TEXT);
	});
});

describe("an edit that re-renders no table still reaches every table", () => {
	it("follows a frontmatter frameworks: list added while no section is rendered again", async () => {
		const errors: string[] = [];
		const page = await session.open(SEED);
		page.on("pageerror", (error) => errors.push(error.message));
		const firstTable = await page.locator(".framework-compare-table").first().elementHandle();
		// Only the properties change: Obsidian re-renders no section for that.
		const declared = SEED_TEXT.replace("---\n\n# JAX", "frameworks: [JAX, TensorFlow]\n---\n\n# JAX");
		expect(declared).not.toBe(SEED_TEXT);
		await edit(page, declared);
		await scrollThrough(page);
		const toolbars = await page.locator('[role="toolbar"]').evaluateAll((bars) => bars.map((bar) => Array.from(bar.querySelectorAll("button[data-framework]")).map((b) => b.getAttribute("data-framework"))));
		expect(toolbars.length).toBeGreaterThan(0);
		for (const names of toolbars) expect(names).toEqual(["JAX", "TensorFlow"]);
		// The plugin drew the note again, as its model changed under sections Obsidian left alone.
		expect(await page.locator(".framework-compare-table").first().evaluate((el, old) => el !== old, firstTable)).toBe(true);
		await page.locator('[role="toolbar"] button[data-framework="TensorFlow"]').first().click();
		expect((await visibleRows(page, 0)).map((row) => row.split(" | ")[0])).toEqual(["Framework", "JAX", "PyTorch"]);
		expect(errors).toEqual([]);
		await edit(page, SEED_TEXT);
	});
});

describe("the seed where Obsidian gives no section info: an embed and a hover preview", () => {
	const EMBEDDING = "Embeds/Seed embedded.md";

	it("renders an embed of the seed, tables and chart as written, without an error", async () => {
		session.writeVaultFile(EMBEDDING, `# Seed embedded\n\nThe comparison, as written:\n\n![[${SEED.replace(/\.md$/, "")}]]\n\nAnd a link: [[${SEED.replace(/\.md$/, "")}]]\n`);
		const page = await session.open(EMBEDDING);
		const embed = page.locator(".internal-embed.markdown-embed");
		await expect.poll(() => embed.locator("table").count()).toBe(3);
		expect(await embed.locator("pre > code").filter({ hasText: "RESNET-50" }).count()).toBe(1);
		// Without section info the plugin leaves the embedded tables as Obsidian drew them.
		expect(await embed.locator(".framework-compare-table").count()).toBe(0);
		await page.locator(".markdown-preview-view").first().screenshot({ path: "docs/screenshots/sections-embed-light.png" });
	});

	it("renders a hover preview of the seed, and closes it when the pointer leaves", async () => {
		session.writeVaultFile(EMBEDDING, `# Seed embedded\n\nAnd a link: [[${SEED.replace(/\.md$/, "")}]]\n`);
		const errors: string[] = [];
		const page = await session.open(EMBEDDING);
		page.on("pageerror", (error) => errors.push(error.message));
		await page.locator("a.internal-link", { hasText: "JAX vs. Other ML Frameworks" }).hover();
		const popover = page.locator(".popover.hover-popover");
		await expect.poll(() => popover.locator("table").count()).toBe(3);
		await hostIdle(page);
		await page.screenshot({ path: "docs/screenshots/sections-hover-preview-light.png" });
		await page.mouse.move(5, 5);
		await expect.poll(() => popover.count()).toBe(0);
		expect(errors).toEqual([]);
	});
});

describe("a second pane", () => {
	it("opens a note Ctrl-clicked in a table beside the first, and both panes of one note agree", async () => {
		const errors: string[] = [];
		const page = await session.open(SEED);
		page.on("pageerror", (error) => errors.push(error.message));
		// The framework name the plugin linked in the first table, Ctrl-clicked.
		await page.locator(".framework-compare-table").first().locator("a", { hasText: "PyTorch" }).first().click({ modifiers: ["Control"] });
		const second = page.locator(".host-second-pane");
		await expect.poll(() => second.locator(".inline-title").textContent()).toBe("PyTorch");
		expect(await page.locator("main .inline-title").textContent()).toBe("JAX vs. Other ML Frameworks");
		await page.mouse.move(5, 5);
		await expect.poll(() => page.locator(".popover.hover-popover").count()).toBe(0);
		await page.screenshot({ path: "docs/screenshots/sections-second-pane-light.png" });

		// The seed in the second pane too: hiding JAX in one pane hides it in the other.
		await page.evaluate((path) => (window as unknown as { host: { app: { workspace: { openLinkText(l: string, s: string, n: boolean): Promise<void> } } } }).host.app.workspace.openLinkText(path, "", true), SEED);
		await expect.poll(() => second.locator(".framework-compare-table").count()).toBeGreaterThan(0);
		await page.locator('main [role="toolbar"] button[data-framework="JAX"]').first().click();
		await expect.poll(() => second.locator('[role="toolbar"] button[data-framework="JAX"]').first().getAttribute("aria-pressed")).toBe("false");
		await page.locator('main [role="toolbar"] button[data-framework="JAX"]').first().click();
		expect(errors).toEqual([]);
	});
});

describe("editing a table keeps its choices", () => {
	it("keeps a table transposed through an edit of one of its cells, in source mode and back", async () => {
		const page = await session.open(SEED);
		const ecosystem = page.locator(".framework-compare-table").nth(1);
		await ecosystem.locator(".framework-compare-transpose").click();
		const before = await visibleRows(page, 1);
		expect(before[0]).toBe("Feature | JAX | PyTorch | TensorFlow");
		// Through the editor, as a user edits: source mode, change a cell, back to reading.
		await page.evaluate(() => (window as unknown as { host: { setMode(m: string): Promise<void> } }).host.setMode("source"));
		const editor = page.locator(".markdown-source-view textarea").first();
		const text = await editor.inputValue();
		await editor.fill(text.replace("| **TensorFlow** | Google AI | Keras |", "| **TensorFlow** | Google Brain | Keras |"));
		await page.evaluate(() => (window as unknown as { host: { setMode(m: string): Promise<void> } }).host.setMode("preview"));
		await scrollThrough(page);
		const after = await visibleRows(page, 1);
		expect(after[0]).toBe("Feature | JAX | PyTorch | TensorFlow");
		expect(after.join("\n")).toContain("Google Brain");
		await page.locator(".framework-compare-table").nth(1).locator(".framework-compare-transpose").click();
		await edit(page, SEED_TEXT);
	});
});

describe("editing a chart keeps its choices", () => {
	const CHART_TITLE = "RESNET-50 Training Performance (images/sec, higher is better)";
	const chartEl = (page: Page, title: string) => page.locator(".framework-compare-chart").filter({ hasText: title });
	const pressedView = (page: Page, title: string) =>
		chartEl(page, title)
			.locator("button[aria-pressed=true]")
			.evaluateAll((buttons) => buttons.map((b) => b.textContent ?? "").filter((t) => ["Chart", "Table", "Text"].includes(t)));

	it("keeps a chart's view through an edit of a value and a chart inserted above it, which starts fresh", async () => {
		const errors: string[] = [];
		const page = await session.open(SEED);
		page.on("pageerror", (error) => errors.push(error.message));
		await chartEl(page, CHART_TITLE).getByRole("button", { name: "Table", exact: true }).click();
		expect(await pressedView(page, CHART_TITLE)).toEqual(["Table"]);

		// A value edited: the chart shows it, still as a table.
		const edited = SEED_TEXT.replace("│ JAX/Flax   │     390   │", "│ JAX/Flax   │     395   │");
		expect(edited).not.toBe(SEED_TEXT);
		await edit(page, edited);
		await scrollThrough(page);
		expect(await pressedView(page, CHART_TITLE)).toEqual(["Table"]);
		expect(await chartEl(page, CHART_TITLE).locator("table").textContent()).toContain("395");

		// Another chart inserted above it: it starts in the chart view, and the seed's chart keeps its table.
		const fence = SEED_TEXT.slice(SEED_TEXT.indexOf("```\nRESNET-50"), SEED_TEXT.indexOf("```\n\n*Note") + 3);
		const inference = fence.replace("RESNET-50 Training Performance", "BERT Inference Throughput");
		const inserted = edited.replace("## Performance Comparison\n", `## Performance Comparison\n\n${inference}\n`);
		expect(inserted).not.toBe(edited);
		await edit(page, inserted);
		await scrollThrough(page);
		expect(await page.locator(".framework-compare-chart").count()).toBe(2);
		expect(await pressedView(page, "BERT Inference Throughput")).toEqual(["Chart"]);
		expect(await pressedView(page, CHART_TITLE)).toEqual(["Table"]);
		expect(errors).toEqual([]);
		await chartEl(page, CHART_TITLE).getByRole("button", { name: "Chart", exact: true }).click();
		await edit(page, SEED_TEXT);
	});
});
