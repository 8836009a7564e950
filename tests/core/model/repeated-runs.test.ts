// The repeated-labels rule (src/core/model/evidence/repeated-labels.ts): a side whose labels
// repeat holds scenarios or categories, but labels that repeat each in one run of rows are one
// thing's rows over the cases it was run in, as a benchmark's log writes them, and weigh less.
// Made-up notes, read through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** What repeated-labels said of the first table's rows. */
const onRows = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0]?.rows.evidence.find((e) => e.rule === "repeated-labels")?.score;

describe("labels repeated in runs", () => {
	it("reads query engines each run over several queries and threads down the rows (Spanish note)", () => {
		const text = lines(
			"# DuckDB frente a Polars",
			"",
			"Probamos DuckDB y Polars con el mismo fichero Parquet.",
			"",
			"| Motor | Consulta | Hilos | Tiempo (ms) |",
			"|---|---|--:|--:|",
			"| DuckDB | Q1 | 1 | 812 |",
			"| DuckDB | Q1 | 8 | 161 |",
			"| DuckDB | Q6 | 8 | 95 |",
			"| Polars | Q1 | 1 | 1040 |",
			"| Polars | Q1 | 8 | 230 |",
			"| Polars | Q6 | 8 | 120 |",
		);
		expect(onRows(text)).toBe(-0.5);
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(text).frameworks).toEqual(["DuckDB", "Polars"]);
	});

	it("still doubts labels that come back among one another: scenarios run for each tool", () => {
		const text = lines("| Step | Tool | Seconds |", "|---|---|--:|", "| install | npm | 31 |", "| build | npm | 12 |", "| install | pnpm | 9 |", "| build | pnpm | 11 |", "| install | yarn | 14 |");
		expect(onRows(text)).toBe(-2);
	});

	it("takes no run of missing marks for one thing's rows", () => {
		const text = lines("| Keys | Button | Does |", "|---|---|---|", "| f | ⛶ | full screen |", "| - | ⏺ | record |", "| - | ✎ | edit |", "| - | ⚙ | settings |", "| g | - | go to |");
		expect(onRows(text)).toBe(-2);
		expect(note(text).frameworks).toEqual([]);
	});

	it("leaves a shopping list grouped by category without a toolbar", () => {
		const text = lines("# Einkauf", "", "| Abteilung | Artikel | Menge |", "|---|---|--:|", "| Obst | Äpfel | 6 |", "| Obst | Bananen | 4 |", "| Gemüse | Karotten | 10 |", "| Gemüse | Lauch | 2 |", "| Kühlregal | Milch | 2 |");
		expect(note(text).frameworks).toEqual([]);
	});
});
