// Issue 17, items 1-3, in Chromium on the seed: Strengths and Weaknesses side
// by side, Computing Gradients as tabs, both following the note's framework
// toggles, through lazy rendering, edits, links to a heading and the settings.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PLUGIN_DATA, SEED, editNote, hostIdle, scrollThrough, useSession } from "./session";

// Each test starts from the plugin's defaults (compact framework bar), nothing hidden.
const session = useSession(undefined, { compact: true, freshData: true });

const opened: Page[] = [];

/** Opens a page that is closed after its test, so no choice it saves late reaches the next test's data. */
async function open(...args: Parameters<typeof session.open>): Promise<Page> {
	const page = await session.open(...args);
	opened.push(page);
	return page;
}

afterEach(async () => {
	for (const page of opened.splice(0)) await page.close();
});

const SEED_TEXT = readFileSync(join(__dirname, "../../example-vault", SEED), "utf8");
const BAR = ".framework-compare-note-bar";
const STRENGTHS = '.framework-compare-sections:has(> [data-framework="PyTorch"] h3[data-heading="PyTorch"])';

/** The columns of Strengths and Weaknesses a reader sees: framework and box. */
function shownColumns(page: Page): Promise<{ framework: string; top: number; left: number; width: number; headingTop: number }[]> {
	return page.locator(`${STRENGTHS} > .framework-compare-section-column`).evaluateAll((columns) =>
		columns
			.filter((column) => column.checkVisibility())
			.map((column) => {
				const box = column.getBoundingClientRect();
				const heading = column.querySelector(".framework-compare-section-heading")!.getBoundingClientRect();
				return { framework: column.getAttribute("data-framework") ?? "", top: Math.round(box.top), left: Math.round(box.left), width: Math.round(box.width), headingTop: Math.round(heading.top) };
			}),
	);
}

/** The tabs a reader sees in Computing Gradients: name and whether selected. */
function shownTabs(page: Page): Promise<string[]> {
	return page.getByRole("tab").evaluateAll((tabs) => tabs.filter((tab) => tab.checkVisibility()).map((tab) => `${tab.textContent}${tab.getAttribute("aria-selected") === "true" ? " (selected)" : ""}`));
}

/** The one code panel a reader sees (tabs): its framework and its code. */
async function shownPanel(page: Page): Promise<{ framework: string; code: string }[]> {
	return page.locator(".framework-compare-code-panel").evaluateAll((panels) =>
		panels.filter((panel) => panel.checkVisibility()).map((panel) => ({ framework: panel.getAttribute("data-framework") ?? "", code: panel.querySelector("pre code")?.textContent ?? "" })),
	);
}

async function writeData(data: object): Promise<void> {
	const path = join(session.host.scratch, PLUGIN_DATA);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(data));
}

describe("Strengths and Weaknesses side by side", () => {
	it("shows three columns on one line, headings aligned, each with its section's text", async () => {
		const page = await open(SEED, { width: 1280 });
		const columns = await shownColumns(page);
		expect(columns.map((column) => column.framework)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		expect(new Set(columns.map((column) => column.top)).size).toBe(1);
		expect(new Set(columns.map((column) => column.headingTop)).size).toBe(1);
		// Side by side, left to right, none wider than a third of the note's width.
		expect(columns[0].left).toBeLessThan(columns[1].left);
		expect(columns[1].left).toBeLessThan(columns[2].left);
		const grid = page.locator(STRENGTHS);
		await expect.poll(() => grid.locator('[data-framework="PyTorch"]').textContent()).toContain("Intuitive Python-like API");
		expect(await grid.locator('[data-framework="TensorFlow"]').textContent()).toContain("Mixed programming model can be confusing");
		// Obsidian's own blocks of the section are hidden, not gone: the text is on the page once.
		expect(await page.getByText("Intuitive Python-like API").evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).toBe(1);
		await page.evaluate(() => {
			document.querySelector("h2[data-heading='Strengths and Weaknesses']")?.scrollIntoView();
			// Below the note's framework bar, kept at the top of the pane.
			window.scrollBy(0, -70);
		});
		await hostIdle(page);
		await page.screenshot({ path: "docs/screenshots/sections-side-by-side-light.png" });
	});

	it("goes back to the note's flow and side by side again, and keeps the choice when the note is opened again", async () => {
		const page = await open(SEED, { width: 1280 });
		const toggle = page.locator(`.framework-compare-sections-group:has(${STRENGTHS}) .framework-compare-group-layout`);
		expect(await toggle.getAttribute("aria-pressed")).toBe("true");
		await toggle.click();
		expect(await toggle.getAttribute("aria-pressed")).toBe("false");
		const flow = await shownColumns(page);
		expect(flow.map((column) => column.framework)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		// One under the other, each as wide as the note.
		expect(flow[0].top).toBeLessThan(flow[1].top);
		expect(flow[1].top).toBeLessThan(flow[2].top);
		expect(flow[0].left).toBe(flow[2].left);
		// Kept in the plugin's data (the choice is saved a moment later), so it holds when the note is opened again.
		await page.waitForTimeout(600);
		const again = await open(SEED, { width: 1280 });
		const reopened = await shownColumns(again);
		expect(reopened[0].top).toBeLessThan(reopened[1].top);
		await again.locator(`.framework-compare-sections-group:has(${STRENGTHS}) .framework-compare-group-layout`).click();
		const sideBySide = await shownColumns(again);
		expect(new Set(sideBySide.map((column) => column.top)).size).toBe(1);
	});

	it("shows both migration notes side by side, each under its own heading, in the column of the framework it leaves", async () => {
		const page = await open(SEED, { width: 1280 });
		const migration = page.locator('.framework-compare-sections:has(h3[data-heading="PyTorch → JAX"])');
		const columns = await migration.locator("> .framework-compare-section-column").evaluateAll((els) => els.map((el) => [el.getAttribute("data-framework"), el.querySelector("h3")?.textContent]));
		expect(columns).toEqual([
			["PyTorch", "PyTorch → JAX"],
			["TensorFlow", "TensorFlow → JAX"],
		]);
	});

	it("scrolls sideways on a 390 px phone, in the dark theme, with 44 px controls", async () => {
		const page = await open(SEED, { width: 390, height: 800, theme: "dark", mobile: true });
		const grid = page.locator(STRENGTHS);
		const sizes = await grid.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth, right: el.getBoundingClientRect().right }));
		expect(sizes.scroll).toBeGreaterThan(sizes.client);
		// The columns scroll inside the note's width instead of widening it.
		expect(sizes.right).toBeLessThanOrEqual(390);
		const toggle = page.locator(`.framework-compare-sections-group:has(${STRENGTHS}) .framework-compare-group-layout`);
		const box = (await toggle.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		await page.evaluate(() => {
			document.querySelector("h2[data-heading='Strengths and Weaknesses']")?.scrollIntoView();
			window.scrollBy(0, -90);
		});
		await hostIdle(page);
		await page.screenshot({ path: "docs/screenshots/sections-phone-dark.png" });
	});
});

describe("Computing Gradients as code tabs", () => {
	it("shows three tabs named by their frameworks; the arrow keys, Home and End move between them", async () => {
		const page = await open(SEED, { width: 1280 });
		const tablist = page.getByRole("tablist");
		expect(await tablist.count()).toBe(1);
		expect(await shownTabs(page)).toEqual(["JAX (selected)", "PyTorch", "TensorFlow"]);
		for (const name of ["JAX", "PyTorch", "TensorFlow"]) expect(await page.getByRole("tab", { name, exact: true }).getAttribute("data-framework")).toBe(name);
		expect((await shownPanel(page))[0]?.code).toContain("jax.grad(loss_fn)");
		expect(await page.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(await page.getByRole("tab", { name: "JAX" }).getAttribute("id"));

		// One tab stop: the selected tab. Arrow keys select as they move (automatic activation).
		await page.getByRole("tab", { name: "JAX" }).focus();
		await page.keyboard.press("ArrowRight");
		expect(await shownTabs(page)).toEqual(["JAX", "PyTorch (selected)", "TensorFlow"]);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("PyTorch");
		expect((await shownPanel(page)).map((panel) => panel.framework)).toEqual(["PyTorch"]);
		expect((await shownPanel(page))[0]?.code).toContain("loss.backward()");
		await page.keyboard.press("End");
		expect(await shownTabs(page)).toEqual(["JAX", "PyTorch", "TensorFlow (selected)"]);
		await page.keyboard.press("ArrowRight");
		expect(await shownTabs(page)).toEqual(["JAX (selected)", "PyTorch", "TensorFlow"]);
		await page.keyboard.press("ArrowLeft");
		expect(await shownTabs(page)).toEqual(["JAX", "PyTorch", "TensorFlow (selected)"]);
		await page.keyboard.press("Home");
		expect(await shownTabs(page)).toEqual(["JAX (selected)", "PyTorch", "TensorFlow"]);
		expect(await page.getByRole("tab").evaluateAll((tabs) => tabs.map((tab) => (tab as HTMLElement).tabIndex))).toEqual([0, -1, -1]);
		// Tab leaves the tab list: past "Show all side by side", the panel.
		await page.keyboard.press("Tab");
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Show all side by side");
		await page.keyboard.press("Tab");
		expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tabpanel");
		await page.getByRole("tab", { name: "PyTorch" }).click();
		await page.getByRole("tablist").evaluate((el) => el.scrollIntoView({ block: "center" }));
		await page.mouse.move(5, 5);
		await hostIdle(page);
		await page.screenshot({ path: "docs/screenshots/code-tabs-light.png" });
	});

	it("copies the selected sample as the note writes it", async () => {
		const page = await open(SEED, { width: 1280 });
		await page.getByRole("tab", { name: "TensorFlow" }).click();
		await page.getByRole("button", { name: "Copy the TensorFlow sample" }).click();
		const start = SEED_TEXT.indexOf("import tensorflow as tf");
		const written = SEED_TEXT.slice(start, SEED_TEXT.indexOf("\n```", start));
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(written);
		expect(await page.locator(".notice").last().textContent()).toContain("Copied the TensorFlow sample");
	});

	it("shows all samples side by side and back to tabs", async () => {
		const page = await open(SEED, { width: 1280 });
		const all = page.getByRole("button", { name: "Show all side by side" });
		await all.click();
		expect(await all.getAttribute("aria-pressed")).toBe("true");
		const panels = await page.locator(".framework-compare-code-panel").evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => ({ framework: el.getAttribute("data-framework"), top: Math.round(el.getBoundingClientRect().top) })));
		expect(panels.map((panel) => panel.framework)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		expect(new Set(panels.map((panel) => panel.top)).size).toBe(1);
		expect(await page.getByRole("tablist").isVisible()).toBe(false);
		await all.click();
		expect(await shownTabs(page)).toEqual(["JAX (selected)", "PyTorch", "TensorFlow"]);
		expect((await shownPanel(page)).length).toBe(1);
	});
});

describe("the framework toggles", () => {
	it("hide TensorFlow's column, tab, table rows and bars, and bring them back", async () => {
		const page = await open(SEED, { width: 1280 });
		await page.getByRole("tab", { name: "TensorFlow" }).click();
		const visible = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility({ visibilityProperty: true })).length);
		const before = {
			rows: await visible('.framework-compare-table tr[data-framework="TensorFlow"]'),
			bars: await visible('.framework-compare-chart [data-framework="TensorFlow"]'),
		};
		expect(before.rows).toBe(2);
		expect(before.bars).toBeGreaterThan(0);
		const toggle = page.locator(BAR).getByRole("button", { name: "TensorFlow", exact: true });
		await toggle.click();
		await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
		expect((await shownColumns(page)).map((column) => column.framework)).toEqual(["JAX", "PyTorch"]);
		// The selected tab was TensorFlow's: another visible tab is selected.
		expect(await shownTabs(page)).toEqual(["JAX (selected)", "PyTorch"]);
		expect((await shownPanel(page)).map((panel) => panel.framework)).toEqual(["JAX"]);
		expect(await visible('.framework-compare-table tr[data-framework="TensorFlow"]')).toBe(0);
		expect(await visible('.framework-compare-chart [data-framework="TensorFlow"]')).toBe(0);
		// Its migration note goes too.
		expect(await page.locator('[data-framework="TensorFlow"]:has(h3[data-heading="TensorFlow → JAX"])').isVisible()).toBe(false);
		await page.locator(".framework-compare-sections").first().evaluate((el) => el.scrollIntoView({ block: "start" }));
		await page.evaluate(() => window.scrollBy(0, -120));
		await page.screenshot({ path: "docs/screenshots/sections-tensorflow-hidden-light.png" });

		await toggle.click();
		await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
		expect((await shownColumns(page)).map((column) => column.framework)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		// Shown again, TensorFlow's tab is the chosen one again.
		expect(await shownTabs(page)).toEqual(["JAX", "PyTorch", "TensorFlow (selected)"]);
		expect(await visible('.framework-compare-table tr[data-framework="TensorFlow"]')).toBe(before.rows);
		expect(await visible('.framework-compare-chart [data-framework="TensorFlow"]')).toBe(before.bars);
	});
});

describe("a link to a framework's heading", () => {
	it("lands on PyTorch's column from another note, showing PyTorch again when it was hidden", async () => {
		session.writeVaultFile("Scratch/Linker.md", `# Linker\n\nSee [[${SEED.replace(/\.md$/, "")}#PyTorch]].\n`);
		const page = await open(SEED, { width: 1280, height: 700 });
		await page.locator(BAR).getByRole("button", { name: "PyTorch", exact: true }).click();
		expect((await shownColumns(page)).map((column) => column.framework)).toEqual(["JAX", "TensorFlow"]);
		await page.evaluate(() => (window as unknown as { host: { app: { workspace: { openLinkText(l: string, s: string, n: boolean): Promise<void> } } } }).host.app.workspace.openLinkText("Scratch/Linker", "", false));
		await expect.poll(() => page.locator("main .inline-title").textContent()).toBe("Linker");
		await page.locator('a.internal-link[data-href$="#PyTorch"]').click();
		await expect.poll(() => page.locator("main .inline-title").textContent()).toBe("JAX vs. Other ML Frameworks");
		await hostIdle(page);
		await expect.poll(async () => (await shownColumns(page)).map((column) => column.framework)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		expect(await page.locator(BAR).getByRole("button", { name: "PyTorch", exact: true }).getAttribute("aria-pressed")).toBe("true");
		// PyTorch's heading is in the window.
		await expect
			.poll(() =>
				page.locator(`${STRENGTHS} [data-framework="PyTorch"] h3`).evaluate((heading) => {
					const box = heading.getBoundingClientRect();
					return box.top >= 0 && box.bottom <= window.innerHeight;
				}),
			)
			.toBe(true);
	});
});

describe("a note of samples under headings, with no table", () => {
	const GRADIENTS = ["---", "frameworks: [JAX, PyTorch]", "---", "# Gradients", "", "#### JAX", "", "```python", "jax.grad(f)", "```", "", "#### PyTorch", "", "```python", "loss.backward()", "```", "", "## After", "", "The end.", ""].join("\n");

	it("shows the samples as tabs, and a link to a sample's heading selects its tab", async () => {
		session.writeVaultFile("Scratch/Gradients.md", GRADIENTS);
		session.writeVaultFile("Scratch/To gradients.md", "# To gradients\n\nSee [[Gradients#PyTorch]].\n");
		const page = await open("Scratch/To gradients.md", { width: 1280 });
		await page.locator('a.internal-link[data-href="Gradients#PyTorch"]').click();
		await expect.poll(() => page.locator("main .inline-title").textContent()).toBe("Gradients");
		await hostIdle(page);
		await expect.poll(() => shownTabs(page)).toEqual(["JAX", "PyTorch (selected)"]);
		expect((await shownPanel(page))[0]?.code.trim()).toBe("loss.backward()");
		// The headings Obsidian drew are hidden: the tabs name the samples.
		expect(await page.locator("main h4[data-heading='JAX']").evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).toBe(0);
		await page.getByRole("tab", { name: "JAX" }).click();
		expect(await shownTabs(page)).toEqual(["JAX (selected)", "PyTorch"]);
	});
});

describe("where Obsidian gives no section info", () => {
	it("leaves an embed of the seed as written", async () => {
		session.writeVaultFile("Scratch/Embeds seed.md", `# Embeds seed\n\n![[${SEED.replace(/\.md$/, "")}]]\n`);
		const page = await open("Scratch/Embeds seed.md", { width: 1280 });
		const embed = page.locator(".internal-embed.markdown-embed");
		await expect.poll(() => embed.locator("h3[data-heading='PyTorch']").count()).toBe(1);
		expect(await embed.locator(".framework-compare-group, .framework-compare-group-member").count()).toBe(0);
		expect(await embed.locator("h3[data-heading='PyTorch']").isVisible()).toBe(true);
		expect(await embed.getByRole("tab").count()).toBe(0);
	});
});

describe("lazy rendering and edits", () => {
	it("draws the groups whichever of their blocks is rendered first, and follows an edit inside a section", async () => {
		const errors: string[] = [];
		const page = await open(SEED, { height: 600, width: 1280, lazy: true });
		page.on("pageerror", (error) => errors.push(error.message));
		// Nothing of the groups is near the top of the note yet.
		expect(await page.locator(".framework-compare-group").count()).toBe(0);
		// Jump to the end first: the later blocks are rendered before the group's first one.
		await page.evaluate(() => (document.scrollingElement!.scrollTop = document.scrollingElement!.scrollHeight));
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		await hostIdle(page);
		// The end of the note is there as Obsidian drew it, the migration notes drawn by their group.
		expect(await page.getByText("Embrace functional patterns over Keras object-oriented style").evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).toBe(1);
		await page.evaluate(() => (document.scrollingElement!.scrollTop = 0));
		await scrollThrough(page);
		expect(await page.locator(".framework-compare-sections").count()).toBe(2);
		expect(await page.getByRole("tablist").count()).toBe(1);
		expect((await shownColumns(page)).map((column) => column.framework)).toEqual(["JAX", "PyTorch", "TensorFlow"]);

		// An edit inside PyTorch's section: only that block is rendered again, and the column shows it.
		const edited = SEED_TEXT.replace("- Intuitive Python-like API", "- Intuitive, Pythonic API");
		expect(edited).not.toBe(SEED_TEXT);
		await editNote(page, SEED, edited);
		await scrollThrough(page);
		await expect.poll(() => page.locator(`${STRENGTHS} [data-framework="PyTorch"]`).textContent()).toContain("Intuitive, Pythonic API");
		expect(await page.getByText("Intuitive, Pythonic API").evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).toBe(1);
		expect(await page.getByText("Intuitive Python-like API").count()).toBe(0);

		// Lines added above the groups move them without rendering any of their blocks again.
		const above = edited.replace("## Overview\n", "## Overview\n\nA line added above.\n");
		expect(above).not.toBe(edited);
		await editNote(page, SEED, above);
		await scrollThrough(page);
		expect((await shownColumns(page)).map((column) => column.framework)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		expect(await page.getByText("Intuitive, Pythonic API").evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).toBe(1);
		expect(await shownTabs(page)).toEqual(["JAX (selected)", "PyTorch", "TensorFlow"]);
		expect(await page.locator("pre code", { hasText: "loss.backward()" }).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).toBe(0);

		// A section added to the group: a fourth column, named after a framework the note compares.
		const added = above.replace("## Use Case Recommendations", "### JAX (again)\n\n- Added later\n\n## Use Case Recommendations");
		await editNote(page, SEED, added);
		await scrollThrough(page);
		await expect.poll(async () => (await shownColumns(page)).map((column) => column.framework)).toEqual(["JAX", "PyTorch", "TensorFlow", "JAX"]);

		// The group's first heading removed: the group now starts at PyTorch, drawn by a block Obsidian did not render again.
		const shortened = added.replace("### JAX\n\n**Strengths:**", "**Strengths:**");
		expect(shortened).not.toBe(added);
		await editNote(page, SEED, shortened);
		await scrollThrough(page);
		await expect.poll(async () => (await shownColumns(page)).map((column) => column.framework)).toEqual(["PyTorch", "TensorFlow", "JAX"]);
		expect(await page.getByText("Excellent for research requiring complex transformations").evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).toBe(1);
		expect(errors).toEqual([]);
		await editNote(page, SEED, SEED_TEXT);
	});
});

describe("the settings", () => {
	it("leave the sections and samples as Obsidian renders them when sideBySideSections and codeTabs are off", async () => {
		await writeData({ sideBySideSections: false, codeTabs: false });
		const page = await open(SEED, { width: 1280 });
		expect(await page.locator(".framework-compare-group").count()).toBe(0);
		expect(await page.getByRole("tab").count()).toBe(0);
		expect(await page.locator(".framework-compare-group-member, .framework-compare-group-start").count()).toBe(0);
		expect(await page.locator("h3[data-heading='PyTorch']").isVisible()).toBe(true);
		expect(await page.locator("pre code", { hasText: "loss.backward()" }).isVisible()).toBe(true);
		// The tables still have their toggles.
		expect(await page.locator(".framework-compare-table").count()).toBe(2);
	});

	it("turns one feature off without the other", async () => {
		await writeData({ sideBySideSections: false });
		const page = await open(SEED, { width: 1280 });
		expect(await page.locator(".framework-compare-sections").count()).toBe(0);
		expect(await page.getByRole("tablist").count()).toBe(1);
	});
});
