// Ordinary notes (tests/fixtures/ordinary) through a real browser: the wrong calls
// reviewers found on notes of their own, as a reader sees them now. The fixtures
// folder is the vault, so nothing of the example vault changes.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./session";

const session = useSession(join(__dirname, "..", "fixtures", "ordinary"), { freshData: true });

const toolbarNames = (page: Page) => page.locator('[role="toolbar"]').first().locator("button[aria-pressed][data-framework]").allTextContents();

describe("ordinary notes in the reading view", () => {
	it("gives browsers written with versions one toggle each, named without the number", async () => {
		const page = await session.open("fr-navigateurs.md");
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/ordinary-browser-versions-light.png" });
		expect(await toolbarNames(page)).toEqual(["Chrome", "Firefox", "Safari"]);
		// The Chrome column's cells belong to Chrome.
		expect(await page.locator('td[data-framework="Chrome"]').count()).toBe(3);
	});

	it("shows no toolbar of attributes under a heading that names two of them", async () => {
		const page = await session.open("laptops-speed-and-price.md");
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/ordinary-speed-and-price-light.png" });
		expect(await page.locator('[role="toolbar"] button[data-framework="Speed"]').count()).toBe(0);
		expect(await page.locator('[role="toolbar"] button[data-framework="Price"]').count()).toBe(0);
		// The heading names the attributes, so the laptops down the rows are what the note compares.
		expect(await toolbarNames(page)).toEqual(["ThinkPad X1", "MacBook Air", "XPS 13"]);
	});

	it("reads the apps beside their screenshots, and no logo's alt text as a name", async () => {
		const page = await session.open("note-app-screenshots.md");
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/ordinary-screenshots-light.png" });
		expect(await toolbarNames(page)).toEqual(["Obsidian", "Logseq", "Notion"]);
		const logos = await session.open("logo-header.md");
		expect(await logos.locator('[role="toolbar"]').count()).toBe(0);
	});
});
