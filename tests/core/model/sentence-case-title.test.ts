// A title written wholly in sentence case shows a writer who capitalises names only
// (src/core/model/evidence/aspect-heading.ts): there a heading writing each later part with its
// capital ("## Obsidian and Notion") names names, even in a note whose title names the rows' kind,
// and aspect-heading keeps its hands off it. Made-up notes: where the names keep their toolbar,
// and where the heading must still be read as naming aspects.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const aspects = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => group.columns.names.filter((name) => name.evidence.some((e) => e.rule === "aspect-heading")).map((name) => name.label));

describe("a heading keeping capitals under a title in sentence case names names (aspect-heading)", () => {
	it("keeps the apps named by the heading under a title naming the rows' kind", () => {
		const text = lines("# Features I want in a photo app", "", "## Lightroom and Darktable", "", "| Feature | Lightroom | Darktable |", "|---|---|---|", "| Raw support | ✓ | ✓ |", "| Cost | 12 €/month | free |", "| Catalog | ✓ | ✗ |");
		expect(aspects(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["Lightroom", "Darktable"]);
	});

	it("still reads aspects under a title of one word", () => {
		const text = lines("# Cameras", "", "## Weight and Price", "", "| Camera | Weight | Price |", "|---|---|---|", "| X100VI | 521 g | 1799 |", "| Ricoh GR III | 257 g | 999 |", "| Q3 | 743 g | 5995 |");
		expect(aspects(text)).toEqual(["Weight", "Price"]);
		expect(note(text).frameworks).not.toContain("Weight");
	});

	it("still reads aspects under a German title, whose nouns keep their capitals", () => {
		const text = lines("# Welche Kameras nehmen wir mit", "", "## Gewicht und Preis", "", "| Kamera | Gewicht | Preis |", "|---|---|---|", "| X100VI | 521 g | 1799 € |", "| Ricoh GR III | 257 g | 999 € |");
		expect(aspects(text)).toEqual(["Gewicht", "Preis"]);
	});

	it("still reads aspects under a sentence-case title that names a product", () => {
		const text = lines("# Lenses I would buy for the Fujifilm", "", "## Weight and Price", "", "| Lens | Weight | Price |", "|---|---|---|", "| XF 23mm | 180 g | 799 |", "| XF 56mm | 405 g | 999 |");
		expect(aspects(text)).toEqual(["Weight", "Price"]);
	});
});
