// The version and the Obsidian it needs, told the same way everywhere:
// what Obsidian reads (manifest.json, versions.json), what npm reads, and
// what `framework-compare --version` prints.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/index";

const root = join(__dirname, "..", "..");
const json = (name: string) => JSON.parse(readFileSync(join(root, name), "utf8")) as Record<string, unknown>;

describe("versions", () => {
	it("prints the package's version, which manifest.json and versions.json give too", async () => {
		let out = "";
		expect(await main(["--version"], { out: (text) => (out += text), err: () => undefined })).toBe(0);
		const version = json("package.json").version as string;
		expect(out).toBe(`${version}\n`);
		expect(json("manifest.json").version).toBe(version);
		expect(json("versions.json")[version]).toBe(json("manifest.json").minAppVersion);
		expect(() => execFileSync("node", [join(root, "scripts/version.mjs"), "--check"], { encoding: "utf8" })).not.toThrow();
	});

	// The script type-checks the whole plugin (about 5 s of CPU alone), past vitest's 5 s default.
	it("asks for an Obsidian at least as new as every API the plugin calls (by obsidian.d.ts's @since)", { timeout: 60_000 }, () => {
		const out = execFileSync("node", [join(root, "scripts/api-versions.mjs"), "--check"], { encoding: "utf8" });
		expect(out).toContain(`minAppVersion ${json("manifest.json").minAppVersion as string} covers every API`);
	});
});
