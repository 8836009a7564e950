// The currency-across rule (src/core/model/evidence/currency-across.ts): labels naming one
// currency in brackets, twice or more on a side, are amounts of money, and the things priced
// stand on the other side. Made-up notes, where it must fire and where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { bracketedCurrency } from "../../../src/core/model/evidence/currency-across";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => [...group.rows.evidence, ...group.columns.evidence].some((e) => e.rule === "currency-across"));

describe("one currency in brackets over several columns is a measure of money (currency-across)", () => {
	it("reads companies down the rows over pay in SGD", () => {
		const pay = lines("# Offers", "", "| Company | Intern (monthly in SGD) | Graduate (SGD) |", "|---|---|---|", "| Stripe | $6000 | $150,000 |", "| Grab | $2500 | $90,000 |", "| Visa | $2200 | $110,000 |");
		expect(fired(pay)).toBe(true);
		expect(note(pay).frameworks).toEqual(["Stripe", "Grab", "Visa"]);
	});

	it("reads Spanish gyms over prices in euros, written with the sign", () => {
		const gyms = lines("# Gimnasios", "", "| Gimnasio | Cuota mensual (€) | Matrícula (€) |", "|---|---|---|", "| Basic-Fit | 24,99 | 19,99 |", "| McFit | 29,90 | 0 |", "| Anytime | 44,00 | 39,00 |");
		expect(fired(gyms)).toBe(true);
		expect(note(gyms).frameworks).toEqual(["Basic-Fit", "McFit", "Anytime"]);
	});

	it("reads plans across when the rows are the amounts (JPY down the first column)", () => {
		const plans = lines("| 項目 | ライト | スタンダード | プロ |", "|---|---|---|---|", "| 月額 (JPY) | 500 | 1200 | 3000 |", "| 年額 (JPY) | 5000 | 12000 | 30000 |", "| 容量 | 10GB | 100GB | 1TB |");
		const explained = analyzeNote({ path: "note.md", text: plans }, NO_VAULT).explanation[0];
		expect(explained?.columns.evidence.some((e) => e.rule === "currency-across")).toBe(true);
	});

	it("finds the currency by sign or by a code the runtime knows, never a word of ours", () => {
		expect(bracketedCurrency("Preis (€)")).toBe("€");
		expect(bracketedCurrency("Total (monthly in SGD)")).toBe("SGD");
		expect(bracketedCurrency("Laravel (PHP)")).toBe("PHP");
		expect(bracketedCurrency("Chrome (desktop)")).toBeNull();
		expect(bracketedCurrency("Speed (FAST)")).toBeNull();
	});

	it("says nothing of one bracketed code alone: `Laravel (PHP)` beside other frameworks", () => {
		const frameworks = lines("| Framework | Stars | Licence |", "|---|---|---|", "| Laravel (PHP) | 78k | MIT |", "| Django (Python) | 79k | BSD |", "| Rails (Ruby) | 55k | MIT |");
		expect(fired(frameworks)).toBe(false);
	});

	it("says nothing of one amount column beside others, nor of two different currencies", () => {
		const one = lines("| Flight | Price (EUR) | Stops |", "|---|---|---|", "| Lufthansa | 420 | 0 |", "| Condor | 310 | 1 |", "| Eurowings | 290 | 1 |");
		expect(fired(one)).toBe(false);
		const two = lines("| Item | Price (USD) | Price (EUR) |", "|---|---|---|", "| Coffee | 3 | 3 |", "| Tea | 2 | 2 |", "| Cake | 4 | 4 |");
		expect(fired(two)).toBe(false);
	});

	it("says nothing of a log of spending whose weeks are a log's keys, nor leaves its columns to read as names", () => {
		const budget = lines("# Ausgaben", "", "| Woche | Essen (€) | Fahrt (€) |", "|---|---|---|", "| Woche 1 | 80 | 20 |", "| Woche 2 | 95 | 18 |", "| Woche 3 | 70 | 25 |");
		expect(note(budget).frameworks).toEqual([]);
	});

	it("says nothing of a budget whose categories the note's text writes in lower case (Spanish, German, English)", () => {
		const es = lines("# Presupuesto de abril", "", "| Categoría | Presupuesto (€) | Gastado (€) |", "|---|---|---|", "| Alquiler | 750 | 750 |", "| Comida | 300 | 342 |", "| Ocio | 100 | 135 |", "", "Nos pasamos en comida y ocio otra vez.");
		const de = lines("# Haushaltsbuch März", "", "| Posten | Geplant (€) | Ausgegeben (€) |", "|---|---|---|", "| Miete | 900 | 900 |", "| Essen | 350 | 410 |", "| Freizeit | 120 | 95 |", "", "Für essen und freizeit nächsten Monat weniger einplanen.");
		const en = lines("# Trip budget", "", "| Item | Planned (USD) | Spent (USD) |", "|---|---|---|", "| Hotel | 600 | 640 |", "| Food | 300 | 280 |", "| Transport | 150 | 170 |", "", "Spent less on food than planned, more on transport and the hotel.");
		for (const text of [es, de, en]) {
			expect(fired(text)).toBe(false);
			expect(note(text).frameworks).toEqual([]);
		}
	});

	it("still reads things priced that the text names with their capital", () => {
		const gyms = lines("# Gimnasios", "", "| Gimnasio | Cuota mensual (€) | Matrícula (€) |", "|---|---|---|", "| Basic-Fit | 24,99 | 19,99 |", "| McFit | 29,90 | 0 |", "| Anytime | 44,00 | 39,00 |", "", "Basic-Fit está más cerca, pero McFit abre 24 horas.");
		expect(fired(gyms)).toBe(true);
		expect(note(gyms).frameworks).toEqual(["Basic-Fit", "McFit", "Anytime"]);
	});

	it("reads a price in a lettered dollar as money, so e-readers down the rows are compared over their attributes (Portuguese note)", () => {
		const readers = lines(
			"# Leitores digitais",
			"",
			"| Aparelho | Tela | Bateria | Formatos | Preço |",
			"|---|---|---|---|---|",
			"| Kindle Paperwhite 5 | 6,8\" | ~10 semanas | AZW3, MOBI, PDF | R$ 799 |",
			"| Kobo Clara 2E | 6\" | 6 semanas | EPUB, PDF | R$ 1.099 |",
			"| PocketBook Verse Pro | 6\" | 4 semanas | EPUB, FB2, PDF | R$ 1.249,90 |",
		);
		expect(note(readers).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(readers).frameworks).toEqual(["Kindle Paperwhite 5", "Kobo Clara 2E", "PocketBook Verse Pro"]);
	});
});
