// Native in Obsidian on desktop and phone (issue 16): the views' menus are
// Obsidian's Menu, every pointer target is big enough (24 px, 44 px under
// .is-mobile), the header glyphs are legible in both themes, disabled
// controls look disabled, a hidden column takes no keyboard focus, a
// transposed table's corner names what is down the side, and the demo
// host's title bar fits a phone.
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DATABASES, menuItem, PLUGIN_DATA, SEED, useSession } from "./session";

// Each test starts from a note as written: no choices saved by the one before.
const session = useSession(undefined, { freshData: true });

const DESKTOP = 1280;
const PHONE = 390;

const toggle = (page: Page, name: string) => page.locator(`[role="toolbar"] button[data-framework="${name}"]`).first();
const table = (page: Page, n: number) => page.locator(".framework-compare-table").nth(n);

/** Width and height of every button of the tables and charts (toolbars, header controls). */
function targetSizes(page: Page): Promise<{ name: string; width: number; height: number }[]> {
	return page.locator(".framework-compare-table button, .framework-compare-chart .framework-compare-controls button").evaluateAll((buttons) =>
		buttons
			.filter((button) => button.getClientRects().length > 0 && !button.closest("[inert]"))
			.map((button) => {
				const box = button.getBoundingClientRect();
				return { name: button.getAttribute("aria-label") ?? (button.textContent ?? "").trim(), width: box.width, height: box.height };
			}),
	);
}

/**
 * The contrast ratio (WCAG 2) of an element's text colour against what is behind it:
 * the first ancestor background that is not transparent, over the page's.
 */
function contrastOf(target: Locator): Promise<number> {
	return target.evaluate((el) => {
		const parse = (color: string): number[] => {
			const probe = document.createElement("canvas").getContext("2d")!;
			probe.fillStyle = color;
			probe.fillRect(0, 0, 1, 1);
			return Array.from(probe.getImageData(0, 0, 1, 1).data).map((v, i) => (i < 3 ? v : v / 255));
		};
		const over = (top: number[], bottom: number[]) => top.slice(0, 3).map((v, i) => v * top[3] + bottom[i] * (1 - top[3]));
		const layers: number[][] = [];
		for (let node: Element | null = el; node; node = node.parentElement) {
			const bg = parse(getComputedStyle(node).backgroundColor);
			if (bg[3] > 0) layers.push(bg);
		}
		let behind = [255, 255, 255];
		for (const layer of layers.reverse()) behind = over(layer, behind);
		const style = getComputedStyle(el);
		const fg = parse(style.color);
		const text = over([fg[0], fg[1], fg[2], fg[3] * Number(style.opacity)], behind);
		const luminance = (rgb: number[]) => {
			const [r, g, b] = rgb.map((v) => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const [a, b] = [luminance(text), luminance(behind)].sort((x, y) => y - x);
		return (a + 0.05) / (b + 0.05);
	});
}

describe("menus are Obsidian's Menu", () => {
	it("opens the column, Copy and chart Columns menus as .menu with .menu-item, from controls with aria-haspopup", async () => {
		const page = await session.open(SEED, { width: DESKTOP });
		const first = table(page, 0);
		const columnButton = first.locator(".framework-compare-column-menu").first();
		expect(await columnButton.getAttribute("aria-haspopup")).toBe("menu");
		await columnButton.click();
		expect(await columnButton.getAttribute("aria-expanded")).toBe("true");
		expect(await page.locator(".menu .menu-item-title").allTextContents()).toEqual(["Sort ascending", "Sort descending", "Original order", 'Hide column "Core Philosophy"']);
		// Nothing of the plugin's own drawing: the menu is the app's, on the body, outside the table's scroll box.
		expect(await page.locator(".framework-compare-table .menu, .framework-compare-table [role=menu]").count()).toBe(0);
		expect(await page.locator("body > .menu").count()).toBe(1);
		await page.keyboard.press("Escape");
		await expect.poll(() => page.locator(".menu").count()).toBe(0);
		expect(await columnButton.getAttribute("aria-expanded")).toBe("false");

		const copy = first.locator(".framework-compare-copy");
		expect(await copy.getAttribute("aria-haspopup")).toBe("menu");
		await copy.click();
		expect(await page.locator(".menu .menu-item-title").allTextContents()).toEqual(["Copy as Markdown", "Copy as CSV"]);
		await page.keyboard.press("Escape");

		const columns = page.locator(".framework-compare-chart .framework-compare-chart-columns").first();
		expect(await columns.getAttribute("aria-haspopup")).toBe("menu");
		await columns.click();
		expect(await page.locator(".menu .menu-item-title").allTextContents()).toEqual(['Hide column "NVIDIA V100"', 'Hide column "NVIDIA A100"', 'Hide column "TPU v4-8"']);
		await page.keyboard.press("Escape");
	});

	it("is worked from the keyboard: the arrow keys choose, Enter runs", async () => {
		const page = await session.open(SEED, { width: DESKTOP });
		const columnButton = table(page, 0).locator(".framework-compare-column-menu").first();
		await columnButton.focus();
		await page.keyboard.press("Enter");
		await page.locator(".menu").waitFor();
		await page.keyboard.press("ArrowDown");
		await page.keyboard.press("ArrowDown");
		expect(await page.locator(".menu .menu-item.selected .menu-item-title").textContent()).toBe("Sort descending");
		await page.keyboard.press("Enter");
		await expect.poll(() => page.locator(".menu").count()).toBe(0);
		expect(await table(page, 0).locator("th").nth(1).getAttribute("aria-sort")).toBe("descending");
		await columnButton.click();
		await menuItem(page, "Original order").click();
		expect(await table(page, 0).locator("th").nth(1).getAttribute("aria-sort")).toBeNull();
	});

	for (const mobile of [false, true]) {
		it(`keeps the last column's menu wholly inside a ${PHONE} px window${mobile ? " on a phone (.is-mobile)" : ""}`, async () => {
			const page = await session.open(SEED, { width: PHONE, height: 800, mobile });
			const scroller = page.locator(".framework-compare-table-scroll").first();
			await scroller.scrollIntoViewIfNeeded();
			await scroller.evaluate((el) => {
				el.scrollLeft = el.scrollWidth;
			});
			const last = table(page, 0).locator(".framework-compare-column-menu").last();
			const anchor = (await last.boundingBox())!;
			expect(anchor.x + anchor.width).toBeGreaterThan(PHONE - 80);
			await last.click();
			const box = (await page.locator(".menu").boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(PHONE);
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height).toBeLessThanOrEqual(800);
			// No title is cut short ("Sort ascendin…"): each item's text fits its item.
			const clipped = await page.locator(".menu .menu-item-title").evaluateAll((titles) => titles.filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent));
			expect(clipped).toEqual([]);
			await menuItem(page, "Sort ascending").click();
			await expect.poll(() => page.locator(".menu").count()).toBe(0);
			await last.click();
			await menuItem(page, "Original order").click();
		});
	}
});

describe("pointer targets", () => {
	it(`are at least 24×24 px at ${DESKTOP} px`, async () => {
		const page = await session.open(SEED, { width: DESKTOP });
		const sizes = await targetSizes(page);
		expect(sizes.length).toBeGreaterThan(20);
		expect(sizes.filter((s) => s.width < 24 || s.height < 24)).toEqual([]);
	});

	it(`are at least 44×44 px at ${PHONE} px on a phone (.is-mobile)`, async () => {
		const page = await session.open(SEED, { width: PHONE, mobile: true });
		expect(await page.evaluate(() => document.body.classList.contains("is-mobile"))).toBe(true);
		const sizes = await targetSizes(page);
		expect(sizes.length).toBeGreaterThan(20);
		expect(sizes.filter((s) => s.width < 44 || s.height < 44)).toEqual([]);
	});

	it("are as big in the note's compact framework bar, on desktop and on a phone", async () => {
		for (const [width, mobile, least] of [
			[DESKTOP, false, 24],
			[PHONE, true, 44],
		] as const) {
			// The plugin's default: one bar of toggles for the note (a data.json written here is kept by the session).
			session.writeVaultFile(PLUGIN_DATA, JSON.stringify({ compactToolbar: true }));
			const page = await session.open(SEED, { width, mobile });
			const sizes = await page.locator(".framework-compare-note-bar button").evaluateAll((buttons) =>
				buttons.filter((b) => b.getClientRects().length > 0).map((b) => ({ name: (b.textContent ?? "").trim(), width: b.getBoundingClientRect().width, height: b.getBoundingClientRect().height })),
			);
			expect(sizes.length).toBeGreaterThanOrEqual(4);
			expect(sizes.filter((size) => size.width < least || size.height < least)).toEqual([]);
		}
	});

	for (const [width, mobile] of [
		[DESKTOP, false],
		[PHONE, true],
	] as const) {
		it(`keep each header's controls beside its title at ${width} px`, async () => {
			const page = await session.open(SEED, { width, mobile });
			const apart = await page.locator(".framework-compare-table th").evaluateAll((cells) =>
				cells.flatMap((th) => {
					const label = th.querySelector(".framework-compare-header-label");
					const controls = th.querySelector(".framework-compare-header-controls");
					if (!label || !controls || th.getClientRects().length === 0) return [];
					const l = label.getBoundingClientRect();
					const c = controls.getBoundingClientRect();
					// Beside: to the right of the title and level with it, never on a line of their own below.
					return c.left >= l.right - 1 && c.top < l.bottom ? [] : [`${label.textContent}: title ${JSON.stringify(l)}, controls ${JSON.stringify(c)}`];
				}),
			);
			expect(apart).toEqual([]);
		});
	}
});

describe("header glyphs", () => {
	for (const theme of ["light", "dark"] as const) {
		it(`have at least 3:1 contrast in the ${theme} theme, sorted or not`, async () => {
			const page = await session.open(SEED, { theme, width: DESKTOP });
			const head = table(page, 0).locator("th").nth(1);
			const ratios = [await contrastOf(head.locator(".framework-compare-sort")), await contrastOf(head.locator(".framework-compare-column-menu"))];
			await head.locator(".framework-compare-sort").click();
			ratios.push(await contrastOf(table(page, 0).locator("th").nth(1).locator(".framework-compare-sort")));
			expect(await table(page, 0).locator("th").nth(1).locator(".framework-compare-sort").textContent()).toBe("▲");
			for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(3);
			// Descending, then the written order again, as the next test expects it.
			await table(page, 0).locator("th").nth(1).locator(".framework-compare-sort").click();
			await table(page, 0).locator("th").nth(1).locator(".framework-compare-sort").click();
		});
	}
});

describe("disabled controls", () => {
	it("look disabled as Obsidian draws them: faded, with the default cursor", async () => {
		const page = await session.open(SEED, { width: DESKTOP });
		const showAll = table(page, 0).getByRole("button", { name: "Show all" });
		const look = (el: Locator) => el.evaluate((node) => ({ opacity: Number(getComputedStyle(node).opacity), cursor: getComputedStyle(node).cursor }));
		expect(await showAll.isDisabled()).toBe(true);
		const disabled = await look(showAll);
		expect(disabled.opacity).toBeLessThanOrEqual(0.6);
		expect(disabled.cursor).toBe("default");
		await toggle(page, "JAX").click();
		expect(await showAll.isDisabled()).toBe(false);
		expect((await look(showAll)).opacity).toBe(1);
		expect((await look(showAll)).cursor).not.toBe("default");
		await showAll.click();

		await table(page, 0).locator(".framework-compare-column-menu").first().click();
		const original = menuItem(page, "Original order");
		expect(await original.getAttribute("class")).toContain("is-disabled");
		const item = await look(original);
		expect(item.opacity).toBeLessThanOrEqual(0.6);
		expect(item.cursor).toBe("default");
		await page.keyboard.press("Escape");
	});
});

describe("a hidden column takes no keyboard focus", () => {
	/** Tab from the table's first header control to past its last one: where the focus lands. */
	async function tabThrough(page: Page, n: number): Promise<string[]> {
		await table(page, n).locator("th .framework-compare-sort").first().focus();
		const stops: string[] = [];
		for (let i = 0; i < 60; i++) {
			const stop = await page.evaluate(() => {
				const active = document.activeElement;
				const cell = active?.closest("th, td");
				if (!active || !cell || !active.closest(".framework-compare-table")) return null;
				const row = cell.parentElement!;
				const column = Array.from(row.children).indexOf(cell);
				const head = row.closest("table")!.querySelectorAll("thead th")[column];
				const title = (head?.querySelector(".framework-compare-header-label") ?? head)?.textContent?.trim();
				return `${title}:${active.getAttribute("aria-label") ?? active.textContent?.trim()}`;
			});
			if (stop === null) break;
			stops.push(stop);
			await page.keyboard.press("Tab");
		}
		return stops;
	}

	it("skips a framework column hidden by its toggle, and takes it back when shown", async () => {
		const page = await session.open(DATABASES, { width: DESKTOP });
		const before = await tabThrough(page, 0);
		expect(before.some((stop) => stop.startsWith("MySQL:"))).toBe(true);
		await toggle(page, "MySQL").click();
		const hidden = await tabThrough(page, 0);
		expect(hidden.filter((stop) => stop.startsWith("MySQL:"))).toEqual([]);
		expect(hidden.some((stop) => stop.startsWith("SQLite:"))).toBe(true);
		const mysqlCells = table(page, 0).locator('[data-framework="MySQL"]:is(th, td)');
		expect(await mysqlCells.evaluateAll((cells) => cells.every((cell) => cell.hasAttribute("inert")))).toBe(true);
		await toggle(page, "MySQL").click();
		expect(await mysqlCells.evaluateAll((cells) => cells.some((cell) => cell.hasAttribute("inert")))).toBe(false);
		expect(await tabThrough(page, 0)).toEqual(before);
	});

	it("skips a column hidden from its own ⋯ menu, and the focus goes on to the next column", async () => {
		const page = await session.open(SEED, { width: DESKTOP });
		const menuButton = table(page, 0).getByRole("button", { name: "Options for column Core Philosophy" });
		await menuButton.focus();
		await page.keyboard.press("Enter");
		await page.locator(".menu").waitFor();
		await page.keyboard.press("End");
		expect(await page.locator(".menu .menu-item.selected .menu-item-title").textContent()).toBe('Hide column "Core Philosophy"');
		await page.keyboard.press("Enter");
		expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Options for column Programming Paradigm");
		const stops = await tabThrough(page, 0);
		expect(stops.filter((stop) => stop.startsWith("Core Philosophy:"))).toEqual([]);
		expect(stops.some((stop) => stop.startsWith("Programming Paradigm:"))).toBe(true);
		await table(page, 0).getByRole("button", { name: "Options for column Programming Paradigm" }).click();
		await menuItem(page, 'Show column "Core Philosophy"').click();
		expect(await table(page, 0).locator("[inert]").count()).toBe(0);
	});
});

describe("the corner of a transposed table", () => {
	const corner = (page: Page, n: number) => table(page, n).locator("thead th").first().locator(".framework-compare-header-label");

	it("names what is down the side, and says what the note wrote again when turned back and when the plugin unloads", async () => {
		const page = await session.open(SEED, { width: DESKTOP });
		expect(await corner(page, 0).textContent()).toBe("Framework");
		await table(page, 0).locator(".framework-compare-transpose").click();
		// The written column titles are down the side now: the frameworks' features.
		expect(await corner(page, 0).textContent()).toBe("Feature");
		expect(await table(page, 0).locator("tbody th").first().innerText()).toMatch(/^Core Philosophy/);
		await table(page, 0).locator(".framework-compare-transpose").click();
		expect(await corner(page, 0).textContent()).toBe("Framework");
		await table(page, 0).locator(".framework-compare-transpose").click();
		await page.locator("#host-plugin-toggle").click();
		await expect.poll(() => page.locator(".framework-compare-table").count()).toBe(0);
		expect(await page.locator(".markdown-preview-view table").first().locator("th").first().innerText()).toBe("Framework");
		await page.locator("#host-plugin-toggle").click();
		await expect.poll(() => page.locator(".framework-compare-table").count()).toBeGreaterThan(0);
		await table(page, 0).locator(".framework-compare-transpose").click();
		expect(await corner(page, 0).textContent()).toBe("Framework");
	});

	it("names the frameworks with the note's own word when they come down the side", async () => {
		const page = await session.open(DATABASES, { width: DESKTOP });
		expect(await corner(page, 0).textContent()).toBe("Feature");
		await table(page, 0).locator(".framework-compare-transpose").click();
		// The note lists its databases under "Database" in its workload table.
		expect(await corner(page, 0).textContent()).toBe("Database");
		expect(await table(page, 0).locator("tbody th").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^PostgreSQL/)]));
		await table(page, 0).locator(".framework-compare-transpose").click();
		expect(await corner(page, 0).textContent()).toBe("Feature");
	});
});

describe("the demo host on a phone", () => {
	// A note without wide tables: a table the plugin leaves alone is as wide as Obsidian draws it.
	it(`fits its title bar in ${PHONE} px: nothing scrolls sideways`, async () => {
		const page = await session.open("Frameworks/PyTorch.md", { width: PHONE, mobile: true });
		const fit = await page.evaluate(() => {
			const bar = document.querySelector(".host-titlebar")!;
			return {
				page: document.scrollingElement!.scrollWidth,
				bar: bar.scrollWidth - bar.clientWidth,
				outside: Array.from(bar.children)
					.filter((el) => el.getClientRects().length > 0)
					.filter((el) => {
						const box = el.getBoundingClientRect();
						return box.left < 0 || box.right > window.innerWidth;
					})
					.map((el) => el.id || el.className),
			};
		});
		expect(fit).toEqual({ page: PHONE, bar: 0, outside: [] });
	});
});

describe("screenshots", () => {
	const shots = join(import.meta.dirname, "..", "..", "docs", "screenshots");
	for (const theme of ["light", "dark"] as const) {
		it(`shows a column menu at desktop and phone widths, ${theme} theme`, async () => {
			const desk = await session.open(DATABASES, { theme, width: DESKTOP, height: 720 });
			await toggle(desk, "MySQL").click();
			await table(desk, 1).scrollIntoViewIfNeeded();
			await table(desk, 1).getByRole("button", { name: "Options for column Default max connections" }).click();
			await desk.locator(".menu").waitFor();
			await desk.screenshot({ path: join(shots, `native-menu-desktop-${theme}.png`) });
			await desk.keyboard.press("Escape");
			await toggle(desk, "MySQL").click();

			const phone = await session.open(SEED, { theme, width: PHONE, height: 844, mobile: true });
			const scroller = phone.locator(".framework-compare-table-scroll").first();
			await table(phone, 0).evaluate((el) => el.scrollIntoView({ block: "start" }));
			await phone.evaluate(() => window.scrollBy(0, -16));
			await scroller.evaluate((el) => {
				el.scrollLeft = el.scrollWidth;
			});
			await table(phone, 0).locator(".framework-compare-column-menu").last().click();
			await phone.locator(".menu").waitFor();
			await phone.screenshot({ path: join(shots, `native-menu-phone-${theme}.png`) });
			await phone.keyboard.press("Escape");
		});
	}
});
