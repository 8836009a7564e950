// Cases a benchmark ran against periods of a record (src/core/model/evidence/cases-measured.ts):
// a measure differs from case to case, while an amount recorded per period (a fee each quarter,
// a dose each week) keeps its value along the series. Where most lines keep one value through
// three quarters of the numbered series at least, the series is periods, and cases-measured says
// nothing. Made-up notes: periods it must hold back on, and benchmarks it must still read.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "cases-measured")));

describe("amounts recorded per period are no cases measured (cases-measured)", () => {
	it("holds back on bills paid each quarter, one spelled as a product", () => {
		const text = lines("# Household 2025", "", "| Bill | Q1 | Q2 | Q3 | Q4 |", "|---|---|---|---|---|", "| Rent | 2400 | 2400 | 2400 | 2460 |", "| Power | 210 | 210 | 210 | 210 |", "| YouTube Premium | 41.97 | 41.97 | 41.97 | 41.97 |");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("holds back on doses numbered down the rows, in another language", () => {
		const text = lines("# Tierarzt", "", "| Woche | Bello | MiezeKatze |", "|---|---|---|", "| Woche 1 | 5 | 2 |", "| Woche 2 | 5 | 2 |", "| Woche 3 | 5 | 2 |", "| Woche 4 | 5 | 1 |");
		expect(firedOn(text)).toEqual([]);
	});

	it("holds back on a tariff kept per numbered period with units", () => {
		const text = lines("# Phone plans", "", "| Plan | Period 1 | Period 2 | Period 3 |", "|---|---|---|---|", "| SimplyMobile | 12 € | 12 € | 12 € |", "| Mint | 15 € | 15 € | 15 € |");
		expect(firedOn(text)).toEqual([]);
	});

	it("still reads benchmarks whose cases cost each their own, a value or two repeating", () => {
		const queries = lines("# Engines", "", "| Query | DuckDB | SQLite | ClickHouse |", "|---|---|---|---|", "| Q1 | 0.12 | 1.40 | 0.12 |", "| Q2 | 0.30 | 2.10 | 0.25 |", "| Q3 | 0.08 | 0.90 | 0.11 |", "| Q4 | 0.45 | 3.20 | 0.40 |");
		expect(firedOn(queries)).toEqual(["columns"]);
		expect(note(queries).frameworks).toEqual(["DuckDB", "SQLite", "ClickHouse"]);
		const runs = lines("# Runs", "", "| Engine | Run 1 | Run 2 | Run 3 |", "|---|---|---|---|", "| V8 | 41 ms | 40 ms | 41 ms |", "| SpiderMonkey | 55 ms | 54 ms | 57 ms |", "| JavaScriptCore | 46 ms | 47 ms | 46 ms |");
		expect(firedOn(runs)).toEqual(["rows"]);
		expect(note(runs).frameworks).toEqual(["V8", "SpiderMonkey", "JavaScriptCore"]);
	});

	it("still reads a benchmark whose timings are rounded coarsely, one tool's repeating twice", () => {
		const text = lines("# Image resize", "", "| Photo | libvips | ImageMagick | Sharp |", "|---|---|---|---|", "| test 1 | 0.2 | 1.1 | 0.3 |", "| test 2 | 0.2 | 1.4 | 0.4 |", "| test 3 | 0.3 | 0.9 | 0.3 |", "| test 4 | 0.4 | 1.2 | 0.5 |");
		expect(firedOn(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual(["libvips", "ImageMagick", "Sharp"]);
	});
});
