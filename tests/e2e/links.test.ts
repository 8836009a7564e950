// Links as a reader follows them: Obsidian's own resolution, plus aliases,
// which the plugin adds and keeps current as notes come and go.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { SEED, editNote, renderedNote, waitForHost, scrollThrough, useSession } from "./session";

const session = useSession();

interface HostWindow {
	host: {
		app: {
			workspace: { openedLinks: { linktext: string; newLeaf: boolean }[]; hoverLinks: { linktext: string; sourcePath: string }[] };
			vault: { create(path: string, text: string): Promise<unknown> };
		};
		showFromUrl(): Promise<void>;
	};
}

const lastOpened = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).host.app.workspace.openedLinks.at(-1));
const lastHover = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).host.app.workspace.hoverLinks.at(-1));

describe("links", () => {
	it("opens [[JAX Comparison]], an alias Obsidian core leaves unresolved, as the note that lists it", async () => {
		const page = await session.open("Welcome.md");
		const link = page.locator('a.internal-link[data-href="JAX Comparison"]');
		expect(await link.getAttribute("class")).not.toContain("is-unresolved");
		await link.hover();
		expect(await lastHover(page)).toEqual({ linktext: "JAX vs. Other ML Frameworks", sourcePath: "Welcome.md" });
		await link.click();
		await expect.poll(() => renderedNote(page)).toBe(SEED);
		expect(await lastOpened(page)).toMatchObject({ linktext: "JAX vs. Other ML Frameworks", newLeaf: false });
		await page.goBack();
		await expect.poll(() => renderedNote(page)).toBe("Welcome.md");
		// Ctrl/Cmd-click asks for a new tab, as for any internal link.
		await page.locator('a.internal-link[data-href="JAX Comparison"]').click({ modifiers: ["Control"] });
		expect(await lastOpened(page)).toMatchObject({ linktext: "JAX vs. Other ML Frameworks", newLeaf: true });
	});

	it("opens an alias link in a new tab on middle-click, never creating a note named after the alias", async () => {
		const page = await session.open("Welcome.md");
		await page.locator('a.internal-link[data-href="JAX Comparison"]').click({ button: "middle" });
		expect(await lastOpened(page)).toMatchObject({ linktext: "JAX vs. Other ML Frameworks", newLeaf: true });
		// The new tab is the host's second pane; the first still shows Welcome.
		await expect.poll(() => page.locator(".host-second-pane .inline-title").getAttribute("data-note-path")).toBe(SEED);
		expect(await renderedNote(page)).toBe("Welcome.md");
		expect(existsSync(join(session.host.scratch, "JAX Comparison.md"))).toBe(false);
	});

	it("opens [[Note#Heading|text]] at the heading", async () => {
		const page = await session.open("Libraries/Haiku.md");
		await page.locator('a.internal-link[data-href="JAX#Transformations"]').click();
		await expect.poll(() => renderedNote(page)).toBe("Frameworks/JAX.md");
		expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#Transformations");
		expect(await page.locator("h2.is-flashing, h3.is-flashing").textContent()).toBe("Transformations");
	});

	it("shows framework names in tables as links with Obsidian's page preview on hover", async () => {
		const page = await session.open(SEED);
		await page.locator(".framework-compare-table").first().locator("a.internal-link", { hasText: "PyTorch" }).hover();
		expect(await lastHover(page)).toEqual({ linktext: "PyTorch", sourcePath: SEED });
	});

	it("opens a framework's note from its name even after that note moved while the view stayed open", async () => {
		const page = await session.open(SEED);
		const rename = (from: string, to: string) =>
			page.evaluate(([a, b]) => (window as unknown as { host: { rename(a: string, b: string): Promise<void> } }).host.rename(a, b), [from, to]);
		const name = () => page.locator(".framework-compare-table").first().locator("a.internal-link", { hasText: "PyTorch" });
		await rename("Frameworks/PyTorch.md", "Archive/PyTorch.md");
		await name().click();
		await expect.poll(() => renderedNote(page)).toBe("Archive/PyTorch.md");
		await page.goBack();
		await expect.poll(() => renderedNote(page)).toBe(SEED);

		// Renamed so that "PyTorch" names no note any more: nothing opens, and no note is created.
		await rename("Archive/PyTorch.md", "Archive/Torch framework.md");
		await name().click();
		await expect.poll(() => page.locator(".notice").allTextContents()).toContain('"PyTorch" no longer names a note in this vault.');
		expect(await renderedNote(page)).toBe(SEED);
		expect(existsSync(join(session.host.scratch, "Frameworks/PyTorch.md"))).toBe(false);
		expect(existsSync(join(session.host.scratch, "Archive/PyTorch.md"))).toBe(false);
		await rename("Archive/Torch framework.md", "Frameworks/PyTorch.md");
	});

	it("follows a note created after start-up, and its alias, without reloading the vault", async () => {
		const page = await session.open("Welcome.md");
		await page.evaluate(async () => {
			const { host } = window as unknown as HostWindow;
			await host.app.vault.create("Scratch/Linker.md", "# Linker\n\nSee [[Fresh Alias]] and [[Fresh note]].\n");
		});
		await page.goto(page.url().replace(/\?.*$/, `?note=${encodeURIComponent("Scratch/Linker.md")}`));
		await waitForHost(page);
		await scrollThrough(page);
		expect(await page.locator("a.internal-link.is-unresolved").count()).toBe(2);
		await page.evaluate(async () => {
			const { host } = window as unknown as HostWindow;
			await host.app.vault.create("Scratch/Fresh note.md", "---\naliases: [Fresh Alias]\n---\n# Fresh\n");
			await host.showFromUrl();
		});
		expect(await page.locator("a.internal-link.is-unresolved").count()).toBe(0);
		await page.locator('a.internal-link[data-href="Fresh Alias"]').click();
		await expect.poll(() => renderedNote(page)).toBe("Scratch/Fresh note.md");
	});
});

describe("every link form", () => {
	const FORMS = "Links/Forms.md";
	const TEXT = [
		"# Link forms",
		"",
		"A markdown link: [the PyTorch note](Frameworks/PyTorch.md), and one with a space: [comparison](JAX%20vs.%20Other%20ML%20Frameworks.md#Overview).",
		"",
		"Headings: [[JAX#Transformations]] is there; [[JAX#Nowhere]] and [blocks](Frameworks/JAX.md#^gone) are not.",
	].join("\n");

	it("follows a markdown link like a wikilink: click, Ctrl-click into a second pane, hover preview", async () => {
		session.writeVaultFile(FORMS, TEXT);
		const page = await session.open(FORMS);
		const link = page.locator("a.internal-link", { hasText: "the PyTorch note" });
		expect(await link.getAttribute("class")).not.toContain("is-unresolved");
		await link.hover();
		await expect.poll(() => page.locator(".popover.hover-popover").getAttribute("data-note-path")).toBe("Frameworks/PyTorch.md");
		await page.mouse.move(5, 5);
		await link.click({ modifiers: ["Control"] });
		await expect.poll(() => page.locator(".host-second-pane .inline-title").getAttribute("data-note-path")).toBe("Frameworks/PyTorch.md");
		await page.locator("a.internal-link", { hasText: "comparison" }).click();
		await expect.poll(() => renderedNote(page)).toBe(SEED);
	});

	it("marks a link to a heading or block its note does not have, quietly, with a tooltip", async () => {
		session.writeVaultFile(FORMS, TEXT);
		const page = await session.open(FORMS);
		const marked = page.locator("a.framework-compare-missing-subpath");
		await expect.poll(() => marked.count()).toBe(2);
		expect(await marked.first().getAttribute("title")).toBe('"JAX" has no heading "Nowhere"');
		expect(await marked.nth(1).getAttribute("title")).toBe('"JAX" has no block "^gone"');
		expect(await page.locator('a.internal-link[data-href="JAX#Transformations"]').getAttribute("class")).not.toContain("framework-compare-missing-subpath");
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/links-missing-subpath-light.png" });
		// The note gains the heading: the mark goes, with no re-render of this section.
		const jax = readFileSync(join(session.host.scratch, "Frameworks/JAX.md"), "utf8");
		await editNote(page, "Frameworks/JAX.md", `${jax}\n## Nowhere\n`);
		await expect.poll(() => marked.count()).toBe(1);
		expect(await page.locator('a.internal-link[data-href="JAX#Nowhere"]').getAttribute("title")).toBeNull();
		await editNote(page, "Frameworks/JAX.md", jax);
		await expect.poll(() => marked.count()).toBe(2);
	});
});
