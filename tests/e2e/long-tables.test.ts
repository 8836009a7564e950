// A table of 3,000 libraries in the reading view: only the rows near the screen
// are in the page, yet scrolling, sorting, hiding, transposing, Copy, printing
// and unloading all see the whole table.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { togglesThatFit } from "../../src/views/framework-toolbar";
import { menuItem, useSession } from "./session";

const session = useSession();

const ROWS = 3_000;
// Choices are remembered per note, so each test opens a note of its own.
let notes = 0;
const stars = (i: number) => (i * 7919) % 90_000;
const TEXT = [
	"# Every library",
	"",
	"| Framework | Language | Stars | License |",
	"|---|---|---:|---|",
	...Array.from({ length: ROWS }, (_, i) => `| lib-${i} | ${["Python", "Rust", "Go"][i % 3]} | ${stars(i).toLocaleString("en")} | ${["MIT", "BSD"][i % 2]} |`),
	"",
	"## After the table",
	"",
].join("\n");

const TABLE = ".framework-compare-table table";

/** The body rows in the page (spacers left out), and the ones a reader sees on screen, by name. */
async function rows(page: Page): Promise<{ inPage: number; onScreen: string[] }> {
	return page.locator(TABLE).evaluate((table) => {
		const body = Array.from((table as HTMLTableElement).tBodies[0].rows).filter((row) => !row.classList.contains("framework-compare-spacer"));
		const onScreen = body.filter((row) => {
			const box = row.getBoundingClientRect();
			return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
		});
		return { inPage: body.length, onScreen: onScreen.map((row) => (row.cells[0]?.textContent ?? "").trim()) };
	});
}

/** Scrolls the note so the table's body is `fraction` of the way down, then lets the window follow. */
async function scrollTableTo(page: Page, fraction: number): Promise<void> {
	await page.locator(TABLE).evaluate((table, at) => {
		const box = table.getBoundingClientRect();
		const scroller = document.scrollingElement!;
		scroller.scrollTop += box.top + box.height * at;
	}, fraction);
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function openLongNote(): Promise<Page> {
	const note = `Long/Every library ${++notes}.md`;
	session.writeVaultFile(note, TEXT);
	return session.open(note, { lazy: true });
}

describe(`a ${ROWS.toLocaleString("en")}-row table`, () => {
	it("keeps a screenful of rows in the page and follows the scroll, to the last row", async () => {
		const page = await openLongNote();
		const top = await rows(page);
		expect(top.inPage).toBeLessThan(200);
		expect(top.onScreen[0]).toBe("lib-0");
		expect(await page.locator(TABLE).getAttribute("aria-rowcount")).toBe(String(ROWS + 1));

		await scrollTableTo(page, 0.5);
		const middle = await rows(page);
		expect(middle.inPage).toBeLessThan(200);
		const first = Number(middle.onScreen[0]?.slice(4));
		// Rows on screen are consecutive and from the middle of the table.
		expect(first).toBeGreaterThan(ROWS * 0.3);
		expect(first).toBeLessThan(ROWS * 0.7);
		expect(middle.onScreen).toEqual(middle.onScreen.map((_, i) => `lib-${first + i}`));
		expect(middle.onScreen.length).toBeGreaterThan(10);

		await scrollTableTo(page, 1);
		await page.locator(TABLE).evaluate((table) => table.scrollIntoView({ block: "end" }));
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		expect((await rows(page)).onScreen.at(-1)).toBe(`lib-${ROWS - 1}`);
		// Screen readers hear each drawn row's place in the whole table.
		expect(await page.locator(`${TABLE} tr:has(td:text-is("lib-${ROWS - 1}"))`).getAttribute("aria-rowindex")).toBe(String(ROWS + 1));
	});

	it("sorts the whole table, not the rows drawn, and hides a framework picked from More", async () => {
		const page = await openLongNote();
		await page.locator(`${TABLE} th`).nth(2).locator(".framework-compare-sort").click();
		await page.locator(`${TABLE} th`).nth(2).locator(".framework-compare-sort").click();
		const most = Array.from({ length: ROWS }, (_, i) => i).sort((a, b) => stars(b) - stars(a) || a - b);
		expect((await rows(page)).onScreen.slice(0, 3)).toEqual(most.slice(0, 3).map((i) => `lib-${i}`));

		const more = page.locator(".framework-compare-table .framework-compare-more");
		const inPicker = ROWS - togglesThatFit(Array.from({ length: ROWS }, (_, i) => `lib-${i}`));
		expect(inPicker).toBeGreaterThan(ROWS - 12);
		await expect.poll(() => more.textContent()).toBe(`More (${inPicker.toLocaleString("en")})`);
		await more.click();
		await page.keyboard.type(`lib-${most[1]}`);
		const item = page.getByRole("menuitemcheckbox", { name: `lib-${most[1]}`, exact: true });
		expect(await item.getAttribute("aria-checked")).toBe("true");
		await item.click();
		expect(await item.getAttribute("aria-checked")).toBe("false");
		expect((await rows(page)).onScreen.slice(0, 2)).toEqual([`lib-${most[0]}`, `lib-${most[2]}`]);
		await page.keyboard.press("Escape");
		expect(await more.textContent()).toBe(`More (${inPicker.toLocaleString("en")}) · 1 hidden`);
	});

	it("copies every shown row, though only a screenful is drawn", async () => {
		const page = await openLongNote();
		await page.getByRole("button", { name: "lib-3", exact: true }).first().click();
		await page.evaluate(() => navigator.clipboard.writeText(""));
		await page.locator(".framework-compare-table .framework-compare-copy").click();
		await menuItem(page, "Copy as CSV").click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe("");
		const csv = (await page.evaluate(() => navigator.clipboard.readText())).trim().split(/\r?\n/);
		expect(csv).toHaveLength(ROWS); // the header, and every row but lib-3
		expect(csv).not.toContain("lib-3,Python,\"23,757\",BSD");
		expect(csv.at(-1)).toBe(`lib-${ROWS - 1},${["Python", "Rust", "Go"][(ROWS - 1) % 3]},"${stars(ROWS - 1).toLocaleString("en")}",${["MIT", "BSD"][(ROWS - 1) % 2]}`);
	});

	it("finds rows the page does not hold: the find box narrows the table to them", async () => {
		const page = await openLongNote();
		const find = page.getByRole("searchbox", { name: `Find in this table's ${ROWS.toLocaleString("en")} rows` });
		await find.fill(`lib-${ROWS - 1}`);
		expect((await rows(page)).onScreen).toEqual([`lib-${ROWS - 1}`]);
		expect(await page.locator(".framework-compare-table-find-status").textContent()).toBe(`1 of ${ROWS.toLocaleString("en")} rows`);
		await find.fill("rust");
		const rust = Array.from({ length: ROWS }, (_, i) => i).filter((i) => i % 3 === 1);
		expect((await rows(page)).onScreen.slice(0, 3)).toEqual(rust.slice(0, 3).map((i) => `lib-${i}`));
		expect(await page.locator(TABLE).getAttribute("aria-rowcount")).toBe(String(rust.length + 1));
		await find.fill("");
		expect((await rows(page)).onScreen.slice(0, 2)).toEqual(["lib-0", "lib-1"]);
		expect(await page.locator(".framework-compare-table-find-status").textContent()).toBe("");
	});

	it("transposes into columns drawn as they scroll into view", async () => {
		const page = await openLongNote();
		await page.locator(".framework-compare-table .framework-compare-transpose").click();
		const headerCells = () =>
			page.locator(`${TABLE} thead th`).evaluateAll((cells) => cells.map((cell) => ((cell.querySelector(".framework-compare-header-label") ?? cell.firstChild)?.textContent ?? "").trim()));
		const before = await headerCells();
		// The corner names what is down the side once transposed (views/table-corner.ts).
		expect(before[0]).toBe("Feature");
		expect(before.length).toBeLessThan(120);
		expect(before).toContain("lib-0");
		await page.locator(".framework-compare-table-scroll").evaluate((scroller) => {
			scroller.scrollLeft = scroller.scrollWidth;
		});
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		const after = await headerCells();
		expect(after).toContain(`lib-${ROWS - 1}`);
		expect(after).not.toContain("lib-0");
		expect(await page.locator(TABLE).getAttribute("aria-colcount")).toBe(String(ROWS + 1));
	});

	it("prints every row, and gives the whole table back when the plugin unloads", async () => {
		const page = await openLongNote();
		await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
		expect((await rows(page)).inPage).toBe(ROWS);
		await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
		expect((await rows(page)).inPage).toBeLessThan(200);
		await page.evaluate(() => (window as unknown as { host: { unloadPlugin(): void } }).host.unloadPlugin());
		const restored = await page.locator(".markdown-reading-view table").first().evaluate((table) => (table as HTMLTableElement).tBodies[0].rows.length);
		expect(restored).toBe(ROWS);
	});
});

describe("a note comparing forty frameworks", () => {
	const NAMES = [
		"React", "Vue", "Angular", "Svelte", "Solid", "Preact", "Lit", "Qwik", "Ember", "Backbone",
		"Alpine.js", "Mithril", "Inferno", "Stencil", "Marko", "Riot", "Aurelia", "Polymer", "Hyperapp", "Knockout",
		"Dojo", "Meteor", "Next.js", "Nuxt", "SvelteKit", "Remix", "Astro", "Gatsby", "Eleventy", "Hugo",
		"Jekyll", "Fresh", "Redwood", "Blitz", "Analog", "SolidStart", "Qwik City", "Docusaurus", "VitePress", "Hexo",
	];
	const text = ["# Forty frameworks", "", "| Framework | Stars | License |", "|---|--:|---|", ...NAMES.map((name, i) => `| ${name} | ${(i * 3709) % 220}k | ${i % 2 ? "MIT" : "Apache-2.0"} |`), ""].join("\n");

	it("fits its toggles on one line and reaches every framework by name", async () => {
		session.writeVaultFile("Long/Forty frameworks.md", text);
		const page = await session.open("Long/Forty frameworks.md", { width: 1280 });
		const bar = page.locator(".framework-compare-table [role=toolbar]");
		const toggle = bar.locator(".framework-compare-toggle").first();
		// One line: the toggles and the table's own actions together are no taller than a toggle and its margins.
		const controls = page.locator(".framework-compare-table .framework-compare-controls");
		const [barHeight, toggleHeight] = [(await controls.boundingBox())!.height, (await toggle.boundingBox())!.height];
		expect(barHeight).toBeLessThan(toggleHeight * 1.6);
		for (const name of NAMES) {
			const own = bar.getByRole("button", { name, exact: true });
			if ((await own.count()) > 0) continue;
			await bar.locator(".framework-compare-more").click();
			await page.keyboard.type(name);
			const item = page.getByRole("menuitemcheckbox", { name, exact: true });
			expect(await item.getAttribute("aria-checked"), name).toBe("true");
			await page.keyboard.press("Escape");
		}
		await bar.locator(".framework-compare-more").click();
		await page.keyboard.type("s");
		await page.screenshot({ path: "docs/screenshots/many-frameworks-picker-light.png" });
		// On a phone the picker stays inside the screen.
		await page.setViewportSize({ width: 390, height: 800 });
		await page.keyboard.press("Escape");
		await bar.locator(".framework-compare-more").click();
		const box = (await page.locator(".framework-compare-picker").boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		await page.screenshot({ path: "docs/screenshots/many-frameworks-picker-phone-light.png" });
	});
});
