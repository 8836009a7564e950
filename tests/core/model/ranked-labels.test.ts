// A ranked list numbers its rows by place ("1. esbuild"): the place is the row's, not part
// of the name, and the same thing ranks first in one table and third in the next. Made-up
// notes written for the rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a place in a ranking before a label", () => {
	const rankings = lines(
		"# esbuild vs Rspack vs Vite vs webpack",
		"",
		"I timed esbuild, Rspack, Vite and webpack on the same app, then measured what each wrote.",
		"",
		"## Cold build",
		"",
		"| Bundler | Time |",
		"|---|--:|",
		"| 1. esbuild | 0.4 s |",
		"| 2. Rspack | 0.9 s |",
		"| 3. Vite | 1.3 s |",
		"| 4. webpack | 6.1 s |",
		"",
		"## Output size",
		"",
		"| Bundler | Size |",
		"|---|--:|",
		"| 1. webpack | 41 KB |",
		"| 2. Vite | 43 KB |",
		"| 3. Rspack | 44 KB |",
		"| 4. esbuild | 47 KB |",
	);

	it("names each thing without its place: one toggle per bundler across both rankings", () => {
		expect(note(rankings).frameworks).toEqual(["esbuild", "Rspack", "Vite", "webpack"]);
	});
});

describe("places as other languages and rankings write them", () => {
	it("reads `1º Spring` as Spring in a Spanish ranking, the names its title sets against each other", () => {
		const ranking = lines(
			"# Spring vs Django vs Laravel vs Rails on Ruby",
			"",
			"## Mi Ranking",
			"",
			"|                  | Instalación | Curva de aprendizaje | Despliegue | Total |",
			"|------------------|-------------|----------------------|------------|-------|",
			"| 1º Spring        | 2           | 5                    | 3          | 20    |",
			"| 2º Django        | 4           | 4                    | 2          | 17    |",
			"| 3º Laravel       | 1           | 3                    | 4          | 15    |",
			"| 4º Rails on Ruby | 3           | 2                    | 1          | 10    |",
		);
		const model = note(ranking);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Spring", "Django", "Laravel", "Rails on Ruby"]);
	});

	it("reads `#1 Bun`, `1st Postgres` and `1位 ChatGPT` so, and keeps generations and runs (`1st Gen`, `2nd backup`)", () => {
		const places = (first: string, second: string, third: string) =>
			note(lines("# Bun vs Deno vs Node.js, Postgres vs MySQL vs SQLite, ChatGPT vs Claude vs Gemini", "", "| Name | Score | Licence |", "|---|--:|---|", `| ${first} | 9 | MIT |`, `| ${second} | 8 | Apache-2.0 |`, `| ${third} | 7 | BSD |`)).frameworks;
		expect(places("#1 Bun", "#2 Deno", "#3 Node.js")).toEqual(["Bun", "Deno", "Node.js"]);
		expect(places("1st Postgres", "2nd MySQL", "3rd SQLite")).toEqual(["Postgres", "MySQL", "SQLite"]);
		expect(places("1位 ChatGPT", "2位 Claude", "3位 Gemini")).toEqual(["ChatGPT", "Claude", "Gemini"]);
		const generations = lines("| Generation | Decode | Encode |", "|---|---|---|", "| 1st Gen Core | ✅ | ❌ |", "| 2nd Gen Core | ✅ | ✅ |", "| 3rd Gen Core | ✅ | ✅ |");
		expect(note(generations).frameworks).not.toContain("Gen Core");
		const backups = lines("| Run | restic | borg |", "|---|--:|--:|", "| 1st backup | 4.8 | 8.0 |", "| 2nd backup | 6.9 | 11.9 |", "| 3rd backup | 3.3 | 7.0 |");
		expect(note(backups).frameworks).not.toContain("backup");
	});

	it("keeps a place that counts one word told apart in brackets (`1st Gen (Zen)`, `1st floor (lobby)`)", () => {
		const cpus = lines("# Ryzen generations", "", "| Generation | Cores | Boost |", "|---|--:|--:|", "| 1st Gen (Zen) | 8 | 4.1 GHz |", "| 2nd Gen (Zen+) | 8 | 4.3 GHz |", "| 3rd Gen (Zen 2) | 16 | 4.7 GHz |", "| 4th Gen (Zen 3) | 16 | 4.9 GHz |");
		expect(note(cpus).frameworks.some((name) => name.startsWith("Gen"))).toBe(false);
		const floors = lines("# Office floors", "", "| Floor | Desks | Rent |", "|---|--:|--:|", "| 1st floor (lobby) | 12 | 900 |", "| 2nd floor (east wing) | 30 | 1400 |", "| 3rd floor (loft) | 8 | 700 |");
		expect(note(floors).frameworks).not.toContain("floor");
		// A maker's word before names of their own is no count: the places come off.
		const services = lines(
			"# Best AWS compute for a side project",
			"",
			"| Rank | Service | Monthly cost | Cold start |",
			"|---|---|---|---|",
			"| 1 | AWS Lambda | $0 | 200 ms |",
			"| 2 | AWS Fargate | $9 | none |",
			"| 3 | AWS Lightsail | $5 | none |",
			"",
			"| Service | Monthly cost |",
			"|---|---|",
			"| 1. AWS Lambda | $0 |",
			"| 2. AWS Fargate | $9 |",
			"| 3. AWS Lightsail | $5 |",
		);
		expect(note(services).tables[1]?.frameworkAxis).toBe("rows");
		expect(note(services).frameworks).toEqual(["AWS Lambda", "AWS Fargate", "AWS Lightsail"]);
	});
});

describe("a place written bare, spaces after it", () => {
	const choice = lines(
		"# Choix du framework",
		"",
		"| | Langage | Front-end | Back-end |",
		"|---|---|---|---|",
		"| **Vanilla JS** | JavaScript | HTML, CSS | Aucun |",
		"| **React.js** | JavaScript | JSX, CSS | Node.js (Express) |",
		"| **Vue.js** | JavaScript | Vue, CSS | Node.js (Express) |",
		"| **Angular** | TypeScript | Angular, CSS | Node.js (Express) |",
		"| **Symfony** | PHP | Twig, CSS | PHP |",
		"",
		"| Framework | Front-end | Back-end | Documentation | Pour débutant |",
		"|---|:-:|:-:|:-:|:-:|",
		"| 1 Vanilla JS (JS pur) | ❌ | ❌ | ✅ | ✅ |",
		"| 2 React.js | ✅ | ❌ | ✅ | ❌ |",
		"| 3 Vue.js | ✅ | ❌ | ✅ | ✅ |",
		"| 4 Angular | ✅ | ❌ | ✅ | ❌ |",
		"| 5  Symfony | ❌ | ✅ | ✅ | ✅ |",
	);

	it("reads the names after the places, as after `1.`", () => {
		const model = note(choice);
		// Numbered, the second table's names are the first's: each table holds up the other.
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["rows", "rows"]);
		expect(model.tables[1]?.frameworks).toEqual(["Vanilla JS", "React.js", "Vue.js", "Angular", "Symfony"]);
		expect(model.frameworks).toEqual(["Vanilla JS", "React.js", "Vue.js", "Angular", "Symfony"]);
	});

	it("keeps counts that run 1, 2, 3 (one word again and again after them) and two rows alone", () => {
		const threads = lines(
			"| Threads | zstd | lz4 |",
			"|---|--:|--:|",
			"| 1 thread | 410 MB/s | 690 MB/s |",
			"| 2 threads | 790 MB/s | 1320 MB/s |",
			"| 3 threads | 1150 MB/s | 1900 MB/s |",
		);
		expect(note(threads).frameworks).toEqual(["zstd", "lz4"]);
		const two = lines("| Plan | Price | Seats |", "|---|--:|--:|", "| 1 Team | 10 | 5 |", "| 2 Teams | 18 | 10 |");
		expect(note(two).frameworks).not.toContain("Team");
	});

	it("keeps a how-to's steps numbered bare, though the note gives each step a section", () => {
		const howto = lines(
			"# Sourdough bread",
			"",
			"| Step | Time | Temperature | Notes |",
			"|---|---|---|---|",
			"| 1 Mix | 10 min | 24 °C | Flour, water and starter |",
			"| 2 Rest | 60 min | 24 °C | Covered, out of drafts |",
			"| 3 Fold | 5 min | 24 °C | Four folds, thirty minutes apart |",
			"| 4 Shape | 10 min | 20 °C | Tight boule, seam up |",
			"| 5 Bake | 45 min | 250 °C | Lid on for the first twenty |",
			"",
			"## Mix",
			"",
			"Mix until no dry flour is left.",
			"",
			"## Rest",
			"",
			"Let it rest.",
			"",
			"## Bake",
			"",
			"Preheat the pot.",
		);
		expect(note(howto).frameworks).toEqual([]);
	});

	it("keeps a how-to's steps whose words come back only in the same table, under `Next step`", () => {
		const steps = lines(
			"# Bread in steps",
			"",
			"| Step | Next step | Duration | Temperature |",
			"|---|---|---|---|",
			"| 1 Mix | Knead | 10 min | 24 °C |",
			"| 2 Knead | Proof | 15 min | 24 °C |",
			"| 3 Proof | Bake | 60 min | 27 °C |",
			"| 4 Bake | Cool | 35 min | 230 °C |",
		);
		expect(note(steps).frameworks).toEqual([]);
	});

	it("keeps a how-to's steps and a recipe's quantities, whose words the note writes nowhere alone", () => {
		const steps = lines(
			"# Making bread",
			"",
			"| Step | Duration | Temperature |",
			"|---|---|---|",
			"| 1 Mix | 10 min | 24 °C |",
			"| 2 Knead | 15 min | 24 °C |",
			"| 3 Proof | 60 min | 27 °C |",
			"| 4 Bake | 35 min | 230 °C |",
		);
		expect(note(steps).tables[0]?.frameworkAxis).toBe("none");
		const ingredients = lines(
			"# Pancakes",
			"",
			"| Ingredient | Calories | Protein |",
			"|---|---|---|",
			"| 1 cup flour | 455 | 13 g |",
			"| 2 eggs | 140 | 12 g |",
			"| 3 tbsp sugar | 145 | 0 g |",
			"| 4 tbsp butter | 400 | 0 g |",
		);
		expect(note(ingredients).frameworks).not.toContain("eggs");
		expect(note(ingredients).frameworks).not.toContain("cup flour");
	});
});

describe("numbers that are not places in a ranking", () => {
	it("keeps a number that is part of a name (1Password, 7-Zip)", () => {
		const managers = lines(
			"| Feature | 1Password | Bitwarden | KeePassXC |",
			"|---|---|---|---|",
			"| Price | $36/year | free | free |",
			"| Self-hosting | ❌ | ✅ | ✅ |",
			"| Passkeys | ✅ | ✅ | ✅ |",
		);
		expect(note(managers).frameworks).toContain("1Password");
	});

	it("gives no toolbar to the numbered steps of a how-to", () => {
		const steps = lines(
			"# Setting up the vault",
			"",
			"| Step | What to do | Time |",
			"|---|---|---|",
			"| 1. Install | Download the app and open it | 2 min |",
			"| 2. Create a vault | Pick a folder in your documents | 1 min |",
			"| 3. Sync | Turn on sync in the settings | 5 min |",
		);
		expect(note(steps).frameworks).toEqual([]);
	});

	it("keeps the day in a training log dated in German: no two days become one", () => {
		const log = lines(
			"# Lauftagebuch",
			"",
			"| Datum | Strecke | Zeit |",
			"|---|---|---|",
			"| 1. Mai | 5 km | 27:10 |",
			"| 3. Mai | 8 km | 44:02 |",
			"| 6. Mai | 5 km | 26:41 |",
			"| 9. Mai | 10 km | 55:30 |",
		);
		expect(note(log).frameworks).not.toContain("Mai");
		const daily = log.replace("3. Mai", "2. Mai").replace("6. Mai", "3. Mai").replace("9. Mai", "4. Mai");
		expect(note(daily).frameworks).not.toContain("Mai");
	});

	it("reads a version table with numbered releases as it read it before", () => {
		const releases = lines(
			"| Release | Date | Highlights |",
			"|---|---|---|",
			"| 1.2 | 2024-01-10 | canvas |",
			"| 1.3 | 2024-05-02 | properties |",
			"| 1.4 | 2024-09-18 | bases |",
		);
		expect(note(releases).frameworks).toEqual([]);
	});
});
