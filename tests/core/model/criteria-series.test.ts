// The criteria-series rule (src/core/model/evidence/criteria-series.ts): two-column tables each
// naming one thing in its header, running the same criteria down their first column, compare
// those things together. Made-up notes, where it must fire and where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => [...group.rows.evidence, ...group.columns.evidence].some((e) => e.rule === "criteria-series"));
const table = (corner: string, header: string, ...rows: [string, string][]) => lines(`| ${corner} | ${header} |`, "|---|---|", ...rows.map(([a, b]) => `| ${a} | ${b} |`));

describe("two-column tables running the same criteria compare their header cells (criteria-series)", () => {
	it("reads a German review with one recap table per cloud, each header one of the things compared", () => {
		const text = lines(
			"# Selbst gehostete Clouds",
			"",
			"## Erster Kandidat",
			"",
			table("Kriterium", "Nextcloud", ["Installation", "mittel"], ["Apps", "sehr viele"], ["Preis", "0 €"], ["Mobil", "ja"]),
			"",
			"## Zweiter Kandidat",
			"",
			table("Kriterium", "Seafile", ["Installation", "einfach"], ["Apps", "wenige"], ["Preis", "0 €"], ["Mobil", "ja"]),
			"",
			"## Dritter Kandidat",
			"",
			table("Kriterium", "Syncthing", ["Installation", "einfach"], ["Apps", "keine"], ["Preis", "0 €"], ["Mobil", "nein"]),
		);
		expect(fired(text)).toBe(true);
		const model = note(text);
		expect(model.tables.map((t) => t.frameworkAxis)).toEqual(["columns", "columns", "columns"]);
		expect(model.frameworks).toEqual(["Nextcloud", "Seafile", "Syncthing"]);
	});

	it("reads a phone review's spec boxes, one phone each, a criterion left out of one", () => {
		const text = lines(
			"# Phones I tried this year",
			"",
			table("Spec", "Pixel 8", ["Screen", "6.2 in"], ["Battery", "4575 mAh"], ["Weight", "187 g"], ["Price", "$699"]),
			"",
			"Great camera, middling battery.",
			"",
			table("Spec", "Galaxy S24", ["Screen", "6.2 in"], ["Battery", "4000 mAh"], ["Weight", "167 g"], ["Price", "$799"]),
			"",
			table("Spec", "Fairphone 5", ["Screen", "6.46 in"], ["Battery", "4200 mAh"], ["Price", "€699"]),
		);
		expect(fired(text)).toBe(true);
		expect(note(text).frameworks).toEqual(["Pixel 8", "Galaxy S24", "Fairphone 5"]);
	});

	it("reads a Japanese note of one table per rice cooker maker, with marks", () => {
		const text = lines(
			"# 炊飯器メモ",
			"",
			table("項目", "象印", ["味", "◎"], ["手入れ", "○"], ["保温", "◎"], ["値段", "32,000円"], ["容量", "5.5合"]),
			"",
			table("項目", "タイガー", ["味", "○"], ["手入れ", "◎"], ["保温", "○"], ["値段", "28,000円"], ["容量", "5.5合"]),
		);
		expect(fired(text)).toBe(true);
		expect(note(text).frameworks).toEqual(["象印", "タイガー"]);
	});

	it("says nothing of one spec table alone, or of key/value tables repeating one header", () => {
		const single = lines("# Mein Laptop", "", table("Eigenschaft", "Wert", ["CPU", "i7"], ["RAM", "16 GB"], ["Gewicht", "1,3 kg"]));
		expect(fired(single)).toBe(false);
		expect(note(single).frameworks).toEqual([]);
		const records = lines(
			"# Servers",
			"",
			"## web-1",
			"",
			table("Field", "Value", ["IP", "10.0.0.1"], ["OS", "Debian 12"], ["RAM", "8 GB"]),
			"",
			"## web-2",
			"",
			table("Field", "Value", ["IP", "10.0.0.2"], ["OS", "Debian 12"], ["RAM", "16 GB"]),
		);
		expect(fired(records)).toBe(false);
		expect(note(records).frameworks).toEqual([]);
	});

	it("says nothing of a reference split into defaults and descriptions of the same options", () => {
		const text = lines(
			"# Sync settings",
			"",
			table("Option", "Default", ["interval", "30 s"], ["retries", "3"], ["timeout", "10 s"]),
			"",
			table("Option", "Description", ["interval", "How long to wait between two runs of the sync"], ["retries", "How many times a failed upload is tried again"], ["timeout", "How long one request may take before it is dropped"]),
		);
		// (Its description table is read down the rows by older rules, a miss of another kind; this rule stays silent.)
		expect(fired(text)).toBe(false);
	});

	it("says nothing of the seed's shape, names coming back down tables each about one attribute", () => {
		const text = lines(
			"# Frameworks",
			"",
			table("Framework", "Stars", ["JAX", "29k"], ["PyTorch", "80k"], ["TensorFlow", "185k"]),
			"",
			table("Framework", "License", ["JAX", "Apache-2.0"], ["PyTorch", "BSD-3"], ["TensorFlow", "Apache-2.0"]),
			"",
			table("Framework", "First release", ["JAX", "2018"], ["PyTorch", "2016"], ["TensorFlow", "2015"]),
		);
		expect(fired(text)).toBe(false);
	});

	it("says nothing of a series of marks only, alike both ways (left to other rules)", () => {
		const text = lines(
			"# Checkliste",
			"",
			table("Funktion", "Dropbox", ["Linux-Client", "ja"], ["Einmalzahlung", "nein"], ["Server in der EU", "nein"]),
			"",
			table("Funktion", "pCloud", ["Linux-Client", "ja"], ["Einmalzahlung", "ja"], ["Server in der EU", "ja"]),
		);
		expect(fired(text)).toBe(false);
	});

	it("says nothing of a training plan by weekday, by numbered week, or a budget by year", () => {
		const days = lines(
			"# Trainingsplan",
			"",
			table("Übung", "Montag", ["Kniebeugen", "5x5"], ["Liegestütze", "3x12"], ["Laufen", "5 km"]),
			"",
			table("Übung", "Mittwoch", ["Kniebeugen", "3x8"], ["Liegestütze", "3x15"], ["Laufen", "8 km"]),
		);
		expect(fired(days)).toBe(false);
		expect(note(days).frameworks).toEqual([]);
		const weeks = lines(
			"# Plan de course",
			"",
			table("Séance", "Semaine 1", ["Fractionné", "6x400 m"], ["Sortie longue", "12 km"], ["Footing", "6 km"]),
			"",
			table("Séance", "Semaine 2", ["Fractionné", "8x400 m"], ["Sortie longue", "14 km"], ["Footing", "7 km"]),
		);
		expect(fired(weeks)).toBe(false);
		const years = lines(
			"# Presupuesto",
			"",
			table("Categoría", "2023", ["Alquiler", "9.600 €"], ["Comida", "4.200 €"], ["Transporte", "900 €"]),
			"",
			table("Categoría", "2024", ["Alquiler", "9.900 €"], ["Comida", "4.500 €"], ["Transporte", "950 €"]),
		);
		expect(fired(years)).toBe(false);
		expect(note(years).frameworks).toEqual([]);
	});

	it("says nothing of two-column tables that share their top-left cell but not their criteria", () => {
		const text = lines(
			"# Reise",
			"",
			table("Punkt", "Packliste", ["Pass", "eingepackt"], ["Ladegerät", "fehlt"], ["Jacke", "eingepackt"]),
			"",
			table("Punkt", "Erledigen", ["Katze", "Nachbarin fragen"], ["Post", "umleiten"], ["Pflanzen", "gießen"]),
		);
		expect(fired(text)).toBe(false);
		expect(note(text).frameworks).toEqual([]);
	});
});
