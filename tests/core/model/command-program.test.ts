// A cell that is a command line in code names the program it runs: `find` of
// `find . -iname '*.jpg'`, its options, paths and patterns being the case it ran on. A bare
// word after the program may be what is run (`python -m timeit`, `npm install`, `git log`),
// so such a command is read whole. Made-up notes written for the rule, read through the whole
// note model as the plugin and the command line read them.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { codeName } from "../../../src/core/model/evidence/names";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a command line in code names the program it runs", () => {
	it("names the search tools of a benchmark by their programs", () => {
		const model = note(
			lines(
				"# Searching a monorepo for TODO",
				"",
				"| Command | Mean [s] | Min [s] | Max [s] |",
				"|:---|---:|---:|---:|",
				"| `rg -i 'todo' .` | 0.212 | 0.204 | 0.231 |",
				"| `grep -ri 'todo' .` | 2.480 | 2.410 | 2.602 |",
				"| `ag -i 'todo' .` | 0.950 | 0.921 | 0.988 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["rg", "grep", "ag"]);
	});

	it("names compressors run on a path with a level (German note)", () => {
		const model = note(
			lines(
				"# Kompression im Vergleich",
				"",
				"Gemessen auf dem Laptop, jeweils drei Läufe.",
				"",
				"| Befehl | Zeit (s) | Größe (MB) |",
				"|---|--:|--:|",
				"| `gzip -9 ./backup.tar` | 41,2 | 212 |",
				"| `zstd -19 ./backup.tar` | 63,8 | 171 |",
				"| `xz -9 ./backup.tar` | 118,5 | 160 |",
			),
		);
		expect(model.frameworks).toEqual(["gzip", "zstd", "xz"]);
	});

	it("names the tools of a benchmark that run on a file given by its relative path", () => {
		const model = note(
			lines(
				"# Reading a field from a document",
				"",
				"| Command | Mean [ms] | Min [ms] | Max [ms] | Relative |",
				"|:---|---:|---:|---:|---:|",
				"| `jq '.user.name' testdata/people.json` | 28.2 ± 0.9 | 27.1 | 31.5 | 4.31 ± 0.21 |",
				"| `gojq '.user.name' testdata/people.json` | 12.0 ± 0.4 | 11.2 | 13.1 | 1.84 ± 0.09 |",
				"| `yq -oy '.user.name' people.yaml` | 61.4 ± 2.2 | 58.0 | 70.3 | 9.38 ± 0.50 |",
				"| `jaq '.user.name' testdata/people.json` | 6.5 ± 0.2 | 6.1 | 7.4 | 1.00 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["jq", "gojq", "yq", "jaq"]);
	});

	it("still reads a bare word after the program as what it runs, not as a file", () => {
		expect(codeName("python -m timeit").bare).toBe("python -m timeit");
		expect(codeName("python -m json.tool data.json").bare).toBe("python -m json.tool data.json");
		// grep's and rg's `-m` takes a count.
		expect(codeName("rg -m 5 'TODO' ./src").bare).toBe("rg");
		expect(codeName("node bench/run.js").bare).toBe("node");
		expect(codeName("cargo bench").bare).toBe("cargo bench");
	});

	it("names file finders given quoted patterns with spaces inside (Japanese note)", () => {
		const model = note(
			lines(
				"# Markdown ファイルを探す",
				"",
				"| コマンド | 平均 (ms) | 最大 (ms) |",
				"|---|--:|--:|",
				"| `fd -HI '\\.md$'` | 38 | 45 |",
				"| `find . -name '*.md' -not -path './node_modules/*'` | 410 | 466 |",
				"| `rg --files -g '*.md'` | 52 | 61 |",
			),
		);
		expect(model.frameworks).toEqual(["fd", "find", "rg"]);
	});

	it("gives two runs of one program beside another program one toggle (Spanish note)", () => {
		const model = note(
			lines(
				"# Buscar fotos numeradas",
				"",
				"| Comando | Media [s] | Relativo |",
				"|:---|---:|---:|",
				"| `find . -iregex '.*[0-9]\\.jpg$'` | 2.275 | 9.79 |",
				"| `find . -iname '*[0-9].jpg'` | 1.427 | 6.14 |",
				"| `fd -HI '.*[0-9]\\.jpg$'` | 0.232 | 1.00 |",
			),
		);
		expect(model.frameworks).toEqual(["find", "fd"]);
		expect(model.tables[0]?.frameworks).toEqual(["find", "fd"]);
	});

	it("shows two runs of one program alone in a table whole, to tell them apart", () => {
		const model = note(
			lines(
				"# find: regex or name?",
				"",
				"| Command | Mean [s] |",
				"|:---|---:|",
				"| `find . -iregex '.*\\.jpg$'` | 2.275 |",
				"| `find . -iname '*.jpg'` | 1.427 |",
			),
		);
		expect(model.frameworks).toHaveLength(2);
		expect(new Set(model.frameworks).size).toBe(2);
	});

	it("names a program run with variables set before it by the program, one toggle for its runs (hyperfine export)", () => {
		const model = note(
			lines(
				"# Disk usage, warm cache",
				"",
				"| Command | Mean [ms] | Min [ms] | Max [ms] | Relative |",
				"|:---|---:|---:|---:|---:|",
				"| `diskus ~` | 271.4 ± 5.2 | 264.0 | 280.1 | 1.00 |",
				"| `gdu -npc ~` | 459.1 ± 14.2 | 446.7 | 490.3 | 1.69 ± 0.07 |",
				"| `GOMAXPROCS=100 gdu -npc ~` | 447.3 ± 9.8 | 431.0 | 462.5 | 1.65 ± 0.05 |",
				"| `dust -d0 ~` | 702.9 ± 11.0 | 690.2 | 720.4 | 2.59 ± 0.07 |",
			),
		);
		expect(model.frameworks).toEqual(["diskus", "gdu", "dust"]);
		expect(codeName("GOMAXPROCS=80 gdu").bare).toBe("gdu");
		expect(codeName("NODE_ENV=production RAYON_NUM_THREADS=1 node build.js").bare).toBe("node");
		// Only variables in capitals are taken for the environment: `a=1` alone is an assignment, whole.
		expect(codeName("a=1").bare).toBe("a=1");
		expect(codeName("x=1 y").bare).toBe("x=1 y");
	});

	it("keeps the whole command in the label's head, for telling two runs of one program apart", () => {
		expect(codeName("find . -iname '*.jpg'")).toMatchObject({ head: "find . -iname '*.jpg'", bare: "find" });
		expect(codeName('grep -r "two words" ./src')).toMatchObject({ bare: "grep" });
	});
});

describe("code that is not a program run on options, paths and patterns is read whole", () => {
	it("names package managers by their programs when every one runs the same subcommand (French note)", () => {
		const model = note(
			lines(
				"# Installer les dépendances",
				"",
				"| Commande | Froid (s) | Chaud (s) |",
				"|---|--:|--:|",
				"| `npm install --no-audit` | 31,2 | 9,8 |",
				"| `pnpm install --frozen-lockfile` | 14,5 | 2,1 |",
				"| `yarn install --immutable` | 22,9 | 4,4 |",
			),
		);
		// `install`, written by every command, is the case the three are timed on.
		expect(model.frameworks).toEqual(["npm", "pnpm", "yarn"]);
	});

	it("keeps a module run by an interpreter and a subcommand of one program", () => {
		expect(codeName("python -m timeit -n 100").bare).toBe("python -m timeit -n 100");
		expect(codeName("git log --oneline -n 20").bare).toBe("git log --oneline -n 20");
		expect(codeName("npx tsc --noEmit").bare).toBe("npx tsc --noEmit");
	});

	it("keeps queries, single words, identifiers and versions as before", () => {
		expect(codeName("SELECT * FROM users").bare).toBe("SELECT * FROM users");
		expect(codeName("ls").bare).toBe("ls");
		expect(codeName("fs:allow-read").bare).toBe("fs:allow-read");
		expect(codeName("es-toolkit@1.40.0").bare).toBe("es-toolkit");
	});

	it("gives no toolbar to a cheat sheet of one program's subcommands (German note)", () => {
		const model = note(
			lines(
				"# Git-Spickzettel",
				"",
				"| Befehl | Zeigt |",
				"|---|---|",
				"| `git log -p` | jeden Commit mit seinem Diff |",
				"| `git log --stat` | die geänderten Dateien je Commit |",
				"| `git log --oneline -n 20` | die letzten zwanzig Commits, eine Zeile je Commit |",
			),
		);
		expect(model.frameworks).toEqual([]);
	});
});
