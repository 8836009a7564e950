// Copy as Markdown through the real Copy button in the host: every table of a
// note written in awkward ways copies as the table markdown-it rendered.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { menuItem, visibleRows, useSession } from "./session";

const session = useSession();

const NOTE = "Copy/Awkward tables.md";

// CRLF line endings, and one lone carriage return (an old Mac line break) before the tables.
const TEXT = [
	"---",
	"frameworks: [JAX, PyTorch, TensorFlow]",
	"---",
	"# Awkward tables",
	"",
	"Pasted from an old Mac:\rthis line follows a lone carriage return.",
	"",
	"| Framework | Speed |",
	"|---|--:|",
	"| **JAX** | 390 |",
	"| PyTorch | 410 |",
	"| TensorFlow | 300 |",
	"",
	"- | Framework | License |",
	"  | --- | --- |",
	"  | JAX | Apache-2.0 |",
	"  | PyTorch | BSD |",
	"",
	"| Framework | Left | Right |",
	"|---|---|---|",
	"| JAX | `a|b` |",
	"| PyTorch | `a\\|b` | c |",
	"",
	"> [!note] Docs",
	"> Framework | Docs",
	"> --- | ---",
	"> JAX | [[JAX\\|jax docs]]",
	"> TensorFlow | [site](https://www.tensorflow.org)",
	"",
].join("\r\n");

async function copyMarkdown(page: Page, table: number): Promise<string> {
	await page.evaluate(() => navigator.clipboard.writeText(""));
	await page.locator(".framework-compare-table").nth(table).locator(".framework-compare-copy").click();
	await menuItem(page, "Copy as Markdown").click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe("");
	return page.evaluate(() => navigator.clipboard.readText());
}

describe("Copy as Markdown on a note written in awkward ways", () => {
	it("copies each table as the screen shows it", async () => {
		session.writeVaultFile(NOTE, TEXT);
		const page = await session.open(NOTE);
		expect(await page.locator(".framework-compare-table").count()).toBe(4);
		const expected = [
			"| Framework | Speed |\n| --- | --- |\n| **JAX** | 390 |\n| PyTorch | 410 |\n| TensorFlow | 300 |\n",
			"| Framework | License |\n| --- | --- |\n| JAX | Apache-2.0 |\n| PyTorch | BSD |\n",
			// markdown-it splits at the pipe inside the code span; the escaped one stays in its cell.
			"| Framework | Left | Right |\n| --- | --- | --- |\n| JAX | `a | b` |\n| PyTorch | `a\\|b` | c |\n",
			"| Framework | Docs |\n| --- | --- |\n| JAX | [[JAX\\|jax docs]] |\n| TensorFlow | [site](https://www.tensorflow.org) |\n",
		];
		for (const [table, markdown] of expected.entries()) {
			const copied = await copyMarkdown(page, table);
			expect(copied).toBe(markdown);
			// A row for every row the screen shows, and the separator.
			expect(copied.trimEnd().split("\n").length).toBe((await visibleRows(page, table)).length + 1);
		}
		expect((await visibleRows(page, 2))[1]).toBe("JAX | `a | b`");
	});

	it("copies a transposed table with a framework hidden, through the toolbar", async () => {
		session.writeVaultFile(NOTE, TEXT);
		const page = await session.open(NOTE);
		await page.locator(".framework-compare-transpose").first().click();
		await page.locator('.framework-compare-table [role="toolbar"] button[data-framework="PyTorch"]').first().click();
		// Copy gives what the screen shows: the corner names the side's features once transposed.
		expect(await visibleRows(page, 0)).toEqual(["Feature | JAX | TensorFlow", "Speed | 390 | 300"]);
		expect(await copyMarkdown(page, 0)).toBe("| Feature | **JAX** | TensorFlow |\n| --- | --- | --- |\n| Speed | 390 | 300 |\n");
		await page.getByRole("button", { name: "Show all" }).first().click();
		await page.locator(".framework-compare-transpose").first().click();
	});
});
