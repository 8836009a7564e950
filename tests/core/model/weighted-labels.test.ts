// A decision matrix may write each criterion's weight into its label (`Performance (x2)`): the
// side of weighted labels is the criteria, and the things scored are across. Made-up notes,
// read through the whole note model as the plugin and the command line read them.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "weighted-labels" && e.score > 0)));

describe("criteria that carry their weights", () => {
	it("reads the frameworks across a matrix of stars whose criteria are weighted in their labels", () => {
		const matrix = lines(
			"| Critères (Score Max: 130) | Express | NestJS | Fastify | Koa |",
			"| --- | --- | --- | --- | --- |",
			"| **Performance (x2)** | ⭐⭐ | ⭐⭐ | ⭐⭐⭐⭐⭐ | ⭐⭐⭐ |",
			"| **Sécurité (x1.5)** | ⭐⭐ | ⭐⭐⭐⭐ | ⭐⭐⭐ | ⭐⭐ |",
			"| **DX - Developer Experience (x1.5)** | ⭐⭐⭐⭐ | ⭐⭐⭐ | ⭐⭐⭐⭐ | ⭐⭐⭐⭐ |",
			"| **Écosystème (x1)** | ⭐⭐⭐⭐⭐ | ⭐⭐⭐⭐ | ⭐⭐⭐ | ⭐⭐⭐ |",
		);
		expect(firedOn(matrix)).toEqual(["columns"]);
		expect(note(matrix).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(matrix).frameworks).toEqual(["Express", "NestJS", "Fastify", "Koa"]);
	});

	it("says nothing where both sides carry multipliers, or one label only does", () => {
		const both = lines("| Load | Node (x2) | Node (x4) |", "|---|---|---|", "| Light (x1) | 10 | 18 |", "| Heavy (x8) | 40 | 70 |");
		expect(firedOn(both)).toEqual([]);
		const one = lines("| Library | Speed | Size |", "|---|---|---|", "| zstd (x2) | 400 MB/s | 12 KB |", "| lz4 | 700 MB/s | 8 KB |", "| brotli | 90 MB/s | 30 KB |");
		expect(firedOn(one)).toEqual([]);
	});
});
