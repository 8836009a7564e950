// Every note of the hostile corpus (tests/fixtures/hostile/, written by
// scripts/hostile-corpus.mjs), opened in the host with the plugin on as a
// reader would: the page throws nothing and opens no dialog, no script,
// handler or `javascript:` URL a note holds reaches the page, a framework
// toggle pressed twice comes back, the view renders within its budget, and no
// note's bytes change.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readYamlFrontmatter } from "../../src/cli/yaml-frontmatter";
import { analyzeNote } from "../../src/core/model/build-note-model";
import { NO_VAULT } from "../../src/core/vault/link-resolver";
import { type Session, startSession } from "./session";

const CORPUS = join(import.meta.dirname, "..", "fixtures", "hostile");
const NOTES = readdirSync(CORPUS).filter((name) => name.endsWith(".md")).sort();
/**
 * The reading view's promise on a hostile note (issue 14), with the plugin on. The time with the
 * plugin off is measured beside it and shown when the promise fails; a budget relative to it
 * (three times, plus two seconds for the chart of 12,000 bars: 1.3 to 1.7 s here against 12 ms)
 * failed on a busy machine, and how the plugin's cost grows is the benchmarks' to measure.
 */
const BUDGET_MS = 5000;

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Everything in the page that could run a note's code: found in the rendered notes, menus and popovers alike. */
function dangerIn(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const scriptLike = /^\s*(?:javascript|vbscript|data:text\/html)/i;
		// Each element once: the preview lies inside its leaf, and a walk per root went over it twice.
		const ROOTS = ".markdown-preview-view, .menu, .popover, .modal, .workspace-leaf-content";
		const URL_ATTRIBUTES = new Set(["href", "src", "xlink:href", "action", "formaction", "srcdoc"]);
		for (const element of document.querySelectorAll(`:is(${ROOTS}), :is(${ROOTS}) *`)) {
			const tag = element.tagName.toLowerCase();
			if (tag === "script" || tag === "iframe" || tag === "object" || tag === "embed") found.push(`<${tag}>`);
			for (const attribute of element.attributes) {
				const name = attribute.name.toLowerCase();
				if (name.startsWith("on")) found.push(`${tag}[${name}]`);
				if (!URL_ATTRIBUTES.has(name)) continue;
				// Control characters and spaces inside a scheme are ignored by browsers.
				const value = [...attribute.value].filter((ch) => ch.charCodeAt(0) > 0x20).join("");
				if (scriptLike.test(value)) found.push(`${tag}[${name}=${attribute.value.slice(0, 40)}]`);
			}
		}
		if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push(`window.__pwned = ${String((window as unknown as { __pwned?: unknown }).__pwned)}`);
		return found;
	});
}

/** The note's own views: not those of an embed or a hover preview. */
const OWN_TOGGLE = '[role="toolbar"] button[aria-pressed]:not(.popover *, .markdown-embed *)';

/**
 * Presses the note's first framework toggle twice; its state and the shown rows must come
 * back. "no toolbar", "came back", or what went wrong. A note's own CSS may hide the page
 * (`<style>*{display:none}</style>`), so a toggle no pointer can reach is pressed as a
 * keyboard would.
 */
async function toggleTwice(page: Page): Promise<string> {
	await page.mouse.move(0, 0);
	const toggle = page.locator(OWN_TOGGLE).first();
	if ((await toggle.count()) === 0) return "no toolbar";
	const press = async () => ((await toggle.isVisible()) ? toggle.click() : toggle.evaluate((button) => (button as HTMLButtonElement).click()));
	const shown = () => page.evaluate(() => [...document.querySelectorAll("[data-framework]")].filter((element) => element.checkVisibility()).length);
	const before = { pressed: await toggle.getAttribute("aria-pressed"), shown: await shown() };
	await press();
	const flipped = await toggle.getAttribute("aria-pressed");
	if (flipped === before.pressed) return `aria-pressed stayed ${String(flipped)}`;
	await press();
	const after = { pressed: await toggle.getAttribute("aria-pressed"), shown: await shown() };
	if (after.pressed !== before.pressed) return `aria-pressed went ${String(before.pressed)} → ${String(after.pressed)}`;
	if (after.shown !== before.shown) return `${before.shown} framework elements shown before, ${after.shown} after`;
	return "came back";
}

/** Notes whose model compares frameworks but whose page rightly has no toolbar, and why. */
const NO_TOOLBAR_BY_DESIGN: Record<string, string> = {
	// A `<table>` inside a cell makes the browser take the rendered table apart: the view only
	// touches a table whose rendering matches the model, so this one stays as drawn.
	"payload-13-cells.md": "a raw <table> in a cell breaks the rendered table apart",
};

/** Whether the plugin draws a framework toolbar for the note: some table or chart of it compares two or more frameworks. */
function expectsToolbar(note: string): boolean {
	const text = readFileSync(join(CORPUS, note), "utf8");
	const { note: model } = analyzeNote({ path: note, text, frontmatter: readYamlFrontmatter(text) }, NO_VAULT);
	const views = [...model.tables, ...model.charts].filter((view) => view.frameworks.length > 0);
	return new Set(views.flatMap((view) => view.frameworks)).size >= 2;
}

type HostWindow = { host: { open(path: string): Promise<void>; renderAll(): Promise<void>; idle(): Promise<void> } };

/** Opens a note in a page that already holds the vault and renders all of it, as scrolling to its end would; returns the milliseconds taken. */
function renderNote(page: Page, note: string): Promise<number> {
	return page.evaluate(async (path) => {
		const { host } = window as unknown as HostWindow;
		const started = performance.now();
		await host.open(path);
		await host.renderAll();
		await host.idle();
		return performance.now() - started;
	}, note);
}

describe("the hostile corpus in the reading view", () => {
	let session: Session;
	/** One page with the plugin off (the floor) and one with it on: the vault is loaded once for each. */
	let floor: Page;
	let page: Page;
	const errors: string[] = [];
	const dialogs: string[] = [];
	const before = new Map<string, string>();
	const figures: string[] = [];
	const missingToolbars: string[] = [];

	beforeAll(async () => {
		session = await startSession(CORPUS);
		for (const note of NOTES) before.set(note, digest(join(session.host.scratch, note)));
		floor = await session.open(NOTES[0], { plugin: false, lazy: true });
		page = await session.open(NOTES[0], { lazy: true });
		page.on("pageerror", (error) => errors.push(error.message));
		// A processor that throws is logged by the host, which goes on as Obsidian does.
		page.on("console", (message) => {
			if (message.type() === "error" && message.text().startsWith("host:")) errors.push(message.text());
		});
		page.on("dialog", (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
	}, 120_000);
	afterAll(async () => {
		if (process.env.HOSTILE_FIGURES) console.log(figures.join("\n"));
		await session?.close();
	});

	it("holds at least a hundred notes", () => {
		expect(NOTES.length).toBeGreaterThanOrEqual(100);
	});

	it("finds a handler, a script URL and a script planted in the note's view (the check can fail)", async () => {
		await renderNote(page, NOTES[0]);
		await page.evaluate(() => {
			const view = document.querySelector(".markdown-preview-view");
			const link = document.createElement("a");
			link.setAttribute("href", " java\tscript:alert(1)");
			link.setAttribute("onmouseover", "alert(1)");
			const script = document.createElement("script");
			link.className = script.className = "planted";
			view?.append(link, script);
		});
		expect(await dangerIn(page)).toEqual(["a[href= java\tscript:alert(1)]", "a[onmouseover]", "<script>"]);
		await page.evaluate(() => document.querySelectorAll(".planted").forEach((element) => element.remove()));
		expect(await dangerIn(page)).toEqual([]);
	});

	it.each(NOTES)("%s: renders safely and in time, and its toggles work", { timeout: 60_000 }, async (note) => {
		errors.length = 0;
		dialogs.length = 0;
		let off = await renderNote(floor, note);
		let on = await renderNote(page, note);
		// A busy machine can stall one render: over budget, both are measured again and the better kept.
		if (on >= BUDGET_MS) {
			off = Math.min(off, await renderNote(floor, note));
			on = Math.min(on, await renderNote(page, note));
		}
		figures.push(`${note}\t${Math.round(off)}\t${Math.round(on)}`);
		expect(errors).toEqual([]);
		expect(await dangerIn(page)).toEqual([]);
		const toggled = await toggleTwice(page);
		expect(toggled).toMatch(/^(no toolbar|came back)$/);
		if (toggled === "no toolbar" && expectsToolbar(note)) missingToolbars.push(note);
		expect(await dangerIn(page)).toEqual([]);
		expect(errors).toEqual([]);
		expect(dialogs).toEqual([]);
		expect(on, `${Math.round(on)} ms with the plugin, ${Math.round(off)} ms without`).toBeLessThan(BUDGET_MS);
	});

	// A view that throws, or that gives up on a table, leaves no toolbar: where the model compares two
	// or more frameworks in a table or chart, the page must show one, but for notes that say why not.
	it("shows a toolbar wherever the model compares frameworks", () => {
		expect(missingToolbars).toEqual(Object.keys(NO_TOOLBAR_BY_DESIGN).filter((note) => NOTES.includes(note)));
	});

	it("leaves every note's bytes as they were", () => {
		const changed = NOTES.filter((note) => digest(join(session.host.scratch, note)) !== before.get(note));
		expect(changed).toEqual([]);
		// The host works on a copy; the corpus itself is checked against that copy's starting point too.
		expect(NOTES.filter((note) => digest(join(CORPUS, note)) !== before.get(note))).toEqual([]);
	});
});
