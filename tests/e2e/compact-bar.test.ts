// Compact mode, the plugin's default: the seed note shows one framework bar,
// kept at the top of the pane while one of its tables or charts is on screen,
// and the tables and the chart keep only their own actions.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PLUGIN_DATA, scrollThrough, SEED, useSession } from "./session";

// Each test starts from the plugin's defaults: compact mode on, nothing hidden.
const session = useSession(undefined, { compact: true, freshData: true });

const BAR = ".framework-compare-note-bar";

/** The framework toolbars a reader sees (by their toggles' names), wherever they are. */
function visibleToolbars(page: Page): Promise<string[][]> {
	return page.evaluate(() =>
		Array.from(document.querySelectorAll('[role="toolbar"]'))
			.filter((bar) => bar.checkVisibility())
			.map((bar) => Array.from(bar.querySelectorAll("button[aria-pressed]")).map((button) => (button.textContent ?? "").trim())),
	);
}

async function scrollToText(page: Page, text: string): Promise<void> {
	await page.getByText(text, { exact: true }).first().evaluate((el) => el.scrollIntoView({ block: "center" }));
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe("the compact framework bar", () => {
	it("shows one bar for the seed's tables and its chart; the views keep their own actions", async () => {
		const page = await session.open(SEED, { width: 1280 });
		expect(await page.locator(".framework-compare-table").count()).toBeGreaterThanOrEqual(2);
		expect(await page.locator(".framework-compare-chart").count()).toBeGreaterThanOrEqual(1);
		expect(await visibleToolbars(page)).toEqual([["JAX", "PyTorch", "TensorFlow"]]);
		expect(await page.locator(`${BAR} [role="toolbar"]`).getAttribute("aria-label")).toBe("Frameworks in this note");
		// Transpose and Copy stay with each table, the chart's views with the chart.
		expect(await page.locator(".framework-compare-table .framework-compare-transpose").first().isVisible()).toBe(true);
		expect(await page.locator(".framework-compare-chart .framework-compare-actions").first().isVisible()).toBe(true);
		await page.screenshot({ path: "docs/screenshots/compact-bar-light.png" });
	});

	it("hides a framework in every table and the chart from the one bar, and brings it back", async () => {
		const page = await session.open(SEED, { width: 1280 });
		// Its rows, columns and bars: the toggle itself carries data-framework too, and stays.
		const shown = () =>
			page.locator('[data-framework="TensorFlow"]').evaluateAll((els) => els.filter((el) => !el.closest('[role="toolbar"]') && el.checkVisibility({ visibilityProperty: true })).length);
		const before = await shown();
		expect(before).toBeGreaterThan(4);
		const toggle = page.locator(BAR).getByRole("button", { name: "TensorFlow", exact: true });
		await toggle.click();
		expect(await toggle.getAttribute("aria-pressed")).toBe("false");
		expect(await shown()).toBe(0);
		await toggle.click();
		expect(await shown()).toBe(before);
	});

	it("stays at the top of the pane while a view of the note is on screen, and only then", async () => {
		// Sections side by side are a view of the note too, and the seed ends with its migration notes:
		// drawn as Obsidian draws them here, the end of the note is far from every view.
		// The test before may still save its choices (a save waits 400 ms after the last change): after that, this data holds.
		await new Promise((resolve) => setTimeout(resolve, 500));
		const data = join(session.host.scratch, PLUGIN_DATA);
		mkdirSync(dirname(data), { recursive: true });
		writeFileSync(data, JSON.stringify({ sideBySideSections: false }));
		const page = await session.open(SEED, { width: 1280, height: 700 });
		await scrollToText(page, "Ecosystem Comparison");
		await expect.poll(() => page.locator(BAR).evaluate((el) => el.classList.contains("is-stuck"))).toBe(true);
		const stuck = (await page.locator(BAR).boundingBox())!;
		expect(Math.abs(stuck.y)).toBeLessThan(2);
		await page.screenshot({ path: "docs/screenshots/compact-bar-stuck-light.png" });
		// Far from every table, chart and code tab the bar stays at the top of the note, out of view.
		await scrollToText(page, "Recent Convergence Trends");
		await expect.poll(() => page.locator(BAR).evaluate((el) => el.classList.contains("is-stuck"))).toBe(false);
		expect((await page.locator(BAR).boundingBox())!.y).toBeLessThan(0);
	});

	it("gives the views their toggles back at once when the setting is switched off, and takes them again", async () => {
		const page = await session.open(SEED, { width: 1280 });
		await page.click("#host-settings");
		const toggle = page.locator(".setting-item", { hasText: "Compact framework bar" }).locator(".checkbox-container");
		expect(await toggle.getAttribute("aria-checked")).toBe("true");
		await toggle.click();
		await page.keyboard.press("Escape");
		await expect.poll(() => page.locator(BAR).count()).toBe(0);
		// Drawn again as Obsidian does after a setting that changes every note: near the screen first.
		await scrollThrough(page);
		expect((await visibleToolbars(page)).length).toBeGreaterThanOrEqual(3);
		expect(new Set((await visibleToolbars(page)).map((names) => names.join()))).toEqual(new Set(["JAX,PyTorch,TensorFlow"]));
		await page.click("#host-settings");
		await toggle.click();
		await page.keyboard.press("Escape");
		await expect.poll(async () => visibleToolbars(page)).toEqual([["JAX", "PyTorch", "TensorFlow"]]);
	});

	it("leaves nothing behind when the plugin unloads", async () => {
		const page = await session.open(SEED, { width: 1280 });
		await page.evaluate(() => (window as unknown as { host: { unloadPlugin(): void } }).host.unloadPlugin());
		expect(await page.locator(`${BAR}, .framework-compare-compact`).count()).toBe(0);
	});

	it("fits a phone, in the dark theme too", async () => {
		const page = await session.open(SEED, { width: 390, height: 800, theme: "dark" });
		await scrollToText(page, "Performance Comparison");
		const box = (await page.locator(BAR).boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		await page.screenshot({ path: "docs/screenshots/compact-bar-phone-dark.png" });
	});
});
