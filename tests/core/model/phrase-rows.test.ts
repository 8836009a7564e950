// In a grid of marks, features are written as phrases in sentence case (`Offline maps`) while the
// things compared are written as names: row labels mostly phrases over a header mostly not are
// attributes, and the header across holds the things. Made-up notes written for the rule, read
// through the whole note model as the plugin and the command line read them.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "phrase-rows")));

describe("phrases down the rows of a grid of marks are features: the header holds the things", () => {
	it("reads three e-readers across an empty corner over features marked ✓ and ✗", () => {
		const readers = lines(
			"# E-readers for the train",
			"",
			"| | Kindle | Kobo | Pocketbook |",
			"|---|---|---|---|",
			"| Library loans | ✗ | ✓ | ✓ |",
			"| Physical buttons | ✗ | ✓ | ✓ |",
			"| Audio books | ✓ | ✓ | partial |",
			"| Waterproof | ✓ | ✓ | ✗ |",
		);
		expect(firedOn(readers)).toEqual(["columns"]);
		const model = note(readers);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Kindle", "Kobo", "Pocketbook"]);
	});

	it("reads two hosts across a Spanish corner over features in sentence case marked ✅ and ❌", () => {
		const hosts = lines(
			"# Servidores",
			"",
			"| Característica | Hetzner | Netcup |",
			"|---|---|---|",
			"| Facturación por horas | ✅ | ❌ |",
			"| Cortafuegos propio | ✅ | ❌ |",
			"| Copias incluidas | ❌ | ✅ |",
		);
		expect(firedOn(hosts)).toEqual(["columns"]);
		expect(note(hosts).frameworks).toEqual(["Hetzner", "Netcup"]);
	});

	it("reads apps across with one written casually (`Google maps`) among names, over French features", () => {
		const apps = lines(
			"# Applis de vélo",
			"",
			"| | Google maps | Komoot | Strava |",
			"|---|---|---|---|",
			"| Cartes hors ligne | ✓ | ✓ | ✗ |",
			"| Itinéraires vélo | ✓ | ✓ | ✓ |",
			"| Suivi des sorties | ✗ | ✓ | ✓ |",
		);
		expect(firedOn(apps)).toEqual(["columns"]);
		expect(note(apps).frameworks).toEqual(["Google maps", "Komoot", "Strava"]);
	});

	it("reads plans across over features that keep terms as their source spells them (`Correções de CVE críticas`)", () => {
		const plans = lines(
			"# Planos de imagens",
			"",
			"| Recurso | Community | Select | Enterprise |",
			"|---|---|---|---|",
			"| Imagens reforçadas e mínimas | ✅ | ✅ | ✅ |",
			"| Quase zero CVEs | ✅ | ✅ | ✅ |",
			"| Correções de CVE críticas em menos de sete dias | ❌ | ✅ | ✅ |",
			"| Suporte estendido com garantia de SLA | ❌ | ❌ | ✅ |",
		);
		expect(firedOn(plans)).toEqual(["columns"]);
		const model = note(plans);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Community", "Select", "Enterprise"]);
	});

	it("still takes titles that name their authors for names, not phrases (`Guyton and Hall textbook of medical physiology`)", () => {
		const books = lines(
			"# Physiology books",
			"",
			"| Textbook | Cases | Questions | Diagrams | Online |",
			"|---|---|---|---|---|",
			"| Guyton and Hall textbook of medical physiology | ✗ | ✓ | ✓ | ✓ |",
			"| Boron and Boulpaep medical physiology | ✓ | ✗ | ✓ | ✓ |",
			"| Costanzo physiology | ✓ | ✓ | ✗ | ✗ |",
			"| Linda Costanzo board review series | ✓ | ✓ | ✗ | ✓ |",
		);
		expect(firedOn(books)).toEqual([]);
	});

	it("still takes names with a small word among capitals for names, not phrases (`Ruby on Rails`, `Windows Subsystem for Linux`)", () => {
		const stacks = lines(
			"# Dev setups",
			"",
			"| Setup | Hot reload | Debugger | Docker |",
			"|---|---|---|---|",
			"| Ruby on Rails | ✓ | ✓ | ✓ |",
			"| Windows Subsystem for Linux | ✗ | ✓ | ✓ |",
			"| Visual Studio Code | ✓ | ✓ | ✗ |",
		);
		expect(firedOn(stacks)).toEqual([]);
	});
});

describe("it says nothing where the rows are records or the header is phrases", () => {
	it("a task list of sentence-case tasks over owners and dates is no grid of marks", () => {
		const tasks = lines(
			"# Project tasks",
			"",
			"| Task | Owner | Due | Status |",
			"|---|---|---|---|",
			"| Write the report | Anna | 2024-05-02 | open |",
			"| Book the venue | Tom | 2024-05-04 | done |",
			"| Send invitations | Priya | 2024-05-06 | open |",
		);
		expect(firedOn(tasks)).toEqual([]);
		expect(note(tasks).frameworks).toEqual([]);
	});

	it("a habit tracker of ✓ by weekday stays a log (the weekdays are its keys)", () => {
		const habits = lines(
			"# Habits",
			"",
			"| Habit | Mo | Di | Mi | Do |",
			"|---|---|---|---|---|",
			"| Zehn Minuten lesen | ✓ | ✓ | ✗ | ✓ |",
			"| Kein Zucker heute | ✗ | ✓ | ✓ | ✓ |",
			"| Früh ins Bett | ✓ | ✗ | ✓ | ✓ |",
		);
		expect(note(habits).tables[0]?.frameworkAxis).toBe("none");
		expect(note(habits).frameworks).toEqual([]);
	});

	it("a header of phrases (two routines) over phrases is not read as names", () => {
		const routines = lines(
			"# Routines",
			"",
			"| Step | Morning routine | Evening routine |",
			"|---|---|---|",
			"| Drink water | ✓ | ✗ |",
			"| Stretch ten minutes | ✓ | ✓ |",
			"| Read a chapter | ✗ | ✓ |",
		);
		expect(firedOn(routines)).toEqual([]);
		expect(note(routines).frameworks).toEqual([]);
	});

	it("German features, whose nouns keep their capitals, are not told from names (no hint either way)", () => {
		const hosts = lines(
			"| Merkmal | Hetzner | Netcup |",
			"|---|---|---|",
			"| Stündliche Abrechnung | ✅ | ❌ |",
			"| Eigene Firewall | ✅ | ❌ |",
		);
		expect(firedOn(hosts)).toEqual([]);
	});

	it("a workout log of Japanese or one-word exercises over numbers says nothing", () => {
		const workout = lines(
			"# 脚の日",
			"",
			"| 種目 | セット | 回数 |",
			"|---|---|---|",
			"| スクワット | 5 | 5 |",
			"| デッドリフト | 3 | 5 |",
			"| ランジ | 3 | 10 |",
		);
		expect(firedOn(workout)).toEqual([]);
		expect(note(workout).frameworks).toEqual([]);
	});
});
