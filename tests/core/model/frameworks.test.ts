import { describe, expect, it } from "vitest";
import { detectFrameworks, type LabelGroup } from "../../../src/core/model/frameworks";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";
import { VaultIndex } from "../../../src/core/vault/vault-index";

const table = (corner: string, columns: string[], rows: string[]): LabelGroup => ({ cornerLabel: corner, columnLabels: columns, rowLabels: rows });
const noHints = { declared: null, subjects: [], linked: [] };

describe("detectFrameworks", () => {
	const seedGroups = [
		table("Framework", ["Core Philosophy", "Programming Paradigm", "Execution Model"], ["JAX", "PyTorch", "TensorFlow"]),
		table("Framework", ["NVIDIA V100", "NVIDIA A100", "TPU v4-8"], ["JAX/Flax", "PyTorch", "TensorFlow"]),
		table("Framework", ["Primary Research Org", "High-level APIs", "Production Deployment"], ["JAX", "PyTorch", "TensorFlow"]),
		table("Use Case", ["Recommended Framework", "Rationale"], ["ML Research", "Production Services", "High-Performance Computing", "Education/Learning"]),
	];

	it("finds the seed's frameworks from names recurring across tables and the chart, with no vault", () => {
		const result = detectFrameworks(seedGroups, noHints, NO_VAULT);
		expect(result.frameworks).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		expect(result.groups.map((g) => g.axis)).toEqual(["rows", "rows", "rows", "none"]);
		expect(result.groups[1]?.frameworks).toEqual(["JAX", "PyTorch", "TensorFlow"]);
	});

	it("finds frameworks as column headers of a single table when the title names them", () => {
		const groups = [table("Feature", ["PostgreSQL", "MySQL", "SQLite"], ["License", "Max DB size", "JSON support"])];
		const result = detectFrameworks(groups, { declared: null, subjects: ["PostgreSQL vs MySQL vs SQLite"], linked: [] }, NO_VAULT);
		expect(result).toEqual({ frameworks: ["PostgreSQL", "MySQL", "SQLite"], groups: [{ axis: "columns", frameworks: ["PostgreSQL", "MySQL", "SQLite"], labelFrameworks: ["PostgreSQL", "MySQL", "SQLite"] }] });
	});

	it("uses vault notes and their aliases as evidence, and names a framework as the note writes it", () => {
		const vault = VaultIndex.build([
			{ path: "DB/PostgreSQL.md", aliases: ["Postgres"] },
			{ path: "DB/MySQL.md", aliases: [] },
		]);
		const groups = [table("Database", ["Inserts/sec", "Connections"], ["Postgres", "MySQL"])];
		const result = detectFrameworks(groups, noHints, vault);
		expect(result.groups).toEqual([{ axis: "rows", frameworks: ["Postgres", "MySQL"], labelFrameworks: ["Postgres", "MySQL"] }]);
	});

	it("maps each label to its framework, an alias row to the framework another table names", () => {
		const vault = VaultIndex.build([
			{ path: "DB/PostgreSQL.md", aliases: ["Postgres"] },
			{ path: "DB/MySQL.md", aliases: [] },
			{ path: "DB/SQLite.md", aliases: [] },
		]);
		const groups = [
			table("Feature", ["PostgreSQL", "MySQL", "SQLite"], ["License", "Typing"]),
			table("Database", ["Inserts/sec"], ["Postgres", "MySQL", "SQLite"]),
		];
		const result = detectFrameworks(groups, noHints, vault);
		expect(result.frameworks).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
		expect(result.groups[1]).toEqual({ axis: "rows", frameworks: ["PostgreSQL", "MySQL", "SQLite"], labelFrameworks: ["PostgreSQL", "MySQL", "SQLite"] });
	});

	it("falls back on the first header cell when a lone table gives no other evidence", () => {
		const byColumns = detectFrameworks([table("Criterion", ["Vue", "Svelte"], ["Bundle size", "Learning curve"])], noHints, NO_VAULT);
		const byRows = detectFrameworks([table("Library", ["Stars", "License"], ["React", "Preact", "Solid"])], noHints, NO_VAULT);
		expect(byColumns.frameworks).toEqual(["Vue", "Svelte"]);
		expect(byRows.groups[0]?.axis).toBe("rows");
		expect(detectFrameworks([table("Step", ["Time"], ["Install", "Build"])], noHints, NO_VAULT).frameworks).toEqual([]);
	});

	it("lets the frontmatter list decide the names and their order", () => {
		const result = detectFrameworks(seedGroups, { declared: ["TensorFlow", "JAX"], subjects: [], linked: [] }, NO_VAULT);
		expect(result.frameworks).toEqual(["TensorFlow", "JAX"]);
		// PyTorch is not in the list, so its row belongs to no framework.
		expect(result.groups[1]).toEqual({ axis: "rows", frameworks: ["JAX", "TensorFlow"], labelFrameworks: ["JAX", null, "TensorFlow"] });
	});

	it("does not take a name for a framework because it recurs on the other side of a chart", () => {
		// "Vue vs React vs Svelte": the chart compares bundlers per framework, and a small table lists two bundlers.
		const groups = [
			table("Aspect", ["Vue", "React", "Svelte"], ["First release", "Reactivity"]),
			table("Framework", ["Vite", "Webpack", "esbuild"], ["Vue", "React", "Svelte"]),
			table("Tool", ["Note"], ["Vite", "esbuild"]),
		];
		const result = detectFrameworks(groups, { declared: null, subjects: ["Vue vs React vs Svelte"], linked: [] }, NO_VAULT);
		expect(result.frameworks).toEqual(["Vue", "React", "Svelte"]);
		expect(result.groups.map((g) => g.axis)).toEqual(["columns", "rows", "none"]);
	});

	it("does not count generic words that recur, such as an Average row", () => {
		const groups = [table("Benchmark", ["Go", "Rust"], ["Parse", "Average"]), table("Benchmark", ["Go", "Rust"], ["Serialize", "Average"])];
		const result = detectFrameworks(groups, noHints, NO_VAULT);
		expect(result.frameworks).toEqual(["Go", "Rust"]);
		expect(result.groups.map((g) => g.axis)).toEqual(["columns", "columns"]);
	});
});
