// Detection on small notes shaped like the real documents it failed on: each
// case is a kind of document, read through the whole note model as the plugin
// and the command line read it.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NoteContext, splitSubject } from "../../../src/core/model/evidence/context";
import { variantBase } from "../../../src/core/model/evidence/names";
import { valueKinds } from "../../../src/core/model/evidence/value-kinds";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";
import { VaultIndex } from "../../../src/core/vault/vault-index";

const note = (text: string, path = "note.md", overrides?: Parameters<typeof analyzeNote>[0]["overrides"]) =>
	buildNoteModel({ path, text, ...(overrides ? { overrides } : {}) }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("framework detection on kinds of real documents", () => {
	it("reads a list of projects down the rows from linked names and columns of like values, with no vault or title", () => {
		const model = note(
			lines(
				"| Name | Stars | Contributors | License |",
				"|---|---:|---:|---|",
				"| [Electron](https://github.com/electron/electron) | 112k | 1,180 | MIT |",
				"| [Tauri](https://github.com/tauri-apps/tauri) | 81k | 420 | Apache-2.0 |",
				"| [Neutralinojs](https://github.com/neutralinojs/neutralinojs) | 7.8k | 90 | MIT |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Electron", "Tauri", "Neutralinojs"]);
	});

	it("takes linked names across the top of a ✓/✗ matrix whatever the top-left cell says: empty, bold or another language", () => {
		for (const corner of ["", "**client**", "维度", "특징"]) {
			const model = note(
				lines(
					`| ${corner} | [got](https://github.com/sindresorhus/got) | [node-fetch](https://github.com/node-fetch/node-fetch) | [axios](https://github.com/axios/axios) |`,
					"|---|:-:|:-:|:-:|",
					"| HTTP/2 support | :heavy_check_mark: | :x: | :x: |",
					"| Browser support | :x: | ✅ | ✔️ |",
					"| Stream API | ✔ | ✔ | ❌ |",
					"| Progress events | ⚠️ | ✗ | ✓ |",
				),
			);
			expect(model.tables[0]?.frameworkAxis, `corner "${corner}"`).toBe("columns");
			expect(model.frameworks, `corner "${corner}"`).toEqual(["got", "node-fetch", "axios"]);
		}
	});

	it("leaves a lone matrix alone when nothing but label lengths tells its sides apart", () => {
		const model = note(lines("| Plugin | GUI | Effects | Synthesis |", "|---|---|---|---|", "| Apple Audio Units | Yes | Yes | Yes |", "| DirectX Plugin | Yes | Yes | No |"));
		expect(model.tables[0]?.frameworkAxis).toBe("none");
	});

	it("reads product names in Latin script against attributes in the note's own script", () => {
		const model = note(
			lines("| 框架 | 学习曲线 | 性能 | 生态 |", "|---|---|---|---|", "| React | 中等 | 高 | 丰富 |", "| Vue | 平缓 | 高 | 丰富 |", "| Angular | 陡峭 | 中 | 完善 |"),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["React", "Vue", "Angular"]);
	});

	it("gives one toggle per product however the note writes it: versions, footnotes, emoji, two spellings", () => {
		const model = note(
			lines(
				"# Electron vs Tauri vs Wails",
				"",
				"| Framework | Bundle size | Memory |",
				"|---|---|---|",
				"| Electron  15.3.0 | 85 MB | 120 MB |",
				"| Tauri 1.0.0-beta.10[^1] | 4 MB | 40 MB |",
				"| Wails v2 🚀 | 8 MB | 50 MB |",
				"",
				"| Feature | electron | tauri | wails |",
				"|---|---|---|---|",
				"| Auto-update | yes | yes | no |",
				"| Mobile | no | yes | no |",
				"",
				"[^1]: beta at the time",
			),
		);
		expect(model.frameworks).toEqual(["Electron", "Tauri", "Wails"]);
		expect(model.tables.map((t) => t.frameworkAxis)).toEqual(["rows", "columns"]);
		expect(model.tables[1]?.frameworks).toEqual(["Electron", "Tauri", "Wails"]);
	});

	it("reads values and names past Pandoc citations, as Zotero and the Pandoc plugins write them", () => {
		const model = note(
			lines(
				"# Choosing a database for the service",
				"",
				"We compared the databases the survey ranks highest [@survey2024].",
				"",
				"| **Database** | **SQLite** | **PostgreSQL** [@pg_docs] | **MySQL** | **MariaDB** |",
				"|---|---|---|---|---|",
				"| **Popularity** | 33.1% [@survey2024] | 49.7% [@survey2024] | 40.3% [@survey2024, p. 12] | 17.2% [-@survey2024] |",
				"| **Max connections** | 1 | 500,000+ [@peymaan] | 100,000+ [@peymaan] | 200,000+ [@peymaan; @mariadb_docs] |",
				"| **Monthly price** | $0 [@sqlite_docs] | $15 [@pg_hosting] | $12 [@mysql_hosting] | $12 [@mariadb_docs] |",
			),
		);
		expect(model.frameworks).toEqual(["SQLite", "PostgreSQL", "MySQL", "MariaDB"]);
		expect(model.tables.map((t) => t.frameworkAxis)).toEqual(["columns"]);
	});

	it("reads a label that spells out the initialism the note uses as that thing, and a shared qualifier as no name", () => {
		const model = note(
			lines(
				"# Routing protocols",
				"",
				"RIP shares what it knows with its neighbours; OSPF floods what it sees. RIP counts hops, OSPF costs.",
				"",
				"RIP converges slowly and OSPF quickly; RIP suits small networks, OSPF large ones. Choose RIP for a lab, OSPF for a campus.",
				"",
				"| Aspect | Distance vector (RIP) | Link state (OSPF) |",
				"|---|---|---|",
				"| Shared | What I know | What I see |",
				"| Scope | Neighbours only | Every router |",
				"",
				"| Event | RIP | OSPF |",
				"|---|---|---|",
				"| Link down | 30 s | 1 s |",
				"| New route | 30 s | 1 s |",
			),
		);
		expect(model.tables.map((t) => t.frameworkAxis)).toEqual(["columns", "columns"]);
		expect(model.frameworks).toHaveLength(2);
		expect(model.tables[1]?.frameworks).toEqual(model.tables[0]?.frameworks);

		const hashes = note(
			lines("| Hash | Width | Speed |", "|---|---|---|", "| XXH3 (SSE2) | 64 | 31.5 GB/s |", "| XXH128 (SSE2) | 128 | 29.6 GB/s |", "| XXH64 | 64 | 19.4 GB/s |"),
		);
		expect(hashes.frameworks).toEqual(["XXH3", "XXH128", "XXH64"]);
	});

	it("keeps versions that tell two rows of one table apart", () => {
		const model = note(lines("# Python 2 vs Python 3", "", "| Version | Released | EOL |", "|---|---|---|", "| Python 2 | 2000 | 2020 |", "| Python 3 | 2008 | — |"));
		expect(model.frameworks).toEqual(["Python 2", "Python 3"]);
	});

	// heldout62's Rspack 2.1 announcement: the Rust port of React Compiler timed against the Babel one.
	it("keeps ways of one thing apart when they are all a table compares, and joins them beside other names or where the thing is compared as itself", () => {
		const ways = note(
			lines(
				"# Rspack 2.1",
				"",
				"React Compiler used to need babel-loader. React Compiler has been ported to Rust, and Rspack now runs React Compiler through SWC:",
				"",
				"| 命令 | React Compiler (Rust) | React Compiler (Babel) | 提升 |",
				"|---|---|---|---|",
				"| `rspack dev` | **0.7 s** | **10.6 s** | **13.5x** |",
				"| `rspack build` | **1.2 s** | **9.3 s** | **7.4x** |",
			),
		);
		expect(ways.frameworks).toEqual(["React Compiler (Rust)", "React Compiler (Babel)"]);
		// Beside another thing, a way in brackets is a way of running its thing.
		const beside = note(
			lines("| Parser | Time (s) | Memory |", "|---|---|---|", "| pymarkdown | 1.2 | 40 MB |", "| pymarkdown (+extras) | 1.9 | 52 MB |", "| mistune | 0.4 | 21 MB |", "| markdown-it-py | 0.9 | 30 MB |"),
		);
		expect(beside.frameworks).toEqual(["pymarkdown", "mistune", "markdown-it-py"]);
		// The review's: steps measured of one tool are no ways of it, and the thing beside a way of running it is one.
		const steps = note(
			lines("# Vite", "", "Vite, measured on our app: Vite starts cold, then Vite updates a module.", "", "| Step | Time | Memory |", "|---|---|---|", "| Vite (cold start) | 1.2 s | 210 MB |", "| Vite (HMR update) | 40 ms | 215 MB |", "| Vite (production build) | 14 s | 380 MB |"),
		);
		expect(steps.frameworks.length).toBeLessThanOrEqual(1);
		const extras = note(lines("# pymarkdown", "", "| Parser | Time (s) |", "|---|---|", "| pymarkdown | 1.2 |", "| pymarkdown (+extras) | 1.9 |"));
		expect(extras.frameworks.length).toBeLessThanOrEqual(1);
		// Compared as itself in another table, the thing keeps one toggle for its ways here too.
		const elsewhere = note(
			lines(
				"# Safari vs Firefox vs Chrome",
				"",
				"| Browser | Engine | Released |",
				"|---|---|---|",
				"| Safari | WebKit | 2003 |",
				"| Firefox | Gecko | 2004 |",
				"| Chrome | Blink | 2008 |",
				"",
				"| Browser | Accept |",
				"|---|---|",
				"| Safari (since Big Sur) | `image/webp,*/*` |",
				"| Safari (before Big Sur) | `image/png,*/*` |",
			),
		);
		expect(elsewhere.frameworks).toEqual(["Safari", "Firefox", "Chrome"]);
	});

	it("joins a name written two ways in two tables, but not two names side by side in one table", () => {
		const model = note(
			lines(
				"| Parser | Time (s) |",
				"|---|---|",
				"| [commonmark-py](https://x) | 1.2 |",
				"| [mistune](https://y) | 0.4 |",
				"| [markdown-it](https://z) | 0.6 |",
				"| [markdown-it-py](https://w) | 0.9 |",
				"",
				"| Parser | Spec compliance |",
				"|---|---|",
				"| [commonmark](https://x) | 100% |",
				"| [mistune](https://y) | 83% |",
			),
		);
		expect(model.frameworks).toEqual(["commonmark-py", "mistune", "markdown-it", "markdown-it-py"]);
	});

	it("keeps a product that is in only one of several tables", () => {
		const model = note(
			lines(
				"# Redis vs Memcached vs Dragonfly",
				"",
				"| Store | Threads | Persistence |",
				"|---|---|---|",
				"| Redis | 1 | yes |",
				"| Memcached | many | no |",
				"",
				"| Store | ops/s |",
				"|---|---|",
				"| Redis | 110k |",
				"| Memcached | 95k |",
				"| Dragonfly | 380k |",
			),
		);
		expect(model.frameworks).toEqual(["Redis", "Memcached", "Dragonfly"]);
	});

	it("gives names that differ only by invisible marks one toggle, and shows a reversed name as it is spelled", () => {
		const model = note(
			lines(
				"# JAX vs PyTorch vs TensorFlow",
				"",
				"| Feature | JAX | PyTorch | TensorFlow |",
				"|---|---|---|---|",
				"| Speed | fast | ok | ok |",
				"| Memory | low | high | high |",
				"",
				"| Feature | JA\u200bX | Py\u2066Torch\u2069 | \u202ewolFrosneT |",
				"|---|---|---|---|",
				"| Speed | 1 | 2 | 3 |",
				"| Memory | 1 | 2 | 3 |",
			),
		);
		expect(model.frameworks).toEqual(["JAX", "PyTorch", "TensorFlow", "wolFrosneT"]);
		expect(model.tables[1]?.frameworks).toEqual(["JAX", "PyTorch", "wolFrosneT"]);
	});

	it("takes an empty bold cell for no name, and it does not spoil the names beside it", () => {
		const model = note(lines("| Framework | Speed | License |", "|---|---|---|", "| ** ** | 1 | MIT |", "| JAX | 2 | Apache-2.0 |", "| PyTorch | 3 | BSD |", "| TensorFlow | 4 | Apache-2.0 |"));
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["JAX", "PyTorch", "TensorFlow"]);
	});

	it("reads a table headed like an object key as any other, with corrections for other tables", () => {
		const model = note(lines("| constructor |", "|---|", "| a |", "| b |"), "note.md", { tableAxes: { other: "rows" } });
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.problems).toEqual([]);
	});

	it("never declares a blank or invisible framework from the frontmatter", () => {
		const text = lines("---", "frameworks: [JAX, \"\u200b\", PyTorch]", "---", "| Feature | JAX | PyTorch |", "|---|---|---|", "| Speed | 1 | 2 |");
		const model = buildNoteModel({ path: "p.md", text, frontmatter: { data: { frameworks: ["JAX", "\u200b", "PyTorch"] } } }, NO_VAULT);
		expect(model.frameworks).toEqual(["JAX", "PyTorch"]);
	});

	it("reads names from a frontmatter list under any key when the tables bear it out", () => {
		const text = lines("---", "protocols: [MQTT, AMQP, CoAP]", "---", "| | MQTT | AMQP |", "|---|---|---|", "| Transport | TCP | TCP |", "| Overhead | low | high |");
		const model = buildNoteModel({ path: "p.md", text, frontmatter: { data: { protocols: ["MQTT", "AMQP", "CoAP"] } } }, NO_VAULT);
		expect(model.frameworks).toEqual(["MQTT", "AMQP", "CoAP"]);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
	});

	it("finds the names in the second column when the first is a category", () => {
		const model = note(
			lines(
				"|Category|Company|Description|Alternative to|",
				"|:-------|:------|:----------|:------------:|",
				"API Gateway|[Apache APISIX](https://a)|Cloud native API gateway for many services|[apigee](https://b)",
				"API Platform|[Firecamp](https://c)|DX first open source API devtool for teams|[Postman](https://d)",
				"API Platform|[Hoppscotch](https://e)|Open source API development ecosystem for all|[Postman](https://d)",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Apache APISIX", "Firecamp", "Hoppscotch"]);
	});

	it("reads plain names down the rows when the header names measures (units, rates, percentages)", () => {
		const model = note(
			lines("| Library | ops/sec | Time (ms) | Share % |", "|---|---:|---:|---:|", "| lodash | 1,204 | 0.83 | 12 |", "| ramda | 980 | 1.02 | 9 |", "| remeda | 1,530 | 0.65 | 15 |"),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["lodash", "ramda", "remeda"]);
	});

	it("takes neither people linked to their profiles nor benchmark files for things compared", () => {
		const people = note(
			lines(
				"| Maintainer | Role | Since |",
				"|---|---|---|",
				"| [Ada](https://github.com/ada) | Lead | 2019 |",
				"| [Linus](https://github.com/linus) | Reviewer | 2020 |",
				"| [Grace](https://github.com/grace) | Releases | 2021 |",
			),
		);
		const files = note(lines("| | startup(ms) | listen(ms) |", "|-|-|-|", "| 1-startup-routes.cjs | 79.10 | 107.56 |", "| 10-startup-routes.cjs | 80.57 | 91.01 |", "| 100-startup-routes.cjs | 84.2 | 95.3 |"));
		expect(people.frameworks).toEqual([]);
		expect(files.frameworks).toEqual([]);
	});

	it("reads a header of lower-case tool names whose columns hold their own commands", () => {
		const model = note(
			lines(
				"## Running a container",
				"",
				"| docker | podman | nerdctl |",
				"|---|---|---|",
				"| `docker run alpine` | `podman run alpine` | `nerdctl run alpine` |",
				"",
				"## Listing images",
				"",
				"| docker | podman | nerdctl |",
				"|---|---|---|",
				"| `docker images` | `podman images` | `nerdctl images` |",
			),
		);
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["columns", "columns"]);
		expect(model.frameworks).toEqual(["docker", "podman", "nerdctl"]);
		// Values that only repeat a title after a number ("30k stars") say nothing of the kind.
		const counts = note(lines("| stars | forks | issues |", "|---|---|---|", "| 30k stars | 2k forks | 300 issues |"));
		expect(counts.frameworks).toEqual([]);
	});

	it("takes the names a heading sets against each other (`## Redux vs Zustand`) as names, as a title's", () => {
		const model = note(
			lines(
				"# State management notes",
				"",
				"## Redux vs Zustand",
				"",
				"| Redux | Zustand |",
				"|---|---|",
				"| Actions and reducers, dispatched through a store | A hook returns the store; set merges state |",
				"| Middleware for side effects, thunks or sagas | Plain async functions inside the store |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Redux", "Zustand"]);
	});

	it("reads the side whose every label is a name against a side with none, when nothing else decides", () => {
		const model = note(
			lines(
				"# Sprachen im Vergleich",
				"",
				"Wir haben Go, Rust und Zig verglichen. Go ist einfach, Rust ist sicher, Zig ist klein.",
				"",
				"| Kriterium | Go | Rust | Zig |",
				"|---|---|---|---|",
				"| Lernkurve | 3 | 1 | 2 |",
				"| Geschwindigkeit | 2 | 3 | 3 |",
				"| Werkzeuge | 3 | 3 | 1 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Go", "Rust", "Zig"]);
	});

	it("takes a two-column glossary of English terms and their translations for no comparison", () => {
		const glossary = note(
			lines("# Глоссарий", "", "| Термин | Перевод |", "|---|---|", "| Cache | Кэш |", "| Bundle | Сборка |", "| Plugin | Плагин |", "| Release | Выпуск |", "| Worker | Воркер |"),
		);
		expect(glossary.tables[0]?.frameworkAxis).toBe("none");
		expect(glossary.frameworks).toEqual([]);
		// The same shape with commands as values names the tools down the side.
		const tools = note(lines("# Установка пакетов", "", "| Менеджер | Команда |", "|---|---|", "| npm | `npm install` |", "| Yarn | `yarn add` |", "| pnpm | `pnpm add` |"));
		expect(tools.tables[0]?.frameworkAxis).toBe("rows");
		expect(tools.frameworks).toEqual(["npm", "Yarn", "pnpm"]);
	});

	it("takes a glossary with a column of links to where each word was discussed for no comparison (Korean note)", () => {
		const glossary = note(
			lines(
				"## 용어",
				"",
				"| 용어 | 번역 | 논의 |",
				"|---|---|---|",
				"| Tutorial | 자습서 | [#2](https://example.org/issues/2) |",
				"| Component | 컴포넌트 | [#2](https://example.org/issues/2) |",
				"| State | 상태 | |",
				"| Returns | 반환값 | 제목인 경우 [#7](https://example.org/issues/7) |",
			),
		);
		expect(glossary.frameworks).toEqual([]);
	});

	it("takes a glossary of lower-case English terms, with a column of usage notes beside the translations, for no comparison", () => {
		// One capitalised term (the language's own name) among words written as words are.
		const glossary = note(
			lines(
				"# Глоссарий перевода",
				"",
				"| Термин | Перевод | Примечание |",
				"|---|---|---|",
				"| Go | язык Go | имя не переводится |",
				"| example | пример | во множественном числе: примеры |",
				"| compiler | компилятор | — |",
				"| source code | исходный код | можно просто «код» |",
				"| zero value | нулевое значение | значение по умолчанию |",
				"| closure | замыкание | — |",
			),
		);
		expect(glossary.tables[0]?.frameworkAxis).toBe("none");
		expect(glossary.frameworks).toEqual([]);
		// Package names written in lower case beside one capitalised among four still name the things down the side.
		const packages = note(
			lines("# Библиотеки", "", "| Библиотека | Назначение | Размер |", "|---|---|---|", "| lodash | утилиты | 24 КБ |", "| axios | HTTP-клиент | 13 КБ |", "| Zod | проверка схем | 12 КБ |", "| dayjs | даты | 3 КБ |"),
		);
		expect(packages.tables[0]?.frameworkAxis).toBe("rows");
	});

	it("reads a Russian matrix whose attributes include a Latin word (JSON)", () => {
		const model = note(lines("| Критерий | PostgreSQL | MySQL |", "|---|---|---|", "| Лицензия | PostgreSQL | GPL |", "| Репликация | да | да |", "| JSON | jsonb | json |"));
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["PostgreSQL", "MySQL"]);
	});

	it("leaves everyday reference tables alone: status codes, shortcuts, a release schedule, pros and cons, a glossary", () => {
		const tables = [
			lines("| Code | Name | Meaning |", "|---|---|---|", "| 200 | OK | The request succeeded |", "| 404 | Not Found | The resource does not exist |", "| 500 | Internal Server Error | The server failed |"),
			lines("| Action | Windows | macOS |", "|---|---|---|", "| Copy | Ctrl+C | Cmd+C |", "| Paste | Ctrl+V | Cmd+V |", "| Undo | Ctrl+Z | Cmd+Z |"),
			lines("| Version | Date | Status |", "|---|---|---|", "| 1.0 | 2024-01-10 | EOL |", "| 2.0 | 2024-08-01 | LTS |", "| 3.0 | 2025-03-01 | current |"),
			lines("| Pros | Cons |", "|---|---|", "| Fast to write | Hard to scale |", "| Big community | Many ways to do one thing |"),
			lines("| Term | Meaning |", "|---|---|", "| ACID | Atomicity, consistency, isolation, durability |", "| CAP | Consistency, availability, partition tolerance |"),
		];
		for (const text of tables) expect(note(text).frameworks, text.split("\n")[0]).toEqual([]);
	});

	it("reads a table without row labels, whose top-left cell is the first name compared", () => {
		const text = lines(
			"---",
			"title: AWS vs Azure",
			"---",
			"| Azure | AWS | Details |",
			"|---|---|---|",
			"| Azure Virtual Machines | Amazon EC2 | Both provide scalable virtual servers. |",
			"| Azure Blob Storage | Amazon S3 | Both are object storage services. |",
		);
		const analysis = analyzeNote({ path: "cloud.md", text, frontmatter: { data: { title: "AWS vs Azure" } } }, NO_VAULT);
		expect(analysis.note.tables[0]?.frameworkAxis).toBe("columns");
		expect(analysis.note.frameworks).toEqual(["Azure", "AWS"]);
		expect(analysis.tables[0]?.frameworkOf).toEqual(["Azure", "AWS", null]);
		// A heading of the same word is not enough: "Variable" over option rows stays a heading.
		const options = note(lines("### Variable", "", "### Example", "", "| Variable | Example | Description |", "|---|---|---|", "| region | `ap-1` | The current region |", "| profile | `dev` | The current profile |"));
		expect(options.frameworks).toEqual([]);
	});

	it("reads a header of nothing but names over rows of equivalents, when the note is about each of them", () => {
		// As Foam's "Coming from Obsidian" page writes it: no label column, the apps named all through the text.
		const prose = "Obsidian and Foam both keep notes as Markdown. Foam reads an Obsidian vault as it is; Obsidian users keep Obsidian open beside Foam. Foam links work as Obsidian links do, and Foam shows backlinks as Obsidian does.";
		const text = lines("# Coming from Obsidian", "", prose, "", "| Obsidian | Foam |", "|---|---|", "| `[[wikilinks]]` | [[wikilinks]] |", "| Backlinks panel | [[backlinking]] |", "| Graph view | [[graph-view]] |");
		const analysis = analyzeNote({ path: "coming-from-obsidian.md", text }, NO_VAULT);
		expect(analysis.note.tables[0]?.frameworkAxis).toBe("columns");
		expect(analysis.note.frameworks).toEqual(["Obsidian", "Foam"]);
		expect(analysis.tables[0]?.frameworkOf).toEqual(["Obsidian", "Foam"]);
		// Named only once each, the same header is a table's headings, and the table is left alone.
		const thin = note(lines("# Migrating", "", "Obsidian and Foam.", "", "| Obsidian | Foam |", "|---|---|", "| `[[wikilinks]]` | [[wikilinks]] |", "| Backlinks panel | [[backlinking]] |"));
		expect(thin.frameworks).toEqual([]);
	});

	it("leaves reference tables alone: options, keys and their descriptions compare nothing", () => {
		const options = note(
			lines(
				"| Option | Default | Description |",
				"|---|---|---|",
				"| `format` | `'$all'` | The format of the prompt shown before input |",
				"| `scan_timeout` | `30` | Timeout for starship to scan files in milliseconds |",
				"| `add_newline` | `true` | Inserts a blank line between shell prompts |",
			),
		);
		const keys = note(
			lines(
				"| Key | Description | Command |",
				"|---|---|---|",
				"| `h`, `Left` | Move left | `move_char_left` |",
				"| `j`, `Down` | Move down | `move_line_down` |",
				"| `w` | Move next word start | `move_next_word_start` |",
			),
		);
		expect(options.tables[0]?.frameworkAxis).toBe("none");
		expect(keys.tables[0]?.frameworkAxis).toBe("none");
		expect([...options.frameworks, ...keys.frameworks]).toEqual([]);
	});

	it("does not take a name for a framework because it is an attribute of another table", () => {
		const model = note(
			lines(
				"# Vue vs React vs Svelte",
				"",
				"| Aspect | Vue | React | Svelte |",
				"|---|---|---|---|",
				"| First release | 2014 | 2013 | 2016 |",
				"| Reactivity | proxies | hooks | compiler |",
				"",
				"| Framework | Vite | Webpack | esbuild |",
				"|---|---|---|---|",
				"| Vue | 1.1 s | 4.2 s | 0.9 s |",
				"| React | 1.3 s | 5.0 s | 1.0 s |",
				"| Svelte | 0.8 s | 3.9 s | 0.7 s |",
				"",
				"| Tool | Note |",
				"|---|---|",
				"| Vite | dev server |",
				"| esbuild | bundler core |",
			),
		);
		expect(model.frameworks).toEqual(["Vue", "React", "Svelte"]);
		expect(model.tables.map((t) => t.frameworkAxis)).toEqual(["columns", "rows", "none"]);
	});

	it("uses vault notes and their aliases, and names a framework as the note writes it", () => {
		const vault = VaultIndex.build([
			{ path: "DB/PostgreSQL.md", aliases: ["Postgres"] },
			{ path: "DB/MySQL.md", aliases: [] },
			{ path: "DB/SQLite.md", aliases: [] },
		]);
		const text = lines(
			"| Feature | PostgreSQL | MySQL | SQLite |",
			"|---|---|---|---|",
			"| License | PostgreSQL | GPL | Public domain |",
			"| Typing | strict | loose | dynamic |",
			"",
			"| Database | Inserts/sec |",
			"|---|---|",
			"| Postgres | 12,000 |",
			"| MySQL | 10,500 |",
		);
		const analysis = analyzeNote({ path: "db.md", text }, vault);
		expect(analysis.note.frameworks).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
		expect(analysis.tables[1]?.frameworkOf).toEqual(["PostgreSQL", "MySQL"]);
	});

	it("keeps two names of one table apart though both resolve to one note: the note's own aliases name what it compares", () => {
		// A note on isolation levels aliased by each level it sets side by side: each alias resolves to the
		// note itself, and a table's labels side by side are two things, never merged by the note they share.
		const aliases = ["serializable", "repeatable read", "read committed"];
		const vault = VaultIndex.build([{ path: "DB/Isolation levels.md", aliases }]);
		const text = lines(
			"| Level | Dirty read | Phantom read | Lost update |",
			"|---|---|---|---|",
			"| SERIALIZABLE | + | + | + |",
			"| REPEATABLE READ | + | - | + |",
			"| READ COMMITTED | + | - | - |",
		);
		const analysis = analyzeNote({ path: "DB/Isolation levels.md", text, frontmatter: { data: { aliases } } }, vault);
		expect(analysis.note.frameworks).toEqual(["SERIALIZABLE", "REPEATABLE READ", "READ COMMITTED"]);
		expect(analysis.tables[0]?.frameworkOf).toEqual(["SERIALIZABLE", "REPEATABLE READ", "READ COMMITTED"]);
	});

	it("follows the frontmatter frameworks list for the names and their order", () => {
		const text = lines("| Framework | Speed |", "|---|---|", "| JAX | fast |", "| PyTorch | fast |", "| TensorFlow | fast |");
		const model = buildNoteModel({ path: "ml.md", text, frontmatter: { data: { frameworks: ["TensorFlow", "JAX"] } } }, NO_VAULT);
		expect(model.frameworks).toEqual(["TensorFlow", "JAX"]);
		expect(model.tables[0]?.frameworks).toEqual(["JAX", "TensorFlow"]);
	});

	it("obeys the user's corrections: a name marked not a framework, and a table's side chosen by hand", () => {
		const text = lines("| Item | Price |", "|---|---|", "| Notion | 10 |", "| Obsidian | 0 |", "| Logseq | 0 |");
		expect(note(text).tables[0]?.frameworkAxis).toBe("none");
		const compared = note(text, "n.md", { tableAxes: { "Item|Price": "rows" } });
		expect(compared.frameworks).toEqual(["Notion", "Obsidian", "Logseq"]);
		const corrected = note(text, "n.md", { tableAxes: { "Item|Price": "rows" }, notFrameworks: ["obsidian"] });
		expect(corrected.frameworks).toEqual(["Notion", "Logseq"]);
		const none = note(lines("# Redis vs Memcached", "", "| Store | Threads |", "|---|---|", "| Redis | 1 |", "| Memcached | many |"), "r.md", {
			tableAxes: { "Store|Threads": "none" },
		});
		expect(none.tables[0]?.frameworkAxis).toBe("none");
	});

	it("explains each call: per side a score, its evidence, and every label's evidence", () => {
		const analysis = analyzeNote({ path: "x.md", text: lines("# JAX vs PyTorch", "", "| Framework | Speed |", "|---|---|", "| JAX | 3 |", "| PyTorch | 2 |") }, NO_VAULT);
		const [table] = analysis.explanation;
		expect(table?.axis).toBe("rows");
		expect(table?.rows.names.map((name) => [name.label, name.evidence.map((e) => e.rule)])).toEqual([
			["JAX", ["subject"]],
			["PyTorch", ["subject", "name-shape"]],
		]);
		expect(table?.rows.score).toBeGreaterThan(table?.columns.score ?? 0);
	});

	it("stays linear: a label or title of 100,000 spaces between words is read at once", () => {
		const spaces = " ".repeat(100_000);
		const text = lines(`# A${spaces}vs${spaces}B`, "", `| Framework | Speed${spaces}x |`, "|---|---|", `| A${spaces}1 | 3 |`, `| B | 2${spaces}ms |`);
		const started = performance.now();
		const model = note(text);
		// Not a timing test: a quadratic step would take minutes here, so finishing at all is the check.
		expect(performance.now() - started).toBeLessThan(20_000);
		expect(model.tables).toHaveLength(1);
	});
});

describe("found in review", () => {
	it("keeps every compared column of a ✓/✗ matrix under a repeating category column", () => {
		const model = note(lines("# React vs Vue vs Svelte", "", "| Category | React | Vue | Svelte |", "|---|---|---|---|", "| Core | ✓ | ✓ | ✗ |", "| Core | ✗ | ✓ | ✓ |", "| Tooling | ✓ | ✗ | ✓ |", "| Tooling | ✓ | ✓ | ✗ |"));
		expect(model.tables[0]?.frameworks).toEqual(["React", "Vue", "Svelte"]);
	});

	it("keeps a table's top-left name when the user says to compare its header row, and no summary column", () => {
		const text = lines("# AWS vs Azure", "", "| Azure | AWS | Details |", "|---|---|---|", "| Functions | Lambda | Serverless |", "| Blob Storage | S3 | Objects |");
		expect(note(text, "c.md", { tableAxes: { "Azure|AWS|Details": "columns" } }).frameworks).toEqual(["Azure", "AWS"]);
		const totals = lines("| Store | ops/s |", "|---|---|", "| Redis | 110k |", "| Memcached | 95k |", "| Total | 205k |");
		expect(note(totals, "t.md", { tableAxes: { "Store|ops/s": "rows" } }).frameworks).toEqual(["Redis", "Memcached"]);
	});

	// Two seconds alone; a busy machine has run it past vitest's default five.
	it("reads a table of 200,000 rows' values without overflowing the stack", { timeout: 60_000 }, () => {
		const row = [{ text: "lib", linked: false, href: null, page: false, code: false, command: false }];
		const body = Array.from({ length: 200_000 }, (_, i) => [`${i}`, "MIT"]);
		const group = { kind: "table" as const, line: 1, corner: null, rowLabels: body.map(() => row[0]), columnLabels: [row[0], row[0]], body, override: null };
		const facts = { declared: null, lists: [], subjects: [], headings: [], linked: [], notFrameworks: [], prose: [], groups: [group] };
		expect(() => valueKinds(group, new NoteContext(facts, NO_VAULT), 0)).not.toThrow();
	});

	it("adds only the frontmatter lists the tables bear out", () => {
		const text = lines("| Framework | Size |", "|---|---|", "| React | 42 KB |", "| Vue | 34 KB |");
		const model = buildNoteModel({ path: "f.md", text, frontmatter: { data: { tools: ["React", "Vue"], related: ["React", "Cooking", "Travel"] } } }, NO_VAULT);
		expect(model.frameworks).toEqual(["React", "Vue"]);
	});

	it("takes no list of topics that names two of the things among concepts", () => {
		const text = lines("# Ghostty vs Warp", "", "| Feature | Ghostty | Warp |", "|---|---|---|", "| GPU rendering | ✅ | ✅ |", "| AI assistant | ❌ | ✅ |");
		const topics = ["competitive-analysis", "ghostty", "warp", "positioning", "architecture", "rendering"];
		const model = buildNoteModel({ path: "t.md", text, frontmatter: { data: { topics } } }, NO_VAULT);
		expect(model.frameworks).toEqual(["Ghostty", "Warp"]);
		// Half of a list in the tables is enough: what the note lists it compares, even where only its prose names it.
		const half = buildNoteModel({ path: "t.md", text, frontmatter: { data: { terminals: ["Ghostty", "Warp", "Kitty", "Alacritty"] } } }, NO_VAULT);
		expect(half.frameworks).toEqual(["Ghostty", "Warp", "Kitty", "Alacritty"]);
	});

	it("takes no list of the note's own sections, named only in its headings, and no topics down a reference", () => {
		const text = lines(
			"###### Audio Server",
			"",
			"| Topic | Beschreibung |",
			"|---|---|",
			"| `hermes/audioServer/SITE_ID/playBytes/REQUEST_ID` | WAV-Datei zum Abspielen senden |",
			"| `hermes/audioServer/SITE_ID/playFinished` | Abspielen beendet |",
			"| `hermes/audioServer/toggleOn` | Audio einschalten |",
			"",
			"###### Wake Word",
			"",
			"Das Wake Word startet den Dialog.",
			"",
			"###### ASR",
			"",
			"Spracherkennung.",
		);
		const model = buildNoteModel({ path: "h.md", text, frontmatter: { data: { sections: ["Audio Server", "Wake Word", "ASR"] } } }, NO_VAULT);
		expect(model.frameworks).toEqual([]);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		// A path under a host names a module: Go's web frameworks stay the things compared.
		const modules = note(
			lines(
				"| Module | Stars | Router speed | Middleware |",
				"|---|---|---|---|",
				"| github.com/gin-gonic/gin | 75k | Fast | Yes |",
				"| github.com/labstack/echo | 29k | Fast | Yes |",
				"| github.com/gofiber/fiber | 33k | Very fast | Yes |",
			),
		);
		expect(modules.frameworks).toEqual(["github.com/gin-gonic/gin", "github.com/labstack/echo", "github.com/gofiber/fiber"]);
	});

	it("reads a table without row labels when a frontmatter list names its top-left cell", () => {
		const text = lines("| Azure | AWS | Details |", "|---|---|---|", "| Functions | Lambda | Serverless |", "| Blob Storage | S3 | Objects |");
		const model = buildNoteModel({ path: "c.md", text, frontmatter: { data: { clouds: ["Azure", "AWS"] } } }, NO_VAULT);
		expect(model.frameworks).toEqual(["Azure", "AWS"]);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
	});

	it("splits a title on spaced slashes only, and never joins names that differ by a last word", () => {
		expect(splitSubject("HTTP/2 vs HTTP/3")).toEqual(["HTTP/2", "HTTP/3"]);
		expect(splitSubject("Disconf / Qconf & Nacos")).toEqual(["Disconf", "Qconf", "Nacos"]);
		expect(splitSubject("Project Y vs Project Z")).toEqual(["Project Y", "Project Z"]);
		expect(splitSubject("Benchmarks: Bun vs Node vs Deno")).toEqual(["Bun", "Node", "Deno"]);
		expect(splitSubject("React vs Vue: which to choose")).toEqual(["React", "Vue"]);
		expect(splitSubject("Confusion fréquente : Claude in Excel vs Cowork")).toEqual(["Claude in Excel", "Cowork"]);
		expect(splitSubject("选型：Kafka vs Pulsar")).toEqual(["Kafka", "Pulsar"]);
		expect(splitSubject("Re:Zero vs Steins;Gate")).toEqual(["Re:Zero", "Steins;Gate"]);
		expect(variantBase("visual studio code")).toBeNull();
		expect(variantBase("pnpm 12")).toBe("pnpm");
		expect(variantBase("commonmark-py")).toBe("commonmark");
	});
});

describe("detection on tables of any shape", () => {
	const cells = ["JAX", "PyTorch", "**TensorFlow**", "[Vue](https://vuejs.org)", "[[React]]", "`scan_timeout`", "✅", ":x:", "⭐⭐⭐", "1,250", "12m", "N/A", "", "学习曲线", "Électron 15.3.0", "pnpm + pnpr", "Kafka → Redpanda", "Azure", "Total", "a b c d e f g h i", "2021", "linux/amd64", "🚀", "[^1]"];
	const cell = fc.constantFrom(...cells);
	const table = fc.record({ width: fc.integer({ min: 1, max: 5 }), rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 6 }), header: fc.array(cell, { minLength: 1, maxLength: 5 }) });
	const render = (t: { width: number; rows: string[][]; header: string[] }) => {
		const header = t.header.slice(0, t.width);
		while (header.length < t.width) header.push("");
		return [`| ${header.join(" | ")} |`, `|${" --- |".repeat(t.width)}`, ...t.rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
	};

	it("never fails inside, and every table's frameworks are the note's, each row or column belonging to one of them", () => {
		fc.assert(
			fc.property(
				fc.array(table, { minLength: 1, maxLength: 4 }),
				fc.constantFrom("# AWS vs Azure", "# JAX vs PyTorch", "# Notes", ""),
				fc.array(fc.constantFrom(...cells), { maxLength: 3 }),
				(tables, title, notFrameworks) => {
					const text = [title, "", ...tables.map(render).flatMap((t) => [t, ""])].join("\n");
					const analysis = analyzeNote({ path: "n.md", text, overrides: { notFrameworks } }, NO_VAULT);
					expect(analysis.note.problems.filter((p) => p.message.includes("could not read"))).toEqual([]);
					analysis.note.tables.forEach((model, i) => {
						const layout = analysis.tables[i];
						for (const name of model.frameworks) expect(analysis.note.frameworks).toContain(name);
						const owners = (layout?.frameworkOf ?? []).filter((name): name is string => name !== null);
						for (const name of owners) expect(model.frameworks).toContain(name);
						if (model.frameworkAxis === "rows") expect(layout?.frameworkOf).toHaveLength(model.rows.length);
						if (model.frameworkAxis === "columns") expect(layout?.frameworkOf).toHaveLength(model.header.length);
					});
				},
			),
			{ numRuns: 400 },
		);
		// 400 notes take two seconds alone and past five beside the browser tests on two cores.
	}, 30_000);
});

// Shapes from a second set of real documents, checked before any change (8 of 15 exact) and
// then made part of the corpus: the rules below generalise what they showed.
describe("reference lists, query output and row numbers", () => {
	it("reads the names after a column of row numbers", () => {
		const model = note(
			lines(
				"|  # | Repo | Stars | License |",
				"|---|---|---|---|",
				"| 1 | [ollama](https://github.com/ollama/ollama) | 160,000 | MIT |",
				"| 2 | [llama.cpp](https://github.com/ggml-org/llama.cpp) | 90,000 | MIT |",
				"| 3 | [vllm](https://github.com/vllm-project/vllm) | 60,000 | Apache-2.0 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["ollama", "llama.cpp", "vllm"]);
	});

	it("keeps two names written alike but linking to two repositories apart", () => {
		const model = note(
			lines(
				"| # | Repo | Stars |",
				"|---|---|---|",
				"| 1 | [private-gpt](https://github.com/zylon-ai/private-gpt) | 50,000 |",
				"| 2 | [privateGPT](https://github.com/imartinez/privateGPT) | 40,000 |",
				"| 3 | [ollama](https://github.com/ollama/ollama) | 160,000 |",
			),
		);
		expect(model.frameworks).toEqual(["private-gpt", "privateGPT", "ollama"]);
	});

	it("gives one board one toggle though each of its rows links to the issue that measured it", () => {
		const issue = (n: number) => `https://github.com/example/ollama-benchmark/issues/${n}`;
		const model = note(
			lines(
				"# Ollama on small systems",
				"",
				"| System | CPU/GPU | Eval Rate | Power (Peak) |",
				"| :--- | :--- | :--- | :--- |",
				`| [Orion O6 - 16GB](${issue(13)}) | CPU | 4.33 Tokens/s | 34.7 W |`,
				`| [Orion O6 - 16GB (Nvidia RTX 3080 Ti)](${issue(14)}) | GPU | 64.58 Tokens/s | 465 W |`,
				`| [Ryzen 9 7900X (Nvidia 4090)](${issue(3)}) | GPU | 42.00 Tokens/s | 320 W |`,
				`| [Ryzen 9 7900X (Nvidia 5090)](${issue(31)}) | GPU | 61.20 Tokens/s | 410 W |`,
				`| [Mac Studio (M1 Max)](${issue(2)}) | GPU | 59.38 Tokens/s | N/A |`,
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Orion O6", "Ryzen 9 7900X", "Mac Studio"]);
	});

	it("takes no list of a project's own documented items for a comparison", () => {
		const rules = note(
			lines(
				"| Name | Description | 💼 | 🔧 |",
				"|---|---|---|---|",
				"| [catch-error-name](docs/rules/catch-error-name.md) | Enforce a parameter name in catch clauses. | ✅ | 🔧 |",
				"| [no-array-for-each](docs/rules/no-array-for-each.md) | Prefer for…of over forEach. | ✅ | 🔧 |",
				"| [prefer-string-slice](docs/rules/prefer-string-slice.md) | Prefer slice over substr. | ✅ | 🔧 |",
			),
		);
		expect(rules.frameworks).toEqual([]);
	});

	it("takes no permission keys in code, nor sizes, in a note in another script for names", () => {
		const permissions = note(
			lines(
				"# 文件系统",
				"",
				"| 权限 | 描述 |",
				"|---|---|",
				"| `fs:allow-app-read` | 允许读取应用目录 |",
				"| `fs:allow-app-write` | 允许写入应用目录 |",
				"| `fs:scope-app` | 应用目录的作用域 |",
			),
		);
		expect(permissions.frameworks).toEqual([]);
		const sizes = note(lines("# データ型", "", "| 大きさ | 符号付き | 符号なし |", "|---|---|---|", "| 8-bit | `i8` | `u8` |", "| 16-bit | `i16` | `u16` |", "| 32-bit | `i32` | `u32` |"));
		expect(sizes.frameworks).toEqual([]);
	});

	it("takes the boards down the rows under the one benchmark the title names", () => {
		const boards = note(
			lines(
				"# Dhrystone - CPU benchmark",
				"",
				"How many Dhrystone loops each board runs per second.",
				"",
				"| Board | Dhrystone |",
				"|---|:---:|",
				"| Teensy 4.1 | 2950.7 |",
				"| Teensy 3.6 | 1450.2 |",
				"| Arduino Due | 92.5 |",
				"| Arduino Zero | 42.1 |",
			),
		);
		expect(boards.tables[0]?.frameworkAxis).toBe("rows");
		expect(boards.frameworks).toEqual(["Teensy 4.1", "Teensy 3.6", "Arduino Due", "Arduino Zero"]);
		// Boards with nothing of their own to say so get no toolbar, and the benchmark is never one thing compared.
		const plain = note(lines("# Dhrystone - CPU benchmark", "", "| Board | Dhrystone |", "|---|:---:|", "| Raspberry Pi Pico | 1450.2 |", "| Seeed XIAO | 300.5 |"));
		expect(plain.frameworks).not.toContain("Dhrystone");
	});

	it("takes libraries down the rows, measured on one runtime's releases across", () => {
		const clients = note(
			lines(
				"# Benchmark",
				"",
				"| Library | NodeJS 18 | NodeJS 20 | NodeJS 22 | Size |",
				"|---|--:|--:|--:|--:|",
				"| rock-req | 21797 req/s | 21964 req/s | 22010 req/s | 144 LOC |",
				"| simple-get | 3260 req/s | 21258 req/s | 20111 req/s | 317 LOC |",
				"| axios | 4910 req/s | 3196 req/s | 3305 req/s | 13983 LOC |",
				"| got | 1762 req/s | 9961 req/s | 9876 req/s | 9227 LOC |",
			),
		);
		expect(clients.tables[0]?.frameworkAxis).toBe("rows");
		expect(clients.frameworks).toEqual(["rock-req", "simple-get", "axios", "got"]);
	});

	it("takes no key bindings for names: chords, and the keys among them", () => {
		const text = lines(
				"### Navigation",
				"",
				"| Key | Description of function |",
				"|---|---|",
				"| Ctrl-e | Open a command prompt for running commands |",
				"| Tab | In the command prompt, complete the word if possible |",
				"| Ctrl+Shift+P | Open the command palette |",
				"| Alt(Ctrl on Mac)-LeftArrow | Move to the start of the word |",
				"| PageUp | Move up one page |",
				"",
				"### Editing",
				"",
				"| Key | Description of function |",
				"|---|---|",
				"| Ctrl-z | Undo |",
				"| Ctrl-y | Redo |",
				"| Alt-{ | Move to the previous paragraph |",
				"| Home | Move to the start of the line |",
				"| End | Move to the end of the line |",
		);
		expect(note(text).frameworks).toEqual([]);
		// Every label of both tables is told a key, `Tab` and `Home` among the chords too.
		for (const table of analyzeNote({ path: "keys.md", text }, NO_VAULT).explanation) {
			for (const name of table.rows.names) expect(name.evidence.map((e) => e.rule), name.label).toContain("identifier-shape");
		}
		// A model whose maker's name is a word a keyboard prints too is still a name.
		const models = note(lines("# Small models", "", "| Model | Score | Size |", "|---|---|---|", "| Meta-Llama-3-8B | 66.6 | 8 B |", "| Mistral-7B | 62.5 | 7 B |", "| Qwen2-7B | 70.3 | 7 B |"));
		expect(models.frameworks).toEqual(["Meta-Llama-3-8B", "Mistral-7B", "Qwen2-7B"]);
		// So is a practice named with a modifier's word: no single key follows it.
		const testing = note(lines("# Shift-left vs shift-right testing", "", "| Aspect | Shift-Left | Shift-Right |", "|---|---|---|", "| When | Early | In production |", "| Goal | Prevent defects | Observe real use |"));
		expect(testing.frameworks).toEqual(["Shift-Left", "Shift-Right"]);
	});

	it("takes a reference mark off a name and a value (Japanese note)", () => {
		const phones = note(
			lines(
				"# Pixel と Xperia",
				"",
				"| 項目 | Xperia X Performance※1 | Pixel3 XL※2 |",
				"|---|---|---|",
				"| RAM | 3GB | 4GB※ |",
				"| 電池 | 2700mAh | 3430mAh |",
				"",
				"※1: メーカーの仕様より",
			),
		);
		expect(phones.frameworks).toEqual(["Xperia X Performance", "Pixel3 XL"]);
	});

	it("takes no CSS custom properties for names, in a component's reference (Chinese note)", () => {
		const variables = note(
			lines(
				"# 按钮样式变量",
				"",
				"| 名称 | 默认值 | 描述 |",
				"| --- | --- | --- |",
				"| --app-button-small-height | _32px_ | - |",
				"| --app-button-small-padding | _0 8px_ | - |",
				"| --app-button-large-height | _50px_ | - |",
				"| --app-button-border-radius | _2px_ | - |",
			),
		);
		expect(variables.frameworks).toEqual([]);
		// A benchmark's single-word builds stay what it compares.
		const builds = note(lines("# Build modes", "", "| Build | Time (s) | Size (MB) |", "|---|---|---|", "| `--release` | 41 | 3.1 |", "| `--debug` | 12 | 9.8 |"));
		expect(builds.frameworks).toEqual(["--release", "--debug"]);
	});

	it("takes a query's output, under a header of field names, for records", () => {
		const output = note(
			lines(
				"| full_name | max_created_at | releases_count |",
				"|---|---|---|",
				"| simonw/datasette | 2022-12-15T02:02:42Z | 121 |",
				"| simonw/sqlite-utils | 2022-10-25T22:34:30Z | 104 |",
				"| dogsheep/twitter-to-sqlite | 2021-09-21T17:39:08Z | 28 |",
			),
		);
		expect(output.frameworks).toEqual([]);
	});

	it("reads a migration table whose header is two package names", () => {
		const text = lines(
			"# 비교",
			"",
			"react-error-boundary 에서 옮기기는 간단합니다. react-error-boundary 와 같은 API 입니다.",
			"",
			"| react-error-boundary | @suspensive/react |",
			"|---|---|",
			"| `resetErrorBoundary` | `reset` |",
			"| `withErrorBoundary()` | `ErrorBoundary.with()` |",
		);
		const model = note(text);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["react-error-boundary", "@suspensive/react"]);
	});
});

describe("tables whose first column is not the names of the rows", () => {
	it("reads a table of equivalent commands across its whole header, the top-left cell included, and leaves out the column of sentences", () => {
		const model = note(
			lines(
				"| fish | zsh | Zweck |",
				"| --- | --- | --- |",
				"| `set x 1` | `x=1` | Setzt eine Variable im aktuellen Gültigkeitsbereich |",
				"| `echo $x` | `echo $x` | Gibt den Wert einer Variablen aus |",
				"| `cd` | `cd` | Wechselt in das Heimatverzeichnis des Benutzers |",
				"| `pwd` | `pwd` | Zeigt das aktuelle Arbeitsverzeichnis an |",
				"| `funced` | `vared` | Bearbeitet eine Funktion interaktiv im Terminal |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["fish", "zsh"]);
	});

	it("takes header names in any script when the rows' first cells come back among their values", () => {
		const model = note(
			lines(
				"| 파이썬 | 루비 | 자바스크립트 (노드 / 데노) |",
				"| --- | --- | --- |",
				"| len | length, size | length |",
				"| map | map, collect | map |",
				"| filter | select, filter | filter |",
				"| sorted | sort | sort, toSorted |",
				"| print | puts | console.log |",
				"| min | min | Math.min |",
				"| zip | zip | |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["파이썬", "루비", "자바스크립트"]);
	});

	it("does not read a list of projects as equivalents because a column of links repeats each name", () => {
		const model = note(
			lines(
				"| Model | Released | Weights | Params (B) | Licence |",
				"| --- | --- | --- | --- | --- |",
				"| Falcon | 2023/05 | [Falcon](https://huggingface.co/tiiuae/falcon-7b) | 7 | Apache 2.0 |",
				"| Dolly | 2023/04 | [Dolly](https://huggingface.co/databricks/dolly-v2-12b) | 12 | MIT |",
				"| Pythia | 2023/04 | [Pythia](https://github.com/EleutherAI/pythia) | 12 | Apache 2.0 |",
				"| Bloom | 2022/11 | [Bloom](https://huggingface.co/bigscience/bloom) | 176 | OpenRAIL-M |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Falcon", "Dolly", "Pythia", "Bloom"]);
	});

	it("keeps a first column written once above blanks as the rows' group, and names the rows from the column after it", () => {
		const model = note(
			lines(
				"| Area | Feature | [SQLite](https://sqlite.org) | [DuckDB](https://duckdb.org) | [Postgres](https://postgresql.org) |",
				"| --- | --- | :-: | :-: | :-: |",
				"| **Storage** | Single file | ✅ | ✅ | ❌ |",
				"| | In memory | ✅ | ✅ | ❌ |",
				"| **Queries** | Window functions | ✅ | ✅ | ✅ |",
				"| | Recursive CTEs | ✅ | ✅ | ✅ |",
				"| | Full text search | ⚠ | ⚠ | ✅ |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["SQLite", "DuckDB", "Postgres"]);
	});
});

describe("names written with what all of them share", () => {
	it("names each row by what sets it apart when every label starts with the same category and ends with the same platform", () => {
		const model = note(
			lines(
				"## Python",
				"",
				"| Runtime | Mean | p99 |",
				"| --- | --- | --- |",
				"| Python /  cpython 3.12.1 (x64-linux) | 41.2 ms | 55.0 ms |",
				"| Python /  pypy 7.3.15 (x64-linux) | 12.9 ms | 20.3 ms |",
				"| Python /  graalpy 23.1.0 (x64-linux) | 18.4 ms | 31.7 ms |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["cpython", "pypy", "graalpy"]);
	});

	it("keeps migrations from one product as that product: 'MySQL → TiDB' and 'MySQL → Vitess' are both ways from MySQL", () => {
		const model = note(
			lines(
				"# MySQL and Oracle: migration paths",
				"",
				"| Path | Effort | Downtime | Tooling |",
				"| --- | --- | --- | --- |",
				"| MySQL → TiDB | low | none | DM |",
				"| MySQL → Vitess | medium | minutes | vtctl |",
				"| Oracle → TiDB | high | hours | DM |",
				"| Oracle → Vitess | high | hours | none |",
			),
		);
		expect(model.frameworks.slice(0, 2)).toEqual(["MySQL", "Oracle"]);
	});

	it("reads a one-row table under the header of a list before it as that list's last entry", () => {
		const model = note(
			lines(
				"## Pre-training data",
				"",
				"| Name | Released | Tokens (T) | License |",
				"| --- | --- | --- | --- |",
				"| [RedPajama](https://github.com/togethercomputer/RedPajama-Data) | 2023/04 | 1.2 | Apache 2.0 |",
				"| [The Pile](https://pile.eleuther.ai) | 2020/12 | 0.3 | MIT |",
				"",
				"## Alignment data",
				"",
				"| Name | Released | Tokens (T) | License |",
				"| --- | --- | --- | --- |",
				"| [HH-RLHF](https://github.com/anthropics/hh-rlhf) | 2022/04 | 0.01 | MIT |",
			),
		);
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["rows", "rows"]);
		expect(model.frameworks).toEqual(["RedPajama", "The Pile", "HH-RLHF"]);
	});
});

describe("benchmark grids printed by a tool", () => {
	it("reads a cli-table grid whose labels are quoted and whose differences carry a sign apart from the number, one framework per client", () => {
		const model = note(
			lines(
				"```",
				"┌───────────────────────┬─────────┬───────────────────┬─────────────────────────┐",
				"│  Tests                │ Samples │ Result            │ Difference with slowest │",
				"├───────────────────────┼─────────┼───────────────────┼─────────────────────────┤",
				"│  'needle'             │ 40      │ '3120.10 req/sec' │ '-'                     │",
				"│  'ky - fetch'         │ 55      │ '3930.52 req/sec' │ '+ 25.97 %'             │",
				"│  'ky - stream'        │ 60      │ '5210.04 req/sec' │ '+ 66.98 %'             │",
				"│  'phin'               │ 45      │ '6001.77 req/sec' │ '+ 92.36 %'             │",
				"└───────────────────────┴─────────┴───────────────────┴─────────────────────────┘",
				"```",
			),
		);
		expect(model.problems).toEqual([]);
		expect(model.charts[0]?.rowLabels).toEqual(["needle", "ky - fetch", "ky - stream", "phin"]);
		expect(model.charts[0]?.frameworks).toEqual(["needle", "ky", "phin"]);
	});
});

describe("values and labels of one kind", () => {
	it("reads the rows as the things measured when each column keeps its own unit, with an empty top-left cell", () => {
		const model = note(
			lines(
				"|                  | ns/op       | allocated bytes | allocations  |",
				"| ---------------- | ----------- | --------------- | ------------ |",
				"| msgpack          | 41210 ns/op | 2304 B/op       | 120 allocs/op |",
				"| cbor             | 9780 ns/op  | 512 B/op        | 9 allocs/op   |",
				"| gob              | 65120 ns/op | 8812 B/op       | 214 allocs/op |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["msgpack", "cbor", "gob"]);
	});

	it("compares no statuses: capitalised words beside constants such as IN_REVIEW are constants too", () => {
		const model = note(
			lines(
				"## OPEN",
				"## IN_REVIEW",
				"## MERGED",
				"",
				"| Query and state | OPEN | IN_REVIEW | MERGED | CLOSED | WONT_FIX |",
				"| --- | --- | --- | --- | --- | --- |",
				"| Matches `is open` | YES | YES | no | no | no |",
				"| Matches `is done` | no | no | YES | YES | YES |",
				"| Counts as active | YES | YES | no | no | no |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});
});

describe("status marks in feature matrices", () => {
	it("reads 🛑, 🔶 and ❓ as checks and unknowns, so each row of a matrix keyed with them holds values of one kind", () => {
		const model = note(
			lines(
				"| Feature | Conform | Felte | Vest |",
				"| --- | --- | --- | --- |",
				"| Bundle size | 9.1 kB | 6.4 kB | 11.8 kB |",
				"| Async validation | ✅ | ❓ | 🛑 |",
				"| Nested fields | ✅ | ❓ | 🛑 |",
				"| Devtools | ✅ | 🛑 | 🔶 |",
				"| Server rendering | ✅ | ❓ | 🛑 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Conform", "Felte", "Vest"]);
	});
});

describe("capitals against phrases in lower case", () => {
	it("takes capitalised header cells over rows of lower-case phrases, with an empty top-left cell", () => {
		const model = note(
			lines(
				"Journals and Periodic Notes each make a daily note from a template; so does a third plugin.",
				"Journals and Periodic Notes expand dates in it.",
				"",
				"|                 | Journals               | Day Planner           | Periodic Notes        |",
				"| --------------- | ---------------------- | --------------------- | --------------------- |",
				"| file name       | `{{date:YYYY-MM-DD}}`  | `{{date:YYYY-MM-DD}}` | `{{date:gggg-[W]ww}}` |",
				"| template syntax | `{{date+1d}}`          | `{{date}}`            | `{{date+7d}}`         |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Journals", "Day Planner", "Periodic Notes"]);
	});

	it("is outweighed by columns of like values: plans in lower case down the rows stay the things compared", () => {
		const model = note(
			lines(
				"| | Price | Seats |",
				"| --- | --- | --- |",
				"| free tier | $0 | 1 |",
				"| team plan | $8 | 10 |",
				"| enterprise plan | $20 | 500 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["free tier", "team plan", "enterprise plan"]);
	});

	it("takes no package names in lower case for attributes, nor German nouns for names", () => {
		const packages = note(
			lines(
				"| | Stars | License |",
				"| --- | --- | --- |",
				"| express | 64k | MIT |",
				"| koa-router | 4.8k | MIT |",
				"| find-my-way | 1.5k | MIT |",
			),
		);
		expect(packages.tables[0]?.frameworkAxis).toBe("rows");
		const german = analyzeNote({
			path: "browser.md",
			text: lines(
				"| | Regel | Beispiel |",
				"| --- | --- | --- |",
				"| Gecko | `Mobile` im Kommentar | `Firefox/136.0` |",
				"| Blink | `Mobile Safari` außerhalb | `Chrome/129.0` |",
				"",
				"| | Regel | Beispiel |",
				"| --- | --- | --- |",
				"| Gecko-basiert | `Mobile` im Kommentar | `Firefox/136.0` |",
				"| Blink-basiert | `Mobile Safari` außerhalb | `Chrome/129.0` |",
			),
		}, NO_VAULT);
		const rules = german.explanation.flatMap((group) => [...group.rows.evidence, ...group.columns.evidence].map((e) => e.rule));
		expect(german.explanation).toHaveLength(2);
		expect(rules).not.toContain("case-contrast");
	});
});

describe("commands and names written as code", () => {
	it("compares commands in code when the other side names measures, each named exactly as written", () => {
		const model = note(
			lines(
				"| Command | Mean [s] | Min [s] | Max [s] | Relative |",
				"|:---|---:|---:|---:|---:|",
				"| `grep -r 'TODO' src/*.ts` | 1.912 ± 0.031 | 1.880 | 1.990 | 7.20 ± 0.15 |",
				"| `ag 'TODO' src` | 0.611 ± 0.010 | 0.600 | 0.640 | 2.30 ± 0.05 |",
				"| `rg -t ts 'TODO'` | 0.265 ± 0.004 | 0.260 | 0.272 | 1.00 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["grep -r 'TODO' src/*.ts", "ag 'TODO' src", "rg -t ts 'TODO'"]);
	});

	it("reads a table of equivalents whose first column is commands as the others are: every header cell, the top-left one too, is compared", () => {
		const model = note(
			lines(
				"| Elvish | Ruby | Lua | Go |",
				"| --- | --- | --- | --- |",
				"| [`put`](/ref/builtin.html#put) | `puts` | `print` | `fmt.Println` |",
				"| [`count`](/ref/builtin.html#count) | `arr.length` | `#t` | `len(s)` |",
				"| [`keys`](/ref/builtin.html#keys) | `hash.keys` | | `maps.Keys(m)` |",
				"| [`range`](/ref/builtin.html#range) | `(0...n)` | | |",
				"| [`str:join`](/ref/str.html#join) | `arr.join` | `table.concat` | `strings.Join` |",
				"| [`re:match`](/ref/re.html#match) | `str.match?` | `string.find` | `regexp.MatchString` |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Elvish", "Ruby", "Lua", "Go"]);
	});

	it("reads no table of equivalents where the first column groups rows under a few kinds, blank below each", () => {
		const operators = note(
			lines(
				"## Operators",
				"",
				"| Operator Type | Operator Symbol | Operation Performed |",
				"|---|---|---|",
				"| Arithmetic | `*` | Multiply |",
				"| | `/` | Division |",
				"| | `+` | Add |",
				"| | `-` | Subtract |",
				"| Logical | `!` | Logical negation |",
				"| | `&&` | Logical and |",
				"| | `\\|\\|` | Logical or |",
				"| Equality | `==` | Equality |",
				"| | `!=` | Inequality |",
				"| Shift | `>>` | Right shift |",
				"| | `<<` | Left shift |",
				"| Concatenation | `{}` | Concatenation |",
				"| Conditional | `?` | conditional |",
			),
		);
		expect(operators.tables[0]?.frameworkAxis).toBe("none");
		expect(operators.frameworks).toEqual([]);
	});

	it("reads no table of equivalents where a column shows pictures: swatches beside colour names in code", () => {
		const swatches = note(
			lines(
				"# Colours",
				"",
				"| Example | Color | Background | Bright Example | Bright Color | Bright Background |",
				"| :---: | :--- | :--- | :---: | :--- | :--- |",
				"| ![](img/black.png) | `black` | `bgBlack` | ![](img/gray.png) | `gray` | `bgGray` |",
				"| ![](img/red.png) | `red` | `bgRed` | ![](img/redBright.png) | `redBright` | `bgRedBright` |",
				"| ![](img/green.png) | `green` | `bgGreen` | ![](img/greenBright.png) | `greenBright` | `bgGreenBright` |",
				"| ![](img/yellow.png) | `yellow` | `bgYellow` | ![](img/yellowBright.png) | `yellowBright` | `bgYellowBright` |",
				"| ![](img/blue.png) | `blue` | `bgBlue` | ![](img/blueBright.png) | `blueBright` | `bgBlueBright` |",
				"| ![](img/cyan.png) | `cyan` | `bgCyan` | ![](img/cyanBright.png) | `cyanBright` | `bgCyanBright` |",
			),
		);
		expect(swatches.tables[0]?.frameworkAxis).toBe("none");
		expect(swatches.frameworks).toEqual([]);
		// The same commands with a column of words where the pictures were stay equivalents.
		const words = note(
			lines(
				"| Elvish | Ruby | Lua | Go |",
				"| --- | --- | --- | --- |",
				"| [`put`](/ref/builtin.html#put) | `puts` | `print` | `fmt.Println` |",
				"| [`count`](/ref/builtin.html#count) | `arr.length` | `#t` | `len(s)` |",
				"| [`keys`](/ref/builtin.html#keys) | `hash.keys` | `pairs` | `maps.Keys(m)` |",
				"| [`str:join`](/ref/str.html#join) | `arr.join` | `table.concat` | `strings.Join` |",
				"| [`re:match`](/ref/re.html#match) | `str.match?` | `string.find` | `regexp.MatchString` |",
			),
		);
		expect(words.tables[0]?.frameworkAxis).toBe("columns");
	});

	it("keeps every header cell of a table of equivalents, one in the note's own script among Latin names too", () => {
		const model = note(
			lines(
				"# 다른 셸에서 온 사용자를 위한 표",
				"",
				"| 엘비시 | Bash | Fish | PowerShell |",
				"| --- | --- | --- | --- |",
				"| [`echo`](/ref/echo.html) | `echo` | `echo` | `Write-Output` |",
				"| [`cd`](/ref/cd.html) | `cd` | `cd` | `Set-Location` |",
				"| [`ls`](/ref/ls.html) | `ls` | `ls` | `Get-ChildItem` |",
				"| [`set`](/ref/set.html) | `export` | `set` | `Set-Variable` |",
				"| [`exit`](/ref/exit.html) | `exit` | `exit` | `exit` |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["엘비시", "Bash", "Fish", "PowerShell"]);
	});

	it("compares nothing in an options table, a key map or a list of aliases, though their first column is code", () => {
		const options = note(
			lines(
				"| Option | Default | Description |",
				"| --- | --- | --- |",
				"| `format` | `'$all'` | The format of the prompt, as a string of variables. |",
				"| `scan_timeout` | `30` | Timeout for scanning files, in milliseconds. |",
				"| `command_timeout` | `500` | Timeout for commands run by the prompt, in milliseconds. |",
				"| `add_newline` | `true` | Inserts a blank line between shell prompts. |",
				"| `palette` | `''` | Sets which color palette from `palettes` to use. |",
			),
		);
		const keys = note(
			lines(
				"| Key | Action | Info |",
				"| --- | --- | --- |",
				"| `<c-r>` | Switch to a recent repo | |",
				"| `<pgup>` | Scroll up main window | |",
				"| `m` | View merge options | |",
				"| `R` | Refresh | |",
				"| `+` | Next screen mode | |",
			),
		);
		const aliases = note(
			lines(
				"| Command | Alias |",
				"| --- | --- |",
				"| `git status` | `gst` |",
				"| `git checkout` | `gco` |",
				"| `git commit -v` | `gc` |",
				"| `git push` | `gp` |",
				"| `git pull` | `gl` |",
			),
		);
		for (const model of [options, keys, aliases]) {
			expect(model.tables[0]?.frameworkAxis).toBe("none");
			expect(model.frameworks).toEqual([]);
		}
	});

	it("keeps the underscores inside a name on its toggle", () => {
		const model = note(
			lines(
				"| Crate | Binary size | Build time | Downloads |",
				"| --- | --- | --- | --- |",
				"| [serde_json](https://github.com/serde-rs/json) | 310 KiB | 4.1 s | 410M |",
				"| [simd_json](https://github.com/simd-lite/simd-json) | 520 KiB | 7.9 s | 9M |",
				"| [sonic_rs](https://github.com/cloudwego/sonic-rs) | 480 KiB | 6.3 s | 2M |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["serde_json", "simd_json", "sonic_rs"]);
	});
});

describe("names in notes written in scripts without spaces before particles", () => {
	it("takes two names across a table of sentences when a Korean heading sets them against each other", () => {
		const model = note(
			lines(
				"## 2. 비교 `SOAP` VS `gRPC`",
				"",
				"|`SOAP`|`gRPC`|",
				"|----|----|",
				"|XML 메시지를 주고받는 오래된 방식이고 설정이 많다|HTTP/2 위에서 바이너리로 빠르게 주고받는다 ✔|",
				"|WSDL 문서로 계약을 정의하고 도구가 많이 필요하다|✔ proto 파일 하나로 계약을 정의한다|",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["SOAP", "gRPC"]);
	});

	it("counts a Latin name followed by a particle as a mention of it", () => {
		const cell = (text: string) => ({ text, linked: false, href: null, page: false, code: false, command: false });
		const group = { kind: "table" as const, line: 5, corner: cell("항목"), rowLabels: [cell("번들 크기")], columnLabels: [cell("Zustand"), cell("Jotai")], body: [["작음", "작음"]], override: null };
		const prose = ["Zustand는 가볍고 Jotai는 원자 단위로 상태를 나눈다. Zustand를 먼저 써 보았고 Jotai도 비교했다."];
		const facts = { declared: null, lists: [], subjects: [], headings: [], linked: [], notFrameworks: [], prose, groups: [group] };
		const context = new NoteContext(facts, NO_VAULT);
		expect(context.mentionsOf("Zustand")).toBe(2);
		expect(context.mentionsOf("Jotai")).toBe(2);
	});
});
