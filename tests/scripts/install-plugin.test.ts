// `npm run install-plugin -- VAULT`, run as a child process from a scratch copy
// of the repository whose "built" files are marked, so every byte it copies can
// be traced, and no test depends on a build having run.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepo, removeScratchFolders, run, scratchFolder, snapshot } from "./sandbox";

let repo: string;
const BUILT = {
	"main.js": "// main.js as built for this test\n",
	"styles.css": "/* styles.css as built for this test */\n",
};
const PLUGIN = join(".obsidian", "plugins", "framework-compare");

beforeAll(() => {
	repo = copyRepo(["scripts/install-plugin.mjs", "manifest.json"]);
	for (const [file, text] of Object.entries(BUILT)) writeFileSync(join(repo, file), text);
});
afterAll(removeScratchFolders);

const install = (...args: string[]) => run("node", [join(repo, "scripts", "install-plugin.mjs"), ...args]);

/** A folder laid out as the example vault is committed: `.obsidian/app.json` and a note. */
function vaultLikeExample(): string {
	const vault = scratchFolder("vault");
	mkdirSync(join(vault, ".obsidian"));
	writeFileSync(join(vault, ".obsidian", "app.json"), readFileSync(join(__dirname, "..", "..", "example-vault", ".obsidian", "app.json")));
	writeFileSync(join(vault, "Welcome.md"), "# Welcome\n");
	return vault;
}

function expectInstalled(vault: string, enabled: string[]): void {
	expect(readFileSync(join(vault, PLUGIN, "main.js"), "utf8")).toBe(BUILT["main.js"]);
	expect(readFileSync(join(vault, PLUGIN, "styles.css"), "utf8")).toBe(BUILT["styles.css"]);
	expect(readFileSync(join(vault, PLUGIN, "manifest.json"), "utf8")).toBe(readFileSync(join(repo, "manifest.json"), "utf8"));
	expect(JSON.parse(readFileSync(join(vault, ".obsidian", "community-plugins.json"), "utf8"))).toEqual(enabled);
}

describe("install-plugin", () => {
	it("installs into a vault laid out like the example vault and enables the plugin, leaving app.json alone", async () => {
		const vault = vaultLikeExample();
		const app = readFileSync(join(vault, ".obsidian", "app.json"), "utf8");
		const { code, out, err } = await install(vault);
		expect({ code, err }).toEqual({ code: 0, err: "" });
		expect(out).toContain("Installed framework-compare");
		expectInstalled(vault, ["framework-compare"]);
		expect(readFileSync(join(vault, ".obsidian", "app.json"), "utf8")).toBe(app);
	});

	it("keeps the plugins already enabled, and adds itself only once", async () => {
		const vault = vaultLikeExample();
		writeFileSync(join(vault, ".obsidian", "community-plugins.json"), '["dataview"]');
		expect((await install(vault)).code).toBe(0);
		expect((await install(vault)).code).toBe(0);
		expectInstalled(vault, ["dataview", "framework-compare"]);
	});

	it("refuses a folder that is not a vault, saying how to make it one, and writes nothing", async () => {
		const folder = scratchFolder("not-a-vault");
		writeFileSync(join(folder, "notes.md"), "# Notes\n");
		const before = snapshot(folder);
		const { code, out, err } = await install(folder);
		expect(code).toBe(1);
		expect(out).toBe("");
		expect(err).toMatch(/^install-plugin: .* is not an Obsidian vault \(it has no \.obsidian\/ folder\)\..*--create.*\n$/);
		expect(snapshot(folder)).toEqual(before);
	});

	it("makes a folder a vault only when asked with --create", async () => {
		const folder = scratchFolder("new-vault");
		const { code, err } = await install(folder, "--create");
		expect({ code, err }).toEqual({ code: 0, err: "" });
		expectInstalled(folder, ["framework-compare"]);
	});

	it.each([
		["not JSON", '["dataview",', /is not valid JSON; fix or delete it/],
		["not a list", '{"dataview": true}', /should be a list of plugin ids/],
		["a list of other things", '["dataview", 3]', /should be a list of plugin ids/],
	])("refuses a community-plugins.json that is %s before copying anything", async (_kind, text, message) => {
		const vault = vaultLikeExample();
		writeFileSync(join(vault, ".obsidian", "community-plugins.json"), text);
		const before = snapshot(vault);
		const { code, err } = await install(vault);
		expect(code).toBe(1);
		expect(err).toMatch(message);
		expect(err).toContain("Nothing was installed.");
		expect(err.trim().split("\n")).toHaveLength(1);
		expect(snapshot(vault)).toEqual(before);
	});

	it("refuses a missing folder and a missing build, writing nothing", async () => {
		const missing = await install(join(scratchFolder("gone"), "no-such-vault"));
		expect(missing.code).toBe(1);
		expect(missing.err).toMatch(/^install-plugin: no such folder: .*no-such-vault\n$/);

		const unbuilt = copyRepo(["scripts/install-plugin.mjs", "manifest.json"]);
		const vault = vaultLikeExample();
		const before = snapshot(vault);
		const result = await run("node", [join(unbuilt, "scripts", "install-plugin.mjs"), vault]);
		expect(result.code).toBe(1);
		expect(result.err).toBe("install-plugin: main.js, styles.css missing; run npm run build first.\n");
		expect(snapshot(vault)).toEqual(before);
	});

	it("prints its usage for --help and fails without a vault", async () => {
		const help = await install("--help");
		expect(help.code).toBe(0);
		expect(help.out).toContain("--create");
		const none = await install();
		expect(none.code).toBe(1);
		expect(none.err).toContain("Usage: npm run install-plugin -- VAULT");
	});
});
