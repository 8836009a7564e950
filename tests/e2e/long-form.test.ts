// A long-form benchmark table (one row per library and operation, each operation written once
// above blanks) through a real browser, the corpus as the vault: the toggles are the libraries
// down the Library column, hiding one hides its rows, and sorting a column keeps each row's
// library with it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession, visibleRows } from "./session";

const session = useSession(join(__dirname, "..", "fixtures", "real"), { freshData: true });

const NOTE = "bench-muccarini-jsonparser-readme.md";

const toolbarNames = (page: Page) => page.locator('[role="toolbar"]').first().locator("button[aria-pressed][data-framework]").allTextContents();

describe("a long-form benchmark table in the reading view", () => {
	it("toggles the libraries named down the Library column, and hiding one hides all its rows", async () => {
		const page = await session.open(NOTE);
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/long-form-table-light.png" });
		expect(await toolbarNames(page)).toEqual(["Muccarini", "Buger", "Standard"]);
		const libraries = async () => (await visibleRows(page, 0)).slice(1).map((row) => row.split(" | ")[1]);
		expect((await libraries()).filter((name) => name === "Standard")).toHaveLength(8);
		await page.locator('[role="toolbar"] button[data-framework="Standard"]').first().click();
		await expect.poll(async () => (await libraries()).filter((name) => name === "Standard").length).toBe(0);
		expect((await libraries()).filter((name) => name === "Buger")).toHaveLength(8);
		await page.locator(".framework-compare-table").first().screenshot({ path: "docs/screenshots/long-form-table-hidden-light.png" });
	});

	it("sorts by a measure with each row keeping its library", async () => {
		const page = await session.open(NOTE);
		const table = page.locator(".framework-compare-table").first();
		// Each test starts without saved choices, but the first test's page may still save its hidden
		// Standard after that: show every library whichever way that race went.
		const showAll = page.locator('[role="toolbar"]').first().getByRole("button", { name: "Show all" });
		if (await showAll.isEnabled()) await showAll.click();
		await expect.poll(async () => (await visibleRows(page, 0)).length).toBe(25);
		// Time (ns/op) is the third column; sorting it puts the fastest rows first, whoever measured them.
		await table.locator("th").nth(2).locator(".framework-compare-sort").click();
		const rows = (await visibleRows(page, 0)).slice(1).map((row) => row.split(" | "));
		expect(rows[0]?.[1]).toBe("Muccarini");
		expect(rows[0]?.[2]).toBe("42.81");
		expect(rows.at(-1)?.[1]).toBe("Standard");
		await table.screenshot({ path: "docs/screenshots/long-form-table-sorted-light.png" });
	});
});
