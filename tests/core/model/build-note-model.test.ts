import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";
import { VaultIndex } from "../../../src/core/vault/vault-index";

const vault = VaultIndex.build([
	{ path: "Languages/Rust.md", aliases: ["rustlang"] },
	{ path: "Languages/Go.md", aliases: ["golang"] },
	{ path: "Compare/Rust vs Go.md", aliases: [] },
]);

const NOTE = [
	"---", // 1
	"aliases: [Systems languages]", // 2
	"---", // 3
	"Intro before any heading links [[rustlang]].", // 4
	"", // 5
	"# Rust or Go?", // 6
	"", // 7
	"## Tooling", // 8
	"", // 9
	"| Aspect | [[Rust]] | [[Go\\|Golang]] |", // 10
	"|:--|:-:|--:|", // 11
	"| Build | `cargo build` | `go build` |", // 12
	"| Pipes | a \\| b | **bold**<br/>two |", // 13
	"", // 14
	"### Notes", // 15
	"", // 16
	"- first [[Go#Modules]]", // 17
	"  continued ![[gopher.png]]", // 18
	"", // 19
	"## Speed", // 20
].join("\n");

describe("buildNoteModel", () => {
	const analysis = analyzeNote({ path: "Compare/Rust vs Go.md", text: NOTE, frontmatter: { data: { aliases: ["Systems languages"] } } }, vault);
	const { note } = analysis;

	it("takes the title from the first # heading, not from text before it", () => {
		expect(note.title).toBe("Rust or Go?");
		expect(note.aliases).toEqual(["Systems languages"]);
	});

	it("gives every link its file line, counting the frontmatter, inside tables and list continuations too", () => {
		expect(note.links.map((link) => [link.line, link.target, link.subpath, link.display, link.embed, link.resolved])).toEqual([
			[4, "rustlang", "", null, false, "Languages/Rust.md"],
			[10, "Rust", "", null, false, "Languages/Rust.md"],
			[10, "Go", "", "Golang", false, "Languages/Go.md"],
			[17, "Go", "#Modules", null, false, "Languages/Go.md"],
			[18, "gopher.png", "", null, true, null],
		]);
	});

	it("reads table cells as text: markup removed, <br> as a newline, \\| as |", () => {
		expect(note.tables).toEqual([
			{
				line: 10,
				header: ["Aspect", "Rust", "Golang"],
				rows: [
					["Build", "cargo build", "go build"],
					["Pipes", "a | b", "bold\ntwo"],
				],
				frameworkAxis: "columns",
				// Named as the header shows them; "Golang" is matched to Go.md through its link.
				frameworks: ["Rust", "Golang"],
			},
		]);
		expect(analysis.tables.map(({ source: _, ...layout }) => layout)).toEqual([
			{ line: 10, rowLines: [12, 13], nameColumn: 0, headingRows: 0, align: ["left", "center", "right"], frameworkOf: [null, "Rust", "Golang"] },
		]);
	});

	it("keeps each table cell as written, with its line, for Copy as Markdown", () => {
		expect(analysis.tables[0]?.source.map((row) => [row.line, row.cells.map((cell) => cell.markdown)])).toEqual([
			[10, ["Aspect", "[[Rust]]", "[[Go\\|Golang]]"]],
			[12, ["Build", "`cargo build`", "`go build`"]],
			[13, ["Pipes", "a \\| b", "**bold**<br/>two"]],
		]);
	});

	it("lists sections with the lines they span", () => {
		expect(analysis.sections).toEqual([
			{ heading: "Rust or Go?", level: 1, line: 6, endLine: 20 },
			{ heading: "Tooling", level: 2, line: 8, endLine: 19 },
			{ heading: "Notes", level: 3, line: 15, endLine: 19 },
			{ heading: "Speed", level: 2, line: 20, endLine: 20 },
		]);
	});

	it("counts the same lines for CRLF text, and skips an unparsed frontmatter block", () => {
		const crlf = buildNoteModel({ path: "Compare/Rust vs Go.md", text: NOTE.replace(/\n/g, "\r\n") }, vault);
		expect(crlf.links.map((link) => link.line)).toEqual([4, 10, 10, 17, 18]);
		expect(crlf.tables[0]?.line).toBe(10);
		expect(crlf.title).toBe("Rust or Go?");
		expect(crlf.aliases).toEqual([]);
	});

	it("falls back on the file name for the title and resolves heading links to the note itself without a vault", () => {
		const model = buildNoteModel({ path: "notes/Scratch.md", text: "## Only a subheading\n\nSee [[#Only a subheading]] and [[Elsewhere]].\n" }, NO_VAULT);
		expect(model.title).toBe("Scratch");
		expect(model.links.map((link) => link.resolved)).toEqual(["notes/Scratch.md", null]);
	});

	it("reports a chart it cannot read in a problem on the bad row, and reads python fences as code", () => {
		const text = ["```python", "x = a | b", "```", "", "```", "┌─────┬────┐", "│ Tool │ ms │", "├─────┼────┤", "│ make │ 12 │", "│ ninja │ quick │", "└─────┴────┘", "```"].join("\n");
		const model = buildNoteModel({ path: "Build.md", text }, NO_VAULT);
		expect(model.charts).toEqual([]);
		expect(model.problems).toEqual([{ line: 10, message: expect.stringContaining('"quick"') as string }]);
	});

	it("keeps the rest of the note when the frontmatter is broken", () => {
		const model = buildNoteModel(
			{ path: "X.md", text: "---\naliases: [x\n---\n# X\n\n[[Rust]]\n", frontmatter: { error: { line: 2, message: "Unexpected end of flow sequence" } } },
			vault,
		);
		expect(model.problems.map((problem) => problem.line)).toEqual([2]);
		expect(model.title).toBe("X");
		expect(model.links.map((link) => [link.line, link.resolved])).toEqual([[6, "Languages/Rust.md"]]);
	});

	it("never throws, on any text or frontmatter", () => {
		const markdownish = fc
			.array(fc.constantFrom("# ", "[[", "]]", "|", "\\|", "---", "\n", "\r\n", "```", "│", "┌─┐", "1,250", "`", "![[", "#", "^", "a", " "), { maxLength: 80 })
			.map((parts) => parts.join(""));
		fc.assert(
			fc.property(fc.oneof(fc.string(), markdownish), fc.anything(), (text, data) => {
				const model = buildNoteModel({ path: "P.md", text, frontmatter: { data } }, vault);
				expect(typeof model.title).toBe("string");
			}),
		);
	});
});

describe("fences in the note model", () => {
	const fence = (language: string, body: string[]) => ["```" + language, ...body, "```"];

	it("reads a bar chart drawn with block characters into a chart, its labels taken for frameworks", () => {
		const text = [
			"# JAX vs PyTorch vs TensorFlow", // 1
			"", // 2
			...fence("", [
				"ResNet-50 training (images/sec, higher is better)", // 4
				"", // 5
				"GPU:", // 6
				"JAX        ████████▌ 390", // 7
				"PyTorch    ███████▋  380", // 8
				"TensorFlow ███████   350", // 9
				"", // 10
				"TPU:", // 11
				"JAX        ████████████████ 3,200", // 12
				"TensorFlow ██████████████   2,900", // 13
			]),
		].join("\n");
		const { note, charts } = analyzeNote({ path: "ML/Speed.md", text }, NO_VAULT);
		expect(note.problems).toEqual([]);
		expect(note.charts).toEqual([
			{
				line: 3,
				title: "ResNet-50 training",
				unit: "images/sec",
				better: "higher",
				rowLabels: ["JAX", "PyTorch", "TensorFlow"],
				columnLabels: ["GPU", "TPU"],
				values: [
					[390, 3200],
					[380, null],
					[350, 2900],
				],
				frameworks: ["JAX", "PyTorch", "TensorFlow"],
			},
		]);
		expect(charts[0]).toMatchObject({ line: 3, frameworkAxis: "rows", cornerLabel: null });
	});

	it("leaves console output and log tables in txt or plain fences as code, with no chart and no problem", () => {
		const text = [
			"# Markdown parsers",
			"",
			...fence("txt", [
				"commonmark  @ 0.30.0 x 1,702 ops/sec ±0.31% (96 runs sampled)",
				"markdown-it @ 13.0.1 x 790 ops/sec ±0.83% (92 runs sampled)",
				"marked      @ 4.0.15 x 741 ops/sec ±1.02% (95 runs sampled)",
			]),
			"",
			...fence("", [
				"2024-05-01T12:00:01Z | INFO | GET /api/users   | 200 | 12 ms",
				"2024-05-01T12:00:02Z | WARN | GET /api/items   | 500 | 1,250 ms",
				"2024-05-01T12:00:02Z | INFO | POST /api/login  | 201 | 48 ms",
			]),
			"",
			...fence("shell", ["+------+-----+", "| tool | ms  |", "+------+-----+", "| make | fast |", "+------+-----+"]),
		].join("\n");
		const model = buildNoteModel({ path: "Parsers.md", text }, NO_VAULT);
		expect(model.charts).toEqual([]);
		expect(model.problems).toEqual([]);
	});

	it("still reports a ragged box in a txt fence, on the bad row", () => {
		const text = [
			"# Servers", // 1
			...fence("txt", [
				"Throughput (req/s)", // 3
				"+---------+------+------+", // 4
				"| Server  | 1 KB | 1 MB |", // 5
				"+---------+------+------+", // 6
				"| nginx   | 9000 | 120  |", // 7
				"| Caddy   | 8100 |", // 8
				"+---------+------+------+", // 9
			]),
		].join("\n");
		const model = buildNoteModel({ path: "Servers.md", text }, NO_VAULT);
		expect(model.charts).toEqual([]);
		expect(model.problems).toEqual([{ line: 8, message: expect.stringContaining('"Caddy"') as string }]);
	});
});

describe("chart keys", () => {
	const chart = (title: string, columns: string) => ["```", title, "┌──────┬────┬────┐", `│ Tool │ ${columns} │`, "├──────┼────┼────┤", "│ make │ 12 │ 14 │", "│ ninja│ 3  │ 4  │", "└──────┴────┴────┘", "```"].join("\n");

	it("follow a chart's title and columns, so a chart inserted above another does not take its key", async () => {
		const { chartKeys } = await import("../../../src/core/model/table-key");
		const before = buildNoteModel({ path: "Build.md", text: chart("Build time (s)", "A  │ B ") }, NO_VAULT);
		const after = buildNoteModel({ path: "Build.md", text: `${chart("Link time (s)", "A  │ B ")}\n\n${chart("Build time (s)", "A  │ B ")}` }, NO_VAULT);
		expect(before.charts).toHaveLength(1);
		expect(after.charts).toHaveLength(2);
		expect(chartKeys(after.charts)[1]).toBe(chartKeys(before.charts)[0]);
		// Two charts alike are told apart by their order.
		const twice = buildNoteModel({ path: "Build.md", text: `${chart("Build time (s)", "A  │ B ")}\n\n${chart("Build time (s)", "A  │ B ")}` }, NO_VAULT);
		expect(new Set(chartKeys(twice.charts)).size).toBe(2);
	});
});
