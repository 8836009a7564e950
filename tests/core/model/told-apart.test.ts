// What tells the labels apart is what the title sets against each other. Made-up notes
// written for the rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string, path = "note.md") => buildNoteModel({ path, text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const rulesOf = (text: string, path = "note.md") =>
	analyzeNote({ path, text }, NO_VAULT).explanation.map((group) => ({
		rows: group.rows.evidence.map((e) => e.rule),
		columns: group.columns.evidence.map((e) => e.rule),
	}));

describe("labels told apart by one word the title names", () => {
	const kinds = lines(
		"| Property | Structured DBs | Unstructured DBs |",
		"| --- | --- | --- |",
		"| Structure | Helps with complex queries | Easy to change as data changes |",
		"| Scaling | Scales up on one machine | Scales out over many machines |",
		"| Cost | Needs a strong server | Runs on modest machines |",
	);

	it("takes the side whose labels differ only in words the file's title sets against each other", () => {
		const model = note(kinds, "Structured vs Unstructured Databases.md");
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Structured DBs", "Unstructured DBs"]);
	});

	it("finds the words in a heading too, in a note of another script", () => {
		const text = lines("## 选 CLI 还是 IDE", "", "| 维度 | AI IDE 工具 | AI CLI 工具 |", "| --- | --- | --- |", "| 交互方式 | 图形界面 | 终端命令 |", "| 人的参与 | 逐行审核 | 结果验收 |", "| 典型场景 | 日常编码 | 大规模重构 |");
		expect(rulesOf(text)[0]?.columns).toContain("told-apart");
		expect(note(text).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("says nothing when the title does not name the telling words", () => {
		expect(rulesOf(kinds, "Databases.md")[0]?.columns).not.toContain("told-apart");
		expect(note(kinds, "Databases.md").tables[0]?.frameworkAxis).toBe("none");
	});

	it("leaves a grid of figures to how its values run: read and write throughput stay measures", () => {
		const text = lines(
			"| Database | Read throughput | Write throughput |",
			"| --- | --- | --- |",
			"| [PostgreSQL](https://postgresql.org) | 42,000 | 18,000 |",
			"| [MySQL](https://mysql.com) | 38,500 | 21,000 |",
			"| [SQLite](https://sqlite.org) | 71,200 | 9,400 |",
		);
		expect(rulesOf(text, "Read vs write throughput.md")[0]?.columns).not.toContain("told-apart");
		const model = note(text, "Read vs write throughput.md");
		expect(model.frameworks).not.toContain("Read throughput");
	});

	it("leaves an ordinary feature matrix and a sectioned one as they were", () => {
		const matrix = lines(
			"# Postgres vs MySQL",
			"",
			"| Criterion | Postgres | MySQL |",
			"| --- | --- | --- |",
			"| Min version | 12 | 8.0 |",
			"| JSON support | Native, indexed | Native |",
			"| Replication | Streaming, logical | Binlog |",
			"",
			"| Criterion | MongoDB | CouchDB |",
			"| --- | --- | --- |",
			"| Query language | MQL | Mango, views |",
			"| Replication | Replica sets | Multi-master |",
		);
		const model = note(matrix);
		expect(model.tables.map((t) => t.frameworkAxis)).toEqual(["columns", "columns"]);
		expect(rulesOf(matrix).flatMap((g) => [...g.rows, ...g.columns])).not.toContain("told-apart");
	});

	it("says nothing when both sides are told apart by words the title names", () => {
		const text = lines("| | Open format | Closed format |", "| --- | --- | --- |", "| Open source | yes, always | rarely |", "| Closed source | sometimes | mostly |", "| Mixed source | often | seldom |");
		const both = rulesOf(text, "Open vs closed, source vs format, mixed.md")[0];
		expect(both?.columns).not.toContain("told-apart");
		expect(both?.rows).not.toContain("told-apart");
	});

	// The review of issue 12's rules: labels in sentence case are phrases describing two columns.
	it("says nothing of labels in sentence case: the values before and after a change are no kinds compared", () => {
		const settings = lines("# Old and new settings", "", "| Setting | Old value | New value |", "| --- | --- | --- |", "| Theme | light | dark |", "| Font | Inter | iA Writer Quattro |", "| Line width | readable | full |");
		expect(note(settings).frameworks).toEqual([]);
		expect(rulesOf(settings).flatMap((g) => [...g.rows, ...g.columns])).not.toContain("told-apart");
	});
});
