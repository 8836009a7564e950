// Two columns set against each other (src/core/model/evidence/head-to-head.ts): a column that writes
// how far one column's numbers lie from another's, as a change in percent or a ratio marked ×, makes
// those two columns two things measured alike, and is itself no thing. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** The labels each of the rule's two findings was given to, in the note's first table. */
const roles = (text: string) => {
	const names = analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0]?.columns.names ?? [];
	const given = (rule: string) => names.filter((name) => name.evidence.some((e) => e.rule === rule)).map((name) => name.label);
	return { compared: given("head-to-head"), difference: given("difference-column") };
};

describe("a column of differences between two others (head-to-head)", () => {
	it("reads the two columns a ratio marked × relates as the things compared, and the ratio as no thing", () => {
		const text = lines(
			"# Bundling three apps",
			"",
			"| App | esbuild | Rollup | Speedup |",
			"|---|--:|--:|--:|",
			"| Dashboard | 0.39 s | 14.2 s | 36× |",
			"| Three.js demo | 0.51 s | 22.8 s | 44.7× |",
			"| Docs site | 0.22 s | 6.1 s | 27.7× |",
		);
		expect(roles(text)).toEqual({ compared: ["esbuild", "Rollup"], difference: ["Speedup"] });
		expect(note(text).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(text).frameworks).toEqual(["esbuild", "Rollup"]);
	});

	it("reads a change in percent written the European way, rounded or cut, in any language", () => {
		const text = lines(
			"# Abfragezeiten",
			"",
			"| Abfrage | MariaDB | MySQL | Unterschied |",
			"|---|--:|--:|--:|",
			"| Punktabfrage | 12,4 ms | 10,1 ms | -18,5 % |",
			"| Bereich | 48,0 ms | 52,9 ms | +10,2 % |",
			"| Join | 131 ms | 117 ms | -10,6 % |",
		);
		expect(roles(text)).toEqual({ compared: ["MariaDB", "MySQL"], difference: ["Unterschied"] });
		expect(note(text).frameworks).toEqual(["MariaDB", "MySQL"]);
	});

	it("says nothing of a ratio written without its mark, nor of a column that is no difference of two others", () => {
		// Multi-core over single-core scores: one thing measured two ways, the CPUs down the side.
		const scaling = lines("| CPU | Single | Multi | Speedup |", "|---|--:|--:|--:|", "| Ryzen 9 7950X | 2.2 | 35.1 | 15.95 |", "| Core i9-13900K | 2.4 | 32.6 | 13.58 |", "| Apple M2 Max | 2.0 | 14.9 | 7.45 |");
		expect(roles(scaling)).toEqual({ compared: [], difference: [] });
		const unrelated = lines("| Test | Node | Deno | Share |", "|---|---|---|---|", "| startup | 40 ms | 25 ms | 12% |", "| http | 61 ms | 93 ms | 48% |", "| fs | 12 ms | 10 ms | 40% |");
		expect(roles(unrelated)).toEqual({ compared: [], difference: [] });
	});
});
