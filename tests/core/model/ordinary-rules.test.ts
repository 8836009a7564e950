// The rules built from ordinary comparison notes (issue 12's review): made-up notes of
// the kinds Obsidian users keep, read through the whole note model. Each rule has notes
// where it must act and notes where it must say nothing: feature matrices, benchmark
// tables, attribute tables and matrices cut into sections.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string, path = "note.md") => buildNoteModel({ path, text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** Every rule that spoke of any label or side of the note's tables. */
const rulesIn = (text: string) =>
	new Set(
		analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
			(["rows", "columns"] as const).flatMap((side) => [...group[side].evidence.map((e) => e.rule), ...group[side].names.flatMap((name) => name.evidence.map((e) => e.rule))]),
		),
	);

describe("a cell of only an image names nothing (image-label)", () => {
	it("gives no toolbar to a header of logos: the alt texts are no names", () => {
		const model = note(
			lines(
				"| | ![Chart](chart.png) | ![](cloud.svg) | ![Sync](sync.png) |",
				"|---|---|---|---|",
				"| Offline | ✅ | ✅ | ❌ |",
				"| Price | Free | Free | $10 |",
				"| History | 30 days | 1 year | None |",
			),
		);
		expect(model.frameworks).toEqual([]);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
	});

	it("reads embedded images the same way", () => {
		const model = note(lines("| | ![[chart.png]] | ![[logo.svg]] |", "|---|---|---|", "| Offline | ✅ | ❌ |", "| Price | Free | $10 |"));
		expect(model.frameworks).toEqual([]);
	});

	it("keeps the names across when a row of logos stands among the attributes", () => {
		const model = note(
			lines(
				"| | VS Code | Zed | Helix |",
				"|---|---|---|---|",
				"| Logo | ![](vscode.svg) | ![Zed logo](zed.svg) | ![Chart](helix.png) |",
				"| Startup | 900 ms | 120 ms | 40 ms |",
				"| Plugins | ✅ | ⚠️ | ❌ |",
			),
		);
		expect(model.frameworks).toEqual(["VS Code", "Zed", "Helix"]);
	});

	it("says nothing of a name written beside its logo, a feature matrix or a benchmark", () => {
		const logoAndName = lines("| Feature | ![](r.svg) React | ![](v.svg) Vue |", "|---|---|---|", "| JSX | ✅ | ⚠️ |", "| SFC | ❌ | ✅ |", "| Signals | ⚠️ | ✅ |");
		expect(rulesIn(logoAndName).has("image-label")).toBe(false);
		expect(note(logoAndName, "React vs Vue.md").frameworks).toEqual(["React", "Vue"]);
		const matrix = lines("| Feature | PostgreSQL | MySQL | SQLite |", "|---|---|---|---|", "| JSON | ✅ | ✅ | ⚠️ |", "| Replication | ✅ | ✅ | ❌ |");
		expect(rulesIn(matrix).has("image-label")).toBe(false);
		const bench = lines("| Library | ops/sec | Size (kB) |", "|---|---|---|", "| lodash | 1,250,000 | 71 |", "| ramda | 890,000 | 52 |", "| remeda | 1,430,000 | 12 |");
		expect(rulesIn(bench).has("image-label")).toBe(false);
	});
});

describe("a value cell of only an image is a value of its own kind (value-kinds)", () => {
	it("reads a column of screenshots as one attribute, so the apps down the rows are compared", () => {
		// Titled, as a note is: values alike down the columns alone could be a log's entries (rows-kind).
		const model = note(lines("# Note apps", "", "| App | Screenshot | Price |", "|---|---|---|", "| Obsidian | ![Chart](chart.png) | Free |", "| Logseq | ![](logseq.png) | Free |", "| Notion | ![Notion](notion.png) | $10 |"));
		expect(model.frameworks).toEqual(["Obsidian", "Logseq", "Notion"]);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
	});

	it("leaves a reading log with covers alone, and an awesome list with badges as it was", () => {
		const log = lines(
			"| Title | Cover | Author | Rating |",
			"|---|---|---|---|",
			"| The Pragmatic Programmer | ![](pragmatic.jpg) | Hunt, Thomas | ⭐⭐⭐⭐⭐ |",
			"| Designing Data-Intensive Applications | ![](ddia.jpg) | Martin Kleppmann | ⭐⭐⭐⭐ |",
			"| A Philosophy of Software Design | ![](aposd.jpg) | John Ousterhout | ⭐⭐⭐⭐ |",
		);
		expect(note(log).frameworks).toEqual([]);
		const badges = lines(
			"| Name | Stars | Language | Licence |",
			"|---|---|---|---|",
			"| [Hugo](https://gohugo.io) | ![stars](https://img.shields.io/github/stars/gohugoio/hugo) | Go | Apache 2.0 |",
			"| [Jekyll](https://jekyllrb.com) | ![stars](https://img.shields.io/github/stars/jekyll/jekyll) | Ruby | MIT |",
			"| [Eleventy](https://11ty.dev) | ![stars](https://img.shields.io/github/stars/11ty/eleventy) | JavaScript | MIT |",
		);
		expect(note(badges).frameworks).toEqual(["Hugo", "Jekyll", "Eleventy"]);
		// The table's rows keep the alt text: only detection reads an image as a value of its own kind.
		expect(note(badges).tables[0]?.rows[0]?.[1]).toBe("stars");
	});
});

describe("a first column of only images is passed over for the names beside it (subject column)", () => {
	it("reads the password managers named beside their logos", () => {
		const model = note(
			lines("| Logo | Name | Price | Open source |", "|---|---|---|---|", "| ![](bw.svg) | Bitwarden | Free | ✅ |", "| ![](1p.svg) | 1Password | $3 | ❌ |", "| ![](kp.svg) | KeePassXC | Free | ✅ |"),
		);
		expect(model.frameworks).toEqual(["Bitwarden", "1Password", "KeePassXC"]);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
	});

	it("passes over a first column of icons drawn by HTML components for the features named beside them, as a column of logos", () => {
		const icons = lines(
			"# Static site generators",
			"",
			"| | Feature | Hugo | Jekyll | Eleventy |",
			"|---|---|:-:|:-:|:-:|",
			"| <mdi-speed /> | Build speed | ✅ | ❌ | ✅ |",
			"| <mdi-language-ruby /> | Needs Ruby | ❌ | ✅ | ❌ |",
			"| <mdi-puzzle /> | Plugins | ❌ | ✅ | ✅ |",
			"| <mdi-translate /> | Multilingual | ✅ | ❌ | ⚠️ |",
		);
		expect(note(icons).tables[0]?.rows.map((row) => row[0])).toEqual(["", "", "", ""]);
		expect(note(icons).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(icons).frameworks).toEqual(["Hugo", "Jekyll", "Eleventy"]);
		// An icon font draws its icons as empty elements with a class.
		const fonts = lines("# Frontend frameworks", "", "|  | Framework | Stars | License |", "|---|---|---|---|", '| <i class="devicon-react-original"></i> | React | 230k | MIT |', '| <i class="devicon-vuejs-plain"></i> | Vue | 48k | MIT |', '| <i class="devicon-svelte-plain"></i> | Svelte | 80k | MIT |');
		expect(note(fonts).frameworks).toEqual(["React", "Vue", "Svelte"]);
		// A first column left empty is no column of pictures: the names across stay the things.
		const empty = lines("# React vs Vue ecosystem", "", "|  | React | Vue |", "|---|---|---|", "|  | Redux | Pinia |", "|  | Next.js | Nuxt |", "|  | React Router | Vue Router |", "|  | Jest | Vitest |");
		expect(note(empty).frameworks).toEqual(["React", "Vue"]);
	});

	it("takes no name from a first column of logos alone, and leaves first columns of names, row numbers and features as they were", () => {
		const logosAlone = lines("| | Price | Open source | Platforms |", "|---|---|---|---|", "| ![Bitwarden](bw.svg) | Free | ✅ | 6 |", "| ![1Password](1p.svg) | $3 | ❌ | 5 |", "| ![KeePassXC](kp.svg) | Free | ✅ | 3 |");
		expect(note(logosAlone).frameworks).toEqual([]);
		const numbered = lines("| # | Library | Stars | Licence |", "|---|---|---|---|", "| 1 | lodash | 59k | MIT |", "| 2 | ramda | 24k | MIT |", "| 3 | remeda | 4k | MIT |");
		expect(note(numbered).frameworks).toEqual(["lodash", "ramda", "remeda"]);
		const features = lines("| Feature | PostgreSQL | MySQL | SQLite |", "|---|---|---|---|", "| JSON columns | ✅ | ✅ | ⚠️ |", "| Full-text search | ✅ | ✅ | ✅ |", "| Replication | ✅ | ✅ | ❌ |", "| Runs in-process | ❌ | ❌ | ✅ |");
		expect(note(features).frameworks).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
	});
});

describe("a numbered series of one stem is keys (numbered-series)", () => {
	it("does not take benchmark queries q1, q2, q3 down the rows for names", () => {
		const text = lines("| query | duckdb | sqlite |", "|---|---|---|", "| q1 | 0.12 | 1.40 |", "| q2 | 0.30 | 2.10 |", "| q3 | 0.08 | 0.90 |", "| Total | 0.50 | 4.40 |");
		expect(rulesIn(text).has("numbered-series")).toBe(true);
		expect(note(text).frameworks).not.toContain("q1");
	});

	it("takes no product spelling from q1: queries coming back down two tables are still no names", () => {
		const text = lines(
			"| query | duckdb | sqlite | postgres |",
			"|---|---|---|---|",
			"| q1 | 0.12 | 1.40 | 0.80 |",
			"| q2 | 0.30 | 2.10 | 1.10 |",
			"| q3 | 0.08 | 0.90 | 0.50 |",
			"| q4 | 0.45 | 3.20 | 1.70 |",
			"",
			"## Cold cache",
			"",
			"| | DuckDB | ClickHouse | Polars |",
			"|---|---|---|---|",
			"| Q1 | 0.52 | 0.35 | 0.90 |",
			"| Q2 | 0.70 | 0.41 | 1.02 |",
			"| Q3 | 0.38 | 0.24 | 0.61 |",
		);
		const frameworks = note(text).frameworks.map((name) => name.toLowerCase());
		expect(frameworks).not.toContain("q1");
		expect(frameworks).not.toContain("q2");
	});

	it("leaves a series the values show as the things compared: a decision matrix's options, a game's sequels", () => {
		const options = note(lines("# Which apartment", "", "| Criterion | Option 1 | Option 2 | Option 3 |", "|---|---|---|---|", "| Rent | 1,200 | 1,450 | 1,100 |", "| Commute | 20 min | 10 min | 35 min |", "| Balcony | ✅ | ✅ | ❌ |"));
		expect(options.frameworks).toEqual(["Option 1", "Option 2", "Option 3"]);
		const sequels = note(lines("| | Halo 1 | Halo 2 | Halo 3 |", "|---|---|---|---|", "| Year | 2001 | 2004 | 2007 |", "| Metacritic | 97 | 95 | 94 |", "| Dual wielding | ❌ | ✅ | ✅ |"));
		expect(sequels.frameworks).toEqual(["Halo 1", "Halo 2", "Halo 3"]);
	});

	it("keeps the engines down the rows when the tests across are numbered", () => {
		const model = note(
			lines("| Engine | test 1 | test 2 | test 3 |", "|---|---|---|---|", "| V8 | 120 ms | 80 ms | 95 ms |", "| SpiderMonkey | 140 ms | 85 ms | 110 ms |", "| JavaScriptCore | 130 ms | 70 ms | 100 ms |"),
		);
		expect(model.frameworks).toEqual(["V8", "SpiderMonkey", "JavaScriptCore"]);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
	});

	it("lends no length to the other side: numbered tests beside Expected and Actual compare nothing", () => {
		const text = lines("| Test | Expected | Actual |", "|---|---|---|", "| test 1 | 42 | 42 |", "| test 2 | 17 | 17 |", "| test 3 | 8 | 9 |");
		expect(rulesIn(text).has("label-length")).toBe(false);
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing of releases, of names with different stems, of a feature matrix or a sectioned matrix", () => {
		const releases = lines("| Feature | Node 18 | Node 20 | Node 22 |", "|---|---|---|---|", "| fetch | ⚠️ | ✅ | ✅ |", "| Test runner | ⚠️ | ✅ | ✅ |");
		expect(rulesIn(releases).has("numbered-series")).toBe(false);
		const browsers = lines("| API | Chrome 120 | Firefox 121 | Safari 17 |", "|---|---|---|---|", "| WebGPU | ✅ | ❌ | ❌ |", "| Popover | ✅ | ✅ | ✅ |");
		expect(rulesIn(browsers).has("numbered-series")).toBe(false);
		const sections = lines(
			"## Relational",
			"",
			"| Criterion | Postgres | MySQL |",
			"|---|---|---|",
			"| Licence | PostgreSQL | GPL |",
			"| Transactions | ✅ | ✅ |",
			"",
			"## Document",
			"",
			"| Criterion | MongoDB | CouchDB |",
			"|---|---|---|",
			"| Licence | SSPL | Apache 2.0 |",
			"| Transactions | ✅ | ❌ |",
		);
		expect(rulesIn(sections).has("numbered-series")).toBe(false);
		expect(note(sections).frameworks).toEqual(["Postgres", "MySQL", "MongoDB", "CouchDB"]);
		const runtimes = lines("| Runtime | Startup (ms) | Memory (MB) |", "|---|---|---|", "| Node | 40 | 38 |", "| Deno | 25 | 30 |", "| Bun | 8 | 22 |");
		expect(rulesIn(runtimes).has("numbered-series")).toBe(false);
	});
});

describe("names with release numbers beside others so numbered (the release-number name form)", () => {
	it("shows browsers with versions without the number, where the values read the side", () => {
		// The values run in kinds along the rows (words, marks, marks): the browsers are across.
		const model = note(lines("| Fonction | Chrome 120 | Firefox 121 | Safari 17 |", "|---|---|---|---|", "| Outils de développement | Excellents | Excellents | Bons |", "| Extensions | ✅ | ✅ | ⚠️ |", "| WebGPU | ✅ | ❌ | ❌ |"));
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Chrome", "Firefox", "Safari"]);
	});

	it("keeps the number where the note writes one name with two numbers", () => {
		const text = lines(
			"| Model | Params | Licence |",
			"|---|---|---|",
			"| Falcon | 40B | Apache 2.0 |",
			"| RWKV 4 | 14B | Apache 2.0 |",
			"",
			"| Model | Params | Licence |",
			"|---|---|---|",
			"| Falcon 2 | 11B | Apache 2.0 |",
			"| RWKV 5 | 7B | Apache 2.0 |",
		);
		const frameworks = note(text).frameworks;
		expect(frameworks).toContain("RWKV 4");
		expect(frameworks).toContain("RWKV 5");
	});

	// A release number says a label is a product's release; the systems a thing runs on are
	// releases as often as the things compared are. In a grid of ✓ the number decides no side.
	it("gives a grid of marks no toolbar of releases, whichever side they stand on", () => {
		const systemsDown = lines("| OS | Obsidian | Logseq | Notion |", "|---|---|---|---|", "| Windows 11 | ✅ | ✅ | ✅ |", "| macOS 14 | ✅ | ✅ | ✅ |", "| Ubuntu 22 | ✅ | ✅ | ❌ |", "| iOS 17 | ✅ | ✅ | ✅ |", "| Android 14 | ✅ | ✅ | ✅ |");
		// No toolbar of the systems. (Since judged-across, five criteria down put to three cells across read
		// the apps as compared, as review's os-support-note-apps, the same grid, was read before any rule ran.)
		expect(note(systemsDown).frameworks).not.toContain("Windows");
		expect(note(systemsDown).frameworks).not.toContain("Windows 11");
		const oneSystemAcross = lines("| App | Windows 10 | Windows 11 |", "|---|---|---|", "| Obsidian | ✅ | ✅ |", "| Zotero | ✅ | ✅ |", "| Old scanner tool | ✅ | ❌ |");
		expect(note(oneSystemAcross).frameworks).toEqual([]);
		const systemsAcross = lines("| App | Windows 11 | macOS 14 | Ubuntu 24 |", "|---|---|---|---|", "| Obsidian | ✅ | ✅ | ✅ |", "| Logseq | ✅ | ✅ | ✅ |", "| Notion | ✅ | ✅ | ❌ |");
		expect(note(systemsAcross).frameworks).not.toContain("Windows");
		// The same grid with features down the rows and browsers across is no different by its shape.
		const browsers = lines("| API | Chrome 120 | Firefox 121 | Safari 17 |", "|---|---|---|---|", "| WebGPU | ✅ | ❌ | ❌ |", "| View Transitions | ✅ | ❌ | ✅ |", "| Popover | ✅ | ✅ | ✅ |");
		expect(note(browsers).frameworks).toEqual([]);
	});

	it("shapes no name of years, of standards numbered by edition, or of a log of weeks counted from one", () => {
		const standards = lines("| Standard | IE | Edge | Firefox |", "|---|---|---|---|", "| HTML 5 | Partial | Yes | Yes |", "| CSS 3 | Partial | Yes | Yes |", "| ES 6 | No | Yes | Yes |");
		expect(note(standards).frameworks).not.toContain("HTML");
		const weeks = lines("| Habit | Week 1 | Week 2 | Week 3 |", "|---|---|---|---|", "| Running | 3 | 2 | 4 |", "| Reading | 5 | 6 | 4 |");
		expect(note(weeks).frameworks).toEqual([]);
	});
});

describe("a heading in sentence case that lowers the note's labels names attributes (heading, named-together)", () => {
	const laptops = (heading: string) =>
		lines("# Laptops", "", heading, "", "| Laptop | Speed | Price |", "|---|---|---|", "| ThinkPad X1 | 9 | 1800 |", "| MacBook Air | 8 | 1200 |", "| XPS 13 | 8 | 1400 |");

	it("does not take Speed and Price for the things compared under \"## Speed and price\"", () => {
		const model = note(laptops("## Speed and price"));
		expect(model.frameworks).not.toContain("Speed");
		expect(model.frameworks).not.toContain("Price");
		expect(rulesIn(laptops("## Speed and price")).has("named-together")).toBe(false);
	});

	it("does not take Pros and Cons for names under \"## Pros and cons\"", () => {
		const text = lines("## Pros and cons", "", "| Tool | Pros | Cons |", "|---|---|---|", "| Hugo | Very fast builds | Go templates are awkward |", "| Jekyll | GitHub Pages support | Slow on big sites |", "| Eleventy | Flexible templates | Fewer themes |");
		expect(note(text).frameworks).toEqual([]);
	});

	it("still reads names set against each other in a heading, whatever their case", () => {
		const matrix = (heading: string, a: string, b: string) => lines(heading, "", `| Feature | ${a} | ${b} |`, "|---|---|---|", "| Stores | single | slices |", "| Boilerplate | low | high |", "| Devtools | ✅ | ✅ |");
		expect(note(matrix("## React and Vue", "React", "Vue")).frameworks).toEqual(["React", "Vue"]);
		// A name in lower case is written so in the table too: the heading keeps its spelling.
		expect(note(matrix("## zustand or Redux", "zustand", "Redux")).frameworks).toEqual(["zustand", "Redux"]);
		expect(note(matrix("## Redux vs Zustand", "Redux", "Zustand")).frameworks).toEqual(["Redux", "Zustand"]);
	});

	it("still counts a heading that is a label by itself, and headings in a script without case", () => {
		expect(rulesIn(laptops("## Price")).has("heading")).toBe(true);
		const chinese = lines("## 微信与钉钉", "", "| 方面 | 微信 | 钉钉 |", "|---|---|---|", "| 用户 | 个人 | 企业 |", "| 价格 | 免费 | 免费 |");
		expect(rulesIn(chinese).has("named-together")).toBe(true);
	});
});

describe("a column measured against one of the things is a summary, left out of value-kinds", () => {
	it("reads a benchmark grid with `vs` columns of gains by its frameworks across the header", () => {
		const grid = lines(
			"# Numflow vs Express vs Fastify",
			"",
			"### 일반 라우트 성능 비교",
			"",
			"| 시나리오 | Numflow | Express | Fastify | vs Express | vs Fastify |",
			"|---|---|---|---|---|---|",
			"| **Hello World** | 54,922 req/s<br/>1.24ms | 15,041 req/s<br/>6.04ms | 52,191 req/s<br/>1.23ms | **+265%** | +5% |",
			"| **JSON Response** | 43,923 req/s<br/>1.94ms | 14,383 req/s<br/>6.52ms | 53,043 req/s<br/>1.13ms | **+205%** | -17% |",
			"| **JSON Parse** | 36,682 req/s<br/>2.22ms | 12,422 req/s<br/>7.65ms | 32,339 req/s<br/>2.52ms | **+195%** | +13% |",
			"| **Route + Query** | 42,220 req/s<br/>2.05ms | 14,404 req/s<br/>6.41ms | 48,525 req/s<br/>1.38ms | **+193%** | -13% |",
			"",
			"Numflow, Express and Fastify were run on one machine; Numflow leads Express everywhere, Fastify in JSON Parse.",
		);
		const explained = analyzeNote({ path: "note.md", text: grid }, NO_VAULT).explanation[0];
		expect(explained?.rows.evidence.map((e) => e.rule)).not.toContain("value-kinds");
		expect(note(grid).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(grid).frameworks).toEqual(["Numflow", "Express", "Fastify"]);
	});
});
