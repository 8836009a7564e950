// Issue 14, items 1 and 3, through a real browser: charts of values at the
// ends of the doubles and of mixed signs, a chart whose drawing throws, and a
// data.json with one bad value among good ones.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { analyzeNote, NO_VAULT, tableKey } from "../../src/core";
import { DATABASES, editNote, SEED, visibleRows, useSession } from "./session";

const repoRoot = join(__dirname, "..", "..");
const DATA = ".obsidian/plugins/framework-compare/data.json";

const session = useSession(undefined, { freshData: true });

/** A box chart written as a note would: frameworks down the rows, one column of values. */
function box(title: string, rows: [string, string][]): string {
	const width = Math.max(...rows.map(([, value]) => value.length), 5) + 2;
	const line = (l: string, m: string, r: string) => `${l}${"─".repeat(12)}${m}${"─".repeat(width)}${r}`;
	const row = (a: string, b: string) => `│ ${a.padEnd(11)}│ ${b.padEnd(width - 1)}│`;
	return [title, line("┌", "┬", "┐"), row("Framework", "Value"), line("├", "┼", "┤"), ...rows.map(([a, b]) => row(a, b)), line("└", "┴", "┘")].join("\n");
}

const HUGE = box("Throughput (ops/sec, higher is better)", [["JAX", `17${"0".repeat(307)}`], ["PyTorch", "5"]]);
const MIXED = box("Change (points, higher is better)", [["JAX", "-50"], ["PyTorch", "100"], ["TensorFlow", "-3"]]);
const TINY = box("Error (ratio, lower is better)", [["JAX", "5e-323"], ["PyTorch", "100"], ["TensorFlow", "0.01"]]);
const NOTE = `# Extreme charts

Three frameworks compared: JAX, PyTorch and TensorFlow.

\`\`\`comparison-chart
${HUGE}
\`\`\`

\`\`\`
${MIXED}
\`\`\`

\`\`\`
${TINY}
\`\`\`
`;

const chart = (page: Page, n: number) => page.locator(".framework-compare-chart").nth(n);
const ticks = (c: Locator) => c.locator(".framework-compare-chart-tick").allTextContents();
const values = (c: Locator) => c.locator(".framework-compare-chart-value").allTextContents();

describe("charts of extreme and mixed-sign values", () => {
	it("draws a value near the largest double at once with a handful of ticks, negative values leftwards, and a log axis down to 5e-323 in powers of ten", async () => {
		session.writeVaultFile("Extreme charts.md", NOTE);
		const started = Date.now();
		// open() fails on any page error: the RangeError the tick loop used to throw would be one.
		const page = await session.open("Extreme charts.md");
		expect(Date.now() - started).toBeLessThan(20_000);
		expect(await page.locator(".framework-compare-chart").count()).toBe(3);
		expect(await page.locator(".framework-compare-chart-problem").count()).toBe(0);

		const huge = chart(page, 0);
		const hugeTicks = await ticks(huge);
		expect(hugeTicks.length).toBeLessThanOrEqual(12);
		expect(hugeTicks).toContain("10³⁰⁸");
		expect(await values(huge)).toEqual(["1.7×10³⁰⁸ ★", "5"]);

		const mixed = chart(page, 1);
		expect(await values(mixed)).toEqual(["−50", "100 ★", "−3"]);
		// The negative bars end at the zero line and reach left of it; the positive one starts there.
		const geometry = await mixed.locator("svg[role=img]").evaluate((svg) => {
			const zero = svg.querySelector(".framework-compare-chart-baseline")!.getBoundingClientRect().left;
			return {
				zero,
				bars: Array.from(svg.querySelectorAll(".framework-compare-chart-rect")).map((rect) => {
					const box = rect.getBoundingClientRect();
					return { left: box.left, right: box.right, width: box.width };
				}),
			};
		});
		const [jax, pytorch, tensorflow] = geometry.bars;
		expect(jax.right).toBeCloseTo(geometry.zero, 0);
		expect(pytorch.left).toBeCloseTo(geometry.zero, 0);
		expect(jax.width).toBeGreaterThan(pytorch.width * 0.4);
		expect(tensorflow.width).toBeGreaterThan(1);
		expect(await mixed.getByRole("button", { name: "% of best" }).count()).toBe(0);

		const tiny = chart(page, 2);
		await tiny.getByRole("button", { name: "Log scale" }).click();
		const logTicks = await ticks(tiny);
		expect(logTicks[0]).toBe("10⁻³²³");
		expect(logTicks.at(-1)).toBe("10²");
		for (const label of logTicks) expect(label).toMatch(/^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
		// Each as written: 100 is not padded to the decimals of 0.01.
		expect(await values(tiny)).toEqual(["5×10⁻³²³ ★", "100", "0.01"]);
	});

	it("puts the fence back with a message when drawing throws, on a redraw or a fresh render, and unloading restores the text", async () => {
		session.writeVaultFile("Extreme charts.md", NOTE);
		const page = await session.open("Extreme charts.md");
		// From now on the page cannot make SVG elements: every chart drawing throws half way.
		await page.evaluate(() => {
			const original = document.createElementNS.bind(document);
			document.createElementNS = ((namespace: string | null, name: string) => {
				if (namespace === "http://www.w3.org/2000/svg") throw new RangeError("Invalid array length");
				return original(namespace, name);
			}) as typeof document.createElementNS;
		});
		// A redraw: grouping the mixed chart by framework.
		await chart(page, 1).getByRole("button", { name: "Group by framework" }).click();
		const problems = page.locator(".framework-compare-chart-problem");
		expect(await problems.allTextContents()).toEqual(["This chart could not be drawn, so it stays as text (RangeError: Invalid array length)."]);
		expect(await problems.first().evaluate((el) => el.nextElementSibling?.querySelector("code")?.textContent)).toBe(`${MIXED}\n`);
		expect(await page.locator(".framework-compare-chart").count()).toBe(2);

		// A fresh render: an edit to the first chart's fence renders its section again.
		await editNote(page, "Extreme charts.md", NOTE.replace("│ 5 ", "│ 6 "));
		expect(await problems.count()).toBe(2);
		expect(await page.locator(".block-language-comparison-chart [role=toolbar]").count()).toBe(0);
		expect(await page.locator(".block-language-comparison-chart code").textContent()).toBe(HUGE.replace("│ 5 ", "│ 6 "));

		await page.evaluate(() => (window as unknown as { host: { unloadPlugin(): void } }).host.unloadPlugin());
		expect(await page.locator('[class*="framework-compare"], [role=toolbar], svg').count()).toBe(0);
		expect(await page.locator("pre > code").allTextContents()).toEqual([HUGE.replace("│ 5 ", "│ 6 "), `${MIXED}\n`, `${TINY}\n`]);
	});
});

describe("a data.json with one bad value among good ones", () => {
	const firstTableKey = (path: string) => {
		const { note } = analyzeNote({ path, text: readFileSync(join(repoRoot, "example-vault", path), "utf8") }, NO_VAULT);
		return tableKey(note.tables, note.tables.findIndex((table) => table.frameworkAxis !== "none"));
	};

	it("keeps the other note's choices and the rest of the note's entry, and says in one notice what was reset", async () => {
		const seedKey = firstTableKey(SEED);
		const matrixKey = firstTableKey(DATABASES);
		const badSort = `noteViewState[${JSON.stringify(SEED)}].tables[${JSON.stringify(seedKey)}].sort`;
		session.writeVaultFile(
			DATA,
			JSON.stringify({
				linkFrameworkNames: true,
				noteViewState: {
					// One bad value (a sort column of -1) beside good ones in the same entry.
					[SEED]: { hiddenFrameworks: ["PyTorch"], tables: { [seedKey]: { transposed: true, sort: { column: -1, direction: "ascending" } } } },
					// Valid in shape, wrong for the table: a column past its end, a row it does not have.
					[DATABASES]: { hiddenFrameworks: ["MySQL"], tables: { [matrixKey]: { sort: { column: 99, direction: "descending" }, hiddenColumns: ["Replication", "Sharding"] } } },
				},
			}),
		);
		const seed = await session.open(SEED);
		await expect.poll(() => seed.locator(".notice").allTextContents()).toEqual([
			`Framework Compare: some saved settings were not valid and were reset to their defaults (${badSort}); everything else was kept.`,
		]);
		// PyTorch stays hidden and the table stays transposed: frameworks across the header, their features down the side.
		expect((await visibleRows(seed, 0))[0]).toBe("Feature | JAX | TensorFlow");

		const databases = await session.open(DATABASES);
		// The other note's data had nothing invalid in it: no notice of its own beyond the plugin's one load.
		expect((await visibleRows(databases, 0))[0]).toBe("Feature | PostgreSQL | SQLite");
		const rows = (await visibleRows(databases, 0)).map((row) => row.split(" | ")[0]);
		expect(rows).not.toContain("Replication");
		expect(rows.slice(1, 3)).toEqual(["License", "Architecture"]);
		await databases.locator('[role="toolbar"] button[data-framework="MySQL"]').first().click();
		expect((await visibleRows(databases, 0))[0]).toBe("Feature | PostgreSQL | MySQL | SQLite");
		await databases.getByRole("button", { name: "Show all" }).first().click();
		expect((await visibleRows(databases, 0)).map((row) => row.split(" | ")[0])).toContain("Replication");
	});
});
