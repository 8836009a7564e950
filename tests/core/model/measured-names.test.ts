// A header writing one measure beside each thing (src/core/model/evidence/measured-names.ts:
// `Tiempo oxytest | Tiempo pytest`, `SipHash time | aHash time`) is read without the measure's
// word, and a column of ratios beside measures (src/core/model/evidence/ratio-column.ts:
// `Speedup`, `Aceleración`) is no thing compared. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const measuredFired = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => group.columns.evidence.some((e) => e.rule === "measured-names"));

describe("one measure written beside each thing across the header (measured-names)", () => {
	const runners = lines(
		"# oxytest vs pytest",
		"",
		"| Modo | pytest | oxytest |",
		"|---|---|---|",
		"| Secuencial | 10.88s | 5.73s |",
		"| Paralelo | 4.10s | 1.20s |",
		"",
		"## Proyectos reales",
		"",
		"| Proyecto | Tests | Tiempo oxytest | Tiempo pytest |",
		"|---|---|---|---|",
		"| Flask | 491 | 0.66s | 1.14s |",
		"| httpx | 1,418 | 2.88s | 3.10s |",
		"| Pydantic | 29,490 | 45.94s | 61.20s |",
	);

	it("reads the projects as workloads and the runners, named again beside the measure, as compared", () => {
		expect(measuredFired(runners)).toBe(true);
		const model = note(runners);
		expect(model.tables[1]?.frameworkAxis).toBe("columns");
		expect(model.tables[1]?.frameworks).toEqual(["oxytest", "pytest"]);
		// The count of tests beside them is the projects' attribute, no runner.
		expect(model.frameworks).not.toContain("Tests");
		expect(model.frameworks).not.toContain("Flask");
	});

	it("takes a measure in small letters off names already read across", () => {
		const hashes = lines(
			"# Hashing speed",
			"",
			"| Input | SipHash time | FxHash time | aHash time |",
			"|---|---|---|---|",
			"| u64 | 9.2 ns | 1.1 ns | 0.9 ns |",
			"| 8 byte string | 12.4 ns | 2.8 ns | 1.4 ns |",
			"| 64 byte string | 30.1 ns | 9.9 ns | 3.7 ns |",
		);
		expect(note(hashes).frameworks).toEqual(["SipHash", "FxHash", "aHash"]);
	});

	it("keeps a shared word that is part of each name, where the note writes the names with it", () => {
		const chips = lines(
			"# M1 pro vs M2 pro",
			"",
			"| Chip | Cores | Score |",
			"|---|---|---|",
			"| M1 pro | 10 | 1780 |",
			"| M2 pro | 12 | 1960 |",
			"",
			"| Benchmark | M1 pro | M2 pro |",
			"|---|---|---|",
			"| perlbench | 8.06 | 9.44 |",
			"| gcc | 12.60 | 13.91 |",
			"| mcf | 8.41 | 9.37 |",
		);
		expect(note(chips).tables[1]?.frameworks).toEqual(["M1 pro", "M2 pro"]);
	});

	it("leaves statistics of one measure (`Mean [ms] | Min [ms] | Max [ms]`) as the measures of the tools down the rows", () => {
		const hyperfine = lines(
			"# Search tools",
			"",
			"| Command | Mean [ms] | Min [ms] | Max [ms] |",
			"|---|---|---|---|",
			"| `rg pattern` | 12.1 | 11.0 | 14.2 |",
			"| `grep -r pattern` | 98.4 | 95.1 | 103.0 |",
			"| `ag pattern` | 30.2 | 28.7 | 33.9 |",
		);
		expect(measuredFired(hyperfine)).toBe(false);
		expect(note(hyperfine).tables[0]?.frameworkAxis).not.toBe("columns");
	});

	it("reads a measure written straight after each name in a script without spaces (`pylopdf文字数 | pymupdf文字数`)", () => {
		const counts = lines(
			"# pylopdf vs pymupdf: テキスト抽出",
			"",
			"全ページのテキストを抽出し、文字数を比べました。",
			"",
			"| ファイル | pylopdf文字数 | pymupdf文字数 |",
			"|---|---:|---:|",
			"| bill-hr815.pdf | 300559 | 300559 |",
			"| f1040.pdf | 10156 | 10156 |",
			"| mhlw-doc.pdf | 1264 | 1251 |",
			"| usrguide.pdf | 55624 | 55560 |",
		);
		expect(measuredFired(counts)).toBe(true);
		const model = note(counts);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["pylopdf", "pymupdf"]);
		// One word in one script stays whole: `文字数 | 類似度` share nothing.
		expect(measuredFired(lines("| ファイル | 文字数 | 類似度 |", "|---|---:|---:|", "| a.pdf | 300 | 1.0 |", "| b.pdf | 101 | 0.6 |"))).toBe(false);
	});

	it("does not read a word shared over code as a measure (`Export 文 | Import 文`)", () => {
		const statements = lines(
			"# Named and default exports",
			"",
			"| Kind | Export 文 | Import 文 |",
			"|---|---|---|",
			"| Named | `export function f() {}` | `import { f } from './m'` |",
			"| Default | `export default function () {}` | `import f from './m'` |",
			"",
			"Export and Import are written differently for each kind.",
		);
		expect(measuredFired(statements)).toBe(false);
		expect(note(statements).frameworks).not.toContain("Export");
	});
});

describe("one kind written beside each thing across the header, the things set against each other in a heading", () => {
	it("reads `asdf Plugins | vfox Plugins` over marks as asdf against vfox, as the heading writes them", () => {
		// A heading that says vs names them by heading-parts (./heading-parts.test.ts); this one only writes them together.
		const plugins = lines(
			"# asdf Backend",
			"",
			"asdf plugins are written in Bash; vfox plugins are written in Lua.",
			"",
			"## What asdf and vfox plugins can do",
			"",
			"| Feature | asdf Plugins | vfox Plugins |",
			"|---|---|---|",
			"| **Windows Support** | ❌ | ✅ |",
			"| **Built-in HTTP module** | ❌ (requires curl) | ✅ |",
			"| **Built-in JSON module** | ❌ (requires jq) | ✅ |",
			"| **Post-install hooks** | ✅ | ✅ |",
		);
		expect(measuredFired(plugins)).toBe(true);
		const model = note(plugins);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["asdf", "vfox"]);
	});

	it("leaves a shared word over marks alone where no heading names what is left together, or one lowers it", () => {
		const unnamed = lines(
			"# Plugins",
			"",
			"| Feature | asdf Plugins | vfox Plugins |",
			"|---|---|---|",
			"| Windows | ❌ | ✅ |",
			"| HTTP | ❌ | ✅ |",
			"| Hooks | ✅ | ✅ |",
		);
		expect(measuredFired(unnamed)).toBe(false);
		// Another table of the note writes the labels whole over figures: one plan, one toggle, in both tables.
		const plans = lines(
			"# Plans",
			"",
			"| Feature | Free plan | Pro plan |",
			"|---|---|---|",
			"| Sync | ❌ | ✅ |",
			"| API | ❌ | ✅ |",
			"",
			"| Limit | Free plan | Pro plan |",
			"|---|---|---|",
			"| Storage | 1 GB | 100 GB |",
			"| Users | 1 | 10 |",
		);
		expect(note(plans).frameworks).toEqual(["Free plan", "Pro plan"]);
		const settings = lines("# Old and new settings", "", "| Setting | Old value | New value |", "|---|---|---|", "| Theme | light | dark |", "| Font | Inter | iA Writer Quattro |", "| Line width | readable | full |");
		expect(measuredFired(settings)).toBe(false);
		expect(note(settings).frameworks).toEqual([]);
	});
});

describe("what the measured reading leaves alone (review)", () => {
	it("keeps services, stores and models down the rows over percentiles, regions and precisions", () => {
		const notes = [
			lines("# Redis vs Memcached vs Dragonfly latency", "", "| Store | P50 (ms) | P95 (ms) | P99 (ms) |", "|---|---|---|---|", "| Redis | 0.21 | 0.35 | 0.80 |", "| Memcached | 0.18 | 0.30 | 0.71 |", "| Dragonfly | 0.15 | 0.27 | 0.60 |"),
			lines("# Latency", "", "| Service | p50 latency | p99 latency | p999 latency |", "|---|---|---|---|", "| auth | 12 | 40 | 90 |", "| billing | 20 | 75 | 160 |", "| search | 35 | 120 | 400 |"),
			lines("# Quantised models", "", "| Model | FP16 tokens/s | INT8 tokens/s | INT4 tokens/s |", "|---|---|---|---|", "| Llama 2 7B | 30 | 52 | 80 |", "| Mistral 7B | 32 | 55 | 85 |", "| Phi-2 | 70 | 110 | 150 |"),
			lines("# Regions", "", "| Service | us-east-1 latency | eu-west-1 latency | ap-south-1 latency |", "|---|---|---|---|", "| S3 | 20 | 25 | 60 |", "| DynamoDB | 8 | 10 | 30 |", "| Lambda | 120 | 130 | 180 |"),
		];
		for (const text of notes) {
			expect(measuredFired(text)).toBe(false);
			expect(note(text).tables[0]?.frameworkAxis).not.toBe("columns");
		}
	});

	it("leaves a matrix of frameworks over runtimes as its rows say, the frameworks named by their own evidence", () => {
		const text = lines(
			"# Python web frameworks on PyPy",
			"",
			"Flask, Django and FastAPI each served the same JSON endpoint; Flask and Django under both runtimes, FastAPI as well.",
			"",
			"| Framework | CPython req/s | PyPy req/s |",
			"|---|---|---|",
			"| Flask | 1200 | 4100 |",
			"| Django | 900 | 2600 |",
			"| FastAPI | 2100 | 5200 |",
		);
		expect(measuredFired(text)).toBe(false);
	});

	it("keeps a thing beside the measured ones whose figures are the same measure, and drops a count beside them", () => {
		const text = lines("# Bun vs Node vs Deno", "", "| Task | Tests | Node time | Bun time | Deno |", "|---|---|---|---|---|", "| install | 480 | 30 | 2 | 10 |", "| test | 600 | 12 | 3 | 8 |", "| build | 900 | 40 | 9 | 20 |");
		const model = note(text);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.tables[0]?.frameworks).toEqual(["Node", "Bun", "Deno"]);
	});
});

describe("a column of ratios beside measures (ratio-column)", () => {
	it("keeps a thing the note names, written as its ratio to another", () => {
		const text = lines(
			"# Python implementations",
			"",
			"GraalPy is shown as its speedup over CPython.",
			"",
			"| Benchmark | CPython (s) | PyPy (s) | GraalPy |",
			"|---|---|---|---|",
			"| nbody | 1.20 | 0.14 | 6.0x |",
			"| richards | 0.90 | 0.08 | 9.0x |",
			"| json_loads | 0.30 | 0.16 | 0.9x |",
		);
		const names = analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0]?.columns.names ?? [];
		expect(names.find((name) => name.label === "GraalPy")?.evidence.some((e) => e.rule === "ratio-column")).toBe(false);
	});

	it("reads a speedup column as the things' comparison, no thing of its own, in any language", () => {
		for (const title of ["Speedup", "Aceleración", "提速倍数"]) {
			const text = lines("# pytest vs oxytest", "", `| Mode | pytest | oxytest | ${title} |`, "|---|---|---|---|", "| Sequential | 10.88s | 5.73s | 1.9x |", "| Parallel | 4.10s | 1.20s | 3.4× |", "| Discovery | 4.97s | 2.33s | 2.1x |");
			const model = note(text);
			expect(model.tables[0]?.frameworkAxis).toBe("columns");
			expect(model.frameworks).toEqual(["pytest", "oxytest"]);
		}
	});

	it("leaves a table of ratios only alone: each thing's time over the fastest's", () => {
		const text = lines("# Relative speed", "", "| Test | Bun | Deno | Node |", "|---|---|---|---|", "| startup | 1.0x | 1.8x | 2.9x |", "| http | 1.0x | 1.3x | 1.6x |", "| fs | 1.2x | 1.0x | 1.4x |");
		const names = analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0]?.columns.names ?? [];
		expect(names.some((name) => name.evidence.some((e) => e.rule === "ratio-column"))).toBe(false);
	});
});
