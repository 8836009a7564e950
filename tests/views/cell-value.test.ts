import { describe, expect, it } from "vitest";
import { compareSortKeys, sortKeyOf } from "../../src/views/cell-value";

const sorted = (cells: string[], direction: "ascending" | "descending" = "ascending") =>
	[...cells].sort((a, b) => compareSortKeys(sortKeyOf(a), sortKeyOf(b), direction));

describe("sorting cells", () => {
	it("orders numbers by value, thousands separators and decimals included", () => {
		expect(sorted(["12,000", "1,250", "980", "1,250.5"])).toEqual(["980", "1,250", "1,250.5", "12,000"]);
		expect(sorted(["0.92 ms", "0.21 ms", "0.04 ms"])).toEqual(["0.04 ms", "0.21 ms", "0.92 ms"]);
		expect(sorted(["2k", "950", "1.5M"])).toEqual(["950", "2k", "1.5M"]);
	});

	it("puts missing values last in both directions", () => {
		for (const missing of ["N/A", "—", "-", "", "n/a"]) {
			expect(sorted(["3", missing, "1"])).toEqual(["1", "3", missing]);
			expect(sorted(["3", missing, "1"], "descending")).toEqual(["3", "1", missing]);
		}
	});

	it("orders text naturally and case-insensitively, after numbers", () => {
		expect(sorted(["beta", "Alpha", "v10", "v9", "42"])).toEqual(["42", "Alpha", "beta", "v9", "v10"]);
		expect(sorted(["beta", "Alpha", "42"], "descending")).toEqual(["beta", "Alpha", "42"]);
	});

	it("reads negative numbers and signs", () => {
		expect(sorted(["-3", "+2", "-10"])).toEqual(["-10", "-3", "+2"]);
		expect(sortKeyOf("~1,200 req/s")).toEqual({ kind: "number", value: 1200 });
	});
});
