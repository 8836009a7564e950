// The comparison view in the right sidebar: opened from the command list and
// the ribbon, following the active note in reading view and in source mode,
// sharing the note's framework state with the reading view, and leaving
// nothing behind when the plugin is disabled.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { DATABASES, hostIdle, menuItem, PLUGIN_DATA, renderedNote, SEED, useSession, visibleRows } from "./session";

const session = useSession(undefined, { freshData: true });

const VIEW = '.workspace-leaf-content[data-type="framework-compare-comparison"]';
const OPEN = "Open comparison view";

async function openView(page: Page): Promise<Locator> {
	await page.selectOption("#host-commands", { label: OPEN });
	const view = page.locator(VIEW);
	await view.locator(".framework-compare-view").waitFor();
	return view;
}

function framework(view: Locator, name: string): Locator {
	return view.locator(`.framework-compare-view-framework[data-framework="${name}"]`);
}

/** Every Markdown note of the served vault, by vault path. */
function vaultNotes(root: string): Map<string, string> {
	const notes = new Map<string, string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			if (name.startsWith(".")) continue;
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) notes.set(relative(root, full).split("\\").join("/"), readFileSync(full, "utf8"));
		}
	};
	walk(root);
	return notes;
}

describe("the comparison view", () => {
	it("draws the note's chart in the default chart view the settings give, as the reading view does", async () => {
		session.writeVaultFile(PLUGIN_DATA, JSON.stringify({ defaultChartView: "table" }));
		const page = await session.open(SEED, { width: 1280 });
		const view = await openView(page);
		await expect.poll(() => view.locator(".framework-compare-chart").first().getAttribute("data-view")).toBe("table");
		expect(await page.locator("main .framework-compare-chart").first().getAttribute("data-view")).toBe("table");
	});

	it("opens from the command list in the right sidebar and lists the seed's frameworks with their notes and aliases", async () => {
		const page = await session.open(SEED, { width: 1280 });
		expect(await page.locator("#host-commands option").allTextContents()).toContain(OPEN);
		const view = await openView(page);
		await expect.poll(() => view.locator(".framework-compare-view-framework-name").allTextContents()).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		// Each name resolves to its note in Frameworks/, with that note's aliases from its frontmatter.
		const links = await view.locator(".framework-compare-view-framework-note a.internal-link").evaluateAll((els) => els.map((a) => [a.textContent, a.getAttribute("title")]));
		expect(links).toEqual([
			["JAX", "Frameworks/JAX.md"],
			["PyTorch", "Frameworks/PyTorch.md"],
			["TensorFlow", "Frameworks/TensorFlow.md"],
		]);
		expect(await view.locator(".framework-compare-view-aliases").allTextContents()).toEqual(["Alias: Google JAX", "Alias: torch", "Alias: TF"]);
		// The toggles are the contract's: buttons in a toolbar, pressed while shown.
		const toolbar = view.getByRole("toolbar", { name: "Frameworks in this note" });
		for (const name of ["JAX", "PyTorch", "TensorFlow"]) await expect.poll(() => toolbar.getByRole("button", { name, exact: true }).getAttribute("aria-pressed")).toBe("true");
		// Every table and chart of the note, drawn as the reading view draws them: the two tables that
		// compare frameworks interactive, the "Use Case" table (which compares none) as Obsidian renders it.
		const tables = view.locator('section[aria-label="Tables"] .framework-compare-view-part');
		await expect.poll(() => tables.filter({ has: page.locator("table") }).count()).toBe(3);
		await expect.poll(() => tables.filter({ has: page.locator(".framework-compare-table") }).count()).toBe(2);
		await expect.poll(() => view.locator('.framework-compare-view-part svg[role="img"]').count()).toBe(1);
		expect(await view.locator('svg[role="img"]').getAttribute("aria-label")).toContain("RESNET-50 Training Performance");
		expect(await view.locator(".framework-compare-view-part-label").first().innerText()).toContain("Core Philosophy Comparison");
		// Beside the note, not over it: the reading view keeps its width.
		const viewBox = (await view.boundingBox())!;
		const noteBox = (await page.locator("main .markdown-preview-sizer").boundingBox())!;
		expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(viewBox.x);
		// The chart fits the sidebar's width, its secondary options folded into one Options menu.
		const charts = view.locator('section[aria-label="Charts"]');
		await charts.scrollIntoViewIfNeeded();
		expect((await charts.locator('svg[role="img"]').boundingBox())!.width).toBeLessThanOrEqual(viewBox.width);
		await charts.screenshot({ path: "test-results/comparison-view-chart-light.png" });
		await view.locator(".view-content").evaluate((el) => (el.scrollTop = 0));
		await page.screenshot({ path: "docs/screenshots/comparison-view-light.png" });
	});

	it("opens from the ribbon icon, and a second time brings forward the same view", async () => {
		const page = await session.open(SEED, { width: 1280 });
		const ribbon = page.locator('.side-dock-ribbon-action[aria-label="Open comparison view"]');
		expect(await ribbon.getAttribute("data-icon")).toBeTruthy();
		await ribbon.click();
		await page.locator(`${VIEW} .framework-compare-view`).waitFor();
		await page.locator(".host-sidebar-close").click();
		await expect.poll(() => page.locator(VIEW).isVisible()).toBe(false);
		await ribbon.click();
		await expect.poll(() => page.locator(VIEW).isVisible()).toBe(true);
		await openView(page);
		expect(await page.locator(VIEW).count()).toBe(1);
		expect(await page.locator(`${VIEW} .framework-compare-view`).count()).toBe(1);
	});

	it("lists, for each framework, the notes that link to it, and opens one on click", async () => {
		const page = await session.open(SEED, { width: 1280 });
		const view = await openView(page);
		const notes = vaultNotes(session.host.scratch);
		// Links to JAX by name or by its alias, written anywhere in the vault; the seed itself is the note shown.
		const linking = [...notes].filter(([path, text]) => path !== SEED && /\[\[(JAX|Google JAX|Frameworks\/JAX)(\]\]|\||#)/.test(text)).map(([path]) => path.replace(/^.*\//, "").replace(/\.md$/, ""));
		expect(linking.length).toBeGreaterThan(4);
		const jax = framework(view, "JAX");
		await jax.locator("summary").click();
		expect(await jax.locator("summary").innerText()).toBe(`Linked from ${linking.length} notes`);
		expect((await jax.locator(".framework-compare-view-backlinks a.internal-link").allTextContents()).sort()).toEqual(linking.sort());
		await jax.locator(".framework-compare-view-backlinks a.internal-link", { hasText: "Optax" }).click();
		await expect.poll(() => renderedNote(page)).toBe("Libraries/Optax.md");
		expect(new URL(page.url()).searchParams.get("note")).toBe("Libraries/Optax.md");
	});

	it("opens a framework's note on click, follows it there, and previews it on hover", async () => {
		const page = await session.open(SEED, { width: 1280 });
		const view = await openView(page);
		const link = framework(view, "PyTorch").locator(".framework-compare-view-framework-note a.internal-link");
		await link.hover();
		const preview = page.locator('.hover-popover[data-note-path="Frameworks/PyTorch.md"]');
		await preview.waitFor();
		// Opened from the sidebar, the preview stays inside the window.
		const box = (await preview.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(1280);
		const hovered = await page.evaluate(() => (window as unknown as { host: { app: { workspace: { hoverLinks: { linktext: string; sourcePath: string }[] } } } }).host.app.workspace.hoverLinks.at(-1));
		expect(hovered).toEqual({ linktext: "PyTorch", sourcePath: SEED });
		await link.click();
		await expect.poll(() => renderedNote(page)).toBe("Frameworks/PyTorch.md");
		// Following the link closes its preview.
		expect(await page.locator(".hover-popover").count()).toBe(0);
		expect(new URL(page.url()).searchParams.get("note")).toBe("Frameworks/PyTorch.md");
		// PyTorch's own note compares nothing: the view says so in a sentence.
		await expect.poll(() => view.locator(".framework-compare-view-message").textContent()).toBe("PyTorch compares no frameworks.");
		await page.goBack();
		await expect.poll(() => renderedNote(page)).toBe(SEED);
		await expect.poll(() => view.locator(".framework-compare-view-framework-name").allTextContents()).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		// Ctrl-click opens the note in a new tab (the host's second pane) and leaves the first where it was.
		await framework(view, "TensorFlow").locator(".framework-compare-view-framework-note a.internal-link").click({ modifiers: ["Control"] });
		await expect.poll(() => page.locator(".host-second-pane .inline-title").textContent()).toBe("TensorFlow");
		expect(await renderedNote(page)).toBe(SEED);
	});

	it("keeps showing the last note while the view itself has focus", async () => {
		const page = await session.open(DATABASES, { width: 1280 });
		const view = await openView(page);
		await expect.poll(() => view.locator(".framework-compare-view-framework-name").allTextContents()).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
		await view.locator(".framework-compare-view-title").click();
		await view.getByRole("button", { name: "MySQL", exact: true }).focus();
		expect(await page.evaluate(() => (window as unknown as { host: { app: { workspace: { activeLeaf: { view: { getViewType(): string } } } } } }).host.app.workspace.activeLeaf.view.getViewType())).toBe(
			"framework-compare-comparison",
		);
		expect(await view.locator(".framework-compare-view-framework-name").allTextContents()).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
	});

	it("shares the note's framework state with the reading view, both ways", async () => {
		const page = await session.open(SEED, { width: 1280 });
		const view = await openView(page);
		const firstColumn = async () => (await visibleRows(page, 0)).map((row) => row.split(" | ")[0]);
		expect(await firstColumn()).toEqual(["Framework", "JAX", "PyTorch", "TensorFlow"]);
		// Hidden from the view: gone from the reading view's tables, and from the view's own.
		await view.getByRole("toolbar", { name: "Frameworks in this note" }).getByRole("button", { name: "TensorFlow", exact: true }).click();
		await expect.poll(firstColumn).toEqual(["Framework", "JAX", "PyTorch"]);
		await expect.poll(() => framework(view, "TensorFlow").getAttribute("class")).toContain("is-hidden");
		const viewRows = () =>
			view.locator(".framework-compare-table table").first().evaluate((table) =>
				Array.from((table as HTMLTableElement).rows)
					.filter((row) => row.getBoundingClientRect().height > 0)
					.map((row) => {
						const cell = row.cells[0].cloneNode(true) as Element;
						cell.querySelectorAll(".framework-compare-header-controls").forEach((el) => el.remove());
						return (cell.textContent ?? "").trim();
					}),
			);
		await expect.poll(viewRows).toEqual(["Framework", "JAX", "PyTorch"]);
		// Shown again from the reading view: back in the view.
		await page.locator('main [role="toolbar"] button[data-framework="TensorFlow"]').first().click();
		await expect.poll(() => framework(view, "TensorFlow").getAttribute("class")).not.toContain("is-hidden");
		await expect.poll(() => view.getByRole("toolbar", { name: "Frameworks in this note" }).getByRole("button", { name: "TensorFlow", exact: true }).getAttribute("aria-pressed")).toBe("true");
		await expect.poll(viewRows).toEqual(["Framework", "JAX", "PyTorch", "TensorFlow"]);
		// And hidden from the reading view: hidden in the view's chart too.
		await page.locator('main [role="toolbar"] button[data-framework="PyTorch"]').first().click();
		await expect.poll(() => view.locator('svg [data-framework="PyTorch"]').count()).toBe(0);
		await expect.poll(() => view.locator('svg [data-framework="JAX"]').count()).toBeGreaterThan(0);
	});

	it("follows the note in source mode (Live Preview's place in the host), edits included", async () => {
		// A copy of the databases note to edit, so the other tests see the vault as it ships.
		const edited = "Databases/Edited in source mode.md";
		session.writeVaultFile(edited, readFileSync(join(session.host.scratch, DATABASES), "utf8"));
		const page = await session.open(SEED, { width: 1280 });
		const view = await openView(page);
		await page.locator("#host-mode").click();
		await expect.poll(() => page.locator("main.workspace-leaf-content").getAttribute("data-mode")).toBe("source");
		await page.selectOption("#host-notes", edited);
		await expect.poll(() => view.locator(".framework-compare-view-framework-name").allTextContents()).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
		// No reading view is drawn, yet the view's tables are interactive.
		expect(await page.locator("main .markdown-reading-view").isVisible()).toBe(false);
		await expect.poll(() => view.locator(".framework-compare-table").count()).toBeGreaterThan(0);
		// Typing in the editor: once Obsidian saved the note, the view shows what it compares now.
		const editor = page.locator("main textarea.host-editor");
		const text = await editor.inputValue();
		expect(text).toContain("SQLite");
		await editor.fill(text.replace(/SQLite/g, "DuckDB"));
		await expect.poll(() => view.locator(".framework-compare-view-framework-name").allTextContents(), { timeout: 5000 }).toEqual(["PostgreSQL", "MySQL", "DuckDB"]);
		expect(await framework(view, "DuckDB").locator(".framework-compare-view-framework-note").innerText()).toBe("No note in this vault has this name or alias.");
	});

	it("drops a name marked not a framework in the reading view at once", async () => {
		const page = await session.open(SEED, { width: 1280 });
		const view = await openView(page);
		await page.locator('main [role="toolbar"] button[data-framework="TensorFlow"]').first().click({ button: "right" });
		await menuItem(page, "Not a framework").click();
		await expect.poll(() => view.locator(".framework-compare-view-framework-name").allTextContents()).toEqual(["JAX", "PyTorch"]);
		expect(await view.getByRole("toolbar", { name: "Frameworks in this note" }).getByRole("button", { name: "TensorFlow", exact: true }).count()).toBe(0);
	});

	it("says so for a note that compares nothing, and for no note at all", async () => {
		const page = await session.open("Welcome.md", { width: 1280 });
		const view = await openView(page);
		await expect.poll(() => view.locator(".framework-compare-view-message").textContent()).toBe("Welcome compares no frameworks.");
		expect(await view.locator('[role="toolbar"]').count()).toBe(0);
		await page.evaluate(() => (window as unknown as { host: { app: { workspace: { setActiveFile(file: null): void } } } }).host.app.workspace.setActiveFile(null));
		await expect.poll(() => view.locator(".framework-compare-view-message").textContent()).toBe("Open a note to see what it compares.");
	});

	it("leaves nothing behind when the plugin is disabled, and comes back in its leaf when enabled", async () => {
		const page = await session.open(SEED, { width: 1280, plugin: false });
		const counts = () =>
			page.evaluate(() => {
				const { app } = (window as unknown as { host: { app: { workspace: { listenerCount(n: string): number }; metadataCache: { listenerCount(n: string): number }; vault: { listenerCount(n: string): number } } } }).host;
				return [
					app.workspace.listenerCount("file-open"),
					app.workspace.listenerCount("active-leaf-change"),
					app.workspace.listenerCount("hover-link"),
					app.metadataCache.listenerCount("changed"),
					app.metadataCache.listenerCount("resolved"),
					app.vault.listenerCount("rename"),
					app.vault.listenerCount("delete"),
				];
			});
		const before = await counts();
		await page.locator("#host-plugin-toggle").click();
		await hostIdle(page);
		const view = await openView(page);
		await expect.poll(() => view.locator(".framework-compare-table").count()).toBe(2);
		await page.locator("#host-plugin-toggle").click();
		await expect.poll(() => page.locator(".framework-compare-view").count()).toBe(0);
		expect(await page.locator(VIEW).count()).toBe(0);
		expect(await page.locator(".side-dock-ribbon-action").count()).toBe(0);
		expect(await page.locator("#host-commands option").allTextContents()).not.toContain(OPEN);
		expect(await counts()).toEqual(before);
		// Opening another note now draws nothing in the sidebar leaf.
		await page.selectOption("#host-notes", DATABASES);
		await expect.poll(() => renderedNote(page)).toBe(DATABASES);
		expect(await page.locator(".mod-right-split .framework-compare-view").count()).toBe(0);
		// Enabled again, Obsidian shows the view again where it was, on the active note.
		await page.locator("#host-plugin-toggle").click();
		await expect.poll(() => page.locator(`${VIEW} .framework-compare-view-framework-name`).allTextContents()).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
	});

	it("fits a phone in the dark theme, with 44 px targets", async () => {
		const page = await session.open(SEED, { width: 390, height: 844, theme: "dark", mobile: true });
		const view = await openView(page);
		const box = (await view.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(390);
		expect(box.width).toBeGreaterThan(380);
		const targets = await view.locator('[role="toolbar"] button, .framework-compare-view-framework-note a.internal-link, .framework-compare-view-backlinks summary').evaluateAll((els) =>
			els.filter((el) => el.getBoundingClientRect().width > 0).map((el) => Math.round(el.getBoundingClientRect().height)),
		);
		expect(targets.length).toBeGreaterThan(3);
		for (const height of targets) expect(height).toBeGreaterThanOrEqual(44);
		// Nothing wider than the phone: wide tables scroll inside their own box.
		expect(await view.locator(".view-content").evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
		await view.getByRole("toolbar", { name: "Frameworks in this note" }).getByRole("button", { name: "TensorFlow", exact: true }).click();
		await page.screenshot({ path: "docs/screenshots/comparison-view-phone-dark.png" });
	});
});
