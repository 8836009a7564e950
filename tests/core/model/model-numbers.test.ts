// The model-number rule (src/core/model/evidence/model-numbers.ts): labels that open with a
// digit read as values alone (`7800X3D`, `13 mini`), but along a side whose suffixes differ as
// models' names do they are names. Made-up notes, where it must fire and where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) =>
		[...group.rows.names, ...group.columns.names].some((name) => name.evidence.some((e) => e.rule === "model-number")),
	);

describe("numbers whose suffixes differ along a side are models' names (model-number)", () => {
	it("reads processors down the rows (`7800X3D`, `7950X`, `14900K`)", () => {
		const cpus = lines("# Which CPU", "", "| CPU | Cores | Boost | Price |", "|---|---|---|---|", "| 7800X3D | 8 | 5.0 GHz | $449 |", "| 7950X | 16 | 5.7 GHz | $699 |", "| 14900K | 24 | 6.0 GHz | $589 |");
		expect(fired(cpus)).toBe(true);
		expect(note(cpus).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(cpus).frameworks).toEqual(["7800X3D", "7950X", "14900K"]);
	});

	it("reads phones across, a bare number beside its variants (`13 mini | 13 | 13 Pro`), in German", () => {
		const phones = lines("## Welches Handy?", "", "| | 13 mini | 13 | 13 Pro |", "|---|---|---|---|", "| Bildschirm | 5,4 Zoll | 6,1 Zoll | 6,1 Zoll |", "| Gewicht | 141 g | 174 g | 204 g |", "| Preis | 699 € | 799 € | 999 € |");
		expect(fired(phones)).toBe(true);
		expect(note(phones).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(phones).frameworks).toEqual(["13 mini", "13", "13 Pro"]);
	});

	it("reads graphics cards across in a Spanish note (`4090 | 4080 Super | 7900 XTX`)", () => {
		const cards = lines("# Tarjetas gráficas", "", "| Modelo | 4090 | 4080 Super | 7900 XTX |", "|---|---|---|---|", "| Memoria | 24 GB | 16 GB | 24 GB |", "| Consumo | 450 W | 320 W | 355 W |", "| Precio | 1799 € | 1099 € | 999 € |");
		expect(fired(cards)).toBe(true);
		expect(note(cards).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("says nothing of one tool measured over input sizes, one measure at several scales (`1 KB | 1 MB | 1 GB`)", () => {
		const sizes = lines("# gzip on my laptop", "", "| Input | Time | Ratio |", "|---|---|---|", "| 1 KB | 0.2 ms | 1.8 |", "| 1 MB | 9 ms | 3.1 |", "| 1 GB | 8.4 s | 3.2 |");
		expect(fired(sizes)).toBe(false);
		expect(note(sizes).tables[0]?.frameworkAxis).toBe("none");
	});

	it("says nothing of a frequency table, years or error codes: bare numbers down the first column", () => {
		const frequencies = lines("| x | f | F |", "|---|---|---|", "| 1 | 4 | 4 |", "| 2 | 7 | 11 |", "| 3 | 5 | 16 |", "| TOTAL | 16 | |");
		expect(fired(frequencies)).toBe(false);
		expect(note(frequencies).tables[0]?.frameworkAxis).toBe("none");
		const years = lines("| | 2022 | 2023 | 2024 |", "|---|---|---|---|", "| Umsatz | 120 | 140 | 160 |", "| Kosten | 80 | 90 | 95 |");
		expect(fired(years)).toBe(false);
		const codes = lines("| Código | Significado |", "|---|---|", "| 404 | No encontrado |", "| 500 | Error interno |", "| 503 | No disponible |");
		expect(fired(codes)).toBe(false);
	});

	it("says nothing of commits' hashes that open with digits (`08f8d67`, `1564c4e`)", () => {
		const commits = lines("| Commit | Type | Description |", "|---|---|---|", "| 08f8d67 | fix | handle empty input |", "| 1564c4e | feat | add a flag |", "| 9666ef2 | fix | keep order |");
		expect(fired(commits)).toBe(false);
		expect(note(commits).tables[0]?.frameworkAxis).toBe("none");
	});

	it("says nothing of doses, durations or plans of one unit written in words (`1 Monat | 12 Monate`)", () => {
		const doses = lines("| | 5 mg | 10 mg | 20 mg |", "|---|---|---|---|", "| Wirkung | schwach | mittel | stark |", "| Preis | 4 € | 6 € | 9 € |");
		expect(fired(doses)).toBe(false);
		const durations = lines("| Run | 100 ms | 1 s | 10 s |", "|---|---|---|---|", "| cold | 12 | 80 | 700 |", "| warm | 10 | 75 | 690 |");
		expect(fired(durations)).toBe(false);
		const plans = lines("| Laufzeit | Preis |", "|---|---|", "| 1 Monat | 9 € |", "| 12 Monate | 89 € |", "| 24 Monate | 159 € |");
		expect(fired(plans)).toBe(false);
		expect(note(plans).tables[0]?.frameworkAxis).toBe("none");
	});
});
