// The plugin's commands, run from the host's command palette.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { main } from "../../src/cli/index";
import { SEED, visibleRows, type Session, useSession } from "./session";

const session = useSession();

async function runCommand(page: Page, name: string): Promise<void> {
	await page.selectOption("#host-commands", { label: name });
}

describe("commands", () => {
	it("are listed by name, with no default hotkeys", async () => {
		const page = await session.open(SEED);
		const names = await page.locator("#host-commands option").allTextContents();
		expect(names).toEqual(expect.arrayContaining(["Copy the comparison model of the current note as JSON", "Forget view choices for the current note"]));
		const hotkeys = await page.evaluate(() =>
			[...(window as unknown as { host: { app: { registries: { commands: Map<string, { hotkeys?: unknown[] }> } } } }).host.app.registries.commands.values()].map((c) => c.hotkeys ?? []),
		);
		expect(hotkeys.flat()).toEqual([]);
	});

	it("copies the same model that `framework-compare inspect` prints", async () => {
		const page = await session.open(SEED);
		await runCommand(page, "Copy the comparison model of the current note as JSON");
		await expect.poll(() => page.locator(".notice").allTextContents()).toContain(
			"Copied the comparison model of JAX vs. Other ML Frameworks (3 frameworks, 3 tables, 1 chart).",
		);
		const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as unknown;
		let printed = "";
		const code = await main(["inspect", join(session.host.scratch, SEED), "--vault", session.host.scratch], {
			out: (text) => (printed += text),
			err: (text) => {
				throw new Error(text);
			},
		});
		expect(code).toBe(0);
		expect(copied).toEqual(JSON.parse(printed));
	});

	it("copies the same problem for an unclosed frontmatter block, whose lines show as text", async () => {
		const path = "Unclosed frontmatter.md";
		session.writeVaultFile(path, "---\naliases: [Ghost]\n\n# Open ended\n\nBody text.\n");
		const page = await session.open(path);
		await expect.poll(() => page.locator(".markdown-preview-view").first().innerText()).toContain("aliases: [Ghost]");
		await runCommand(page, "Copy the comparison model of the current note as JSON");
		await expect.poll(() => page.locator(".notice").allTextContents()).toContain("Copied the comparison model of Unclosed frontmatter (0 frameworks, 0 tables, 0 charts).");
		const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { problems: { line: number; message: string }[] };
		expect(copied.problems).toEqual([{ line: 1, message: expect.stringContaining("no later --- line closes it") as string }]);
		let printed = "";
		await main(["inspect", join(session.host.scratch, path), "--vault", session.host.scratch], { out: (text) => (printed += text), err: () => undefined });
		expect(copied).toEqual(JSON.parse(printed));
	});

	it("forgets a note's view choices, and its views show the note as written again", async () => {
		const page = await session.open(SEED);
		await page.locator('[role="toolbar"] button[data-framework="PyTorch"]').first().click();
		await page.locator(".framework-compare-transpose").first().click();
		await expect.poll(() => readSaved(session)).toHaveProperty([SEED]);
		await runCommand(page, "Forget view choices for the current note");
		expect((await visibleRows(page, 0)).map((row) => row.split(" | ")[0])).toEqual(["Framework", "JAX", "PyTorch", "TensorFlow"]);
		await expect.poll(() => readSaved(session)).not.toHaveProperty([SEED]);
		await runCommand(page, "Forget view choices for the current note");
		await expect.poll(() => page.locator(".notice").allTextContents()).toContain('"Forget view choices for the current note" is not available here.');
	});
});

function readSaved(s: Session): Record<string, unknown> {
	try {
		const data = JSON.parse(readFileSync(join(s.host.scratch, ".obsidian/plugins/framework-compare/data.json"), "utf8")) as { noteViewState?: Record<string, unknown> };
		return data.noteViewState ?? {};
	} catch {
		return {};
	}
}
