// `{.dense}` under a table (Wiki.js, kramdown, Pandoc) styles it; without a blank line before it the
// table reads it as one more row, whose label is no name (src/core/model/evidence/blank-label.ts).
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("an attribute list under a table is no name", () => {
	it("leaves {.dense} out of the browsers compared", () => {
		const text = lines(
			"# Navigateurs",
			"",
			"Firefox, Brave et Vivaldi sont les plus connus.",
			"",
			"| Navigateur | Moteur | Licence |",
			"|---|---|---|",
			"| Firefox | Gecko | MPL |",
			"| Brave | Blink | MPL |",
			"| Vivaldi | Blink | propriétaire |",
			"{.dense}",
		);
		const model = note(text);
		expect(model.tables[0]?.rows.map((row) => row[0])).toContain("{.dense}");
		expect(model.frameworks).toEqual(["Firefox", "Brave", "Vivaldi"]);
	});
});
