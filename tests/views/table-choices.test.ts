import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applicableTableChoices, type TableShape } from "../../src/views/table-choices";

// The seed's ecosystem table: three columns, a header and three framework rows.
const SHAPE: TableShape = { width: 3, height: 4, labels: ["Primary Research Org", "High-level APIs"] };

describe("applicableTableChoices", () => {
	it("keeps choices that fit the table and drops nothing", () => {
		const saved = { transposed: true, hiddenColumns: ["High-level APIs"], sort: { column: 3, direction: "ascending" as const } };
		expect(applicableTableChoices(saved, SHAPE)).toEqual({ choices: saved, dropped: null });
		expect(applicableTableChoices({}, SHAPE)).toEqual({ choices: {}, dropped: null });
	});

	it("drops a sort by a column the table does not have, written or transposed", () => {
		for (const column of [-1, 0.5, 3, 1e9, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(applicableTableChoices({ sort: { column, direction: "ascending" } }, SHAPE), String(column)).toEqual({ choices: {}, dropped: { sort: undefined } });
		}
		expect(applicableTableChoices({ transposed: true, sort: { column: 4, direction: "ascending" } }, SHAPE).dropped).toEqual({ sort: undefined });
		expect(applicableTableChoices({ transposed: true, sort: { column: 3, direction: "descending" } }, SHAPE).dropped).toBeNull();
	});

	it("drops hidden columns the table does not have, keeping the ones it has, in their order", () => {
		expect(applicableTableChoices({ hiddenColumns: ["High-level APIs", "Gone", "Primary Research Org", "High-level APIs"] }, SHAPE)).toEqual({
			choices: { hiddenColumns: ["High-level APIs", "Primary Research Org"] },
			dropped: { hiddenColumns: ["High-level APIs", "Primary Research Org"] },
		});
		expect(applicableTableChoices({ hiddenColumns: ["Gone"] }, SHAPE)).toEqual({ choices: {}, dropped: { hiddenColumns: undefined } });
	});

	it("whatever it is given, applies only a sort it can apply and only labels the table has (property)", () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (saved, width, height) => {
				const shape = { width, height, labels: ["a", "b"] };
				const { choices, dropped } = applicableTableChoices((typeof saved === "object" && saved !== null ? saved : {}) as never, shape);
				if (choices.sort) {
					expect(Number.isInteger(choices.sort.column)).toBe(true);
					expect(choices.sort.column).toBeGreaterThanOrEqual(0);
					expect(choices.sort.column).toBeLessThan(choices.transposed ? height : width);
				}
				for (const label of choices.hiddenColumns ?? []) expect(shape.labels).toContain(label);
				// What is dropped and what is applied never overlap.
				for (const key of Object.keys(dropped ?? {})) if (key !== "hiddenColumns") expect(choices).not.toHaveProperty(key);
			}),
			{ numRuns: 1000 },
		);
	});
});
