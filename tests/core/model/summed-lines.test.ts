// The summed-lines rule (src/core/model/evidence/summed-lines.ts): lines whose amounts add up to a
// total line (the last row or the first, or the last column) are the parts of one whole (a budget,
// a pack list, a quote), not things compared, whatever the total is called. Made-up notes, where it
// must fire and where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** The sides the rule spoke against, per table. */
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.map((group) =>
		(["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "summed-lines")),
	);

describe("lines adding up to a total line are parts of a whole (summed-lines)", () => {
	it("reads a German bill's cost lines and their Summe as a list, not a comparison", () => {
		const bill = lines("# Stromrechnung 2024", "", "| Posten | Betrag |", "|---|---|", "| Arbeitspreis | 612,40 € |", "| Grundpreis | 139,20 € |", "| Messstellenbetrieb | 25,00 € |", "| Summe | 776,60 € |");
		expect(fired(bill)).toEqual([["rows"]]);
		expect(note(bill).tables[0]?.frameworkAxis).toBe("none");
	});

	it("reads a French pack list whose weights sum into a total row (thousands grouped by a space)", () => {
		const bag = lines("# Sac de montagne", "", "| Objet | Quantité | Poids (g) |", "|---|---|---|", "| Tente | 1 | 1 150 |", "| Duvet | 1 | 890 |", "| Réchaud | 1 | 380 |", "| Gourde | 2 | 240 |", "| **Total** | | **2 660** |");
		expect(fired(bag)).toEqual([["rows"]]);
		expect(note(bag).frameworks).toEqual([]);
	});

	it("reads a member's quarterly dues summed in a last column as columns of parts", () => {
		const dues = lines("| Mitglied | Q1 | Q2 | Q3 | Summe |", "|---|---|---|---|---|", "| Anna | 30 | 30 | 25 | 85 |", "| Bernd | 30 | 0 | 30 | 60 |", "| Cem | 15 | 30 | 30 | 75 |");
		expect(fired(dues)).toEqual([["columns"]]);
	});

	it("speaks against the cost lines of three quotes, and leaves the installers across compared", () => {
		const quotes = lines(
			"# Preventivi caldaia",
			"",
			"| Voce | [Rossi](https://rossi.example) | [Bianchi](https://bianchi.example) | [Verdi](https://verdi.example) |",
			"|---|---|---|---|",
			"| Caldaia | 1.850 € | 2.100 € | 1.990 € |",
			"| Installazione | 450 € | 380 € | 500 € |",
			"| Smaltimento | 120 € | incluso | 100 € |",
			"| Totale | 2.420 € | 2.480 € | 2.590 € |",
		);
		expect(fired(quotes)).toEqual([["rows"]]);
		expect(note(quotes).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(quotes).frameworks).toEqual(["Rossi", "Bianchi", "Verdi"]);
	});

	it("says nothing of a comparison of products, whose prices nobody adds up", () => {
		const phones = lines("# Phones", "", "| Phone | Price | Battery |", "|---|---|---|", "| Pixel 8 | €699 | 4575 mAh |", "| iPhone 15 | €949 | 3349 mAh |", "| Galaxy S24 | €899 | 4000 mAh |");
		expect(fired(phones)).toEqual([[]]);
		expect(note(phones).tables[0]?.frameworkAxis).toBe("rows");
	});

	it("leaves linked libraries compared though their downloads are totalled", () => {
		const charts = lines("# Chart libraries", "", "| Library | Weekly downloads |", "|---|---|", "| [Chart.js](https://www.chartjs.org) | 2,400,000 |", "| [ECharts](https://echarts.apache.org) | 900,000 |", "| [D3](https://d3js.org) | 3,100,000 |", "| Total | 6,400,000 |");
		expect(fired(charts)).toEqual([["rows"]]);
		expect(note(charts).frameworks).toEqual(["Chart.js", "ECharts", "D3"]);
	});

	it("says nothing of an average row, a mean and not a sum", () => {
		const bench = lines("| Query | DuckDB | SQLite | Postgres |", "|---|---|---|---|", "| q1 | 12 | 40 | 30 |", "| q2 | 18 | 55 | 41 |", "| q3 | 9 | 31 | 22 |", "| Average | 13 | 42 | 31 |");
		expect(fired(bench)).toEqual([[]]);
		expect(note(bench).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("says nothing of shares summing to 100 % (the things' shares of one market)", () => {
		const shares = lines("# Navigateurs en 2024", "", "| Navigateur | Part |", "|---|---|", "| Chrome | 65 % |", "| Safari | 18 % |", "| Edge | 5 % |", "| Firefox | 3 % |", "| Autres | 9 % |", "| Total | 100 % |");
		expect(fired(shares)).toEqual([[]]);
	});

	it("takes no coincidence of small counts for a total (2 + 3 = 5, two parts, no bold)", () => {
		const gyms = lines("# Gimnasios", "", "| Gimnasio | Piscinas | Salas |", "|---|---|---|", "| Basic-Fit | 2 | 4 |", "| Dreamfit | 3 | 6 |", "| Holmes Place | 5 | 10 |");
		expect(fired(gyms)).toEqual([[]]);
	});

	it("says nothing of a log whose last line does not add up (a running log's weeks)", () => {
		const log = lines("## Veckor", "", "| Vecka | Distans (km) | Pass |", "|---|---|---|", "| 14 | 34,7 | 4 |", "| 15 | 39,5 | 5 |", "| 16 | 41,0 | 5 |");
		expect(fired(log)).toEqual([[]]);
	});
});
