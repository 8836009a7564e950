import { describe, expect, it } from "vitest";
import { noteFrameworksWord, transposedCorner } from "../../src/views/table-corner";

describe("transposedCorner", () => {
	it("names the written column titles once frameworks written down the side go across", () => {
		expect(transposedCorner({ written: "Framework", axis: "rows", isFramework: false }, "Framework")).toBe("Feature");
	});

	it("names the frameworks with the note's own word once they come down the side", () => {
		expect(transposedCorner({ written: "Use Case", axis: "columns", isFramework: false }, "Database")).toBe("Database");
		expect(transposedCorner({ written: "Use Case", axis: "columns", isFramework: false }, null)).toBe("Framework");
		expect(transposedCorner({ written: "Use Case", axis: "columns", isFramework: false }, "  ")).toBe("Framework");
	});

	it("leaves an empty corner empty, and a corner that is a framework's own title alone", () => {
		expect(transposedCorner({ written: " ", axis: "columns", isFramework: false }, "Framework")).toBeNull();
		expect(transposedCorner({ written: "Azure", axis: "columns", isFramework: true }, null)).toBeNull();
	});
});

describe("noteFrameworksWord", () => {
	it("is the corner of the first table listing the frameworks down its first column", () => {
		const tables = [
			{ header: ["Use Case", "JAX", "PyTorch"], frameworkAxis: "columns", nameColumn: 0 },
			{ header: ["Category", "Framework", "Stars"], frameworkAxis: "rows", nameColumn: 1 },
			{ header: ["", "Org"], frameworkAxis: "rows", nameColumn: 0 },
			{ header: ["Framework", "Org"], frameworkAxis: "rows", nameColumn: 0 },
		];
		expect(noteFrameworksWord(tables)).toBe("Framework");
		expect(noteFrameworksWord(tables.slice(0, 3))).toBeNull();
	});
});
