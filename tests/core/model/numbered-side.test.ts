// Versions of one name beside other names (src/core/model/evidence/version-family.ts) need a
// name standing alone on the side: where every label is a word and a number (`Bus 42`, `Tram 7`,
// `Bus 138`; `Salle 101`, `Amphi 3`) the side is numbered, lines or rooms, and the number is no
// version, unless a label writes what only a version is (a range, a point release). Made-up notes: sides of numbered things where the rule must stay silent, and names
// written with versions beside plain names, where it must still speak.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** The labels the version-family rule read as versions of a name. */
const versioned = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].names.filter((name) => name.evidence.some((e) => e.rule === "version-family")).map((name) => name.label)),
	);

describe("a side of numbered things has no versions", () => {
	it("reads no versions in bus and tram lines, and gives the timetable no toolbar (German note)", () => {
		const text = lines("# Zur Arbeit", "", "| Linie | Erste | Letzte | Takt |", "|---|---|---|---|", "| Bus 42 | 05:10 | 23:40 | 10 min |", "| Tram 7 | 04:55 | 00:30 | 8 min |", "| Bus 138 | 06:00 | 22:00 | 20 min |");
		expect(versioned(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("reads no versions in rooms of a timetable (French note)", () => {
		const text = lines("# Emploi du temps", "", "| Salle | Lundi | Mardi | Jeudi |", "|---|---|---|---|", "| Salle 101 | Maths | Physique | — |", "| Amphi 3 | Histoire | — | Chimie |", "| Salle 204 | — | Anglais | Maths |");
		expect(versioned(text)).toEqual([]);
	});

	it("reads no versions in metro lines with their stations (Spanish note)", () => {
		const text = lines("# Cómo llegar", "", "| Línea | Estación | Minutos |", "|---|---|---|", "| Metro 5 | Callao | 12 |", "| Metro 10 | Tribunal | 18 |", "| Bus 27 | Cibeles | 25 |");
		expect(versioned(text)).toEqual([]);
	});
});

describe("a name with versions beside plain names is still read as one name's versions", () => {
	it("reads Firefox's ranges of versions beside Safari and Chrome (German note)", () => {
		const text = lines("# Browserunterstützung", "", "| Browser | Unterstützt |", "|---|---|", "| Firefox 128 bis 131 | teilweise |", "| Firefox 132 und später | ja |", "| Safari | ja |", "| Chrome | ja |");
		expect(versioned(text)).toEqual(["Firefox 128 bis 131", "Firefox 132 und später"]);
	});

	it("reads two Python releases beside Node across the header", () => {
		const text = lines("| Feature | Python 3.12 | Python 3.13 | Node |", "|---|---|---|---|", "| Free threading | ✗ | ✓ | ✗ |", "| JIT | ✗ | ✓ | ✓ |", "| Pattern matching | ✓ | ✓ | ✗ |");
		expect(versioned(text)).toEqual(["Python 3.12", "Python 3.13"]);
	});

	it("reads point releases as versions where every label has a number", () => {
		const text = lines("| Feature | Python 3.12 | Python 3.13 | Node 22 |", "|---|---|---|---|", "| Free threading | ✗ | ✓ | ✗ |", "| JIT | ✗ | ✓ | ✓ |");
		expect(versioned(text)).toEqual(["Python 3.12", "Python 3.13"]);
	});

	it("reads ranges of versions as versions where every label has a number (German note)", () => {
		const text = lines("| Agent | Wert |", "|---|---|", "| Quokka 132 und später | `text/html` |", "| Quokka 128 bis 131 | `text/html,image/avif` |", "| Wombat 5 | `*/*` |", "| Numbat 131+ | `text/html,image/apng` |");
		expect(versioned(text)).toEqual(["Quokka 132 und später", "Quokka 128 bis 131"]);
	});

	it("reads releases of one database beside others down the rows (Italian note)", () => {
		const text = lines("# Database per il progetto", "", "| Database | Licenza | Repliche |", "|---|---|---|", "| PostgreSQL 15 | PostgreSQL | ✓ |", "| PostgreSQL 16 | PostgreSQL | ✓ |", "| SQLite | pubblico dominio | ✗ |", "| DuckDB | MIT | ✗ |");
		expect(versioned(text)).toEqual(["PostgreSQL 15", "PostgreSQL 16"]);
	});
});
