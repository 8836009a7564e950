// Two readings built from a Spanish and a Korean vault note (tests/fixtures/real/ANNOTATING.md),
// each tested on made-up notes where it must and must not act:
// - a top-left cell heading the things compared down the rows of one table heads the same kind of
//   rows in another table, where one of them is a name the note has already found (same-corner);
// - a bare initialism after a spaced dash is part of a name, not a description (headOf).
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { headOf } from "../../../src/core/model/evidence/names";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a top-left cell that heads the things compared (same-corner)", () => {
	const sessions = (rows: string[]) =>
		lines(
			"# Cookies vs Redis vs Postgres",
			"",
			"Tres sitios posibles para la sesión de un usuario.",
			"",
			"| Opción | Dónde vive | Caduca | Escala |",
			"|---|---|---|---|",
			"| Cookies | navegador | con la cookie | sí |",
			"| Redis | memoria | por TTL | con réplicas |",
			"| Postgres | disco | a mano | con réplicas |",
			"",
			"## Latencia medida",
			"",
			"| Opción | Resultado |",
			"|---|---|",
			...rows,
		);

	it("reads a one-column table of results under the same top-left cell as the options measured", () => {
		const model = note(sessions(["| Cookies (firmadas) | casi nada, viaja con la petición |", "| Redis con réplicas | menos de un milisegundo |", "| Memcached (local) | menos de un milisegundo |", "| Postgres sin índice | unos milisegundos |"]));
		expect(model.tables[1]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toContain("Memcached");
	});

	it("says nothing when none of the rows is a name found elsewhere", () => {
		const model = note(sessions(["| caché fría | decenas de ms |", "| caché caliente | unos ms |", "| tras un despliegue | como la caché fría |"]));
		expect(model.tables[1]?.frameworkAxis).toBe("none");
	});

	it("says nothing for a top-left cell that heads the criteria of a matrix decided across", () => {
		const sections = lines(
			"# Databases",
			"",
			"| Criterion | Postgres | MySQL |",
			"|---|---|---|",
			"| Licence | PostgreSQL | GPL |",
			"| JSON | ✅ | ✅ |",
			"| Replication | ✅ | ✅ |",
			"",
			"| Criterion | Note |",
			"|---|---|",
			"| JSON | both store it, Postgres indexes it better |",
			"| Licence | read them before shipping |",
		);
		const model = note(sections);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.tables[1]?.frameworkAxis).toBe("none");
	});
});

describe("a bare initialism after a spaced dash", () => {
	it("is part of the name", () => {
		expect(headOf("Standard - IA")).toBe("Standard - IA");
		expect(headOf("One Zone – IA")).toBe("One Zone – IA");
	});

	it("leaves descriptions, words and joined names cut as before", () => {
		expect(headOf("Redis - in memory")).toBe("Redis");
		expect(headOf("Redis - Fast")).toBe("Redis");
		expect(headOf("OOJS + JQ")).toBe("OOJS");
	});

	it("keeps S3's storage classes apart from the class whose name they extend", () => {
		const classes = lines(
			"| Types | Standard | Standard - IA | One Zone - IA | Glacier |",
			"|---|---|---|---|---|",
			"| Availability | 99.99% | 99.9% | 99.5% | 99.99% |",
			"| Zones | ≥3 | ≥3 | 1 | ≥3 |",
			"| Minimum storage duration | none | 30 days | 30 days | 90 days |",
		);
		expect(note(classes).frameworks).toEqual(["Standard", "Standard - IA", "One Zone - IA", "Glacier"]);
	});
});
