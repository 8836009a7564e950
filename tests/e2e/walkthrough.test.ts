// Issue 16's last proof: the seed note walked through with the keyboard alone
// (desktop) and with a finger alone (a 390 px phone), with the plugin's defaults
// (the compact framework bar on). Every step is what a reader does, and every
// check is what the reader then sees.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { menuItem, scrollThrough, SEED, waitForHost, useSession } from "./session";

const session = useSession(undefined, { compact: true });

/** TensorFlow's rows, columns and bars a reader sees (its toggle, which carries data-framework too, left out). */
const tensorFlowShown = (page: Page) =>
	page.locator('[data-framework="TensorFlow"]').evaluateAll((els) => els.filter((el) => !el.closest('[role="toolbar"], .menu') && el.checkVisibility({ visibilityProperty: true })).length);

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 150): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press("Tab");
	}
	throw new Error(`Tab never reached ${selector}`);
}

const focused = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? "").trim());

describe("a keyboard-only walk through the seed note", () => {
	it("hides and shows a framework, sorts, uses a column menu, transposes and reads the chart, without a pointer", async () => {
		const page = await session.open(SEED, { width: 1280 });
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

		// The note's framework bar: one tab stop, arrows move along it (WAI-ARIA toolbar).
		await tabTo(page, ".framework-compare-note-bar [role=toolbar] button");
		expect(await focused(page)).toBe("JAX");
		await page.keyboard.press("ArrowRight");
		await page.keyboard.press("ArrowRight");
		expect(await focused(page)).toBe("TensorFlow");
		const shownBefore = await tensorFlowShown(page);
		expect(shownBefore).toBeGreaterThan(4);
		await page.keyboard.press("Space");
		expect(await tensorFlowShown(page)).toBe(0);
		await page.keyboard.press("Enter");
		expect(await tensorFlowShown(page)).toBe(shownBefore);

		// The first table: sort by its second column from its header, then back through the column menu.
		const table = page.locator(".framework-compare-table").first();
		await tabTo(page, ".framework-compare-table th:nth-child(2) .framework-compare-sort");
		await page.keyboard.press("Enter");
		expect(await table.locator("th").nth(1).getAttribute("aria-sort")).toBe("ascending");
		await tabTo(page, ".framework-compare-table th:nth-child(2) .framework-compare-column-menu");
		await page.keyboard.press("Enter");
		await expect.poll(() => menuItem(page, "Original order").isVisible()).toBe(true);
		// Obsidian's menu: arrows choose, Enter runs.
		for (let i = 0; i < 8; i++) {
			if (await page.locator(".menu .menu-item.selected .menu-item-title").getByText("Original order", { exact: true }).count()) break;
			await page.keyboard.press("ArrowDown");
		}
		await page.keyboard.press("Enter");
		await expect.poll(() => table.locator("th").nth(1).getAttribute("aria-sort")).toBeNull();

		// Transpose from the table's own actions: the corner now names what is down the side.
		await tabTo(page, ".framework-compare-table .framework-compare-transpose");
		await page.keyboard.press("Enter");
		expect(await page.locator(".framework-compare-table .framework-compare-transpose").first().getAttribute("aria-pressed")).toBe("true");
		await page.keyboard.press("Enter");
		expect(await page.locator(".framework-compare-table .framework-compare-transpose").first().getAttribute("aria-pressed")).toBe("false");

		// The chart: its first bar is one tab stop, the arrows walk the values, the tooltip follows.
		await tabTo(page, ".framework-compare-chart ul[role=list] > li", 300);
		const tooltip = page.locator(".framework-compare-chart-tooltip").first();
		expect(await tooltip.isVisible()).toBe(true);
		const first = await tooltip.innerText();
		await page.keyboard.press("ArrowDown");
		expect(await tooltip.innerText()).not.toBe(first);
		await page.screenshot({ path: "docs/screenshots/walkthrough-keyboard-light.png" });
	});
});

describe("a touch-only walk through the seed note on a phone", () => {
	it("hides a framework, sorts, uses a column menu, transposes and reads a bar with taps alone", async () => {
		const context = await session.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
		try {
			const page = await context.newPage();
			await page.goto(`${session.host.url}?${new URLSearchParams({ note: SEED, theme: "dark", mobile: "1" }).toString()}`);
			await waitForHost(page);
			await scrollThrough(page);
			const tap = async (selector: string) => {
				const target = page.locator(selector).first();
				await target.scrollIntoViewIfNeeded();
				const box = (await target.boundingBox())!;
				// Phone targets: at least 44 px each way.
				expect(Math.min(box.width, box.height), selector).toBeGreaterThanOrEqual(44);
				await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
			};

			const shownBefore = await tensorFlowShown(page);
			await tap('.framework-compare-note-bar button[data-framework="TensorFlow"]');
			await expect.poll(() => tensorFlowShown(page)).toBe(0);
			await tap('.framework-compare-note-bar button[data-framework="TensorFlow"]');
			await expect.poll(() => tensorFlowShown(page)).toBe(shownBefore);

			const table = page.locator(".framework-compare-table").first();
			await tap(".framework-compare-table th:nth-child(2) .framework-compare-sort");
			await expect.poll(() => table.locator("th").nth(1).getAttribute("aria-sort")).toBe("ascending");
			await tap(".framework-compare-table th:nth-child(2) .framework-compare-column-menu");
			const original = menuItem(page, "Original order");
			await expect.poll(() => original.isVisible()).toBe(true);
			const item = (await original.boundingBox())!;
			expect(item.x).toBeGreaterThanOrEqual(0);
			expect(item.x + item.width).toBeLessThanOrEqual(390);
			await page.touchscreen.tap(item.x + item.width / 2, item.y + item.height / 2);
			await expect.poll(() => table.locator("th").nth(1).getAttribute("aria-sort")).toBeNull();

			await tap(".framework-compare-table .framework-compare-transpose");
			await expect.poll(() => page.locator(".framework-compare-table .framework-compare-transpose").first().getAttribute("aria-pressed")).toBe("true");
			await tap(".framework-compare-table .framework-compare-transpose");
			await expect.poll(() => page.locator(".framework-compare-table .framework-compare-transpose").first().getAttribute("aria-pressed")).toBe("false");

			// A bar: a tap shows its tooltip.
			const bar = page.locator('.framework-compare-chart g[data-framework="PyTorch"][data-column="NVIDIA A100"] rect').first();
			await bar.scrollIntoViewIfNeeded();
			const box = (await bar.boundingBox())!;
			await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
			const tooltip = page.locator(".framework-compare-chart-tooltip").first();
			await expect.poll(() => tooltip.isVisible()).toBe(true);
			expect(await tooltip.innerText()).toContain("PyTorch · NVIDIA A100");
			// The note's framework bar stays at the top of the page's viewport over the chart. (The layout
			// viewport, not the visual one: a plain wide table of the note widens the host's page on a phone.)
			await expect.poll(() => page.locator(".framework-compare-note-bar").evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBe(0);
			await page.screenshot({ path: "docs/screenshots/walkthrough-touch-dark.png" });
		} finally {
			await context.close();
		}
	});
});
