// Notes of this precision round's rules through a real browser (tests/fixtures/review as the
// vault): a log of dinners reads as Obsidian rendered it, with no toolbar, while a table under a
// sentence-case heading naming its attributes gets the toggles of the things compared.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSession } from "./session";

const session = useSession(join(__dirname, "..", "fixtures", "review"), { freshData: true });

const toolbarNames = (page: Page) => page.locator('[role="toolbar"]').first().locator("button[aria-pressed][data-framework]").allTextContents();

describe("logs and attribute headings in the reading view", () => {
	it("leaves a log of dinners as written, with no toolbar of dishes", async () => {
		const page = await session.open("dinner-log.md");
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/review-dinner-log-light.png" });
		expect(await page.locator(".markdown-preview-view table").count()).toBe(1);
		expect(await page.locator('[role="toolbar"]').count()).toBe(0);
	});

	it("gives the password managers their toggles under `## Cost and support`", async () => {
		const page = await session.open("password-managers-cost.md");
		await page.locator(".markdown-preview-view").screenshot({ path: "docs/screenshots/review-cost-and-support-light.png" });
		expect(await toolbarNames(page)).toEqual(["Bitwarden", "1Password", "KeePassXC"]);
		// Hiding one hides its row.
		await page.locator('[role="toolbar"] button[data-framework="1Password"]').first().click();
		await expect.poll(() => page.locator("tr:visible", { hasText: "1Password" }).count()).toBe(0);
	});
});
