// Approval tests: every tests/fixtures/notes/<case>.md beside a
// <case>.expected.json must print exactly that JSON. The expected files were
// checked by hand; when one changes, read the diff before accepting it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

const folder = join(__dirname, "..", "fixtures", "notes");
const cases = readdirSync(folder)
	.filter((name) => name.endsWith(".expected.json"))
	.map((name) => name.slice(0, -".expected.json".length));

describe("inspect on the fixture notes", () => {
	it("has cases to run", () => {
		expect(cases.length).toBeGreaterThanOrEqual(4);
	});

	it.each(cases)("%s.md prints its expected JSON", async (name) => {
		const { code, out, err } = await runCli(["inspect", join(folder, `${name}.md`)]);
		expect(err).toBe("");
		expect(code).toBe(0);
		expect(out).toBe(readFileSync(join(folder, `${name}.expected.json`), "utf8"));
	});
});
