// An initialism run into a word (`SQLite`, `OAuth`) is spelled as products are
// (src/core/model/evidence/name-shape.ts); a plural initialism (`APIs`, `CPUs`) is not. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const shaped = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].names.filter((n) => n.evidence.some((e) => e.rule === "name-shape")).map((n) => n.label)),
	);

describe("an initialism run into a word is a brand's spelling", () => {
	it("gives three databases rated in French words their toolbar", () => {
		const text = lines(
			"## Comparatif des SGBDR",
			"",
			"| Critères | PostgreSQL | MySQL | SQLite |",
			"|---|---|---|---|",
			"| **Rapidité** | Bon | Bon | Moyen |",
			"| **Popularité** | Excellent | Excellent | Bon |",
			"| **Maturité** | Excellent | Excellent | Excellent |",
			"| **Communauté GitHub** | Excellent | Excellent | Moyen |",
		);
		expect(shaped(text)).toContain("SQLite");
		expect(note(text).frameworks).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
	});

	it("does not read a plural initialism as a brand", () => {
		const text = lines("# Limits", "", "| Plan | APIs | CPUs | GPUs |", "|---|---|---|---|", "| Free | 3 | 1 | 0 |", "| Pro | 20 | 4 | 1 |");
		expect(shaped(text)).toEqual([]);
	});
});
