// The best-marked rule (src/core/model/evidence/best-marked.ts): a benchmark that marks the best
// value of each line in bold sets rivals apart, so the side across the marked lines holds the
// things compared, in whatever case they are written. Made-up notes, where it must fire and
// where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => [...group.rows.evidence, ...group.columns.evidence].some((e) => e.rule === "best-marked"));

describe("the best value of each line in bold marks the rivals (best-marked)", () => {
	it("reads lower-case tools across when each row's lowest time is in bold", () => {
		const bench = lines("# Parsing JSON", "", "| file | simdjson | serde | yyjson |", "|---|---|---|---|", "| twitter | **0.9** | 2.1 | 1.0 |", "| canada | 3.2 | 4.0 | **2.8** |", "| citm | **1.1** | 2.5 | 1.3 |", "| mesh | 1.9 | 2.2 | **1.7** |");
		expect(fired(bench)).toBe(true);
		expect(note(bench).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(bench).frameworks).toEqual(["simdjson", "serde", "yyjson"]);
	});

	it("reads tools down the rows when each column's highest score is in bold, in a French note", () => {
		const scores = lines("## Résultats (plus haut est mieux)", "", "| outil | petit | moyen | grand |", "|---|---|---|---|", "| brotli | **91 %** | 82 % | 79 % |", "| zstd | 87 % | **89 %** | **84 %** |", "| xz | 88 % | 86 % | 81 % |");
		expect(fired(scores)).toBe(true);
		expect(note(scores).tables[0]?.frameworkAxis).toBe("rows");
	});

	it("reads engines across under numbered queries in a German note, ties in bold both", () => {
		const queries = lines("# Abfragen", "", "| Abfrage | duckdb | sqlite | postgres |", "|---|---|---|---|", "| A | **120 ms** | 1400 ms | 800 ms |", "| B | **300 ms** | 2100 ms | **300 ms** |", "| C | 900 ms | 950 ms | **500 ms** |", "| D | **450 ms** | 3200 ms | 1700 ms |");
		expect(fired(queries)).toBe(true);
		expect(note(queries).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("leaves out a column of input sizes beside the rivals, whose values beat the marked best (`n`), and takes the versions off (`jq-1.8.1`)", () => {
		const bench = lines("| Benchmark | n | jaq-3.0 | jq-1.8.1 | gojq-0.12.18 |", "|---|---|---|---|---|", "| `empty` | 512 | 410 | 430 | **270** |", "| `sort` | 1048576 | **90** | 430 | 550 |", "| `ack` | 7 | 570 | **490** | 540 |", "| `tree` | 17 | 700 | 330 | **10** |", "| `paths` | 17 | **140** | 230 | 780 |", "| `cumsum` | 1048576 | **240** | 250 | 510 |");
		expect(fired(bench)).toBe(true);
		expect(note(bench).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(bench).frameworks).toEqual(["jaq", "jq", "gojq"]);
	});

	it("says nothing of a bold total row or a column all in bold (the one recommended)", () => {
		const budget = lines("| Posten | Jan | Feb | Mär |", "|---|---|---|---|", "| Miete | 900 | 900 | 900 |", "| Essen | 310 | 280 | 330 |", "| Strom | 60 | 55 | 58 |", "| **Summe** | **1270** | **1235** | **1288** |");
		expect(fired(budget)).toBe(false);
		expect(note(budget).tables[0]?.frameworkAxis).toBe("none");
		const plan = lines("| | Basic | Plus | Pro |", "|---|---|---|---|", "| Price | 5 | **9** | 19 |", "| Users | 1 | **5** | 20 |", "| Storage | 10 | **50** | 200 |");
		expect(fired(plan)).toBe(false);
	});

	it("says nothing of words in bold in a feature grid, nor of a log that marks one record", () => {
		const features = lines("| Feature | A | B | C |", "|---|---|---|---|", "| Sync | **Yes** | No | Yes |", "| Export | Yes | **Yes** | No |", "| Themes | No | Yes | **Yes** |");
		expect(fired(features)).toBe(false);
		const log = lines("| Datum | Distanz | Zeit |", "|---|---|---|", "| 01.05. | 5 km | 28:10 |", "| 08.05. | 5 km | **26:40** |", "| 15.05. | 10 km | 58:00 |");
		expect(fired(log)).toBe(false);
		expect(note(log).tables[0]?.frameworkAxis).toBe("none");
	});

	it("says nothing where the bold is not the best of its line (a highlight, not a winner)", () => {
		const highlights = lines("| Stadt | 2022 | 2023 | 2024 |", "|---|---|---|---|", "| Lisboa | 10 | **12** | 15 |", "| Porto | **8** | 9 | 7 |", "| Braga | 5 | 6 | **5** |");
		expect(fired(highlights)).toBe(false);
	});
});
