import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareSortKeys, sortKeyOf } from "../../src/views/cell-value";
import { layoutTable, narrowToRows, shownGrid, SortKeys, type TableFacts } from "../../src/views/table-layout";

/** The seed's speed table, frameworks down the rows. */
const CELLS = [
	["Framework", "Speed", "License"],
	["JAX", "390", "Apache-2.0"],
	["PyTorch", "1.2k", "BSD"],
	["TensorFlow", "N/A", "Apache-2.0"],
];

function factsOf(cells: string[][], rowFramework: (string | null)[], columnFramework: (string | null)[]): TableFacts {
	return { width: cells[0].length, height: cells.length, text: (r, c) => cells[r]?.[c] ?? "", rowFramework, columnFramework };
}

const SEED = factsOf(CELLS, [null, "JAX", "PyTorch", "TensorFlow"], [null, null, null]);
const text = (r: number, c: number) => CELLS[r][c];

describe("layoutTable", () => {
	it("shows the table as written when nothing is chosen", () => {
		const layout = layoutTable(SEED, {}, () => false, new SortKeys(SEED));
		expect(shownGrid(layout, text)).toEqual(CELLS);
	});

	it("sorts by a column's values, N/A last either way, the header staying on top", () => {
		const up = layoutTable(SEED, { sort: { column: 1, direction: "ascending" } }, () => false, new SortKeys(SEED));
		expect(shownGrid(up, text).map((row) => row[0])).toEqual(["Framework", "JAX", "PyTorch", "TensorFlow"]);
		const down = layoutTable(SEED, { sort: { column: 1, direction: "descending" } }, () => false, new SortKeys(SEED));
		expect(shownGrid(down, text).map((row) => row[0])).toEqual(["Framework", "PyTorch", "JAX", "TensorFlow"]);
	});

	it("leaves out a hidden framework and a hidden column, and transposes them along", () => {
		const hidden = (name: string) => name === "PyTorch";
		const layout = layoutTable(SEED, { hiddenColumns: ["License"] }, hidden, new SortKeys(SEED));
		expect(shownGrid(layout, text)).toEqual([
			["Framework", "Speed"],
			["JAX", "390"],
			["TensorFlow", "N/A"],
		]);
		const transposed = layoutTable(SEED, { transposed: true, hiddenColumns: ["License"] }, hidden, new SortKeys(SEED));
		expect(shownGrid(transposed, text)).toEqual([
			["Framework", "JAX", "TensorFlow"],
			["Speed", "390", "N/A"],
		]);
	});

	it("hides the first column of a table without row labels with its framework", () => {
		const cells = [
			["Azure", "AWS", "Details"],
			["yes", "no", "x"],
		];
		const facts = factsOf(cells, [null, null], ["Azure", "AWS", null]);
		const layout = layoutTable(facts, {}, (name) => name === "Azure", new SortKeys(facts));
		expect(shownGrid(layout, (r, c) => cells[r][c])).toEqual([["AWS", "Details"], ["no", "x"]]);
	});

	it("narrows to the written rows a find matches, written or transposed, keeping the header", () => {
		const keep = (r: number) => CELLS[r]?.[2] === "Apache-2.0";
		const written = narrowToRows(layoutTable(SEED, {}, () => false, new SortKeys(SEED)), keep);
		expect(shownGrid(written, text).map((row) => row[0])).toEqual(["Framework", "JAX", "TensorFlow"]);
		const transposed = narrowToRows(layoutTable(SEED, { transposed: true }, () => false, new SortKeys(SEED)), keep);
		expect(shownGrid(transposed, text)[0]).toEqual(["Framework", "JAX", "TensorFlow"]);
	});

	const tables = fc
		.record({ width: fc.integer({ min: 1, max: 5 }), height: fc.integer({ min: 1, max: 12 }) })
		.chain(({ width, height }) =>
			fc.record({
				cells: fc.array(fc.array(fc.oneof(fc.constantFrom("N/A", "✓", "✗", "12k", "—", "a", "B"), fc.integer({ min: -50, max: 50 }).map(String)), { minLength: width, maxLength: width }), {
					minLength: height,
					maxLength: height,
				}),
				hiddenRows: fc.array(fc.boolean(), { minLength: height, maxLength: height }),
				sortColumn: fc.integer({ min: 0, max: Math.max(width, height) - 1 }),
				direction: fc.constantFrom("ascending" as const, "descending" as const),
			}),
		);

	it("transposing shows the transpose of what the written table shows, whatever is hidden (property)", () => {
		fc.assert(
			fc.property(tables, ({ cells, hiddenRows }) => {
				const names = cells.map((_, r) => (r > 0 ? `fw${r}` : null));
				const facts = factsOf(cells, names, cells[0].map(() => null));
				const isHidden = (name: string) => hiddenRows[Number(name.slice(2))] === true;
				const cellText = (r: number, c: number) => cells[r][c];
				const written = shownGrid(layoutTable(facts, {}, isHidden, new SortKeys(facts)), cellText);
				const transposed = shownGrid(layoutTable(facts, { transposed: true }, isHidden, new SortKeys(facts)), cellText);
				const flipped = written[0].map((_, c) => written.map((row) => row[c]));
				expect(transposed).toEqual(flipped);
			}),
		);
	});

	it("a sorted table keeps every row once, in the order of its sort keys, ties as written (property)", () => {
		fc.assert(
			fc.property(tables, ({ cells, sortColumn, direction }) => {
				const facts = factsOf(cells, cells.map(() => null), cells[0].map(() => null));
				const column = sortColumn % facts.width;
				const layout = layoutTable(facts, { sort: { column, direction } }, () => false, new SortKeys(facts));
				expect(layout.lines[0]).toBe(0);
				expect([...layout.lines].sort((a, b) => a - b)).toEqual(cells.map((_, r) => r));
				for (let d = 2; d < layout.lines.length; d++) {
					const a = layout.lines[d - 1];
					const b = layout.lines[d];
					const order = compareSortKeys(sortKeyOf(cells[a][column]), sortKeyOf(cells[b][column]), direction);
					expect(order < 0 || (order === 0 && a < b)).toBe(true);
				}
			}),
		);
	});
});

describe("a table whose headings stand in its first row, under a blank header row", () => {
	// How such a table reaches the view: markdown asks for a header row, so the note leaves it blank.
	const cells = [
		["", "", ""],
		["Method", "Speed", "License"],
		["JAX", "390", "Apache-2.0"],
		["PyTorch", "1.2k", "BSD"],
		["TensorFlow", "N/A", "Apache-2.0"],
	];
	const facts = { ...factsOf(cells, [null, null, "JAX", "PyTorch", "TensorFlow"], [null, null, null]), headingRows: 1 };
	const shown = (layout: ReturnType<typeof layoutTable>) => shownGrid(layout, (r, c) => cells[r][c]).map((row) => row[0]);

	it("keeps the row of headings on top, whichever way it sorts", () => {
		const up = layoutTable(facts, { sort: { column: 1, direction: "ascending" } }, () => false, new SortKeys(facts));
		expect(shown(up)).toEqual(["", "Method", "JAX", "PyTorch", "TensorFlow"]);
		const down = layoutTable(facts, { sort: { column: 0, direction: "descending" } }, () => false, new SortKeys(facts));
		expect(shown(down)).toEqual(["", "Method", "TensorFlow", "PyTorch", "JAX"]);
	});

	it("sorts the heading row along with the rest when nothing says it heads the table", () => {
		const plain = factsOf(cells, [null, null, "JAX", "PyTorch", "TensorFlow"], [null, null, null]);
		const down = layoutTable(plain, { sort: { column: 0, direction: "descending" } }, () => false, new SortKeys(plain));
		expect(shown(down)).toEqual(["", "TensorFlow", "PyTorch", "Method", "JAX"]);
	});
});
