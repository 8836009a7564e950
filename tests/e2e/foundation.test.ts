// The foundation seen through a real browser: the host renders the seed note
// as Obsidian's reading view does, and the built main.js runs in it.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { SEED, renderedNote, waitForHost, type Session, scrollThrough, useSession } from "./session";

const repoRoot = join(__dirname, "..", "..");
const seedText = readFileSync(join(repoRoot, "example-vault", SEED), "utf8");

const session = useSession();

function sectionsOf(page: Page) {
	return page.$$eval(".markdown-preview-sizer > div:not(.inline-title)", (els) =>
		els.map((el) => ({
			classes: el.getAttribute("class") ?? "",
			line: (el as HTMLElement).dataset.frameworkCompareLine ?? null,
			text: (el.textContent ?? "").trim().slice(0, 60),
			hasTable: el.querySelector("table") !== null,
		})),
	);
}

describe("the seed note in the demo host", () => {
	it("opens, with its heading and without its frontmatter", async () => {
		const page = await session.open(SEED);
		expect(await page.textContent(".markdown-preview-sizer h1")).toBe("JAX vs. Other ML Frameworks");
		const visible = await page.innerText(".markdown-preview-sizer");
		expect(visible).not.toContain("aliases");
		expect(visible).not.toContain("JAX vs PyTorch vs TensorFlow");
		expect(visible).toContain("RESNET-50 Training Performance");
	});

	it("shows [[JAX]] as a resolved internal link that opens the JAX note", async () => {
		const page = await session.open(SEED);
		const link = page.locator('a.internal-link[data-href="JAX"]:not(.framework-compare-name-link)');
		await expect.poll(() => link.count()).toBe(1);
		expect(await link.getAttribute("class")).not.toContain("is-unresolved");
		await link.click();
		await expect.poll(() => renderedNote(page)).toBe("Frameworks/JAX.md");
		expect(new URL(page.url()).searchParams.get("note")).toBe("Frameworks/JAX.md");
		expect(await page.textContent(".inline-title")).toBe("JAX");
		await page.goBack();
		await expect.poll(() => renderedNote(page)).toBe(SEED);
	});

	it("runs the plugin's post-processor on every section, with the section's line", async () => {
		const page = await session.open(SEED);
		const sections = await sectionsOf(page);
		expect(sections.length).toBeGreaterThan(30);
		for (const section of sections) expect(section.classes, section.text).toContain("framework-compare-section");
		const lines = seedText.split("\n");
		const numbers = sections.map((section) => Number(section.line));
		// Below the frontmatter, one line per section, in file order.
		expect(numbers[0]).toBe(lines.indexOf("# JAX vs. Other ML Frameworks") + 1);
		for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBeGreaterThan(numbers[i - 1]);
		const lineOf = (text: string) => sections.find((s) => s.text.startsWith(text))?.line;
		expect(lineOf("Overview")).toBe(String(lines.indexOf("## Overview") + 1));
		expect(sections.find((s) => s.hasTable)?.line).toBe(String(lines.findIndex((l) => l.startsWith("| Framework | Core Philosophy")) + 1));
		expect(lineOf("RESNET-50")).toBe(String(lines.indexOf("RESNET-50 Training Performance (images/sec, higher is better)")));
		// The two framework tables scroll sideways on narrow panes; the recommendations table is left alone.
		expect(await page.locator(".framework-compare-table-scroll > table").count()).toBe(2);
	});

	it("leaves nothing behind when the plugin unloads", async () => {
		const plain = await session.open(SEED, { plugin: false });
		const withoutPlugin = await plain.innerHTML(".markdown-preview-sizer");
		const page = await session.open(SEED);
		expect(await page.innerHTML(".markdown-preview-sizer")).not.toBe(withoutPlugin);
		const left = await page.evaluate(() => {
			const host = (window as unknown as { host: { unloadPlugin(): void; app: { registries: Record<string, unknown> } } }).host;
			host.unloadPlugin();
			const r = host.app.registries as unknown as {
				postProcessors: unknown[];
				codeBlockProcessors: Map<string, unknown>;
				commands: Map<string, unknown>;
				settingTabs: unknown[];
			};
			return {
				postProcessors: r.postProcessors.length,
				codeBlocks: r.codeBlockProcessors.size,
				commands: r.commands.size,
				settingTabs: r.settingTabs.length,
				styles: document.querySelectorAll("style[data-plugin]").length,
			};
		});
		expect(left).toEqual({ postProcessors: 0, codeBlocks: 0, commands: 0, settingTabs: 0, styles: 0 });
		// Same view, not re-rendered: the plugin itself undid what it added.
		expect(await page.innerHTML(".markdown-preview-sizer")).toBe(withoutPlugin);
		expect(await page.locator('[class*="framework-compare"], [data-framework-compare-line]').count()).toBe(0);
	});
});

describe("the plugin's registered pieces", () => {
	it("draws a comparison-chart fence through its code-block processor, text exactly as written", async () => {
		const source = ["Latency (ms, lower is better)", "+---------+------+", "| Engine  | p50  |", "+---------+------+", "| A       | 1.5  |", "+---------+------+"].join("\n");
		session.writeVaultFile("Chart fence.md", `# Chart fence\n\n\`\`\`comparison-chart\n${source}\n\`\`\`\n`);
		const page = await session.open("Chart fence.md");
		const code = page.locator(".block-language-comparison-chart .framework-compare-chart-source code");
		expect(await code.textContent()).toBe(source);
	});

	it("keeps settings in the plugin's data across a reload", async () => {
		const page = await session.open(SEED);
		await page.click("#host-settings");
		const toggle = page.locator(".setting-item", { hasText: "Link framework names" }).locator(".checkbox-container");
		expect(await toggle.getAttribute("aria-checked")).toBe("true");
		await toggle.click();
		await expect.poll(() => readSavedSettings(session)?.linkFrameworkNames).toBe(false);
		await page.reload();
		await waitForHost(page);
		await scrollThrough(page);
		await page.click("#host-settings");
		expect(await page.locator(".setting-item", { hasText: "Link framework names" }).locator(".checkbox-container").getAttribute("aria-checked")).toBe("false");
	});

	it("falls back to defaults with a notice when data.json is hand-broken, and still renders", async () => {
		session.writeVaultFile(".obsidian/plugins/framework-compare/data.json", JSON.stringify({ linkFrameworkNames: "yes please", rememberViewState: false }));
		const page = await session.open(SEED);
		await expect.poll(() => page.locator(".notice").allTextContents()).toEqual([expect.stringContaining("linkFrameworkNames")]);
		expect(await page.locator(".framework-compare-section").count()).toBeGreaterThan(30);
		await page.click("#host-settings");
		expect(await page.locator(".setting-item", { hasText: "Link framework names" }).locator(".checkbox-container").getAttribute("aria-checked")).toBe("true");
		expect(await page.locator(".setting-item", { hasText: "Remember view choices" }).locator(".checkbox-container").getAttribute("aria-checked")).toBe("false");

		session.writeVaultFile(".obsidian/plugins/framework-compare/data.json", "{ not json");
		const broken = await session.open(SEED);
		await expect.poll(() => broken.locator(".notice").allTextContents()).toEqual([expect.stringContaining("could not be read")]);
		expect(await broken.locator(".framework-compare-section").count()).toBeGreaterThan(30);
	});
});

describe("screenshots for the README", () => {
	it("shows the seed note in light and dark themes", async () => {
		rmSync(join(session.host.scratch, ".obsidian/plugins/framework-compare/data.json"), { force: true });
		for (const theme of ["light", "dark"] as const) {
			const page = await session.open(SEED, { theme });
			await page.locator(".framework-compare-table-scroll").first().scrollIntoViewIfNeeded();
			const file = join(repoRoot, "docs", "screenshots", `demo-seed-${theme}.png`);
			await page.screenshot({ path: file });
			expect(readFileSync(file).length).toBeGreaterThan(10_000);
		}
	});
});

function readSavedSettings(s: Session): Record<string, unknown> | undefined {
	try {
		return JSON.parse(readFileSync(join(s.host.scratch, ".obsidian/plugins/framework-compare/data.json"), "utf8")) as Record<string, unknown>;
	} catch {
		return undefined;
	}
}
