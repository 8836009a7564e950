// The dated-lines rule (src/core/model/evidence/dated-lines.ts): a field of days (three or more,
// within one year) says its lines are the entries of a log, a plan or an inventory, not things
// compared, and the field itself is a record's field. Made-up notes, where it must fire and where
// it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** The side the rule spoke most against (its lines carry days), per table, or null. */
const dated = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.map((group) =>
		(["rows", "columns"] as const).find((side) => group[side].evidence.some((e) => e.rule === "dated-lines" && e.score <= -1)) ?? null,
	);

describe("lines carrying a day are a log's entries (dated-lines)", () => {
	it("reads a Dutch plant log with two columns of days as no comparison", () => {
		const plants = lines("# Kamerplanten", "", "| Plant | Laatst water | Volgende keer |", "|---|---|---|", "| Monstera | 2024-06-02 | 2024-06-09 |", "| Calathea | 2024-06-04 | 2024-06-07 |", "| Pilea | 2024-06-03 | 2024-06-08 |");
		expect(dated(plants)).toEqual(["rows"]);
		expect(note(plants).frameworks).toEqual([]);
	});

	it("reads German tasks with day-first due dates as no comparison", () => {
		const tasks = lines("## Aufgaben", "", "| Person | Aufgabe | Frist |", "|---|---|---|", "| Jana | Flyer drucken | 20.09.2024 |", "| Olaf | Saal buchen | 30.09.2024 |", "| Mia | Kasse prüfen | 5.10.2024 |");
		expect(dated(tasks)).toEqual(["rows"]);
		expect(note(tasks).tables[0]?.frameworkAxis).toBe("none");
	});

	it("reads a row of days across as the columns being entries (a shopping log by visit)", () => {
		const visits = lines("| | Visit 1 | Visit 2 | Visit 3 |", "|---|---|---|---|", "| Date | 2024-03-02 | 2024-03-09 | 2024-03-16 |", "| Spent | €42 | €38 | €51 |");
		expect(dated(visits)).toEqual(["columns"]);
	});

	it("says nothing of phones compared with release days years apart", () => {
		const phones = lines("# Phones", "", "| Phone | Released | Price |", "|---|---|---|", "| Pixel 6 | 2021-10-28 | €649 |", "| iPhone 13 | 2021-09-24 | €899 |", "| Galaxy S23 | 2023-02-17 | €949 |");
		expect(dated(phones)).toEqual([null]);
		expect(note(phones).tables[0]?.frameworkAxis).toBe("rows");
	});

	it("says nothing of two products' end-of-life days (two days are no log)", () => {
		const runtimes = lines("| Feature | Node 18 | Node 20 |", "|---|---|---|", "| Test runner | ✅ | ✅ |", "| Permission model | ❌ | experimental |", "| End of life | 2025-04-30 | 2026-04-30 |");
		expect(dated(runtimes)).toEqual([null]);
		expect(note(runtimes).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("says nothing of flights compared on one day (one choice's day, not a log's entries)", () => {
		const flights = lines("# Flights to Lisbon", "", "| Flight | Day | Departs | Price |", "|---|---|---|---|", "| TP 573 | 2025-04-18 | 07:10 | €189 |", "| FR 1234 | 2025-04-18 | 09:45 | €79 |", "| U2 7781 | 2025-04-18 | 13:20 | €112 |");
		expect(dated(flights)).toEqual([null]);
		expect(note(flights).tables[0]?.frameworkAxis).toBe("rows");
	});

	it("says nothing of a Spanish gyms comparison whose hours are times, not days", () => {
		const gyms = lines("# Gimnasios", "", "| Gimnasio | Cuota | Horario |", "|---|---|---|", "| Basic-Fit | 24,99 € | 7:00–22:30 |", "| Dreamfit | 34,90 € | 6:00–24:00 |", "| Holmes Place | 79 € | 6:30–23:00 |");
		expect(dated(gyms)).toEqual([null]);
	});

	it("leaves linked libraries compared though their last releases fall within one year", () => {
		const libraries = lines(
			"# Date libraries",
			"",
			"| Library | Size | Last release |",
			"|---|---|---|",
			"| [date-fns](https://github.com/date-fns/date-fns) | 17 kB | 2024-09-17 |",
			"| [Luxon](https://github.com/moment/luxon) | 23 kB | 2024-08-03 |",
			"| [Day.js](https://github.com/iamkun/dayjs) | 3 kB | 2024-05-02 |",
		);
		expect(dated(libraries)).toEqual(["rows"]);
		expect(note(libraries).tables[0]?.frameworkAxis).toBe("rows");
	});
});
