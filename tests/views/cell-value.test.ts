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

	it("reads scale suffixes as charts do: 12m is twelve million, 12ms twelve milliseconds", () => {
		expect(sorted(["12m", "900k", "12ms"])).toEqual(["12ms", "900k", "12m"]);
	});

	it("puts ---, none and TBD last like N/A", () => {
		expect(sorted(["TBD", "2", "---", "none", "1"])).toEqual(["1", "2", "TBD", "---", "none"]);
	});

	it("sorts checks as ✓, partial, ✗ (ascending), after numbers and before text", () => {
		expect(sorted(["❌", "Partial", "✅", "maybe", ":heavy_check_mark:", "N/A", "3"])).toEqual(["3", "✅", ":heavy_check_mark:", "Partial", "❌", "maybe", "N/A"]);
		expect(sorted(["❌", "Partial", "✅"], "descending")).toEqual(["❌", "Partial", "✅"]);
	});

	it("sorts ratings by their stars and versions naturally", () => {
		expect(sorted(["⭐⭐⭐", "⭐⭐⭐⭐⭐", "⭐"])).toEqual(["⭐", "⭐⭐⭐", "⭐⭐⭐⭐⭐"]);
		expect(sorted(["v1.10.0", "v1.9.2", "v1.2.0"])).toEqual(["v1.2.0", "v1.9.2", "v1.10.0"]);
	});
});
