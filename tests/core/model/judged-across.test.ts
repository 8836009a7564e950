// The judged-across rule (src/core/model/evidence/judged-across.ts): in a grid of marks whose first
// column holds more criteria than the header holds cells, the header holds the things compared,
// whatever their names look like. Made-up notes, where it must fire and where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => [...group.rows.evidence, ...group.columns.evidence].some((e) => e.rule === "judged-across"));

describe("a grid of marks with more criteria down than cells across compares its header (judged-across)", () => {
	it("reads a German grid of ja/nein, its criteria capitalised nouns, three e-mail providers across", () => {
		const text = lines(
			"# E-Mail-Anbieter",
			"",
			"| Merkmal | Posteo | Mailbox | Tuta |",
			"|---|---|---|---|",
			"| Eigene Domain | nein | ja | ja |",
			"| Kalender | ja | ja | ja |",
			"| Verschlüsselung | teilweise | ja | ja |",
			"| Werbefrei | ja | ja | ja |",
		);
		expect(fired(text)).toBe(true);
		expect(note(text).frameworks).toEqual(["Posteo", "Mailbox", "Tuta"]);
	});

	it("reads a Japanese grid of ◎○△×, three cafés across in the note's own script, its criteria phrases", () => {
		const text = lines(
			"# 近所のカフェ",
			"",
			"| 観点 | こもれび | ほしの | まるや |",
			"|---|---|---|---|",
			"| 店内の静かさ | ◎ | △ | ○ |",
			"| 電源の使いやすさ | ○ | × | ◎ |",
			"| 珈琲の味 | ◎ | ○ | △ |",
			"| ランチの価格 | △ | ◎ | ○ |",
		);
		expect(fired(text)).toBe(true);
		expect(note(text).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(text).frameworks).toEqual(["こもれび", "ほしの", "まるや"]);
	});

	it("reads the plans of one service across, common words over a Spanish checklist", () => {
		const text = lines(
			"# Planes del gestor de tareas",
			"",
			"| Función | Gratis | Personal | Equipo |",
			"|---|---|---|---|",
			"| Proyectos ilimitados | ✗ | ✓ | ✓ |",
			"| Recordatorios | ✓ | ✓ | ✓ |",
			"| Calendario | ✗ | ✓ | ✓ |",
			"| Administración | ✗ | ✗ | ✓ |",
			"| Soporte prioritario | ✗ | ✗ | ✓ |",
			"| Usuarios | 1 | 1 | 10 |",
		);
		expect(fired(text)).toBe(true);
		expect(note(text).frameworks).toEqual(["Gratis", "Personal", "Equipo"]);
	});

	it("says nothing of a square grid, nor of names down as short as the header's (apps over the systems they run on)", () => {
		const text = lines("# My apps", "", "| App | Windows | macOS | Linux |", "|---|---|---|---|", "| Obsidian | ✅ | ✅ | ✅ |", "| Notion | ✅ | ✅ | ❌ |", "| Bear | ❌ | ✅ | ❌ |");
		expect(fired(text)).toBe(false);
		const apps = lines("# Meine Apps", "", "| App | Windows | macOS | Linux |", "|---|---|---|---|", "| Obsidian | ✅ | ✅ | ✅ |", "| Notion | ✅ | ✅ | ⚠️ |", "| Bear | ❌ | ✅ | ❌ |", "| Joplin | ✅ | ✅ | ✅ |");
		expect(fired(apps)).toBe(false);
		expect(note(apps).frameworks).not.toContain("Windows");
	});

	it("says nothing of an attendance log or a habit tracker: dates down, days across", () => {
		const band = lines("# Ensaios", "", "| Ensaio | Ana | Bruno | Carla |", "|---|---|---|---|", "| 03/02 | sim | sim | não |", "| 10/02 | sim | não | sim |", "| 17/02 | não | sim | sim |", "| 24/02 | sim | sim | sim |");
		expect(fired(band)).toBe(false);
		expect(note(band).frameworks).toEqual([]);
		const habits = lines("# Gewohnheiten", "", "| Gewohnheit | Mo | Di | Mi |", "|---|---|---|---|", "| Lesen | ✓ | ✓ | ✗ |", "| Laufen | ✗ | ✓ | ✗ |", "| Meditation | ✓ | ✓ | ✓ |", "| Tagebuch | ✓ | ✗ | ✓ |");
		expect(fired(habits)).toBe(false);
		expect(note(habits).frameworks).toEqual([]);
	});

	it("says nothing of apps checked against the releases of one system, or against numbered weeks", () => {
		const upgrade = lines("# Vor dem Update", "", "| Programm | Windows 10 | Windows 11 |", "|---|---|---|", "| Zotero | ✅ | ✅ |", "| Scanner-Tool | ✅ | ❌ |", "| Steuer-App | ✅ | ✅ |");
		expect(fired(upgrade)).toBe(false);
		const weeks = lines("# Plan", "", "| Zadanie | Tydzień 1 | Tydzień 2 |", "|---|---|---|", "| Bieganie | tak | nie |", "| Basen | nie | tak |", "| Siłownia | tak | tak |");
		expect(fired(weeks)).toBe(false);
	});

	it("says nothing of a reference whose rows are linked rules, or of a grid with a column of attributes", () => {
		const rules = lines(
			"# Rules",
			"",
			"| Rule | CSS | HTML | JSON |",
			"|---|---|---|---|",
			"| [no-empty-file](docs/no-empty-file.md) | ✅ | ✅ | ✅ |",
			"| [no-dupe-keys](docs/no-dupe-keys.md) | | | ✅ |",
			"| [no-inline-style](docs/no-inline-style.md) | ✅ | ✅ | |",
			"| [max-depth](docs/max-depth.md) | ✅ | | ✅ |",
		);
		expect(fired(rules)).toBe(false);
		const plugins = lines(
			"# Plugin-Formate",
			"",
			"| Format | GUI | Effekte | Plattformen |",
			"|---|---|---|---|",
			"| Alpha | ja | ja | Linux/macOS |",
			"| Beta | nein | ja | Windows |",
			"| Gamma | ja | nein | Linux/Windows |",
			"| Delta | ja | ja | macOS |",
			"| Epsilon | nein | nein | Linux |",
		);
		expect(fired(plugins)).toBe(false);
	});

	it("says nothing of a grid of yes and no alone: a chore chart, a checklist per environment, a family's habits", () => {
		const chores = lines("# Putzplan", "", "| Aufgabe | Anna | Ben | Clara |", "|---|---|---|---|", "| Abwasch | ✓ | | |", "| Müll | | ✓ | |", "| Bad putzen | | | ✓ |", "| Staubsaugen | ✓ | | |");
		expect(fired(chores)).toBe(false);
		expect(note(chores).frameworks).toEqual([]);
		const release = lines("# Release checklist", "", "| Check | Dev | Staging | Prod |", "|---|---|---|---|", "| Migrations run | ✓ | ✓ | ✗ |", "| Smoke tests | ✓ | ✓ | ✗ |", "| Feature flags set | ✓ | ✗ | ✗ |", "| Backups verified | ✗ | ✓ | ✓ |");
		// (phrase-rows, an older rule, still reads its sentence-case checks as features, a miss of another kind.)
		expect(fired(release)).toBe(false);
		const family = lines("# Familien-Challenge", "", "| Gewohnheit | Mama | Papa | Lea |", "|---|---|---|---|", "| 10.000 Schritte | ja | nein | ja |", "| Kein Zucker | ja | ja | nein |", "| Lesen | nein | ja | ja |", "| Früh schlafen | ja | nein | nein |");
		expect(fired(family)).toBe(false);
		expect(note(family).frameworks).toEqual([]);
	});

	it("says nothing of a grid of stars, which raters across give as often as things across get", () => {
		const films = lines("# Sonntag", "", "| Film | Anna | Ben | Clara |", "|---|---|---|---|", "| Dune | ⭐⭐⭐⭐ | ⭐⭐⭐ | ⭐⭐⭐⭐⭐ |", "| Barbie | ⭐⭐⭐ | ⭐⭐⭐⭐ | ⭐⭐ |", "| Oppenheimer | ⭐⭐⭐⭐⭐ | ⭐⭐⭐⭐ | ⭐⭐⭐⭐ |", "| Wonka | ⭐⭐ | ⭐⭐⭐ | ⭐⭐⭐ |");
		expect(fired(films)).toBe(false);
		expect(note(films).frameworks).not.toContain("Anna");
	});

	it("says nothing of a grid of numbers or of words: only marks put one question to every pair", () => {
		const sizes = lines("# Größentabelle", "", "| Maß | S | M | L |", "|---|---|---|---|", "| Brust | 88 | 96 | 104 |", "| Taille | 74 | 82 | 90 |", "| Hüfte | 92 | 100 | 108 |", "| Länge | 68 | 70 | 72 |");
		expect(fired(sizes)).toBe(false);
		expect(note(sizes).frameworks).toEqual([]);
		const stats = lines("# Latency", "", "| Endpoint | Min | Max | Mean |", "|---|---|---|---|", "| /login | 12 ms | 80 ms | 30 ms |", "| /search | 40 ms | 300 ms | 95 ms |", "| /feed | 20 ms | 150 ms | 48 ms |", "| /upload | 90 ms | 900 ms | 210 ms |");
		expect(fired(stats)).toBe(false);
	});
	it("says nothing where the note is about what its first column holds: habits, competencies, duties checked per person, module or room", () => {
		const habits = lines("# 今月の習慣", "", "| 習慣 | 祖父 | 祖母 | 息子 |", "|---|---|---|---|", "| 朝の散歩 | ◎ | ○ | × |", "| 日記を書く | △ | ◎ | ○ |", "| 水を二リットル | ○ | △ | × |", "| 夜十時に寝る | × | ○ | △ |");
		expect(fired(habits)).toBe(false);
		expect(note(habits).frameworks).toEqual([]);
		const skills = lines("# 직무 역량 점검", "", "| 역량 | 신입 | 주임 | 대리 |", "|---|---|---|---|", "| 고객 응대 경험 | △ | ○ | ◎ |", "| 보고서 작성 능력 | × | ○ | ◎ |", "| 예산 관리 경험 | × | △ | ○ |", "| 외국어 의사소통 | △ | △ | ○ |");
		expect(fired(skills)).toBe(false);
		expect(note(skills).frameworks).toEqual([]);
		const duties = lines("# Aufgaben im Haus", "", "## Aufgabe pro Zimmer", "", "| Aufgabe | Küche | Bad | Flur |", "|---|---|---|---|", "| Boden wischen | ja | ja | teilweise |", "| Fenster putzen | ja | nein | nein |", "| Abfluss reinigen | ja | ja | nein |", "| Regale abstauben | teilweise | nein | ja |");
		expect(fired(duties)).toBe(false);
	});

	it("still reads the things across where the title names them, or compounds or pluralises the criteria's kind", () => {
		const compound = lines("# Funktionsvergleich", "", "| Funktion | Posteo | Mailbox | Tuta |", "|---|---|---|---|", "| Eigene Domain | nein | ja | ja |", "| Kalender mit Freigabe | ja | teilweise | ja |", "| Verschlüsselte Ablage | teilweise | ja | ja |", "| Werbefreie Oberfläche | ja | ja | ja |");
		expect(fired(compound)).toBe(true);
		expect(note(compound).frameworks).toEqual(["Posteo", "Mailbox", "Tuta"]);
		const insurers = lines("# Hausratversicherungen", "", "| Leistung | Huk | Allianz | Ergo |", "|---|---|---|---|", "| Fahrraddiebstahl nachts | nein | ja | teilweise |", "| Überspannung durch Blitz | ja | ja | ja |", "| Glasbruch ohne Aufpreis | teilweise | nein | ja |", "| Weltweiter Schutz | ja | teilweise | nein |");
		expect(fired(insurers)).toBe(true);
		expect(note(insurers).frameworks).toEqual(["Huk", "Allianz", "Ergo"]);
		const plural = lines("# Fonctionnalités", "", "| Fonction | Qonto | Shine | Revolut |", "|---|---|---|---|", "| Carte virtuelle gratuite | oui | oui | partiel |", "| Dépôt de chèques | oui | non | non |", "| Comptabilité intégrée | partiel | oui | non |", "| Virements instantanés | oui | oui | oui |");
		expect(fired(plural)).toBe(true);
	});
});
