// The rows-kind rule (src/core/model/evidence/rows-kind.ts): values alike down each column make
// the rows records of one kind, which a log's entries are as much as a shortlist's products.
// Where the values are the rows' only evidence, the note must say what the rows are (its title,
// file name, aliases or headings name the top-left cell's kind), or they are read as a log.
// Made-up notes, with notes where it must act and notes where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { namesKind } from "../../../src/core/model/evidence/rows-kind";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string, path = "note.md") => buildNoteModel({ path, text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string, path = "note.md") =>
	analyzeNote({ path, text }, NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "rows-kind"));

describe("records of one kind down the rows need the note to say what they are (rows-kind)", () => {
	it("gives no toolbar to a log of runs, of meals or of plants watered", () => {
		const runs = lines("# Saturday", "", "| Route | Distance | Time |", "|---|---|---|", "| Riverside loop | 8 km | 41 min |", "| Park hill | 5 km | 29 min |", "| Old bridge | 12 km | 66 min |");
		expect(fired(runs)).toBe(true);
		expect(note(runs).frameworks).toEqual([]);
		const meals = lines("# Week 12", "", "| Meal | Calories | Rating |", "|---|---|---|", "| Porridge | 350 kcal | ⭐⭐⭐ |", "| Dal | 520 kcal | ⭐⭐⭐⭐ |", "| Risotto | 640 kcal | ⭐⭐⭐⭐⭐ |");
		expect(fired(meals)).toBe(true);
		expect(note(meals).frameworks).toEqual([]);
	});

	it("reads the kind in any language, and the note's name counts as its title", () => {
		const plants = lines("| Pflanze | Gegossen | Wasser |", "|---|---|---|", "| Monstera | ✅ | 500 ml |", "| Ficus | ✅ | 300 ml |", "| Kaktus | ❌ | 0 ml |");
		expect(fired(plants, "Balkon Juni.md")).toBe(true);
		expect(note(plants, "Balkon Juni.md").frameworks).toEqual([]);
		// Named by the note ("Zimmerpflanzen", a compound ending in the kind, is not; "Pflanzen im Vergleich" is).
		expect(fired(plants, "Pflanzen im Vergleich.md")).toBe(false);
		expect(note(plants, "Pflanzen im Vergleich.md").frameworks).toEqual(["Monstera", "Ficus", "Kaktus"]);
	});

	it("keeps a shortlist whose title names what its rows are", () => {
		const bikes = lines("# Commuter bikes", "", "| Bike | Weight | Gears | Price |", "|---|---|---|---|", "| Brompton | 11 kg | 6 | 1,900 € |", "| Tern | 12 kg | 8 | 1,500 € |", "| Dahon | 10 kg | 7 | 900 € |");
		expect(fired(bikes)).toBe(false);
		expect(note(bikes).frameworks).toEqual(["Brompton", "Tern", "Dahon"]);
		const libraries = lines("# Date libraries", "", "| Library | Size | Tree-shaking |", "|---|---|---|", "| Luxon | 70 kB | ❌ |", "| Day | 7 kB | ✅ |", "| Moment | 290 kB | ❌ |");
		expect(fired(libraries)).toBe(false);
	});

	it("keeps rows that have evidence of their own: a link, a mention, a product's spelling", () => {
		const linked = lines("# Sunday", "", "| Tool | Time | Memory |", "|---|---|---|", "| [fd](https://github.com/sharkdp/fd) | 0.2 s | 9 MB |", "| [find](https://www.gnu.org/software/findutils/) | 1.9 s | 3 MB |", "| [bfs](https://github.com/tavianator/bfs) | 0.4 s | 6 MB |");
		expect(fired(linked)).toBe(false);
		expect(note(linked).frameworks).toEqual(["fd", "find", "bfs"]);
		const spelled = lines("# Shortlist", "", "| Model | Battery | Weight |", "|---|---|---|", "| ThinkPad X1 | 57 Wh | 1.1 kg |", "| MacBook Air | 53 Wh | 1.2 kg |", "| Zenbook 14 | 75 Wh | 1.2 kg |");
		expect(fired(spelled)).toBe(false);
		expect(note(spelled).frameworks).toEqual(["ThinkPad X1", "MacBook Air", "Zenbook 14"]);
	});

	it("keeps rows spelled with an acronym, rows that name themselves again, and names crossed with operations", () => {
		const acronym = lines("| Library | Bundle | Stars |", "|---|---|---|", "| Tailwind CSS | 10 KB | 80k |", "| Styled Components | 12 KB | 40k |", "| Emotion | 8 KB | 17k |");
		expect(fired(acronym)).toBe(false);
		const repeated = lines("| Model | Released | Weights | Params (B) |", "|---|---|---|---|", "| Falcon | 2023/05 | [Falcon](https://huggingface.co/tiiuae/falcon-7b) | 7 |", "| Dolly | 2023/04 | [Dolly](https://huggingface.co/databricks/dolly-v2-12b) | 12 |", "| Pythia | 2023/04 | [Pythia](https://github.com/EleutherAI/pythia) | 12 |");
		expect(fired(repeated)).toBe(false);
		expect(note(repeated).frameworks).toEqual(["Falcon", "Dolly", "Pythia"]);
		const grid = lines("| Case | Time | Memory |", "|---|---|---|", "| Solid render | 28 ms | 7 MB |", "| Svelte render | 31 ms | 8 MB |", "| Solid update | 8 ms | 7 MB |", "| Svelte update | 10 ms | 8 MB |");
		expect(fired(grid)).toBe(false);
		// A header cell without letters is neither capitalised nor not: `lodash` under `| # | Library |` is a name as written.
		const numbered = lines("| # | Library | Stars | Licence |", "|---|---|---|---|", "| 1 | lodash | 59k | MIT |", "| 2 | ramda | 24k | MIT |", "| 3 | remeda | 4k | MIT |");
		expect(note(numbered).frameworks).toEqual(["lodash", "ramda", "remeda"]);
	});

	it("says nothing of a feature matrix, a benchmark table with units, pros and cons, or a sectioned matrix", () => {
		const matrix = lines("# Notes", "", "| Feature | Obsidian | Logseq | Notion |", "|---|---|---|---|", "| Offline | ✅ | ✅ | ❌ |", "| Plugins | ✅ | ✅ | ⚠️ |", "| Price | free | free | $10 |");
		expect(fired(matrix)).toBe(false);
		expect(note(matrix).frameworks).toEqual(["Obsidian", "Logseq", "Notion"]);
		const bench = lines("# Results", "", "| Runtime | Startup | Memory |", "|---|---|---|", "| node | 40 ms | 45 MB |", "| bun | 9 ms | 30 MB |", "| deno | 25 ms | 38 MB |");
		expect(fired(bench)).toBe(false);
		expect(note(bench).frameworks).toEqual(["node", "bun", "deno"]);
		const prosCons = lines("# Hugo or Jekyll", "", "| | Hugo | Jekyll |", "|---|---|---|", "| Pros | fast builds | GitHub Pages |", "| Cons | Go templates | slow on big sites |");
		expect(fired(prosCons)).toBe(false);
		expect(note(prosCons).frameworks).toEqual(["Hugo", "Jekyll"]);
		const sections = lines("# Editors", "", "| | VS Code | Zed | Helix |", "|---|---|---|---|", "| **Editing** | | | |", "| Multi-cursor | ✓ | ✓ | ✓ |", "| **Extensions** | | | |", "| Marketplace | ✓ | ✗ | ✗ |");
		expect(fired(sections)).toBe(false);
	});

	it("reads the kind by a word's beginning, or inside text written without spaces", () => {
		expect(namesKind("Notiz-Apps im Vergleich", "app")).toBe(true);
		expect(namesKind("Utility libraries", "library")).toBe(true);
		expect(namesKind("Dinners this month", "dish")).toBe(false);
		expect(namesKind("Leg day", "exercise")).toBe(false);
		expect(namesKind("クエリの計測", "クエリ")).toBe(true);
	});
});
