// Issue 17's commands, run from the host's command list (CONTRACT §5), and
// its settings, switched in the settings tab: each does what it says, at once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readFenceChart } from "../../src/core";
import { menuItem, scrollThrough, SEED, useSession, visibleRows } from "./session";

const session = useSession(undefined, { freshData: true });
const WIDTH = 1280;
const repoRoot = join(import.meta.dirname, "..", "..");

async function runCommand(page: Page, name: string): Promise<void> {
	await page.selectOption("#host-commands", { label: name });
}

async function notices(page: Page): Promise<string[]> {
	return page.locator(".notice").allTextContents();
}

/** Framework names whose row or bar the reader can see anywhere in the note. */
async function shownFrameworks(page: Page): Promise<string[]> {
	await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
	return page.evaluate(() => {
		const shown = (el: Element) => {
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) return false;
			for (let node: Element | null = el; node; node = node.parentElement) {
				const style = getComputedStyle(node);
				if (style.visibility === "hidden" || style.opacity === "0" || style.display === "none") return false;
			}
			return true;
		};
		const views = Array.from(document.querySelectorAll("tr[data-framework], g.framework-compare-chart-bar[data-framework]"));
		return [...new Set(views.filter(shown).map((el) => (el as HTMLElement).dataset.framework ?? ""))].sort();
	});
}

async function clipboard(page: Page): Promise<string> {
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe("");
	return page.evaluate(() => navigator.clipboard.readText());
}

/** Puts the editor's caret at the start of the first line holding `text`. */
async function caretAt(page: Page, text: string): Promise<void> {
	await page.locator(".host-editor").evaluate((el, needle) => {
		const textarea = el as HTMLTextAreaElement;
		const at = textarea.value.indexOf(needle);
		if (at < 0) throw new Error(`no "${needle}" in the editor`);
		textarea.focus();
		textarea.setSelectionRange(at, at);
	}, text);
}

async function openSettings(page: Page): Promise<void> {
	await page.click("#host-settings");
	await page.locator("#host-settings-dialog .setting-item").first().waitFor();
}

function settingToggle(page: Page, name: string) {
	return page.locator(".setting-item", { has: page.locator(".setting-item-name", { hasText: new RegExp(`^${name}$`) }) }).locator(".checkbox-container");
}

function settingDropdown(page: Page, name: string) {
	return page.locator(".setting-item", { has: page.locator(".setting-item-name", { hasText: new RegExp(`^${name}$`) }) }).locator("select");
}

const PICKER = "Show or hide a framework…";

describe("Show or hide a framework… and Show all frameworks", () => {
	it("lists the note's frameworks shown or hidden, hides PyTorch everywhere, and Show all brings it back", async () => {
		const page = await session.open(SEED, { width: WIDTH });
		expect(await shownFrameworks(page)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		// Nothing is hidden yet: nothing to show.
		await runCommand(page, "Show all frameworks");
		await expect.poll(() => notices(page)).toContain('"Show all frameworks" is not available here.');

		await runCommand(page, PICKER);
		const items = page.locator(".prompt .suggestion-item");
		await expect.poll(() => items.allInnerTexts()).toEqual([expect.stringMatching(/^JAX\s*Shown$/), expect.stringMatching(/^PyTorch\s*Shown$/), expect.stringMatching(/^TensorFlow\s*Shown$/)]);
		await page.locator(".prompt-input").fill("pyt");
		await expect.poll(() => items.allInnerTexts()).toEqual([expect.stringMatching(/^PyTorch\s*Shown$/)]);
		await page.keyboard.press("Enter");
		await expect.poll(() => page.locator(".prompt").count()).toBe(0);
		await expect.poll(() => notices(page)).toContain("PyTorch is hidden in this note.");
		expect(await shownFrameworks(page)).toEqual(["JAX", "TensorFlow"]);
		expect(await page.locator('[role="toolbar"] button[data-framework="PyTorch"][aria-pressed="true"]').count()).toBe(0);
		expect((await visibleRows(page, 0)).map((row) => row.split(" | ")[0])).toEqual(["Framework", "JAX", "TensorFlow"]);

		// The picker says so, and shows it for the screenshot.
		await runCommand(page, PICKER);
		await expect.poll(() => items.allInnerTexts()).toEqual([expect.stringMatching(/^JAX\s*Shown$/), expect.stringMatching(/^PyTorch\s*Hidden$/), expect.stringMatching(/^TensorFlow\s*Shown$/)]);
		await page.evaluate(() => document.querySelectorAll(".notice").forEach((el) => el.remove()));
		await page.screenshot({ path: join(repoRoot, "docs/screenshots/framework-picker-command-light.png") });
		await page.keyboard.press("Escape");

		await runCommand(page, "Show all frameworks");
		await expect.poll(() => notices(page)).toContain("Every framework is shown again.");
		expect(await shownFrameworks(page)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
	});

	it("is not offered for a note that compares nothing", async () => {
		const page = await session.open("Welcome.md", { width: WIDTH });
		await runCommand(page, PICKER);
		await expect.poll(() => notices(page)).toContain(`"${PICKER}" is not available here.`);
	});
});

const ECOSYSTEM_WITHOUT_PYTORCH = [
	"| Framework | Primary Research Org | High-level APIs | Production Deployment |",
	"| --- | --- | --- | --- |",
	"| **JAX** | Google Research | Flax, Haiku, Optax | Limited but improving |",
	"| **TensorFlow** | Google AI | Keras | TF Serving, TF Lite, TFX |",
	"",
].join("\n");

describe("Copy current table as Markdown or CSV", () => {
	it("copies the table last used in the reading view as shown, and the first one in view otherwise", async () => {
		const page = await session.open(SEED, { width: WIDTH });
		await page.locator('[role="toolbar"] button[data-framework="PyTorch"]').first().click();
		// The ecosystem table, used last: a click on one of its cells.
		const ecosystem = page.locator(".framework-compare-table").nth(1);
		await ecosystem.locator("td", { hasText: "Google Research" }).click();
		await runCommand(page, "Copy current table as Markdown");
		expect(await clipboard(page)).toBe(ECOSYSTEM_WITHOUT_PYTORCH);
		await expect.poll(() => notices(page)).toContain("Copied the table as Markdown (2 rows, 4 columns).");
		// The same as the table's own Copy menu.
		await page.evaluate(() => navigator.clipboard.writeText(""));
		await ecosystem.locator(".framework-compare-copy").click();
		await menuItem(page, "Copy as Markdown").click();
		expect(await clipboard(page)).toBe(ECOSYSTEM_WITHOUT_PYTORCH);

		// A fresh page, scrolled to the top and not yet used: the first comparison table in view, as CSV.
		const fresh = await session.open(SEED, { width: WIDTH });
		await fresh.evaluate(() => navigator.clipboard.writeText(""));
		await runCommand(fresh, "Copy current table as CSV");
		const csv = await clipboard(fresh);
		expect(csv.split("\r\n")[0]).toBe("Framework,Core Philosophy,Programming Paradigm,Execution Model");
		await fresh.evaluate(() => navigator.clipboard.writeText(""));
		await fresh.locator(".framework-compare-table").first().locator(".framework-compare-copy").click();
		await menuItem(fresh, "Copy as CSV").click();
		expect(await clipboard(fresh)).toBe(csv);
	});

	it("copies the table under the cursor in the editor, as the views show it", async () => {
		const page = await session.open(SEED, { width: WIDTH });
		await page.locator('[role="toolbar"] button[data-framework="PyTorch"]').first().click();
		await page.locator("#host-mode").click();
		await caretAt(page, "| **TensorFlow** | Google AI");
		await page.evaluate(() => navigator.clipboard.writeText(""));
		await runCommand(page, "Copy current table as Markdown");
		expect(await clipboard(page)).toBe(ECOSYSTEM_WITHOUT_PYTORCH);
		// Not in a table: nothing to copy.
		await caretAt(page, "## Overview");
		await runCommand(page, "Copy current table as CSV");
		await expect.poll(() => notices(page)).toContain('"Copy current table as CSV" is not available here.');
	});
});

const CONVERT_NOTE = "Commands/Latency.md";
const CONVERT_TEXT = [
	"---",
	"frameworks: [JAX, PyTorch, TensorFlow]",
	"---",
	"# Latency",
	"",
	"## Inference latency",
	"",
	"| Framework | Batch 1 (ms) | Batch 32 (ms) | Notes |",
	"|---|---:|---:|---|",
	"| JAX | 1.2 | 10.5 | jit |",
	"| PyTorch | 1.5 | 12.0 | eager |",
	"| TensorFlow | 1.4 | N/A | graph |",
	"",
	"## Licences",
	"",
	"| Framework | Licence |",
	"|---|---|",
	"| JAX | Apache-2.0 |",
	"| PyTorch | BSD |",
	"",
].join("\n");

describe("Convert table to chart", () => {
	it("writes a comparison-chart fence of the numeric columns below the table, drawn as a chart, and undo takes it out", async () => {
		session.writeVaultFile(CONVERT_NOTE, CONVERT_TEXT);
		const page = await session.open(CONVERT_NOTE, { width: WIDTH });
		// Only in the editor.
		await runCommand(page, "Convert table to chart");
		await expect.poll(() => notices(page)).toContain('"Convert table to chart" is not available here.');

		await page.locator("#host-mode").click();
		await caretAt(page, "| PyTorch | 1.5");
		await runCommand(page, "Convert table to chart");
		const editor = page.locator(".host-editor");
		await expect.poll(() => editor.inputValue()).not.toBe(CONVERT_TEXT);
		const written = await editor.inputValue();
		const tableEnd = CONVERT_TEXT.indexOf("| TensorFlow | 1.4 | N/A | graph |") + "| TensorFlow | 1.4 | N/A | graph |".length;
		// Everything the note had is still there, in order; the fence sits right below the table.
		expect(written.slice(0, tableEnd)).toBe(CONVERT_TEXT.slice(0, tableEnd));
		const rest = written.slice(tableEnd);
		expect(rest.endsWith(CONVERT_TEXT.slice(tableEnd))).toBe(true);
		const fence = /^\n\n```comparison-chart\n([^`]*)\n```\n/.exec(rest);
		expect(fence).not.toBeNull();
		const read = readFenceChart("comparison-chart", fence![1]);
		expect(read.ok && read.value.chart).toMatchObject({
			title: "Inference latency",
			rowLabels: ["JAX", "PyTorch", "TensorFlow"],
			columnLabels: ["Batch 1 (ms)", "Batch 32 (ms)"],
			values: [
				[1.2, 10.5],
				[1.5, 12],
				[1.4, null],
			],
		});
		await expect.poll(() => readFileSync(join(session.host.scratch, CONVERT_NOTE), "utf8")).toBe(written);

		// The reading view draws it as a chart.
		await page.locator("#host-mode").click();
		const chart = page.locator(".block-language-comparison-chart svg[role=img]");
		await expect.poll(() => chart.count()).toBe(1);
		expect(await chart.getAttribute("aria-label")).toContain("Inference latency");

		// Undo in the editor takes the fence out, byte for byte.
		await page.locator("#host-mode").click();
		await editor.focus();
		await page.keyboard.press("Control+z");
		await expect.poll(() => editor.inputValue()).toBe(CONVERT_TEXT);
		await expect.poll(() => readFileSync(join(session.host.scratch, CONVERT_NOTE), "utf8")).toBe(CONVERT_TEXT);
	});

	it("is not offered outside a table, nor for a table with no column of numbers", async () => {
		session.writeVaultFile(CONVERT_NOTE, CONVERT_TEXT);
		const page = await session.open(CONVERT_NOTE, { width: WIDTH });
		await page.locator("#host-mode").click();
		for (const line of ["## Licences", "| PyTorch | BSD |"]) {
			await page.evaluate(() => document.querySelectorAll(".notice").forEach((el) => el.remove()));
			await caretAt(page, line);
			await runCommand(page, "Convert table to chart");
			await expect.poll(() => notices(page)).toContain('"Convert table to chart" is not available here.');
		}
		expect(await page.locator(".host-editor").inputValue()).toBe(CONVERT_TEXT);
	});
});

const LOG_NOTE = "Commands/Spread.md";
const LOG_TEXT = [
	"# Spread",
	"",
	"```comparison-chart",
	"Requests per second",
	"┌─────────┬────────┐",
	"│ Server  │ Rate   │",
	"├─────────┼────────┤",
	"│ Alpha   │ 12     │",
	"│ Beta    │ 1,500  │",
	"│ Gamma   │ 90,000 │",
	"└─────────┴────────┘",
	"```",
	"",
	"```comparison-chart",
	"Startup (s)",
	"┌─────────┬──────┐",
	"│ Server  │ Cold │",
	"├─────────┼──────┤",
	"│ Alpha   │ 10   │",
	"│ Beta    │ 12   │",
	"└─────────┴──────┘",
	"```",
	"",
].join("\n");

describe("settings", () => {
	it("groups the settings under headings, with a toggle for each feature and the chart defaults", async () => {
		const page = await session.open(SEED, { width: WIDTH });
		await openSettings(page);
		expect(await page.locator("#host-settings-dialog .setting-item-heading .setting-item-name").allTextContents()).toEqual(["Tables and charts", "Note layout", "Remembered choices"]);
		for (const name of ["Interactive tables", "Draw charts", "Sections side by side", "Code tabs", "Link framework names", "Remember view choices"]) {
			expect(await settingToggle(page, name).getAttribute("aria-checked")).toBe("true");
		}
		// The session starts with the toggles above every view (./session.ts).
		expect(await settingToggle(page, "Compact framework bar").getAttribute("aria-checked")).toBe("false");
		expect(await settingDropdown(page, "Default chart view").inputValue()).toBe("chart");
		expect(await settingDropdown(page, "Default chart scale").inputValue()).toBe("linear");
		await page.screenshot({ path: join(repoRoot, "docs/screenshots/settings-light.png") });
	});

	it("describes the same settings as definitions for Obsidian 1.13's settings search, each control taking effect through setControlValue", async () => {
		const page = await session.open(SEED, { width: WIDTH });
		type Tab = {
			getSettingDefinitions(): { type: string; heading: string; items: { name: string; control?: { type: string; key: string; options?: Record<string, string> } }[] }[];
			getControlValue(key: string): unknown;
			setControlValue(key: string, value: unknown): Promise<void>;
		};
		const definitions = await page.evaluate(() => {
			const tab = (window as unknown as { host: { app: { registries: { settingTabs: Tab[] } } } }).host.app.registries.settingTabs[0];
			return tab.getSettingDefinitions().map((group) => ({ heading: group.heading, items: group.items.map((item) => [item.name, item.control?.key ?? null, item.control?.options ?? null]) }));
		});
		// Every saved setting has its control, under the headings the tab shows.
		expect(definitions.flatMap((group) => group.items.map(([, key]) => key)).filter((key) => key !== null).sort()).toEqual(
			["codeTabs", "compactToolbar", "defaultChartScale", "defaultChartView", "drawCharts", "interactiveTables", "linkFrameworkNames", "rememberViewState", "sideBySideSections"],
		);
		expect(definitions.map((group) => group.heading)).toEqual(["Tables and charts", "Note layout", "Remembered choices"]);
		expect(definitions[0].items.find(([name]) => name === "Default chart scale")![2]).toEqual({ linear: "Linear", log: "Log scale", percent: "% of best" });

		const control = (key: string, value?: unknown) =>
			page.evaluate(
				async ([name, next]) => {
					const tab = (window as unknown as { host: { app: { registries: { settingTabs: Tab[] } } } }).host.app.registries.settingTabs[0];
					if (next !== undefined) await tab.setControlValue(name, next);
					return tab.getControlValue(name);
				},
				[key, value] as const,
			);
		expect(await control("drawCharts")).toBe(true);
		expect(await control("drawCharts", false)).toBe(false);
		await expect.poll(() => page.locator(".framework-compare-chart").count()).toBe(0);
		// A value the control cannot take is refused.
		expect(await control("defaultChartView", "pie")).toBe("chart");
		expect(await control("drawCharts", "yes")).toBe(false);
		expect(await control("drawCharts", true)).toBe(true);
		await scrollThrough(page);
		expect(await page.locator(".framework-compare-chart svg[role=img]").count()).toBe(1);
	});

	it("Interactive tables off gives Obsidian's tables back at once, and on brings the views back", async () => {
		const page = await session.open(SEED, { width: WIDTH });
		// The seed's ecosystem and philosophy tables compare frameworks; its use-case table does not.
		expect(await page.locator(".framework-compare-table").count()).toBe(2);
		await openSettings(page);
		await settingToggle(page, "Interactive tables").click();
		await expect.poll(() => page.locator(".framework-compare-table").count()).toBe(0);
		await page.keyboard.press("Escape");
		await scrollThrough(page);
		expect(await page.locator(".framework-compare-table, table.framework-compare-enhanced").count()).toBe(0);
		// Obsidian's table, every row as written.
		const ecosystem = page.locator("table", { hasText: "Primary Research Org" });
		expect(await ecosystem.locator("tbody tr").allInnerTexts()).toEqual([
			expect.stringMatching(/^JAX\tGoogle Research/),
			expect.stringMatching(/^PyTorch\tMeta AI/),
			expect.stringMatching(/^TensorFlow\tGoogle AI/),
		]);
		// The chart does not depend on it.
		expect(await page.locator(".framework-compare-chart svg[role=img]").count()).toBe(1);
		await openSettings(page);
		await settingToggle(page, "Interactive tables").click();
		await page.keyboard.press("Escape");
		await scrollThrough(page);
		expect(await page.locator(".framework-compare-table").count()).toBe(2);
	});

	it("Draw charts off leaves box drawings and comparison-chart fences as code at once, and on draws them again", async () => {
		session.writeVaultFile(LOG_NOTE, LOG_TEXT);
		const page = await session.open(SEED, { width: WIDTH });
		expect(await page.locator(".framework-compare-chart svg[role=img]").count()).toBe(1);
		await openSettings(page);
		await settingToggle(page, "Draw charts").click();
		await page.keyboard.press("Escape");
		await scrollThrough(page);
		expect(await page.locator(".framework-compare-chart").count()).toBe(0);
		expect(await page.locator("pre > code", { hasText: "RESNET-50 Training Performance" }).count()).toBe(1);
		// The tables do not depend on it.
		expect(await page.locator(".framework-compare-table").count()).toBe(2);

		const fence = await session.open(LOG_NOTE, { width: WIDTH });
		expect(await fence.locator(".framework-compare-chart").count()).toBe(0);
		expect(await fence.locator(".block-language-comparison-chart pre > code").first().textContent()).toBe(LOG_TEXT.split("\n").slice(3, 11).join("\n"));
		await openSettings(fence);
		await settingToggle(fence, "Draw charts").click();
		await expect.poll(() => fence.locator(".block-language-comparison-chart svg[role=img]").count()).toBe(2);
	});

	it("Default chart view and scale apply to charts with no saved choice; a scale a chart cannot use is linear", async () => {
		session.writeVaultFile(LOG_NOTE, LOG_TEXT);
		const page = await session.open(LOG_NOTE, { width: WIDTH });
		const [wide, narrow] = [page.locator(".framework-compare-chart").first(), page.locator(".framework-compare-chart").nth(1)];
		expect(await wide.getAttribute("data-view")).toBe("chart");
		expect(await wide.locator(".framework-compare-chart-log").getAttribute("aria-pressed")).toBe("false");
		await openSettings(page);
		await settingDropdown(page, "Default chart scale").selectOption("log");
		await expect.poll(() => wide.locator(".framework-compare-chart-log").getAttribute("aria-pressed")).toBe("true");
		expect(await wide.innerText()).toContain("log scale");
		// 10 to 12 spans too little for a log scale: that chart is linear.
		expect(await narrow.locator(".framework-compare-chart-log").count()).toBe(0);
		expect(await narrow.innerText()).not.toContain("log scale");
		await settingDropdown(page, "Default chart view").selectOption("table");
		await expect.poll(() => wide.getAttribute("data-view")).toBe("table");
		expect(await narrow.getAttribute("data-view")).toBe("table");
		await page.keyboard.press("Escape");

		// A chart whose view the reader chose keeps it when the default changes.
		const seed = await session.open(SEED, { width: WIDTH });
		const seedChart = seed.locator(".framework-compare-chart");
		expect(await seedChart.getAttribute("data-view")).toBe("table");
		await seedChart.locator(".framework-compare-chart-view-chart").click();
		await openSettings(seed);
		await settingDropdown(seed, "Default chart view").selectOption("text");
		await seed.keyboard.press("Escape");
		await scrollThrough(seed);
		expect(await seed.locator(".framework-compare-chart").getAttribute("data-view")).toBe("chart");
		const other = await session.open(LOG_NOTE, { width: WIDTH });
		expect(await other.locator(".framework-compare-chart").first().getAttribute("data-view")).toBe("text");
	});

	it("Sections side by side and Code tabs off give those parts back to Obsidian's rendering at once, and on bring them back", async () => {
		const page = await session.open(SEED, { width: WIDTH });
		// What the plugin draws, and the note's own heading or line it stands in for (outside the drawn group).
		const features = [
			{ name: "Sections side by side", drawn: page.locator(".framework-compare-sections"), written: page.locator("h3:not(.framework-compare-group *)", { hasText: /^PyTorch$/ }) },
			{ name: "Code tabs", drawn: page.locator('.framework-compare-code-group [role="tablist"]'), written: page.locator("p:not(.framework-compare-group *)", { hasText: /^PyTorch:$/ }) },
		];
		await scrollThrough(page);
		for (const { drawn, written } of features) {
			expect(await drawn.count()).toBeGreaterThan(0);
			expect(await written.filter({ visible: true }).count()).toBe(0);
		}
		for (const { name, drawn, written } of features) {
			await openSettings(page);
			await settingToggle(page, name).click();
			await page.keyboard.press("Escape");
			await scrollThrough(page);
			await expect.poll(() => drawn.count()).toBe(0);
			expect(await written.filter({ visible: true }).count()).toBe(1);
		}
		const saved = JSON.parse(readFileSync(join(session.host.scratch, ".obsidian/plugins/framework-compare/data.json"), "utf8")) as Record<string, unknown>;
		expect([saved.sideBySideSections, saved.codeTabs]).toEqual([false, false]);
		for (const { name, drawn, written } of features) {
			await openSettings(page);
			await settingToggle(page, name).click();
			await page.keyboard.press("Escape");
			await scrollThrough(page);
			await expect.poll(() => drawn.count()).toBeGreaterThan(0);
			expect(await written.filter({ visible: true }).count()).toBe(0);
		}
	});

	it("Link framework names off takes the links off the names at once, and on puts them back", async () => {
		const page = await session.open(SEED, { width: WIDTH });
		const links = page.locator(".framework-compare-table a.framework-compare-name-link");
		const before = await links.count();
		expect(before).toBeGreaterThan(0);
		await openSettings(page);
		await settingToggle(page, "Link framework names").click();
		await page.keyboard.press("Escape");
		await scrollThrough(page);
		expect(await links.count()).toBe(0);
		await openSettings(page);
		await settingToggle(page, "Link framework names").click();
		await page.keyboard.press("Escape");
		await scrollThrough(page);
		expect(await links.count()).toBe(before);
	});
});
