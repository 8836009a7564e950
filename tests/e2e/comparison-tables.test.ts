// Issue 4 through a real browser: interactive comparison tables on the seed
// note (frameworks down the rows) and on the database note (across the columns).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DATABASES, menuItem, SEED, renderedNote, visibleRows, waitForHost, type Session, scrollThrough, useSession } from "./session";

const session = useSession();

const toggle = (page: Page, name: string) => page.locator(`[role="toolbar"] button[data-framework="${name}"]`).first();

describe("the seed note's tables", () => {
	it("gets one toolbar per framework table, with a toggle per framework in the note's order", async () => {
		const page = await session.open(SEED);
		expect(await page.locator(".framework-compare-table").count()).toBe(2);
		const names = await page.locator('[role="toolbar"]').first().locator("button[aria-pressed][data-framework]").allTextContents();
		expect(names).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		const button = page.getByRole("button", { name: "PyTorch", exact: true }).first();
		expect(await button.getAttribute("aria-pressed")).toBe("true");
	});

	it("hides PyTorch's row in both tables at once and shows it again", async () => {
		const page = await session.open(SEED);
		expect((await visibleRows(page, 0)).some((row) => row.startsWith("PyTorch |"))).toBe(true);
		await toggle(page, "PyTorch").click();
		for (const table of [0, 1]) {
			const rows = await visibleRows(page, table);
			expect(rows.map((row) => row.split(" | ")[0])).toEqual(["Framework", "JAX", "TensorFlow"]);
		}
		expect(await page.locator('.framework-compare-table [role="toolbar"] button[data-framework="PyTorch"][aria-pressed="false"]').count()).toBe(2);
		await toggle(page, "PyTorch").click();
		expect((await visibleRows(page, 1)).map((row) => row.split(" | ")[0])).toEqual(["Framework", "JAX", "PyTorch", "TensorFlow"]);
	});

	it("leaves the Use Case Recommendations table exactly as Obsidian rendered it", async () => {
		const plain = await session.open(SEED, { plugin: false });
		const page = await session.open(SEED);
		// The whole section, so a wrapper around the table would show too.
		const recommendations = (p: Page) => p.locator(".markdown-preview-sizer > div", { hasText: "Recommended Framework" }).evaluate((el) => el.innerHTML);
		expect(await recommendations(page)).toBe(await recommendations(plain));
	});

	it("leaves a note with framework-compare: false exactly as Obsidian renders it", async () => {
		const seed = readFileSync(join(__dirname, "../../example-vault", SEED), "utf8");
		session.writeVaultFile("Opted out.md", seed.replace("aliases:", "framework-compare: false\naliases:").replace("[[JAX]]", "[[JAX Comparison]]"));
		const plain = await session.open("Opted out.md", { plugin: false });
		const page = await session.open("Opted out.md");
		expect(await page.innerHTML(".markdown-preview-sizer")).toBe(await plain.innerHTML(".markdown-preview-sizer"));
		expect(await page.locator('a.internal-link[data-href="JAX Comparison"]').getAttribute("class")).toContain("is-unresolved");
	});

	it("transposes into a matrix with frameworks across the columns, where toggling hides a column", async () => {
		const page = await session.open(SEED);
		await page.locator(".framework-compare-transpose").first().click();
		const rows = await visibleRows(page, 0);
		// The corner names what is down the side now (the written column titles); the note's "Framework" comes back below.
		expect(rows[0]).toBe("Feature | JAX | PyTorch | TensorFlow");
		expect(rows[1]).toBe("Core Philosophy | Functional transformations on pure functions | Dynamic computation graphs | Static computation graphs (TF 1.x) Eager execution with graphs (TF 2.x)");
		// The rendered cell content moved, so its markup is still there.
		expect(await page.locator(".framework-compare-table").first().locator("td br").count()).toBe(2);
		await toggle(page, "PyTorch").click();
		expect((await visibleRows(page, 0))[0]).toBe("Feature | JAX | TensorFlow");
		expect(await page.locator(".framework-compare-table").first().locator('td[data-framework="PyTorch"]').first().isVisible()).toBe(false);
		// Back again: the original table, PyTorch still hidden.
		await page.locator(".framework-compare-transpose").first().click();
		expect((await visibleRows(page, 0)).map((row) => row.split(" | ")[0])).toEqual(["Framework", "JAX", "TensorFlow"]);
		await page.getByRole("button", { name: "Show all" }).first().click();
	});

	it("opens the PyTorch note from its name in a table", async () => {
		const page = await session.open(SEED);
		const name = page.locator(".framework-compare-table").first().locator("a.internal-link", { hasText: "PyTorch" });
		await name.click();
		await expect.poll(() => renderedNote(page)).toBe("Frameworks/PyTorch.md");
		await page.goBack();
		await expect.poll(() => renderedNote(page)).toBe(SEED);
		await page.locator(".framework-compare-table").first().locator("a.internal-link", { hasText: "TensorFlow" }).click({ modifiers: ["Control"] });
		const opened = await page.evaluate(() => (window as unknown as { host: { app: { workspace: { openedLinks: unknown[] } } } }).host.app.workspace.openedLinks.at(-1));
		expect(opened).toEqual({ linktext: "TensorFlow", sourcePath: SEED, newLeaf: true });
	});

	it("copies the visible table as Markdown", async () => {
		const page = await session.open(SEED);
		await toggle(page, "TensorFlow").click();
		await page.locator(".framework-compare-table").nth(1).locator(".framework-compare-column-menu").nth(2).click();
		await menuItem(page, 'Hide column "Production Deployment"').click();
		await page.locator(".framework-compare-table").nth(1).locator(".framework-compare-copy").click();
		await menuItem(page, "Copy as Markdown").click();
		await expect.poll(() => page.locator(".notice").allTextContents()).toContain("Copied the table as Markdown.");
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(
			[
				"| Framework | Primary Research Org | High-level APIs |",
				"| --- | --- | --- |",
				"| **JAX** | Google Research | Flax, Haiku, Optax |",
				"| **PyTorch** | Meta AI | PyTorch Lightning, fastai |",
				"",
			].join("\n"),
		);
		await page.getByRole("button", { name: "Show all" }).first().click();
	});
});

describe("view state", () => {
	it("survives a reload and a rename of the note, and is never written into the note", async () => {
		const page = await session.open(SEED);
		await toggle(page, "JAX").click();
		await page.locator(".framework-compare-transpose").nth(1).click();
		await page.waitForTimeout(600);
		await page.reload();
		await waitForHost(page);
		await scrollThrough(page);
		expect((await visibleRows(page, 0)).map((row) => row.split(" | ")[0])).toEqual(["Framework", "PyTorch", "TensorFlow"]);
		expect((await visibleRows(page, 1))[0]).toBe("Feature | PyTorch | TensorFlow");

		await page.evaluate(() => (window as unknown as { host: { rename(a: string, b: string): Promise<void> } }).host.rename("JAX vs. Other ML Frameworks.md", "Archive/ML frameworks compared.md"));
		await page.waitForTimeout(600);
		await page.reload();
		await waitForHost(page);
		await scrollThrough(page);
		expect(await renderedNote(page)).toBe("Archive/ML frameworks compared.md");
		expect((await visibleRows(page, 0)).map((row) => row.split(" | ")[0])).toEqual(["Framework", "PyTorch", "TensorFlow"]);
		const saved = JSON.parse(readFileSync(join(session.host.scratch, ".obsidian/plugins/framework-compare/data.json"), "utf8")) as { noteViewState: Record<string, unknown> };
		expect(Object.keys(saved.noteViewState)).toEqual(["Archive/ML frameworks compared.md"]);
		const note = readFileSync(join(session.host.scratch, "Archive/ML frameworks compared.md"), "utf8");
		expect(note).toBe(readFileSync(join(__dirname, "../../example-vault", SEED), "utf8"));
		await page.evaluate(() => (window as unknown as { host: { rename(a: string, b: string): Promise<void> } }).host.rename("Archive/ML frameworks compared.md", "JAX vs. Other ML Frameworks.md"));
		await scrollThrough(page);
		await page.getByRole("button", { name: "Show all" }).first().click();
		await page.locator(".framework-compare-transpose").nth(1).click();
	});

	it("saves choices made after a rename under the note's new path", async () => {
		session.writeVaultFile("Moving.md", readFileSync(join(__dirname, "../../example-vault", SEED), "utf8"));
		const page = await session.open("Moving.md");
		await toggle(page, "JAX").click();
		await expect.poll(() => savedPaths(session)).toContain("Moving.md");
		await page.evaluate(() => (window as unknown as { host: { rename(a: string, b: string): Promise<void> } }).host.rename("Moving.md", "Moved.md"));
		await toggle(page, "PyTorch").click();
		await expect.poll(() => savedHidden(session, "Moved.md")).toEqual(["JAX", "PyTorch"]);
		expect(savedPaths(session)).not.toContain("Moving.md");
	});

	it("is dropped from the plugin's data when the note is deleted", async () => {
		session.writeVaultFile("Doomed.md", readFileSync(join(__dirname, "../../example-vault", SEED), "utf8"));
		const page = await session.open("Doomed.md");
		await toggle(page, "TensorFlow").click();
		await expect.poll(() => savedPaths(session)).toContain("Doomed.md");
		await page.evaluate(async () => {
			const { app } = (window as unknown as { host: { app: { vault: { getFileByPath(p: string): unknown; delete(f: unknown): Promise<void> } } } }).host;
			await app.vault.delete(app.vault.getFileByPath("Doomed.md"));
		});
		await expect.poll(() => savedPaths(session)).not.toContain("Doomed.md");
	});
});

function savedHidden(s: Session, path: string): string[] | undefined {
	try {
		const data = JSON.parse(readFileSync(join(s.host.scratch, ".obsidian/plugins/framework-compare/data.json"), "utf8")) as {
			noteViewState?: Record<string, { hiddenFrameworks: string[] }>;
		};
		return data.noteViewState?.[path]?.hiddenFrameworks;
	} catch {
		return undefined;
	}
}

function savedPaths(s: Session): string[] {
	try {
		const data = JSON.parse(readFileSync(join(s.host.scratch, ".obsidian/plugins/framework-compare/data.json"), "utf8")) as { noteViewState?: Record<string, unknown> };
		return Object.keys(data.noteViewState ?? {});
	} catch {
		return [];
	}
}

describe("a note whose frameworks run across the columns", () => {
	it("hides a database's column in the feature matrix and its row in the workload table", async () => {
		const page = await session.open(DATABASES);
		expect((await visibleRows(page, 0))[0]).toBe("Feature | PostgreSQL | MySQL | SQLite");
		await toggle(page, "MySQL").click();
		expect((await visibleRows(page, 0))[0]).toBe("Feature | PostgreSQL | SQLite");
		expect((await visibleRows(page, 1)).map((row) => row.split(" | ")[0])).toEqual(["Database", "Postgres", "SQLite"]);
		await toggle(page, "MySQL").click();
	});

	it("keeps [[Note\\|text]] links in cells working, also after transposing", async () => {
		const page = await session.open(DATABASES);
		const table = page.locator(".framework-compare-table").first();
		await table.locator(".framework-compare-transpose").click();
		// Databases down the side now: the corner takes the note's own word for them, from its workload table's corner.
		expect((await visibleRows(page, 0))[0]).toMatch(/^Database \| License \| Architecture/);
		const link = table.locator('a.internal-link[data-href="SQLite"]', { hasText: "embedded" });
		expect(await link.count()).toBe(1);
		await link.click();
		await expect.poll(() => renderedNote(page)).toBe("Databases/SQLite.md");
		await page.goBack();
		await waitForHost(page);
		await scrollThrough(page);
		await page.locator(".framework-compare-table").first().locator(".framework-compare-transpose").click();
	});

	it("sorts numbers as numbers with missing values last, and says so with aria-sort", async () => {
		const page = await session.open(DATABASES);
		const table = page.locator(".framework-compare-table").nth(1);
		const column = (n: number) => async () => (await visibleRows(page, 1)).slice(1).map((row) => row.split(" | ")[n]);
		const sortButton = table.locator("th").nth(3).locator(".framework-compare-sort");
		await sortButton.click();
		expect(await column(3)()).toEqual(["100", "151", "—"]);
		expect(await table.locator("th").nth(3).getAttribute("aria-sort")).toBe("ascending");
		await sortButton.press("Enter");
		expect(await column(3)()).toEqual(["151", "100", "—"]);
		expect(await table.locator("th").nth(3).getAttribute("aria-sort")).toBe("descending");
		await table.locator("th").nth(1).locator(".framework-compare-sort").click();
		expect(await column(1)()).toEqual(["620", "1,100", "1,250"]);
		await table.locator("th").nth(1).locator(".framework-compare-sort").click();
		await table.locator("th").nth(1).locator(".framework-compare-sort").click();
		expect(await column(0)()).toEqual(["Postgres", "MySQL", "SQLite"]);
		expect(await table.locator("th[aria-sort]").count()).toBe(0);
	});

	it("copies the visible matrix as CSV", async () => {
		const page = await session.open(DATABASES);
		await toggle(page, "PostgreSQL").click();
		const table = page.locator(".framework-compare-table").nth(1);
		await table.locator(".framework-compare-copy").click();
		await menuItem(page, "Copy as CSV").click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
			"Database,Inserts/sec (autocommit),Inserts/sec (one transaction),Default max connections\r\nMySQL,\"1,100\",\"10,500\",151\r\nSQLite,620,\"48,000\",—\r\n",
		);
		await toggle(page, "PostgreSQL").click();
	});
});

describe("screenshots", () => {
	it("shows the interactive tables in light and dark themes", async () => {
		for (const theme of ["light", "dark"] as const) {
			const page = await session.open(DATABASES, { theme });
			await toggle(page, "MySQL").click();
			await page.locator(".framework-compare-table").first().scrollIntoViewIfNeeded();
			await page.screenshot({ path: `docs/screenshots/tables-${theme}.png` });
			await toggle(page, "MySQL").click();
		}
		const narrow = await session.open(SEED, { width: 390 });
		await narrow.locator(".framework-compare-table").first().scrollIntoViewIfNeeded();
		const scroll = await narrow.locator(".framework-compare-table-scroll").first().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
		expect(scroll.scroll).toBeGreaterThan(scroll.client);
		// The enhanced table and its toolbar stay inside the pane; only the table scrolls.
		for (const box of await narrow.locator(".framework-compare-table").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right))) {
			expect(box).toBeLessThanOrEqual(390);
		}
		await narrow.screenshot({ path: "docs/screenshots/tables-narrow.png" });
	});
});
