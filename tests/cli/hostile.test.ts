// The command line on every note of the hostile corpus, each in a vault of its
// own: it exits 0 and prints one note's model as JSON. A note that hangs it fails
// on the test's timeout; how fast it reads is the benchmarks' business, and whether
// its time grows with the note is tests/core/linear-time.test.ts's.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

const CORPUS = join(import.meta.dirname, "..", "fixtures", "hostile");
const NOTES = readdirSync(CORPUS).filter((name) => name.endsWith(".md")).sort();
const vaults: string[] = [];

afterAll(() => {
	for (const vault of vaults) rmSync(vault, { recursive: true, force: true });
});

describe("framework-compare inspect on the hostile corpus", () => {
	it.each(NOTES)("%s", { timeout: 15_000 }, async (note) => {
		const vault = mkdtempSync(join(tmpdir(), "fc-hostile-"));
		vaults.push(vault);
		copyFileSync(join(CORPUS, note), join(vault, note));
		const { code, out, err } = await runCli(["inspect", join(vault, note)]);
		expect(err).toBe("");
		expect(code).toBe(0);
		const model = JSON.parse(out) as { path: string; problems: unknown[] };
		expect(model.path).toBe(note);
		expect(Array.isArray(model.problems)).toBe(true);
	});
});
