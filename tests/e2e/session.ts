// One host server and one browser for a test file, and the page helpers the
// tests share.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startHost, type RunningHost } from "../host/server.mjs";
import { launchChromium } from "./chromium.mjs";

export interface Session {
	host: RunningHost;
	browser: Browser;
	/**
	 * Opens a note (vault path) in a fresh page and waits for the host to finish. The host
	 * renders sections as they near the viewport, as Obsidian does; unless `lazy` is set,
	 * the page is then scrolled through the note and back, as a reader would, so every
	 * section is rendered.
	 */
	open(
		note: string,
		options?: { theme?: "light" | "dark"; plugin?: boolean; width?: number; height?: number; lazy?: boolean; /** body.is-mobile, as Obsidian's phone app */ mobile?: boolean },
	): Promise<Page>;
	/** Adds or replaces a file in the scratch vault the host serves. */
	writeVaultFile(path: string, text: string): void;
	close(): Promise<void>;
}

/** Where the host keeps the plugin's data.json in the scratch vault. */
export const PLUGIN_DATA = ".obsidian/plugins/framework-compare/data.json";

/**
 * `compact`: the plugin's default, one framework bar per note. Without it the session
 * starts each page with the toggles above every table and chart (the setting off), which
 * is what most tests look at; a data.json a test wrote itself is left as it is.
 */
export async function startSession(vault?: string, options: { compact?: boolean } = {}): Promise<Session> {
	const sessionOptions = options;
	const host = await startHost({ vault });
	let browser: Browser;
	try {
		browser = await launchChromium();
	} catch (error) {
		await host.close();
		throw error;
	}
	const pages: Page[] = [];
	let context: BrowserContext | null = null;
	const contextFor = async () => {
		context ??= await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
		return context;
	};
	return {
		host,
		browser,
		async open(note, options = {}) {
			const page = await (await contextFor()).newPage();
			await page.setViewportSize({ width: options.width ?? 1100, height: options.height ?? 900 });
			pages.push(page);
			const errors: string[] = [];
			page.on("pageerror", (error) => errors.push(error.message));
			// The host logs a processor that threw and goes on, as Obsidian does: for a test that is a failure.
			page.on("console", (message) => {
				if (message.type() === "error" && message.text().startsWith("host:")) errors.push(message.text());
			});
			// A note must never open a dialog; one while opening is as bad as a thrown error.
			page.on("dialog", (dialog) => {
				errors.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
				void dialog.dismiss();
			});
			const data = join(host.scratch, PLUGIN_DATA);
			if (!sessionOptions.compact && !existsSync(data)) {
				mkdirSync(dirname(data), { recursive: true });
				writeFileSync(data, JSON.stringify({ compactToolbar: false }));
			}
			const query = new URLSearchParams({ note, theme: options.theme ?? "light" });
			if (options.plugin === false) query.set("plugin", "off");
			if (options.mobile) query.set("mobile", "1");
			await page.goto(`${host.url}?${query.toString()}`);
			await waitForHost(page);
			if (!options.lazy) await scrollThrough(page);
			if (errors.length > 0) throw new Error(`the page threw: ${errors.join("; ")}`);
			return page;
		},
		writeVaultFile(path, text) {
			const full = join(host.scratch, path);
			mkdirSync(dirname(full), { recursive: true });
			writeFileSync(full, text);
		},
		async close() {
			await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
			await context?.close();
			await browser.close();
			await host.close();
		},
	};
}

/**
 * One session for a test file: started before its tests, closed after them. With
 * `freshData`, each test starts without the plugin's saved data (no choices the test
 * before it made, and the session's default settings).
 */
export function useSession(vault?: string, options: { compact?: boolean; freshData?: boolean } = {}): Session {
	let live: Session | undefined;
	beforeAll(async () => {
		live = await startSession(vault, options);
	});
	afterAll(async () => {
		await live?.close();
	});
	if (options.freshData) {
		beforeEach(() => {
			rmSync(join(current().host.scratch, PLUGIN_DATA), { force: true });
		});
	}
	const current = (): Session => {
		if (!live) throw new Error("the session starts in beforeAll");
		return live;
	};
	return {
		get host() {
			return current().host;
		},
		get browser() {
			return current().browser;
		},
		open: (note, openOptions) => current().open(note, openOptions),
		writeVaultFile: (path, text) => current().writeVaultFile(path, text),
		close: () => current().close(),
	};
}

export async function waitForHost(page: Page): Promise<void> {
	await page.waitForFunction(() => "host" in window);
	await page.evaluate(() => (window as unknown as { host: { ready: Promise<void> } }).host.ready);
}

/** What the host's reading view has rendered so far has settled. */
export async function hostIdle(page: Page): Promise<void> {
	await page.evaluate(() => (window as unknown as { host: { idle: () => Promise<void> } }).host.idle());
}

/**
 * Scrolls to the end of the note a viewport at a time, letting each section render as it
 * comes near, then back to the top: what a reader does before the whole note is there.
 */
export async function scrollThrough(page: Page): Promise<void> {
	for (let step = 0; step < 500; step++) {
		const done = await page.evaluate(() => {
			const scroller = document.scrollingElement!;
			const before = scroller.scrollTop;
			scroller.scrollTop = before + window.innerHeight;
			return scroller.scrollTop === before;
		});
		// The observer reports on the next frame; then the host renders in turn.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		await hostIdle(page);
		if (done) break;
	}
	await page.evaluate(() => {
		document.scrollingElement!.scrollTop = 0;
	});
	await hostIdle(page);
}

/** Replaces a note's text through the host's edit hook (CONTRACT §5), then waits for the views to settle. */
export async function editNote(page: Page, path: string, text: string): Promise<void> {
	await page.evaluate(
		([notePath, next]) => (window as unknown as { frameworkCompareHost: { edit(p: string, t: string): Promise<void> } }).frameworkCompareHost.edit(notePath, next),
		[path, text] as const,
	);
	await hostIdle(page);
}

/**
 * The open menu's item with this title: the views' menus are Obsidian's Menu, a `.menu` of
 * `.menu-item`s (CONTRACT §4) with no ARIA roles of their own, so they are found as Obsidian draws them.
 */
export function menuItem(page: Page, title: string): Locator {
	return page.locator(".menu .menu-item").filter({ has: page.locator(".menu-item-title").getByText(title, { exact: true }) });
}

/** The note path the reading view shows now. */
export function renderedNote(page: Page): Promise<string | undefined> {
	return page.evaluate(() => document.body.dataset.renderedNote);
}

export const SEED = "JAX vs. Other ML Frameworks.md";

export const DATABASES = "Databases/PostgreSQL vs MySQL vs SQLite.md";

/** What a reader sees of the n-th enhanced table: each visible row's visible cells, joined by " | ". */
export async function visibleRows(page: Page, tableIndex: number): Promise<string[]> {
	return page.locator(".framework-compare-table table").nth(tableIndex).evaluate((table) => {
		const visible = (el: Element) => {
			const box = el.getBoundingClientRect();
			return box.width > 0 && box.height > 0;
		};
		const textOf = (cell: Element) => {
			const copy = cell.cloneNode(true) as Element;
			copy.querySelectorAll(".framework-compare-header-controls").forEach((el) => el.remove());
			return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
		};
		return Array.from((table as HTMLTableElement).rows)
			.filter(visible)
			.map((row) => Array.from(row.cells).filter(visible).map(textOf).join(" | "));
	});
}
