// Name forms and false names: how a label becomes the name on a toggle, and
// which labels are no names at all. Each case is a made-up table written for
// the rule it checks, read through the whole note model as the plugin reads it.
import { describe, expect, it } from "vitest";
import { analyzeNote } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const analyze = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("names run in several modes", () => {
	it("reads a name decorated with a medal on one row and plain on the next as one thing", () => {
		const { note, tables } = analyze(
			lines(
				"| Parser | Throughput | Config |",
				"|---|---|---|",
				"| 🥇 simdjson | 6.1 GB/s | default |",
				"| 🥈 yyjson | 4.9 GB/s | default |",
				"| 🥉 RapidJSON | 0.9 GB/s | kParseDefaultFlags |",
				"| RapidJSON | 0.6 GB/s | kParseFullPrecisionFlag |",
			),
		);
		expect(note.frameworks).toEqual(["simdjson", "yyjson", "RapidJSON"]);
		expect(tables[0]?.frameworkOf).toEqual(["simdjson", "yyjson", "RapidJSON", "RapidJSON"]);
	});

	it("gives a program benchmarked with several options one toggle that stands for all its rows", () => {
		const { note, tables } = analyze(
			lines(
				"| Compressor | Ratio | Speed |",
				"|---|---|---|",
				"| gzip 1.12 -1 | 2.7 | 95 MB/s |",
				"| gzip 1.12 -9 | 3.1 | 20 MB/s |",
				"| pigz 2.8 --fast | 2.6 | 400 MB/s |",
				"| xz 5.4 -6 | 3.9 | 5 MB/s |",
				"| pigz 2.8 --best | 3.0 | 60 MB/s |",
			),
		);
		expect(note.frameworks).toEqual(["gzip", "pigz", "xz"]);
		expect(tables[0]?.frameworkOf).toEqual(["gzip", "gzip", "pigz", "xz", "pigz"]);
	});

	it("keeps a lone program's options apart when they are all the table compares", () => {
		const { note } = analyze(lines("| Run | Ratio | Speed |", "|---|---|---|", "| gzip -1 | 2.7 | 95 MB/s |", "| gzip -9 | 3.1 | 20 MB/s |"));
		expect(note.frameworks).toEqual(["gzip -1", "gzip -9"]);
	});

	it("keeps two versions of one thing apart beside other names", () => {
		const { note } = analyze(
			lines("| Gateway | Threads | Latency |", "|---|---|---|", "| Zool 1.x | blocking | 12 ms |", "| Zool 2.x | async | 8 ms |", "| Kongo 3.4 | async | 6 ms |"),
		);
		expect(note.frameworks).toEqual(["Zool 1.x", "Zool 2.x", "Kongo"]);
	});

	it("reads a version that means 'and earlier' as a version", () => {
		const { note } = analyze(lines("| Browser | Engine | Share |", "|---|---|---|", "| Quill 12- | Presto | 1 % |", "| Lynx 2.9 | text | 2 % |"));
		expect(note.frameworks).toEqual(["Quill", "Lynx"]);
	});

	it("names timed commands by their programs, the word every command searches for being the case", () => {
		const { note } = analyze(lines("| Command | Mean [s] | Min [s] |", "|---|---|---|", "| `grep -r foo` | 1.20 | 1.10 |", "| `rg foo` | 0.10 | 0.09 |"));
		expect(note.frameworks).toEqual(["grep", "rg"]);
	});

	it("keeps timed commands of one program whole: its subcommands are what is compared", () => {
		const { note } = analyze(lines("| Command | Mean [s] | Min [s] |", "|---|---|---|", "| `npm install` | 31.2 | 30.1 |", "| `npm ci` | 14.5 | 13.9 |"));
		expect(note.frameworks).toEqual(["npm install", "npm ci"]);
	});
});

describe("headers that name no things compared", () => {
	it("takes no column titles for names when the cells under them are images captioned with the titles", () => {
		const { note, tables } = analyze(
			lines(
				"Results of the compressors:",
				"",
				"Compression Speed vs Ratio | Decompression Speed",
				"---|---",
				'![Compression Speed vs Ratio](img/c.png "Compression Speed vs Ratio") | ![Decompression Speed](img/d.png "Decompression Speed")',
			),
		);
		expect(tables[0]?.frameworkOf ?? []).toEqual([]);
		expect(note.frameworks).toEqual([]);
	});

	it("takes no header for names when it repeats a cell: a title column and a link column of the same name", () => {
		const table = lines(
			"| Notebook | Description | Article | Notebook |",
			"|---|---|---|---|",
			"| Tune a model with LoRA | Supervised tuning in a free notebook. | [Article](https://a.example/1) | [![Open](badge.svg)](https://c.example/1) |",
			"| Merge two models | Create your own models easily, no GPU required! | [Article](https://a.example/2) | [![Open](badge.svg)](https://c.example/2) |",
			"| Quantize with GGUF | Quantize models and upload them. | [Article](https://a.example/3) | [![Open](badge.svg)](https://c.example/3) |",
		);
		const { note } = analyze(lines("# Notebooks", "", "Each Article explains its notebook; the Article links open on the blog.", "", table, "", table));
		expect(note.frameworks).toEqual([]);
	});
});

describe("capitalised nouns", () => {
	// German prose: every noun starts with a capital, and ä, ö, ü and ß run through it.
	const prose = lines(
		"Die Kennung ist der Text, den der Browser für jede Anfrage schickt. Jede Kennung hat einen Wert, und der Wert hängt von der Anfrage ab.",
		"Für Bilder schickt der Browser einen anderen Wert als für Skripte. Beachten Sie, dass die Kennung sich mit jeder größeren Version ändern kann.",
		"Die Tabelle zeigt für jede Kennung den Wert, den die Server in der Regel erhalten. Ältere Versionen schicken oft einen kürzeren Wert.",
		"Die Größe des Werts spielt für die Übertragung kaum eine Rolle, für die Auswahl der Antwort aber schon. Prüfen Sie die Werte regelmäßig.",
	);

	it("takes no header of nouns for names in a note whose nouns are all capitalised", () => {
		const { note } = analyze(lines(prose, "", "| Kennung | Wert |", "|---|---|", "| Quokka 3 und später | `text/html,*/*` |", "| Wombat | `*/*` |"));
		expect(note.frameworks).toEqual([]);
	});

	it("takes no nouns joined by dashes for product names there", () => {
		const { note } = analyze(
			lines(prose, "", "| Geräte-Version | Kennungs-Text |", "|---|---|", "| Quokka auf x86 Rechnern | Quokka/5.0 (X11; x86) |", "| Quokka auf ARM Rechnern | Quokka/5.0 (X11; arm) |"),
		);
		expect(note.frameworks).toEqual([]);
	});

	it("still reads capitalised header words named in an English note's text as names", () => {
		const english = lines(
			"Quokka and Wombat are two browsers. Quokka sends one value, Wombat another; Quokka is older.",
			"",
			"| Header | Quokka | Wombat |",
			"|---|---|---|",
			"| Accept | `text/html` | `*/*` |",
			"| Encoding | gzip | br |",
		);
		expect(analyze(english).note.frameworks).toEqual(["Quokka", "Wombat"]);
	});
});

describe("codes of one thing", () => {
	it("takes no codes sharing a stem, one codec's profile strings, for things compared", () => {
		const { note } = analyze(
			lines(
				"#### Vidcodec",
				"",
				"| Codec string | Profile | Max. resolution | Support |",
				"|---|---|---|---|",
				"| `vcx1.42001f` | Baseline | 720p | 99.6% |",
				"| `vcx1.4d0034` | Main | 4K | 98.9% |",
				"| `vcx1.64003e` | High | 8K | 85.9% |",
			),
		);
		expect(note.frameworks).toEqual([]);
	});

	it("still compares commands written as code that share no stem", () => {
		const { note } = analyze(lines("| Command | Mean [s] | Min [s] |", "|---|---|---|", "| `fdx -e jpg` | 0.12 | 0.10 |", "| `findx -name '*.jpg'` | 1.40 | 1.32 |"));
		// A program run on options, paths and patterns only is named by the program
		// (command-program.test.ts); `-e jpg` ends in a bare word, which may name what is run.
		expect(note.frameworks).toEqual(["fdx -e jpg", "findx"]);
	});
});

describe("names crossed with operations", () => {
	it("takes capitalised last words for parts of product names, not operations: four products, not two makers", () => {
		const { note } = analyze(
			lines(
				"| Feature | Google Drive | Google Photos | Amazon Drive | Amazon Photos |",
				"|---|---|---|---|---|",
				"| Free storage | 15 GB | 15 GB | 5 GB | 5 GB |",
				"| Price 100 GB | $2 | $2 | $2 | $2 |",
				"| Desktop sync | yes | no | yes | no |",
			),
		);
		expect(note.frameworks).toEqual(["Google Drive", "Google Photos", "Amazon Drive", "Amazon Photos"]);
	});

	it("names each row by its library when every library is run in every operation", () => {
		const { note, tables } = analyze(
			lines(
				"|  | ns/op | B/op | allocs/op |",
				"|---|---|---|---|",
				"| stdlib decode | 35510 ns/op | 1960 B/op | 99 allocs/op |",
				"| fastjs decode | 5623 ns/op | 160 B/op | 3 allocs/op |",
				"| stdlib encode | 2213 ns/op | 712 B/op | 5 allocs/op |",
				"| fastjs encode | 837 ns/op | 384 B/op | 4 allocs/op |",
			),
		);
		expect(note.frameworks).toEqual(["stdlib", "fastjs"]);
		expect(tables[0]?.frameworkOf).toEqual(["stdlib", "fastjs", "stdlib", "fastjs"]);
	});

	it("keeps names whose last words do not recur as operations", () => {
		const { note } = analyze(
			lines(
				// The note says what its rows are: values alike down the columns alone could be a log's entries (rows-kind).
				"# Editors",
				"",
				"| Editor | Startup | Memory |",
				"|---|---|---|",
				"| Visual Studio Code | 1.2 s | 300 MB |",
				"| Sublime Text | 0.3 s | 80 MB |",
				"| Notepad Plus | 0.2 s | 20 MB |",
				"| Zed Editor | 0.2 s | 90 MB |",
			),
		);
		expect(note.frameworks).toEqual(["Visual Studio Code", "Sublime Text", "Notepad Plus", "Zed Editor"]);
	});
});

describe("products written with their maker", () => {
	it("heads a product written with its maker's possessive by the maker, but keeps two products of one maker apart", () => {
		const { note, tables } = analyze(
			lines(
				"Category | Company | Description | Stars | Alternative to",
				"---|---|---|---|---",
				"Search | [Vectra](https://vectra.example)'s [Nebula](https://nebula.example) | Vector database for applications | 12k | [Cloudy](https://cloudy.example)",
				"Search | [Acme Labs](https://acme.example)'s [Finder](https://finder.example) | Full text search in the cloud | 3k | [Elastica](https://elastica.example)",
				"Search | [Quarry](https://quarry.example) | Typo tolerant search engine | 8k | [Algo](https://algo.example)",
				"ML Ops | [Vectra](https://vectra.example)'s [Tower](https://tower.example) | Platform for embedding vectors | 2k | [Sage](https://sage.example)",
				"ML Ops | [Pipeworks](https://pipeworks.example) | Pipelines for machine learning | 5k | [Sage](https://sage.example)",
			),
		);
		expect(note.frameworks).toEqual(["Vectra's Nebula", "Acme Labs", "Quarry", "Vectra's Tower", "Pipeworks"]);
		expect(tables[0]?.frameworkOf).toEqual(["Vectra's Nebula", "Acme Labs", "Quarry", "Vectra's Tower", "Pipeworks"]);
	});

	it("does not fold two products of one maker into one toggle in a feature matrix", () => {
		const { note, tables } = analyze(
			lines(
				"| Feature | Google's Gemini | OpenAI's ChatGPT | Google's Bard |",
				"|---|---|---|---|",
				"| Free tier | yes | yes | yes |",
				"| Image input | yes | yes | no |",
				"| API | yes | yes | no |",
			),
		);
		expect(tables[0]?.frameworkOf.filter((name) => name !== null)).toEqual(["Google's Gemini", "OpenAI", "Google's Bard"]);
		expect(note.frameworks).toContain("Google's Gemini");
		expect(note.frameworks).toContain("Google's Bard");
	});

	it("keeps a name whose apostrophe follows a short word: it is no maker", () => {
		const { note } = analyze(lines("| Issuer | Validity | Price |", "|---|---|---|", "| Let's Encrypt | 90 days | free |", "| ZeroSSL | 90 days | free |", "| DigiCert | 1 year | $200 |"));
		expect(note.frameworks).toEqual(["Let's Encrypt", "ZeroSSL", "DigiCert"]);
	});
});

describe("parts of one thing", () => {
	const comparison = lines(
		"# Alphaconf vs Betaconf",
		"",
		"| Feature | Alphaconf | Betaconf |",
		"|---|---|---|",
		"| Push | ✓ | ✗ |",
		"| Audit | ✓ | ✓ |",
		"| Gray release | ✓ | ✗ |",
		"",
	);

	it("takes no parts of one system, under a heading naming it, for things compared", () => {
		const { note, tables } = analyze(
			lines(
				comparison,
				"## 以 Alphaconf 为例",
				"",
				"Alphaconf 由 Console、Agent、Locator、Store 和 Writer 组成。Agent 先问 Locator，再从 Store 读取配置。",
				"",
				"### 组件说明",
				"",
				"| 组件 | 作用 | 默认端口 |",
				"|---|---|---|",
				"| **Console** | 网页管理界面，修改配置 | 8070 |",
				"| **Agent** | 应用内的客户端，向 Locator 询问 Store 的地址 | - |",
				"| **Locator** | 告诉 Agent 和 Console 服务地址 | 8080 |",
				"| **Store** | 为 Agent 提供配置读取 | 8080 |",
				"| **Writer** | 保存 Console 修改的配置 | 8090 |",
			),
		);
		expect(note.frameworks).toEqual(["Alphaconf", "Betaconf"]);
		expect(tables[1]?.frameworkOf ?? []).toEqual([]);
	});

	it("still compares things in a section named after one of them when they do not work with each other", () => {
		const { note } = analyze(
			lines(
				comparison,
				"## Clients for Alphaconf",
				"",
				"| Client | Language | Stars |",
				"|---|---|---|",
				"| [alpha-go](https://a.example) | Go | 1.2k |",
				"| [alpha-py](https://b.example) | Python | 800 |",
				"| [alpha-rs](https://c.example) | Rust | 300 |",
			),
		);
		expect(note.frameworks).toEqual(["Alphaconf", "Betaconf", "alpha-go", "alpha-py", "alpha-rs"]);
	});
});

describe("platform keys", () => {
	it("takes no operating system and architecture paths of a support matrix for things compared", () => {
		const { note } = analyze(
			lines(
				"| Platform | Tier | Release artifacts | Nightly builds |",
				"|---|:---:|:---:|:---:|",
				"| linux/amd64 | 1 | ✅ | ✅ |",
				"| linux/arm64 | 1 | ✅ | ✅ |",
				"| windows/amd64 | 1 | ✅ | ✅ |",
				"| linux/riscv64 | 2 | ✅ | ❌ |",
				"| freebsd/amd64 | 3 | ❌ | ❌ |",
				"| freebsd/arm64 | 3 | ❌ | ❌ |",
			),
		);
		expect(note.frameworks).toEqual([]);
	});

	it("still compares repositories written as owner/name", () => {
		const { note } = analyze(
			lines(
				"| Project | Stars | License |",
				"|---|---|---|",
				"| [acme/rocket](https://github.com/acme/rocket) | 12k | MIT |",
				"| [acme/comet](https://github.com/acme/comet) | 3k | Apache-2.0 |",
				"| [zeta/orbit](https://github.com/zeta/orbit) | 8k | MIT |",
			),
		);
		expect(note.frameworks).toEqual(["acme/rocket", "acme/comet", "zeta/orbit"]);
	});
});

describe("names written with ranges of versions", () => {
	it("reads browsers listed by ranges of versions, in the note's own words, as one name each", () => {
		const { note, tables } = analyze(
			lines(
				"| Agent | Wert |",
				"|---|---|",
				"| Quokka 132 und später | `text/html,*/*;q=0.8` |",
				"| Quokka 128 bis 131 | `text/html,image/avif,*/*;q=0.8` |",
				"| Quokka 65 | `text/html,image/webp,*/*;q=0.8` |",
				"| Quokka vor 64 | `text/html,*/*;q=0.8` |",
				"| Wombat 13.1 bis 18.1 | `text/html,*/*;q=0.8` |",
				"| Wombat 5 | `text/html,*/*;q=0.8` |",
				"| Numbat 131+ | `text/html,image/apng,*/*;q=0.8` |",
				"",
				"| Agent | Wert |",
				"|---|---|",
				"| Quokka 3.6 und später | `video/webm,*/*` |",
				"| Numbat | `*/*` |",
			),
		);
		expect(note.frameworks).toEqual(["Quokka", "Wombat", "Numbat"]);
		expect(tables[0]?.frameworkOf).toEqual(["Quokka", "Quokka", "Quokka", "Quokka", "Wombat", "Wombat", "Numbat"]);
		expect(tables[1]?.frameworkOf).toEqual(["Quokka", "Numbat"]);
	});

	it("keeps one version each apart, and a size with a version is no range", () => {
		const { note } = analyze(
			lines(
				"| Model | Released | Context |",
				"|---|---|---|",
				"| [Breeze 7B](https://a.example) | 2023/09 | 8k |",
				"| [Breeze 7B v0.2](https://b.example) | 2023/12 | 32k |",
				"| [Gale-13b](https://c.example) | 2023/08 | 2k |",
				"| [Gale-30b](https://d.example) | 2023/11 | 8k |",
			),
		);
		expect(note.frameworks).toEqual(["Breeze 7B", "Breeze 7B v0.2", "Gale-13b", "Gale-30b"]);
	});

	it("reads versions open at one end as a range: `Quill 15+` and `Quill 12-` are one browser", () => {
		const { note } = analyze(
			lines(
				"| Browser | Must contain | Must not contain |",
				"|---|---|---|",
				"| Lynx | `Lynx/xyz` | `Links/xyz` |",
				"| Quill 15+ (Blink-based engine) | `QPR/xyz` | |",
				"| Quill 12- (Presto-based engine) | `Quill/xyz` | |",
			),
		);
		expect(note.frameworks).toEqual(["Lynx", "Quill"]);
	});

	it("keeps releases named by a word after the version apart: `Node 18 LTS` and `Node 22 Current` are two", () => {
		const { note, tables } = analyze(
			lines(
				"| Test | Node 18 LTS | Node 22 Current | Deno | Bun |",
				"|---|---|---|---|---|",
				"| startup | 40 ms | 30 ms | 25 ms | 10 ms |",
				"| http | 50k | 60k | 70k | 100k |",
				"| json | 1.0x | 1.2x | 1.1x | 1.5x |",
			),
		);
		expect(new Set(tables[0]?.frameworkOf.filter((name) => name !== null)).size).toBe(4);
		expect(note.frameworks).not.toContain("Node");
	});

	it("keeps a build written after a version apart: `Python 3.13 free threaded` is not `Python 3.12`", () => {
		const { note } = analyze(
			lines(
				"| Test | Python 3.12 | Python 3.13 free threaded | PyPy 3.10 | GraalPy |",
				"|---|---|---|---|---|",
				"| fib | 1.0 | 0.9 | 0.1 | 0.2 |",
				"| regex | 1.0 | 1.1 | 0.8 | 0.7 |",
			),
		);
		expect(note.frameworks).toContain("Python 3.13 free threaded");
		expect(note.frameworks).toHaveLength(4);
	});

	it("takes no steps for versions of a thing", () => {
		const { note } = analyze(lines("| Step | Command | Notes |", "|---|---|---|", "| Step 1 | `npm init` | creates the package |", "| Step 2 | `npm install` | fetches the packages |", "| Step 3 | `npm test` | runs the tests |"));
		expect(note.frameworks).toEqual([]);
	});
});

describe("builds of one package", () => {
	const table = (...rows: string[]) => lines("Name | Overhead | Build | Version", "-----|----------|-------|--------", ...rows);

	it("keeps packages published with one version apart: `parsely-dom` beside `parsely` is a package of its own", () => {
		const { note, tables } = analyze(
			table(
				"parsely | 574 KiB | 3s | v4.5.60",
				"parsely-dom | 377 KiB | 2s | v4.5.60",
				"parsely_derive | 596 KiB | 4s | v4.5.60",
				"parsely_lex | 28 KiB | 336ms | v1.0.0",
				"argo | 41 KiB | 1s | v0.6.2",
			),
		);
		expect(note.frameworks).toEqual(["parsely", "parsely-dom", "parsely_derive", "parsely_lex", "argo"]);
		expect(tables[0]?.frameworkOf).toEqual(["parsely", "parsely-dom", "parsely_derive", "parsely_lex", "argo"]);
	});

	it("keeps a setup named in several words, and a package of another version, apart", () => {
		const { note } = analyze(
			table("webkit | 100 KiB | 1s | 5.2.1", "webkit-with-middlewares | 120 KiB | 1s | 5.2.1", "webkit-router | 30 KiB | 1s | 15.7.0", "polka | 20 KiB | 1s | 0.5.2"),
		);
		expect(note.frameworks).toEqual(["webkit", "webkit-with-middlewares", "webkit-router", "polka"]);
	});
});

describe("a mode written in capitals", () => {
	it("keeps a name with a word in capitals apart from the name the table writes alone: `React DOM` beside `React`", () => {
		const { note } = analyze(
			lines(
				"Quill is bigger than Preact. Quill needs a renderer package too.",
				"",
				"| Package | Quill | Quill DOM | Preact | Vue |",
				"|---|---|---|---|---|",
				"| min+gz | 2.5 kB | 42 kB | 4 kB | 33 kB |",
				"| deps | 1 | 2 | 0 | 3 |",
				"| license | MIT | MIT | MIT | MIT |",
			),
		);
		expect(note.frameworks).toContain("Quill DOM");
	});

	const table = lines(
		"|  | FlatPack (binary) | Proto Wire LITE | Rapid JSON |",
		"|---|---|---|---|",
		"| Decode (seconds) | 0.08 | 302 | 583 |",
		"| Encode (seconds) | 3.2 | 185 | 650 |",
		"| Wire size (bytes) | 344 | 228 | 1475 |",
	);

	it("takes a last word in capitals off a name the text names without it", () => {
		const { note } = analyze(lines("# FlatPack vs Proto Wire vs Rapid JSON", "", table, "", "Proto Wire is the usual choice; FlatPack reads faster than Proto Wire does."));
		expect(note.frameworks).toEqual(["FlatPack", "Proto Wire", "Rapid JSON"]);
	});

	it("keeps the word when the text writes the name with it", () => {
		const { note } = analyze(lines("# FlatPack vs Proto Wire vs Rapid JSON", "", table, "", "Proto Wire LITE is smaller than Proto Wire, and Proto Wire is the usual choice."));
		expect(note.frameworks).toEqual(["FlatPack", "Proto Wire LITE", "Rapid JSON"]);
	});
});

describe("single letters", () => {
	it("takes no command options written as single letters for things compared, in a note of another script", () => {
		const { note } = analyze(
			lines(
				"| 参数 | 取值 | 含义 |",
				"| --- | --- | --- |",
				"| n | eg:192.168.1.2:9876 | 服务地址（必填） |",
				"| c | eg:DefaultCluster | 指定集群名称 |",
				"| b | eg:192.168.12.134:10911 | 指定节点地址 |",
				"| a | eg:Quokka | 访问密钥 |",
			),
		);
		expect(note.frameworks).toEqual([]);
	});
});

describe("a thing compared written with the value one of its attributes takes elsewhere", () => {
	const tier = (rows: string[]) => lines("| Provider | GPU | VRAM | Price/hr |", "| --- | --- | --- | --- |", ...rows);
	const costs = (rows: string[]) => lines("| GPU | Tokens/sec | Price/hr | Cost per 1M tokens |", "| --- | --- | --- | --- |", ...rows);
	const gpuNote = (last: string[]) =>
		lines(
			"# GPU inference providers",
			"",
			"## Budget",
			"",
			tier(["| **Modal** | T4 | 16 GB | $0.59 |", "| Together.ai | A10 | 24 GB | $0.75 |", "| RunPod | T4 | 16 GB | $0.40 |"]),
			"",
			"## Large",
			"",
			tier(["| Modal | H100 | 80 GB | $3.95 |", "| Together.ai | H100 | 80 GB | $3.49 |", "| RunPod | H100 | 80 GB | $2.99 |"]),
			"",
			"## Cost per token",
			"",
			costs(last),
		);

	it("counts `Modal T4` and `Together.ai H100` for Modal and Together.ai: one toggle each, no new names", () => {
		const { note } = analyze(gpuNote(["| Modal T4 | 410 | $0.59 | $0.40 |", "| Together.ai H100 | 3,100 | $3.49 | $0.31 |", "| RunPod T4 | 380 | $0.40 | $0.29 |"]));
		expect(note.tables[2]?.frameworkAxis).toBe("rows");
		expect(note.frameworks).toEqual(["Modal", "Together.ai", "RunPod"]);
	});

	it("keeps two labels of one table on two values apart: two plans set side by side (`Modal T4` beside `Modal H100`)", () => {
		const { note } = analyze(gpuNote(["| Modal T4 | 410 | $0.59 | $0.40 |", "| Modal H100 | 2,900 | $3.95 | $0.38 |", "| Together.ai H100 | 3,100 | $3.49 | $0.31 |"]));
		expect(note.frameworks).toEqual(["Modal", "Together.ai", "RunPod", "Modal T4", "Modal H100"]);
	});

	it("keeps a product named after another as it is, though the rest is some other thing's value (`React Native`)", () => {
		const { note } = analyze(
			lines(
				"# Front-end stacks",
				"",
				"## Web",
				"",
				"| Framework | Bundle | Stars |",
				"| --- | --- | --- |",
				"| React | 44 kB | 230k |",
				"| Svelte | 2 kB | 80k |",
				"| SolidJS | 7 kB | 33k |",
				"",
				"## How each draws its UI",
				"",
				"| Toolkit | UI | Language |",
				"| --- | --- | --- |",
				"| Flutter | Own engine | Dart |",
				"| NativeScript | Native | TypeScript |",
				"| Ionic | WebView | TypeScript |",
				"",
				"## Mobile",
				"",
				"| Framework | Startup | Stars |",
				"| --- | --- | --- |",
				"| Flutter | 180 ms | 165k |",
				"| React Native | 240 ms | 120k |",
				"| Ionic | 400 ms | 51k |",
			),
		);
		expect(note.tables[2]?.frameworks).toEqual(["Flutter", "React Native", "Ionic"]);
	});

	it("keeps a name whose rest is no value of the note's tables as it is (`RunPod Serverless`)", () => {
		const { note } = analyze(gpuNote(["| Modal T4 | 410 | $0.59 | $0.40 |", "| Together.ai H100 | 3,100 | $3.49 | $0.31 |", "| RunPod Serverless | 380 | $0.40 | $0.29 |"]));
		expect(note.frameworks).toContain("RunPod Serverless");
	});

	it("keeps the two apart where the table writes the name alone too (`Modal` beside `Modal H100`)", () => {
		const { note } = analyze(gpuNote(["| Modal | 410 | $0.59 | $0.40 |", "| Modal H100 | 2,900 | $3.95 | $0.38 |", "| Together.ai H100 | 3,100 | $3.49 | $0.31 |"]));
		expect(note.frameworks).toContain("Modal H100");
	});
});

describe("a link broken by a space before its address", () => {
	it("names `[Pipedrive] (https://…)` Pipedrive, as a reader reads it", () => {
		const { note } = analyze(
			lines(
				"# Pipedrive vs Mailchimp vs Loggly vs Wordpress VIP",
				"",
				"| Company | SSO | Audit log | Role-based access |",
				"| --- | --- | --- | --- |",
				"| [Pipedrive] (https://www.pipedrive.com/en/plans) | Platinum | - | Platinum |",
				"| [Mailchimp] (https://mailchimp.com/pricing/) | Premium | Premium | All |",
				"| [Loggly] (https://www.loggly.com/plans-and-pricing/) | Enterprise | Enterprise | - |",
				"| [[Wordpress VIP]] | All | All | All |",
			),
		);
		expect(note.frameworks).toEqual(["Pipedrive", "Mailchimp", "Loggly", "Wordpress VIP"]);
	});
});
