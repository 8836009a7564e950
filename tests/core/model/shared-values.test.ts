// The shared-values rule (src/core/model/evidence/shared-values.ts): an attribute of short
// categorical words has few values, which the things compared share (`hand | hand | electric`
// down a column of grinders, `günstig | günstig | teuer` across a row of mail providers), while
// one thing's values answer different questions and seldom repeat a word. Made-up notes in
// several languages where it must decide the table, and logs, rosters, glossaries, schedules and
// settings of the same shape where it must give no toolbar.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string, path = "note.md") => buildNoteModel({ path, text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** The side shared-values spoke for in the note's first table, or null when it said nothing. */
const spokeFor = (text: string, path = "note.md") => {
	const group = analyzeNote({ path, text }, NO_VAULT).explanation[0];
	if (group?.rows.evidence.some((e) => e.rule === "shared-values")) return "rows";
	if (group?.columns.evidence.some((e) => e.rule === "shared-values")) return "columns";
	return null;
};

/** Four site generators across seven rows of short answers, one row given. */
const siteGenerators = (pluginsRow: string) =>
	lines(
		"# Picking a site generator",
		"",
		"| **Generator** | **Hugo** | **Jekyll** | **Eleventy** | **Astro** |",
		"|---|---|---|---|---|",
		"| Build speed | Fast | Slow | Fast | Medium |",
		"| Templating | Good | Plain | Flexible | Flexible |",
		"| Themes | Many | Many | Few | Some |",
		"| Learning curve | Steep | Gentle | Gentle | Moderate |",
		"| Community | Good | Large | Growing | Growing |",
		pluginsRow,
		"| Docs | Dense | Clear | Clear | Clear |",
	);

describe("categories the things compared share decide the table (shared-values)", () => {
	it("takes grinders down the rows when their types and noise levels repeat down the columns", () => {
		const text = lines(
			"# Espresso grinders",
			"",
			"| Grinder | Burr | Power | Noise |",
			"|---|---|---|---|",
			"| Kinu | conical | hand | quiet |",
			"| Niche | conical | electric | loud |",
			"| Lagom | flat | electric | quiet |",
		);
		expect(spokeFor(text)).toBe("rows");
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(text).frameworks).toEqual(["Kinu", "Niche", "Lagom"]);
	});

	it("takes mobile frameworks down the rows beside two columns of sentences, in Spanish", () => {
		const text = lines(
			"# Frameworks para apps móviles",
			"",
			"| Framework | Lenguaje Base | Desarrollado por | Ventajas | Desventajas |",
			"|---|---|---|---|---|",
			"| Flutter | Dart | Google | Un solo código para iOS y Android con buen rendimiento | El tamaño de la app final es grande |",
			"| React Native | JavaScript | Meta | Mucha comunidad y librerías disponibles para todo | El puente nativo puede ser lento |",
			"| Ionic | JavaScript | Drifty | Se escribe con tecnologías web que ya conocemos | El rendimiento es menor que en las nativas |",
		);
		expect(spokeFor(text)).toBe("rows");
		expect(note(text).frameworks).toEqual(["Flutter", "React Native", "Ionic"]);
	});

	it("takes the rows under a blank top-left cell, which gives them no kind a log could be of", () => {
		const text = lines(
			"# Where to keep photos",
			"",
			"| | Storage | Sharing | Editing |",
			"|---|---|---|---|",
			"| Ente | cloud | links | basic |",
			"| Immich | own server | links | none yet |",
			"| Lightroom | cloud | albums | full |",
		);
		expect(spokeFor(text)).toBe("rows");
		expect(note(text).frameworks).toEqual(["Ente", "Immich", "Lightroom"]);
	});

	it("takes mail providers across a German header whose top-left cell is bold", () => {
		const text = lines(
			"# Mailanbieter",
			"",
			"| **Kriterium** | Posteo | Tuta | Mailbox |",
			"|---|---|---|---|",
			"| Preis | günstig | günstig | teuer |",
			"| Kalender | einfach | gut | gut |",
			"| Standort | Berlin | Hannover | Berlin |",
		);
		expect(spokeFor(text)).toBe("columns");
		expect(note(text).frameworks).toEqual(["Posteo", "Tuta", "Mailbox"]);
	});

	it("takes flash-card apps across a Japanese header", () => {
		const text = lines(
			"# 単語アプリ",
			"",
			"| 項目 | Anki | Quizlet | Memrise |",
			"|---|---|---|---|",
			"| 価格 | 無料 | 有料 | 有料 |",
			"| 同期 | 手動 | 自動 | 自動 |",
			"| 広告 | なし | あり | あり |",
		);
		expect(spokeFor(text)).toBe("columns");
		expect(note(text).frameworks).toEqual(["Anki", "Quizlet", "Memrise"]);
	});

	it("takes names written in lower case across an empty top-left cell, in Spanish", () => {
		const text = lines(
			"# Música en streaming",
			"",
			"| | spotify | apple music | deezer |",
			"|---|---|---|---|",
			"| precio | de pago | de pago | gratis |",
			"| calidad | alta | alta | media |",
			"| letras | sí tiene | sí tiene | no tiene |",
		);
		expect(spokeFor(text)).toBe("columns");
		expect(note(text).frameworks).toEqual(["spotify", "apple music", "deezer"]);
	});

	it("takes site generators across a header when one generator's own answers meet once by chance", () => {
		// Hugo's column says `Good` twice; six of the seven rows repeat a word among others.
		const text = siteGenerators("| Plugins | Built-in | Gems | Npm | Npm |");
		expect(spokeFor(text)).toBe("columns");
		expect(note(text).frameworks).toEqual(["Hugo", "Jekyll", "Eleventy", "Astro"]);
	});

	it("takes note apps down the rows of a Chinese note whose title names their kind", () => {
		const text = lines(
			"# 笔记软件对比",
			"",
			"| 软件 | 存储 | 价格 | 特点 |",
			"|---|---|---|---|",
			"| 思源 | 本地 | 免费 | 块引用 |",
			"| 语雀 | 云端 | 付费 | 协作 |",
			"| 印象 | 云端 | 免费 | 剪藏 |",
		);
		expect(spokeFor(text)).toBe("rows");
		expect(note(text).frameworks).toEqual(["思源", "语雀", "印象"]);
	});
});

describe("records that share categories but compare nothing get no toolbar", () => {
	it("a roster: people down the rows, roles and teams repeating, nothing naming the people as what the note is about", () => {
		const text = lines(
			"# Who does what",
			"",
			"| Name | Role | Team | Location |",
			"|---|---|---|---|",
			"| Anna | Engineer | Platform | Berlin |",
			"| Tom | Designer | Platform | Remote |",
			"| Priya | Engineer | Mobile | Berlin |",
		);
		expect(spokeFor(text)).toBeNull();
		expect(note(text).frameworks).toEqual([]);
	});

	it("a log of dinners: dishes with the cook and the cuisine repeating", () => {
		const text = lines(
			"# Dinners this week",
			"",
			"| Dish | Cook | Cuisine | Verdict |",
			"|---|---|---|---|",
			"| Lasagne | Tom | Italian | again |",
			"| Ramen | Anna | Japanese | again |",
			"| Risotto | Tom | Italian | once |",
		);
		expect(spokeFor(text)).toBeNull();
		expect(note(text).frameworks).toEqual([]);
	});

	it("a training log kept by day: the workouts repeat, the days are the keys of a log", () => {
		const text = lines(
			"# Training",
			"",
			"| Day | Workout | Place | Feeling |",
			"|---|---|---|---|",
			"| Monday | run | park | good |",
			"| Wednesday | swim | pool | tired |",
			"| Friday | run | park | great |",
		);
		expect(note(text).frameworks).toEqual([]);
		expect(note(text).tables[0]?.frameworkAxis).toBe("none");
	});

	it("a glossary: a kind of term repeating beside its definition", () => {
		const text = lines(
			"# Terms",
			"",
			"| Term | Kind | Meaning |",
			"|---|---|---|",
			"| Backlink | link | a link from another note to this one |",
			"| Alias | name | another name a note is found by |",
			"| Embed | link | a note or a picture shown inside another one |",
		);
		expect(spokeFor(text)).toBeNull();
		expect(note(text).frameworks).toEqual([]);
	});

	it("a week's schedule: the same activity on several days is a plan, not an attribute of days compared", () => {
		const text = lines(
			"# Week plan",
			"",
			"| Time | Monday | Tuesday | Wednesday |",
			"|---|---|---|---|",
			"| Morning | gym | writing | gym |",
			"| Afternoon | meetings | meetings | reading |",
			"| Evening | cooking | friends | cooking |",
		);
		expect(note(text).frameworks).toEqual([]);
		expect(note(text).tables[0]?.frameworkAxis).toBe("none");
	});

	it("a settings table: options written as code, their types and scopes repeating", () => {
		const text = lines(
			"# Sync settings",
			"",
			"| Setting | Type | Default | Scope |",
			"|---|---|---|---|",
			"| `interval` | number | 60 | vault |",
			"| `conflicts` | choice | ask | vault |",
			"| `folder` | path | root | device |",
			"| `mode` | choice | push | device |",
		);
		expect(note(text).frameworks).toEqual([]);
	});

	it("a table of recommendations: the things compared named again as answers are no category", () => {
		const text = lines(
			"# Editors",
			"",
			"| Editor | Speed | Price | Modes |",
			"|---|---|---|---|",
			"| Vim | fast | free | modal |",
			"| Sublime | fast | paid | plain |",
			"| Gedit | slow | free | plain |",
			"",
			"## Tasks",
			"",
			"| Task | Pick | Why |",
			"|---|---|---|",
			"| Servers | Vim | always there |",
			"| Notes | Sublime | fast search |",
			"| Commits | Vim | in the terminal |",
		);
		const second = analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[1];
		expect(second?.rows.evidence.some((e) => e.rule === "shared-values")).toBe(false);
		expect(note(text).frameworks).toEqual(["Vim", "Sublime", "Gedit"]);
	});

	it("an install table: package managers and packages written as code repeat as instructions do", () => {
		const text = lines(
			"# Installing fd",
			"",
			"## Distributions",
			"",
			"| Distribution | Manager | Package |",
			"|---|---|---|",
			"| Debian | `apt` | `fd-find` |",
			"| Ubuntu | `apt` | `fd-find` |",
			"| Fedora | `dnf` | `fd` |",
		);
		expect(spokeFor(text)).toBeNull();
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing where the things' own answers meet as often as the categories repeat", () => {
		// Jekyll's column now says `Slow` twice too: two of four columns, no longer chance.
		expect(spokeFor(siteGenerators("| Plugins | Built-in | Slow | Npm | Npm |"))).toBe(null);
	});

	it("says nothing of marks, numbered values or a column of one constant", () => {
		// ✓ twice down a column and across a row alike: marks repeat along any line.
		const marks = lines("| Feature | Obsidian | Notion |", "|---|---|---|", "| Offline | ✓ | ✗ |", "| Databases | ✓ | ✓ |", "| Local files | ✓ | ✗ |");
		expect(spokeFor(marks)).toBeNull();
		// `Tier 1` twice is a numbered level, as a rating is: no category of words.
		const tiers = lines("# Platforms", "", "| Platform | Support | Since |", "|---|---|---|", "| Linux | Tier 1 | old |", "| macOS | Tier 1 | new |", "| BSD | Tier 2 | older |");
		expect(spokeFor(tiers)).toBeNull();
		// One word down every row is the table's constant, not a category with values shared.
		const constant = lines("# Components", "", "| Component | Since | Until |", "|---|---|---|", "| Sandbox | beta | stable |", "| Transfer | beta | stable |", "| Shim | beta | stable |");
		expect(spokeFor(constant)).toBeNull();
	});
});
