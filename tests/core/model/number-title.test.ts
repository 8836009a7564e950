// A number before words written as a title (`7 Wonders Duel`, `28 Days Later`) is a name, not a
// quantity: a unit is one short word or an abbreviation (`12 ms`, `16 GB RAM`). Made-up notes
// written for the change, through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const valueLabels = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].names.filter((name) => name.evidence.some((e) => e.rule === "value-label")).map((name) => name.label)),
	);

describe("a number before a title is a name", () => {
	it("reads three board games across a French corner, one of them `7 Wonders Duel`", () => {
		const games = lines(
			"# Jeux",
			"",
			"| Critère | Patchwork | Jaipur | 7 Wonders Duel |",
			"|---|---|---|---|",
			"| Durée | 20 min | 30 min | 30 min |",
			"| Prix | 22 € | 20 € | 27 € |",
		);
		expect(valueLabels(games)).toEqual([]);
		expect(note(games).frameworks).toEqual(["Patchwork", "Jaipur", "7 Wonders Duel"]);
	});

	it("reads films down the rows, `28 Days Later` among them", () => {
		const films = lines(
			"# Horror night",
			"",
			"| Film | Year | Minutes |",
			"|---|---|---|",
			"| 28 Days Later | 2002 | 113 |",
			"| The Descent | 2005 | 99 |",
			"| Train to Busan | 2016 | 118 |",
		);
		expect(valueLabels(films)).toEqual([]);
	});

	it("takes `3 Body Problem` beside other series across", () => {
		const series = lines(
			"| | 3 Body Problem | Foundation | Silo |",
			"|---|---|---|---|",
			"| Seasons | 1 | 2 | 2 |",
			"| Rating | 4/5 | 3/5 | 5/5 |",
		);
		expect(valueLabels(series)).toEqual([]);
	});
});

describe("quantities stay values", () => {
	it("sizes, times and abbreviations after a number", () => {
		const sizes = lines(
			"| Plan | 16 GB RAM | 32 GB RAM |",
			"|---|---|---|",
			"| Price | 10 € | 18 € |",
		);
		expect(valueLabels(sizes)).toEqual(["16 GB RAM", "32 GB RAM"]);
		const times = lines(
			"| Tool | 12 ms | 20 ms |",
			"|---|---|---|",
			"| a | ✓ | ✗ |",
		);
		expect(valueLabels(times)).toEqual(["12 ms", "20 ms"]);
	});

	it("a German note, whose nouns are all capitalised, keeps `30 Tage Rückgabe` a quantity", () => {
		const german = lines(
			"# Händler",
			"",
			"Die Rückgabe ist bei allen Händlern möglich, die Frist und die Kosten der Rücksendung unterscheiden sich aber. Die Tabelle zeigt die Bedingungen für den Umtausch und die Erstattung.",
			"Bei Alpha gilt die längere Frist nur für Mitglieder, bei Beta für alle Kunden. Die Rücksendung ist bei beiden Händlern kostenlos, wenn der Artikel ungeöffnet ist. Für geöffnete Ware berechnen beide eine Gebühr, deren Höhe vom Preis abhängt. Größere Geräte holt Beta an der Haustür ab, Alpha schickt dafür ein Etikett. Über die Erstattung entscheidet in beiden Fällen die Prüfung im Lager, die meist eine Woche dauert.",
			"",
			"| Händler | 14 Tage Rückgabe | 30 Tage Rückgabe |",
			"|---|---|---|",
			"| Alpha | ✓ | ✗ |",
			"| Beta | ✓ | ✓ |",
		);
		expect(valueLabels(german)).toEqual(["14 Tage Rückgabe", "30 Tage Rückgabe"]);
	});
});

describe("digits and marks without a letter are a value", () => {
	it("gives no toolbar to screen sizes written in inches and centimetres", () => {
		const text = lines("# Displays", "", "|Screen Size (inch/cm)|Resolution|PPI|Ratio|", "|:-:|:-:|:-:|:-:|", "|15.6/39.62|FHD(1920*1080)|141.21|16:9|", "|24/60.96|FHD(1920*1080)|91.79|16:9|", "|27/68.58|QHD(2560*1440)|108.79|16:9|", "|32/81.28|UHD(3840*2160)|137.68|16:9|");
		expect(valueLabels(text)).toEqual(["15.6/39.62", "24/60.96", "27/68.58", "32/81.28"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("still reads a name with a digit and a letter (`1Password`, `7-Zip`) as a name", () => {
		const text = lines("# Tools", "", "| Tool | Price | Platforms |", "|---|---|---|", "| 1Password | 36 $ | 5 |", "| 7-Zip | 0 $ | 1 |", "| Bitwarden | 10 $ | 6 |");
		expect(valueLabels(text)).toEqual([]);
	});
});

