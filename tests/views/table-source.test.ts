import { describe, expect, it } from "vitest";
import { splitPipeRow, tableSourceCells } from "../../src/views/table-source";

describe("table source cells", () => {
	it("splits a row on its pipes, keeping escaped pipes and code spans whole", () => {
		expect(splitPipeRow("| [[SQLite\\|embedded]] | `a | b` | **JAX** |")).toEqual(["[[SQLite\\|embedded]]", "`a | b`", "**JAX**"]);
		expect(splitPipeRow("JAX | 390 | N/A")).toEqual(["JAX", "390", "N/A"]);
	});

	it("reads the header and rows of the table at a line, padded to the header's width", () => {
		const text = ["# Note", "", "| A | B | C |", "|---|---|---|", "| 1 | 2 |", "| x | y | z | extra |", "", "after"].join("\n");
		expect(tableSourceCells(text, 3, 2, 3)).toEqual([
			["A", "B", "C"],
			["1", "2", ""],
			["x", "y", "z"],
		]);
	});

	it("gives null when the lines are not there", () => {
		expect(tableSourceCells("| A |\n|---|", 1, 3, 1)).toBeNull();
		expect(tableSourceCells("", 5, 0, 1)).toBeNull();
	});
});

describe("table source cells in awkward places", () => {
	it("reads a table inside a blockquote or callout", () => {
		expect(splitPipeRow("> | Framework | Speed |")).toEqual(["Framework", "Speed"]);
		expect(splitPipeRow("> > | JAX | 390 |")).toEqual(["JAX", "390"]);
	});

	it("treats a lone backtick as text, as markdown-it does", () => {
		expect(splitPipeRow("| JAX | 5` faster | 3 |")).toEqual(["JAX", "5` faster", "3"]);
		expect(splitPipeRow("| a | ``x | y`` | b |")).toEqual(["a", "``x | y``", "b"]);
	});
});
