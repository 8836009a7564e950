// A decision matrix's weights (src/core/model/evidence/weight-column.ts): a column whose numbers
// times each thing's scores give their weighted values is a key of the criteria, not a thing.
// Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const weights = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => group.columns.names.filter((n) => n.evidence.some((e) => e.rule === "weight-column")).map((n) => n.label));

describe("a column that weighs the scores beside it (weight-column)", () => {
	it("reads Gewichtung as the criteria's weights, not a generator", () => {
		const text = lines(
			"# Nutzwertanalyse",
			"",
			"| Kriterium | Gewichtung | Hugo (Bewertung) | Hugo (gewichtet) | Jekyll (Bewertung) | Jekyll (gewichtet) |",
			"|---|---|---|---|---|---|",
			"| Markdown | 5 | 5 | 25 | 4 | 20 |",
			"| Geschwindigkeit | 4 | 5 | 20 | 2 | 8 |",
			"| Einfachheit | 3 | 2 | 6 | 4 | 12 |",
			"| Vorwissen | 2 | 0 | 0 | 5 | 10 |",
		);
		expect(weights(text)).toEqual(["Gewichtung"]);
		expect(note(text).frameworks).not.toContain("Gewichtung");
	});

	it("says nothing of a benchmark whose numbers multiply nothing", () => {
		const text = lines("# Runtimes", "", "| Test | Node | Deno | Bun |", "|---|---|---|---|", "| startup | 40 | 25 | 8 |", "| http | 61 | 93 | 118 |", "| fs | 12 | 10 | 6 |");
		expect(weights(text)).toEqual([]);
	});
});
