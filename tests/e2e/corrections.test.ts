// Issue 12, item 4 through a real browser: the user corrects detection with
// "Not a framework" on a toggle and "Compare these" on a table, from menus and
// commands; the correction shows at once, survives a reload, lives in the
// plugin's data and never in the note; only the frontmatter command writes to
// the note, through the editor, and undo takes it back.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { main } from "../../src/cli/index";
import { SEED, visibleRows, waitForHost, scrollThrough, useSession } from "./session";

const repoRoot = join(__dirname, "..", "..");
/** A note whose one table the detector leaves alone: lamps across the header, tasks down the rows. */
const LAMPS = "Products/Desk lamps.md";
const LAMPS_TABLE = "~|Luma Mini|Arco Desk|Pixo Flex";
const LAMPS_NAMES = ["Luma Mini", "Arco Desk", "Pixo Flex"];

const session = useSession();

/** Each test corrects its own copy of a note, so the tests do not depend on each other. */
function copyOf(note: string, as: string): string {
	session.writeVaultFile(as, readFileSync(join(repoRoot, "example-vault", note), "utf8"));
	return as;
}

const bytes = (path: string) => readFileSync(join(session.host.scratch, path));

function saved(): Record<string, unknown> {
	try {
		const data = JSON.parse(readFileSync(join(session.host.scratch, ".obsidian/plugins/framework-compare/data.json"), "utf8")) as { detection?: Record<string, unknown> };
		return data.detection ?? {};
	} catch {
		return {};
	}
}

const toggle = (page: Page, name: string) => page.locator(`[role="toolbar"] button[data-framework="${name}"]`).first();
const toolbarNames = (page: Page) => page.locator('[role="toolbar"]').first().locator("button[aria-pressed][data-framework]").allTextContents();
const headerCell = (page: Page, text: string) => page.locator("th", { hasText: text }).first();
const bodyCell = (page: Page, text: string) => page.locator("td", { hasText: text }).first();

/** The titles of the open menu's items, with a ✓ after a checked one. */
async function menuItems(page: Page): Promise<string[]> {
	await page.locator(".menu").waitFor();
	return page.locator(".menu .menu-item").evaluateAll((items) =>
		items.map((item) => `${item.querySelector(".menu-item-title")?.textContent ?? ""}${item.classList.contains("mod-checked") ? " ✓" : ""}`),
	);
}

function menuItem(page: Page, title: string): Locator {
	return page.locator(".menu .menu-item").filter({ has: page.locator(".menu-item-title").getByText(title, { exact: true }) });
}

async function rightClickChoose(page: Page, target: Locator, title: string): Promise<void> {
	await target.click({ button: "right" });
	await menuItem(page, title).click();
	await expect.poll(() => page.locator(".menu").count()).toBe(0);
}

async function runCommand(page: Page, name: string): Promise<void> {
	await page.selectOption("#host-commands", { label: name });
}

async function reload(page: Page): Promise<void> {
	await page.reload();
	await waitForHost(page);
	await scrollThrough(page);
}

describe("Not a framework", () => {
	it("removes the toggle at once, everywhere, unbinds its row, survives a reload and leaves the note's bytes alone", async () => {
		const note = copyOf(SEED, "Corrections/Seed.md");
		const before = bytes(note);
		const page = await session.open(note);
		expect(await toolbarNames(page)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		await toggle(page, "TensorFlow").click({ button: "right" });
		expect(await menuItems(page)).toEqual(["Hide TensorFlow", "Not a framework"]);
		await menuItem(page, "Not a framework").click();
		await expect.poll(() => page.locator('[role="toolbar"] button[data-framework="TensorFlow"]').count()).toBe(0);
		expect(await toolbarNames(page)).toEqual(["JAX", "PyTorch"]);
		// Its row is still shown, as any attribute row, but no longer belongs to a framework.
		expect(await page.locator('[data-framework="TensorFlow"]').count()).toBe(0);
		expect((await visibleRows(page, 0)).map((row) => row.split(" | ")[0])).toEqual(["Framework", "JAX", "PyTorch", "TensorFlow"]);
		await toggle(page, "PyTorch").click();
		expect((await visibleRows(page, 0)).map((row) => row.split(" | ")[0])).toEqual(["Framework", "JAX", "TensorFlow"]);
		await toggle(page, "PyTorch").click();
		await expect.poll(() => saved()[note]).toEqual({ notFrameworks: ["TensorFlow"] });
		expect(await page.locator(".notice").allTextContents()).toContain('TensorFlow is not compared in this note any more. "Restore names marked not a framework" brings it back.');

		await reload(page);
		expect(await toolbarNames(page)).toEqual(["JAX", "PyTorch"]);
		expect(bytes(note).equals(before)).toBe(true);

		// The way back is in the same menu.
		await toggle(page, "JAX").click({ button: "right" });
		expect(await menuItems(page)).toEqual(["Hide JAX", "Not a framework", "Restore TensorFlow as a framework"]);
		await menuItem(page, "Restore TensorFlow as a framework").click();
		await expect.poll(() => toolbarNames(page)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		await expect.poll(() => saved()).not.toHaveProperty([note]);
		expect(bytes(note).equals(before)).toBe(true);
	});

	it("hides and shows from the same menu, which the keyboard opens and works too", async () => {
		const note = copyOf(SEED, "Corrections/Keyboard.md");
		const page = await session.open(note);
		await rightClickChoose(page, toggle(page, "PyTorch"), "Hide PyTorch");
		expect(await toggle(page, "PyTorch").getAttribute("aria-pressed")).toBe("false");
		await toggle(page, "PyTorch").click({ button: "right" });
		expect(await menuItems(page)).toEqual(["Show PyTorch", "Not a framework"]);
		await page.keyboard.press("Escape");
		await expect.poll(() => page.locator(".menu").count()).toBe(0);

		// Shift+F10 on the focused toggle opens the menu under it; arrows and Enter choose.
		await toggle(page, "PyTorch").focus();
		await page.keyboard.press("Shift+F10");
		expect(await menuItems(page)).toEqual(["Show PyTorch", "Not a framework"]);
		const box = await toggle(page, "PyTorch").boundingBox();
		const menuBox = await page.locator(".menu").boundingBox();
		expect(Math.abs((menuBox?.y ?? 0) - ((box?.y ?? 0) + (box?.height ?? 0)))).toBeLessThan(40);
		await page.keyboard.press("ArrowDown");
		expect(await page.locator(".menu .menu-item.selected .menu-item-title").textContent()).toBe("Show PyTorch");
		await page.keyboard.press("Enter");
		await expect.poll(() => toggle(page, "PyTorch").getAttribute("aria-pressed")).toBe("true");

		// The context-menu key does the same; a click elsewhere closes the menu.
		await toggle(page, "JAX").focus();
		await page.keyboard.press("ContextMenu");
		expect(await menuItems(page)).toEqual(["Hide JAX", "Not a framework"]);
		await page.locator(".inline-title").click();
		await expect.poll(() => page.locator(".menu").count()).toBe(0);
		expect(await toggle(page, "JAX").getAttribute("aria-pressed")).toBe("true");
	});

	it("works from the command palette with a fuzzy picker, and back", async () => {
		const note = copyOf(SEED, "Corrections/Picker.md");
		const page = await session.open(note);
		await runCommand(page, "Mark a framework as not a framework…");
		await page.locator(".prompt-input").waitFor();
		expect(await page.locator(".suggestion-item").allTextContents()).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		await page.locator(".prompt-input").fill("ptch");
		expect(await page.locator(".suggestion-item").allTextContents()).toEqual(["PyTorch"]);
		await page.keyboard.press("Enter");
		await expect.poll(() => toolbarNames(page)).toEqual(["JAX", "TensorFlow"]);
		expect(await page.locator(".prompt").count()).toBe(0);

		await runCommand(page, "Restore names marked not a framework…");
		expect(await page.locator(".suggestion-item").allTextContents()).toEqual(["PyTorch"]);
		await page.locator(".suggestion-item").first().click();
		await expect.poll(() => toolbarNames(page)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		// With nothing marked, there is nothing to restore.
		await runCommand(page, "Restore names marked not a framework…");
		await expect.poll(() => page.locator(".notice").allTextContents()).toContain('"Restore names marked not a framework…" is not available here.');
	});
});

describe("Compare these", () => {
	it("turns a table the detector left alone into a comparison at once, survives a reload, and leaves the note's bytes alone", async () => {
		let printed = "";
		await main(["inspect", join(session.host.scratch, LAMPS), "--vault", session.host.scratch], { out: (text) => (printed += text), err: () => undefined });
		const model = JSON.parse(printed) as { frameworks: string[]; tables: { frameworkAxis: string }[] };
		// If the detector learns to read this table, the note needs a harder one.
		expect({ frameworks: model.frameworks, axes: model.tables.map((table) => table.frameworkAxis) }).toEqual({ frameworks: [], axes: ["none"] });

		const before = bytes(LAMPS);
		const page = await session.open(LAMPS);
		expect(await page.locator('[role="toolbar"]').count()).toBe(0);
		await headerCell(page, "Arco Desk").click({ button: "right" });
		expect(await menuItems(page)).toEqual(["Compare the names in this row", "This table compares nothing ✓"]);
		await menuItem(page, "Compare the names in this row").click();
		await expect.poll(() => page.locator('[role="toolbar"]').count()).toBe(1);
		expect(await toolbarNames(page)).toEqual(LAMPS_NAMES);
		await toggle(page, "Arco Desk").click();
		expect(await visibleRows(page, 0)).toEqual(["~ | Luma Mini | Pixo Flex", "Reading | good | bright", "Screen work | glare | even", "Evening | warm | cold"]);
		await toggle(page, "Arco Desk").click();
		await expect.poll(() => saved()[LAMPS]).toEqual({ tableAxes: { [LAMPS_TABLE]: "columns" } });

		await reload(page);
		expect(await toolbarNames(page)).toEqual(LAMPS_NAMES);
		expect(bytes(LAMPS).equals(before)).toBe(true);

		// "This table compares nothing" takes the toolbar away again; "Let Framework Compare decide" forgets the choice.
		await headerCell(page, "Luma Mini").click({ button: "right" });
		expect(await menuItems(page)).toEqual(["Compare the names in this row ✓", "This table compares nothing", "Let Framework Compare decide"]);
		await menuItem(page, "This table compares nothing").click();
		await expect.poll(() => page.locator('[role="toolbar"]').count()).toBe(0);
		expect(await page.locator(".framework-compare-table").count()).toBe(0);
		await expect.poll(() => saved()[LAMPS]).toEqual({ tableAxes: { [LAMPS_TABLE]: "none" } });
		await bodyCell(page, "Reading").click({ button: "right" });
		expect(await menuItems(page)).toEqual(["Compare the names in this column", "This table compares nothing ✓", "Let Framework Compare decide"]);
		await menuItem(page, "Let Framework Compare decide").click();
		await expect.poll(() => saved()).not.toHaveProperty([LAMPS]);
		expect(bytes(LAMPS).equals(before)).toBe(true);
	});

	it("takes a toolbar away from a table the detector got wrong, and offers the first column too", async () => {
		const note = copyOf(SEED, "Corrections/Tables.md");
		const page = await session.open(note);
		expect(await page.locator(".framework-compare-table").count()).toBe(2);
		// The corner cell is in both the header row and the first column.
		await headerCell(page, "Framework").click({ button: "right" });
		expect(await menuItems(page)).toEqual(["Compare the names in this row", "Compare the names in this column ✓", "This table compares nothing"]);
		await menuItem(page, "This table compares nothing").click();
		// The note is drawn again from where the reader is, as Obsidian does; the rest comes as it is scrolled to.
		await expect
			.poll(async () => {
				await scrollThrough(page);
				return page.locator(".framework-compare-table").count();
			})
			.toBe(1);
		// The other table keeps its toolbar, and a body cell outside the first column keeps the browser's menu.
		await bodyCell(page, "Meta AI").click({ button: "right" });
		expect(await page.locator(".menu").count()).toBe(0);
		// The seed's Use Case table, which the detector leaves alone, has the menu too.
		await headerCell(page, "Use Case").click({ button: "right" });
		expect(await menuItems(page)).toEqual(["Compare the names in this row", "Compare the names in this column", "This table compares nothing ✓"]);
		await page.keyboard.press("Escape");
	});

	it("follows the note through a rename", async () => {
		const note = copyOf(LAMPS, "Corrections/Lamps before.md");
		const page = await session.open(note);
		await rightClickChoose(page, headerCell(page, "Pixo Flex"), "Compare the names in this row");
		await expect.poll(() => saved()[note]).toEqual({ tableAxes: { [LAMPS_TABLE]: "columns" } });
		await page.evaluate(() => (window as unknown as { host: { rename(a: string, b: string): Promise<void> } }).host.rename("Corrections/Lamps before.md", "Corrections/Lamps after.md"));
		await expect.poll(() => Object.keys(saved())).toContain("Corrections/Lamps after.md");
		expect(Object.keys(saved())).not.toContain(note);
		await page.goto(`${session.host.url}?note=${encodeURIComponent("Corrections/Lamps after.md")}`);
		await waitForHost(page);
		await scrollThrough(page);
		expect(await toolbarNames(page)).toEqual(LAMPS_NAMES);
	});

	it("works from the command palette: a table by line and header, then the choice", async () => {
		const note = copyOf(LAMPS, "Corrections/Lamps command.md");
		const page = await session.open(note);
		await runCommand(page, "Choose what a table compares…");
		expect(await page.locator(".suggestion-item").allTextContents()).toEqual(["Line 5: ~ | Luma Mini | Arco Desk | Pixo FlexCompares nothing (detected)"]);
		await page.keyboard.press("Enter");
		await expect.poll(() => page.locator(".suggestion-item").count()).toBe(3);
		await page.locator(".prompt-input").fill("header");
		expect(await page.locator(".suggestion-item > div").allTextContents()).toEqual(["Compare the names in the header row"]);
		await page.keyboard.press("Enter");
		await expect.poll(() => toolbarNames(page)).toEqual(LAMPS_NAMES);

		await runCommand(page, "Choose what a table compares…");
		expect(await page.locator(".suggestion-item small").allTextContents()).toEqual(["Compares the names in its header row (your choice)"]);
		await page.keyboard.press("Escape");
		expect(await page.locator(".prompt").count()).toBe(0);

		await runCommand(page, "Forget detection corrections for the current note");
		await expect.poll(() => page.locator('[role="toolbar"]').count()).toBe(0);
		await expect.poll(() => saved()).not.toHaveProperty([note]);
	});

	it("offers nothing in a note with framework-compare: false", async () => {
		const seed = readFileSync(join(repoRoot, "example-vault", SEED), "utf8");
		session.writeVaultFile("Corrections/Off.md", seed.replace("aliases:", "framework-compare: false\naliases:"));
		const page = await session.open("Corrections/Off.md");
		await headerCell(page, "Framework").click({ button: "right" });
		await page.waitForTimeout(200);
		expect(await page.locator(".menu").count()).toBe(0);
		await runCommand(page, "Choose what a table compares…");
		await expect.poll(() => page.locator(".notice").allTextContents()).toContain('"Choose what a table compares…" is not available here.');
	});
});

describe("Write the compared frameworks to the frontmatter", () => {
	const COMMAND = "Write the compared frameworks to the frontmatter";

	it("writes the corrected list through the editor, and undo brings the note back byte for byte", async () => {
		const note = copyOf(LAMPS, "Corrections/Lamps frontmatter.md");
		const before = readFileSync(join(session.host.scratch, note), "utf8");
		const page = await session.open(note);
		await rightClickChoose(page, headerCell(page, "Luma Mini"), "Compare the names in this row");
		await expect.poll(() => toolbarNames(page)).toEqual(LAMPS_NAMES);
		// An editor command: not in the reading view.
		await runCommand(page, COMMAND);
		await expect.poll(() => page.locator(".notice").allTextContents()).toContain(`"${COMMAND}" is not available here.`);
		expect(readFileSync(join(session.host.scratch, note), "utf8")).toBe(before);

		await page.locator("#host-mode").click();
		await runCommand(page, COMMAND);
		const written = `---\nframeworks:\n  - Luma Mini\n  - Arco Desk\n  - Pixo Flex\n---\n${before}`;
		await expect.poll(() => readFileSync(join(session.host.scratch, note), "utf8")).toBe(written);
		expect(await page.locator(".host-editor").inputValue()).toBe(written);
		await page.locator(".host-editor").focus();
		await page.keyboard.press("Control+z");
		await expect.poll(() => readFileSync(join(session.host.scratch, note), "utf8")).toBe(before);
		await page.keyboard.press("Control+Shift+z");
		await expect.poll(() => readFileSync(join(session.host.scratch, note), "utf8")).toBe(written);
		// Back in the reading view the note lists its frameworks itself.
		await page.locator("#host-mode").click();
		await expect.poll(() => toolbarNames(page)).toEqual(LAMPS_NAMES);
	});

	it("adds the key to existing frontmatter without touching a byte of the rest, CRLF included", async () => {
		const seed = readFileSync(join(repoRoot, "example-vault", SEED), "utf8");
		const crlf = seed.replace(/\n/g, "\r\n");
		session.writeVaultFile("Corrections/CRLF.md", crlf);
		const page = await session.open("Corrections/CRLF.md");
		await rightClickChoose(page, toggle(page, "TensorFlow"), "Not a framework");
		await expect.poll(() => toolbarNames(page)).toEqual(["JAX", "PyTorch"]);
		await page.locator("#host-mode").click();
		await runCommand(page, COMMAND);
		const end = crlf.indexOf("---\r\n", 4);
		await expect.poll(() => readFileSync(join(session.host.scratch, "Corrections/CRLF.md"), "utf8")).toBe(
			`${crlf.slice(0, end)}frameworks:\r\n  - JAX\r\n  - PyTorch\r\n${crlf.slice(end)}`,
		);
		await page.locator(".host-editor").focus();
		await page.keyboard.press("Control+z");
		await expect.poll(() => readFileSync(join(session.host.scratch, "Corrections/CRLF.md"), "utf8")).toBe(crlf);
	});
});

describe("screenshots", () => {
	it("shows the correction menus in light and dark themes", async () => {
		// Opening a menu changes nothing, so the example notes themselves are shown.
		for (const theme of ["light", "dark"] as const) {
			const page = await session.open(SEED, { theme });
			await page.locator(".framework-compare-table").first().scrollIntoViewIfNeeded();
			await toggle(page, "TensorFlow").click({ button: "right" });
			await page.keyboard.press("ArrowDown");
			await page.keyboard.press("ArrowDown");
			await page.screenshot({ path: join(repoRoot, "docs/screenshots", `corrections-menu-${theme}.png`) });
			await page.keyboard.press("Escape");

			const table = await session.open(LAMPS, { theme });
			await headerCell(table, "Arco Desk").click({ button: "right", position: { x: 20, y: 10 } });
			await menuItem(table, "Compare the names in this row").hover();
			await table.screenshot({ path: join(repoRoot, "docs/screenshots", `corrections-compare-${theme}.png`), clip: { x: 0, y: 0, width: 1100, height: 520 } });
			await table.keyboard.press("Escape");
		}
	});
});
