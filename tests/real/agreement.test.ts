// The second readings (tests/fixtures/second-reading) and how they are compared with the
// corpus's (./agreement.ts): each is of a corpus document, and a difference of either kind shows.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareReadings, readingAgreements } from "./agreement";
import { CORPUS_FOLDER } from "./corpus";

describe("two readings of one document", () => {
	it("agree when they list the same things, by any shared spelling, on the same axes", () => {
		const first = { frameworks: [["Vue", "Vue.js"], "React"], tables: [{ line: 3, axis: "columns" as const }] };
		expect(compareReadings("same", first, { frameworks: ["React", "vue.js"], tables: [{ line: 3, axis: "columns" }] }).agrees).toBe(true);
		const other = compareReadings("other", first, { frameworks: ["React", "Svelte"], tables: [{ line: 3, axis: "none" }, { line: 9, axis: "rows" }] });
		expect(other.agrees).toBe(false);
		expect(other.onlyFirst).toEqual(["Vue"]);
		expect(other.onlySecond).toEqual(["Svelte"]);
		expect(other.axes).toEqual([
			{ line: 3, kind: "table", first: "columns", second: "none" },
			{ line: 9, kind: "table", first: "unlisted", second: "rows" },
		]);
	});

	it("are read of corpus documents only", () => {
		const agreements = readingAgreements();
		expect(agreements.length).toBeGreaterThanOrEqual(50);
		for (const a of agreements) expect(existsSync(join(CORPUS_FOLDER, `${a.name}.md`)), a.name).toBe(true);
	});
});
