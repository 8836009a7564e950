// Every parser in the core, fed runs of the characters its patterns look at:
// it never throws, and ten times the input costs about ten times the time
// (at most √(10·100) ≈ 32×, halfway to quadratic's 100×). A quadratic pattern (adjacent `\s*`/`\s+`, an indexOf that
// restarts, a slice per bracket) fails here long before a user's note freezes.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readYamlFrontmatter } from "../../src/cli/yaml-frontmatter";
import { findFrontmatter } from "../../src/core/frontmatter/frontmatter-block";
import { readFrontmatter } from "../../src/core/frontmatter/read-frontmatter";
import { markdownParser } from "../../src/core/markdown";
import { parseWikilink } from "../../src/core/markdown/wikilink-syntax";
import { parseBarChart } from "../../src/core/model/bar-chart";
import { parseBoxChart } from "../../src/core/model/box-chart";
import { analyzeNote } from "../../src/core/model/build-note-model";
import { readCell, readRatio } from "../../src/core/model/cell-value";
import { sharedSide } from "../../src/core/model/evidence/share-of-other";
import { labelName } from "../../src/core/model/evidence/names";
import { bracketedShortForm } from "../../src/core/model/initialism";
import { versionedWord } from "../../src/core/model/evidence/version-family";
import { dateKey } from "../../src/core/model/evidence/log-keys";
import { seriesKey } from "../../src/core/model/evidence/numbered-series";
import { writtenName } from "../../src/core/model/evidence/release-number";
import { operationGrid } from "../../src/core/model/operation-grid";
import { programsOfCommands } from "../../src/core/model/command-names";
import { parseChartCell } from "../../src/core/model/chart-number";
import { parseChartTitle } from "../../src/core/model/chart-title";
import { splitSubject } from "../../src/core/model/evidence/context";
import { readToolOutput } from "../../src/core/model/tool-output";
import { NO_VAULT } from "../../src/core/vault/link-resolver";
import { withoutAddresses } from "../../src/core/model/evidence/common-word";
import { sentenceCase } from "../../src/core/model/evidence/sentence-case-label";
import { noteAnchors } from "../../src/core/vault/note-anchors";
import { GROWTH_BOUND, growth } from "../growth";

/** What the core's patterns and scanners key on, and what hostile notes repeat. */
const PIECES = [
	" ", "  ", "\t", "\n", "\r", "\r\n", "\u200b", "\u3000", "|", "\\|", "[", "]", "[[", "]]", "(", ")", "`", "``", "*", "**", "_", "~", "-", "--", "=",
	"#", "!", "<", ">", "<br>", "&amp;", "\\", ":", "/", "'", '"', ",", ".", "0", "9", "1,000", "1.5", "%", "±", "k", "ms", "x", "a", "A", "JAX", "vs", " vs ",
	"a-b/C-d", "A_B=1 ", "q:8b", "1º ", "文", "Port.", "│", "─", "┼", "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "█", "▌", "▓", "░", "N/A", "✓", "✗", "⭐", ":heavy_check_mark:", "^", "$", "{", "}", "：",
];
/** Always tried in every layout, beside the random runs: the runs that went quadratic before. */
const KNOWN_HARD = [" ", "\\", "[", "*", " \t"];
const unit = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));

interface Parser {
	name: string;
	parse: (text: string) => unknown;
	/** Where the repeated run goes: each place a pattern reads. */
	layouts: ((run: string) => string)[];
	/** Repeats of the piece in the smaller input: the larger has ten times as many. */
	count: number;
}

const note = (text: string) => analyzeNote({ path: "n.md", text, frontmatter: readYamlFrontmatter(text) }, NO_VAULT);

const PARSERS: Parser[] = [
	{
		name: "frontmatter (block, YAML, schema)",
		parse: (text) => readFrontmatter(readYamlFrontmatter(text), findFrontmatter(text)),
		layouts: [
			(run) => `---\ntitle: "${run}"\naliases: [JAX${run}, "B"]\nframeworks:\n  - ${run}\n---\nbody`,
			(run) => `---\n${run}: x\nrelated: "[[${run}]]"\n---\n`,
			(run) => `---\n${run}\n---\n`,
		],
		count: 1500,
	},
	{
		name: "wikilink syntax",
		parse: (text) => parseWikilink(text),
		layouts: [(run) => `[[JAX${run}#H${run}|t${run}]]`, (run) => `![[${run}]]`, (run) => `[[${run}`],
		count: 3000,
	},
	{
		name: "markdown with wikilinks and links",
		parse: (text) => markdownParser().parse(text, {}),
		layouts: [(run) => `[[JAX${run}|x]] [a${run}](b${run}.md) <${run}> ![[${run}]]\n`, (run) => `${run}[[a]]${run}[b](c)\n`],
		count: 1500,
	},
	{
		name: "tables and detection (whole note model)",
		parse: note,
		layouts: [
			(run) => `# A${run} vs B${run}\n\n| Framework${run} | JAX ${run} | PyTorch |\n|---|---|---|\n| Speed${run} | 1${run}2 ms | ${run} |\n`,
			(run) => `| ${run} | a |\n|---|---|\n| x${run} | ${run}1 |\n`,
			(run) => `${run}| a | b |\n|---|---|\n${run}| 1 | 2 |\n`,
			(run) => `- JAX${run}\n\n## ${run}PyTorch\n\nJAX and ${run} vs PyTorch${run}.\n`,
			(run) => `| Key | Type |\n|---|---|\n| a.b${run}.c | x |\n| a::b::${run}c | y |\n| a\\c${run}\\d.e | z |\n`,
		],
		count: 1000,
	},
	{
		name: "box charts",
		parse: (text) => parseBoxChart(text),
		layouts: [
			(run) => `Speed ${run} (higher is better)\n┌──────┬──────┐\n│ HW ${run}│ JAX${run} │\n├──────┼──────┤\n│ GPU${run}│ 12${run}ms │\n└──────┴──────┘`,
			(run) => `┌${run}┐\n│${run}│\n└${run}┘`,
		],
		count: 1500,
	},
	{
		name: "block-character bar charts",
		parse: (text) => parseBarChart(text),
		layouts: [(run) => `Throughput${run}\nJAX ${run} ████████▌ 390${run}\nPyTorch   ████ 200\n`, (run) => `JAX ${run}\nPyTorch ${run}█ 1\n`],
		count: 1500,
	},
	{
		name: "benchmark tool output",
		parse: (text) => readToolOutput(text, 1),
		layouts: [(run) => `${run}JAX x 1,234 ops/sec ±0.83%${run}\nPyTorch x 1,000 ops/sec ±1%\n`],
		count: 1500,
	},
	{
		name: "cell values, chart cells and chart titles",
		parse: (text) => [readCell(text), readRatio(text), parseChartCell(text), parseChartTitle(text)],
		layouts: [(run) => `1${run}2 ms`, (run) => `4.0 ms (1${run}x)`, (run) => `11.7${run}x slower`, (run) => `${run}`, (run) => `Speed ${run} (lower ${run} is ${run} better)`, (run) => `✓${run}⭐${run}N/A`],
		count: 3000,
	},
	{
		name: "a title's subjects around colons",
		parse: (text) => splitSubject(text),
		layouts: [(run) => `Topic${run}: React${run} vs Vue${run}: why${run}`, (run) => `选型${run}：Kafka vs${run}Pulsar：${run}`],
		count: 3000,
	},
	{
		name: "numbered series and release numbers",
		parse: (text) => [seriesKey(text), writtenName(text)],
		layouts: [(run) => `test${run} 1${run}`, (run) => `Chrome ${run}${run}120`, (run) => `Run${run} #${run}4`],
		count: 3000,
	},
	{
		name: "a log's keys: dates and times in digits",
		parse: (text) => dateKey(text),
		layouts: [(run) => `2024-${run}03-02`, (run) => `${run}:${run}`, (run) => `1.${run}.2024${run}x`],
		count: 3000,
	},
	{
		name: "name forms: run options, makers, ranges of versions, operations",
		parse: (text) => [labelName(text), versionedWord(text), operationGrid(text.split("\n")), bracketedShortForm(text), programsOfCommands(text.split("\n"))],
		layouts: [
			(run) => `echo '${run}' | jq${run} '.a'\necho '${run}' | jql '"a${run}'\nrg ${run}"TODO`,
			(run) => `zstd 1.5.6 ${run} --fast=3 -${run}`,
			(run) => `Zilliz${run}'s Milvus${run}'s X`,
			(run) => `Kafka [@${run}a] [-@b, p.${run}3]${run}[@`,
			(run) => `Link state ${run}(OSPF${run}(OSPF) (${run}OSPF)`,
			(run) => `Firefox ${run}128 bis 131${run}`,
			(run) => `std${run} decode\nfast${run} decode\nstd encode\nfast encode${run}`,
			(run) => `Vite ${run}startup time\nFarm startup ${run}time\nVite Root HMR${run} time\nFarm Root HMR time${run}`,
		],
		count: 3000,
	},
	{
		name: "a note's language, sections and codes (whole note model)",
		parse: note,
		layouts: [
			(run) => `Die Kennung ${run}hat einen Wert. Über die Größe ${run}entscheidet der Wert.\n\n| Kennung | Wert |\n|---|---|\n| Quokka ${run}1 bis 2 | x |\n| Quokka 3 und später | y |\n`,
			(run) => `# Alpha vs Beta\n\n| F | Alpha | Beta |\n|---|---|---|\n| x | ✓ | ✗ |\n\n## Alpha ${run}\n\n| Part | Role |\n|---|---|\n| Console${run} | asks the Agent${run} |\n| Agent | asks the Console |\n| Store | serves the Agent |\n`,
			(run) => `| Codec | Level |\n|---|---|\n| \`avc1.${run}4d\` | 1 |\n| \`avc1.${run}42\` | 2 |\n| \`linux/${run}amd64\` | 3 |\n`,
			(run) => `Proto Wire ${run}is fast; Proto Wire${run} again.\n\n|  | FlatPack | Proto Wire LITE | Rapid ${run}JSON |\n|---|---|---|---|\n| Decode | 1 ms | 2 ms | 3 ms |\n| parsely_derive${run} | v1.0.1 | v1.0.1 | 2 |\n`,
		],
		count: 1000,
	},
	{
		name: "a label in sentence case, initialisms kept",
		parse: (text) => sentenceCase(text),
		layouts: [(run) => `Correções de ${run}CVE críticas`, (run) => `Aa ${run}x`, (run) => `Quase ${run} zero${run}SLA`],
		count: 3000,
	},
	{
		name: "web addresses blanked out of running text",
		parse: (text) => withoutAddresses(text),
		layouts: [(run) => `see https${run}://example.com/${run} and ${run}`, (run) => `${run}://${run}www.${run}`, (run) => `a${run}www.x ${run}:// b`],
		count: 3000,
	},
	{
		name: "headings and block ids",
		parse: (text) => noteAnchors(text),
		layouts: [(run) => `# ${run}\n${run}\n===\n${run} ^id${run}\n`],
		count: 1500,
	},
];

describe("the growth measure", () => {
	// Each character reads the rest of the text again: the shape of the bugs this file guards against.
	const quadratic = (text: string) => {
		let same = 0;
		for (let i = 0; i < text.length; i++) for (let j = i + 1; j < text.length; j++) if (text.charCodeAt(j) === text.charCodeAt(i)) same++;
		return same;
	};
	it("tells a quadratic scan from a linear one", { timeout: 60_000 }, () => {
		const wide = (run: string) => `${run}x`;
		expect(growth(quadratic, wide, " ", 1500).ratio).toBeGreaterThan(GROWTH_BOUND);
		expect(growth((text) => text.split(" ").length, wide, " ", 300_000).ratio).toBeLessThanOrEqual(GROWTH_BOUND);
	});
});

describe("every core parser stays linear and never throws", () => {
	for (const parser of PARSERS) {
		it(`${parser.name}: any text at all`, () => {
			fc.assert(
				fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(""))), (text) => {
					expect(() => parser.parse(text)).not.toThrow();
				}),
				{ numRuns: 150 },
			);
		});

		it(`${parser.name}: ten times a pathological run within ${GROWTH_BOUND.toFixed(0)} times the time`, { timeout: 120_000 }, () => {
			fc.assert(
				fc.property(unit, fc.nat({ max: parser.layouts.length - 1 }), (piece, layout) => {
					const build = parser.layouts[layout];
					const { ratio, small, large } = growth(parser.parse, build, piece, parser.count);
					expect(ratio, `${JSON.stringify(piece)} in layout ${layout}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBeLessThanOrEqual(GROWTH_BOUND);
				}),
				{ numRuns: 8, examples: parser.layouts.flatMap((_, layout) => KNOWN_HARD.map((piece): [string, number] => [piece, layout])) },
			);
		});
	}
});

describe("runs that went quadratic once stay linear at full size", () => {
	const cases: [string, (run: string) => string, string][] = [
		// Every name rule read a huge header cell again and again (now cut to a name's length first).
		["a header cell of repeated 'vs '", (run) => `| ${run}Framework | JAX ${run} | PyTorch |\n|---|---|---|\n| Speed | 1 | 2 |\n`, "vs "],
		// Link lines were found by searching the text for each token's content.
		["a header cell of escaped backslashes", (run) => `| ${run}Framework${run} | JAX | PyTorch |\n|---|---|---|\n| Speed | 1 | 2 |\n`, "\\\\"],
		// Each "[[" in a property sliced up to the next "]]".
		["a property of opening brackets", (run) => `---\nrelated: "${run}x]]"\nother: "[[A]]"\n---\n[[A]]\n`, "[["],
		["a chart title of spaces", (run) => "```\nSpeed" + run + "- faster" + run + "\n┌────┬────┐\n│ HW │ JAX│\n├────┼────┤\n│ GPU│ 12 │\n└────┴────┘\n```\n", " "],
	];
	it.each(cases)("%s", { timeout: 60_000 }, (_, build, piece) => {
		const { ratio, small, large } = growth(note, build, piece, 10_000);
		expect(ratio, `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBeLessThanOrEqual(GROWTH_BOUND);
	});
});

describe("rules that look across tables and headings stay linear in their number", () => {
	// One piece per table: the builder writes as many sections as the run has characters.
	const sections = (section: (i: number) => string) => (run: string) => Array.from({ length: run.length }, (_, i) => section(i)).join("\n");
	const cases: [string, (run: string) => string][] = [
		// names-return and similar-header: every table under one top-left cell, the same rows, headers alike but never the same.
		[
			"tables sharing one top-left cell and their row labels",
			sections((i) => `| Test | Export | Import | Remarks ${i} |\n|---|---|---|---|\n| Acme Draw | Yes | No | a |\n| Vector Pro | No | Yes | b |\n\n| Test | Version ${i} | Content |\n|---|---|---|\n| Acme Draw | 1 | x |\n| Vector Pro | 2 | y |\n`),
		],
		// named-together: each table's labels named together in a heading of its own, among ever more headings.
		["headings naming each table's labels together", sections((i) => `## Quill${i}とノート${i}の違い\n\n| 違い | Quill${i} | ノート${i} |\n|---|---|---|\n| 保存 | 自動 | 手動 |\n| 同期 | 12 ms | 3 ms |\n`)],
		// type-column: small tables of one header are judged with their family's rows pooled, once per header.
		["small tables of one header, a reference split by section", sections((i) => `## Section ${i}\n\n| Key | Type | Description |\n| --- | --- | --- |\n| key${i}a | \`string\` | The value used for item ${i} here |\n| key${i}b | \`number\` | How many times item ${i} runs |\n| key${i}c | \`boolean\` | Whether item ${i} is shown at all |\n`)],
		// factored names: grids of one measure, labels pairing names with operations.
		[
			"benchmark grids of one measure with fused labels",
			sections((i) => `Raw results of quick${i}.\n\n| | ns/op | allocs |\n|---|---|---|\n| base${i} decode | 3551${i} ns | 12 ns |\n| quick${i} decode | 849 ns | 1 ns |\n| base${i} encode | 22 ns | 7 ns |\n| quick${i} encode | 8 ns | 5 ns |\n`),
		],
	];
	it.each(cases)("%s", { timeout: 120_000 }, (_, build) => {
		const { ratio, small, large } = growth(note, build, "x", 150);
		expect(ratio, `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBeLessThanOrEqual(GROWTH_BOUND);
	});
});

describe("a table of shares stays linear in its rows", () => {
	// share-of-other checks each share against its row's and its column's largest and smallest value, worked out
	// in one pass over the table: a scan of the line per share, as its first form had, went quadratic.
	const rows = (run: string) => Array.from({ length: run.length }, (_, i) => `${1_000_000 + 2 * i}|${500_000 + i} (0.50x)`).join("\n");
	const body = (text: string) => text.split("\n").map((line) => line.split("|"));
	const numberOf = (text: string) => {
		const value = readCell(text);
		return value.kind === "number" ? value.value : null;
	};
	it("rows of values written with their share of the row's first", { timeout: 120_000 }, () => {
		expect(sharedSide(body(rows("xxxx")), numberOf)).toBe("columns");
		const { ratio, small, large } = growth((text) => sharedSide(body(text), numberOf), rows, "x", 3000);
		expect(ratio, `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBeLessThanOrEqual(GROWTH_BOUND);
	});
});

describe("a wide box chart stays linear in its columns", () => {
	// Each row's kept cells are worked out once, not once per cell.
	const wide = (run: string) => {
		const cells = Array.from({ length: run.length }, (_, i) => `c${i}`);
		return [`| lib | ${cells.join(" | ")} |`, `|-----|${cells.map(() => "---").join("|")}|`, `| one | ${cells.map(() => "1").join(" | ")} |`, `| two | ${cells.map(() => "2").join(" | ")} |`].join("\n");
	};
	it("two rows of many columns", { timeout: 120_000 }, () => {
		const { ratio, small, large } = growth((text) => parseBoxChart(text), wide, "x", 400);
		expect(ratio, `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBeLessThanOrEqual(GROWTH_BOUND);
	});
});

describe("a box chart of one label over many rows stays linear", () => {
	// Rows that share a label take the descriptions that tell them apart, found once per label, not once per row.
	const grid = (run: string) =>
		["+-----+-------+------+", "| lib | mode  | time |", "+-----+-------+------+", ...Array.from({ length: run.length }, (_, i) => `| one | m${i} | ${i + 1} |`), "+-----+-------+------+"].join("\n");
	it("rows of one label told apart by a described column", { timeout: 120_000 }, () => {
		const read = parseBoxChart(grid("xxx"));
		expect(read.ok && read.value.chart.rowLabels).toEqual(["one (m0)", "one (m1)", "one (m2)"]);
		const { ratio, small, large } = growth((text) => parseBoxChart(text), grid, "x", 1000);
		expect(ratio, `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBeLessThanOrEqual(GROWTH_BOUND);
	});
});
