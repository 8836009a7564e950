// The evidence rules built for recall on documents nobody here had read: made-up
// tables written for each rule, read through the whole note model as the plugin
// and the command line read them.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string, path = "note.md") => buildNoteModel({ path, text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const rulesOf = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.map((group) => ({
		rows: group.rows.evidence.map((e) => e.rule),
		columns: group.columns.evidence.map((e) => e.rule),
	}));

describe("labels of one side named together in a heading", () => {
	const table = (heading: string) =>
		lines(
			heading,
			"",
			"| 違い | Quill | ノート |",
			"| --- | --- | --- |",
			"| 保存 | 自動 | 手動 |",
			"| 同期 | できる | できない |",
		);

	it("takes the side whose labels a heading names together, joined by a particle with no spaces", () => {
		const model = note(table("## Quillとノートの違い"));
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Quill", "ノート"]);
	});

	it("says nothing when the heading names only one of them", () => {
		const model = note(table("## Quillについて"));
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(rulesOf(table("## Quillについて"))[0]?.columns).not.toContain("named-together");
	});

	it("finds a Latin label only as whole words: Quill is not in Quilling", () => {
		expect(rulesOf(table("## Quillingとノート"))[0]?.columns).not.toContain("named-together");
		expect(rulesOf(table("## Quill、ノート"))[0]?.columns).toContain("named-together");
	});

	it("takes neither side when a heading names labels of both", () => {
		const both = rulesOf(table("## Quill、ノート、保存と同期"))[0];
		expect(both?.columns).not.toContain("named-together");
		expect(both?.rows).not.toContain("named-together");
	});

	it("names the rows as well: things down the first column named together in the title", () => {
		const text = lines(
			"| Kind | Speed | Memory |",
			"| --- | --- | --- |",
			"| Otter | 12 ms | 40 MB |",
			"| Beaver | 30 ms | 12 MB |",
			"| Heron | 18 ms | 25 MB |",
		);
		expect(analyzeNote({ path: "Otter or Heron.md", text }, NO_VAULT).explanation[0]?.rows.evidence.map((e) => e.rule)).toContain("named-together");
	});
});

describe("a table headed as a decided one with a column changed", () => {
	// Titled, as a note is: values alike down the columns alone could be a log's entries (rows-kind).
	const decided = [
		"# Game engines",
		"",
		"| Engine | Free | Stars | Written in | Platforms |",
		"| --- | --- | --- | --- | --- |",
		"| Godot | Yes | 90k | C++ | Linux/macOS/Windows |",
		"| Bevy | Yes | 35k | Rust | Linux/macOS/Windows |",
		"| Defold | Yes | 4k | C | Linux/macOS/Windows |",
	];
	const later = (header: string) => ["", "Paid ones:", "", header, "| --- | --- | --- | --- | --- |", "| Unity Pro | | | | Windows |", "| Unreal Engine | | | | Windows |"];

	it("reads the same way as the decided one, its names taken though nothing else is known of them", () => {
		const model = note(lines(...decided, ...later("| Engine | Free | Stars | Licence | Platforms |")));
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["rows", "rows"]);
		expect(model.frameworks).toEqual(["Godot", "Bevy", "Defold", "Unity Pro", "Unreal Engine"]);
	});

	it("takes one name alone under such a header for the next of the list, as under a header repeated word for word", () => {
		const alone = ["", "Paid:", "", "| Engine | Free | Stars | Licence | Platforms |", "| --- | --- | --- | --- | --- |", "| Unity Pro | No | | Proprietary | Windows |"];
		const model = note(lines(...decided, ...alone));
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["rows", "rows"]);
		expect(model.frameworks).toEqual(["Godot", "Bevy", "Defold", "Unity Pro"]);
		// Under a header of its own one name is still too few to compare.
		const other = ["", "Paid:", "", "| Product | Vendor | Seats | Licence | Support |", "| --- | --- | --- | --- | --- |", "| Unity Pro | Unity | 20 | Proprietary | Email |"];
		expect(note(lines(...decided, ...other)).tables[1]?.frameworkAxis).toBe("none");
	});

	it("is not taken for one under another top-left cell, nor one sharing too little of the header", () => {
		expect(rulesOf(lines(...decided, ...later("| Product | Free | Stars | Licence | Platforms |")))[1]?.rows).not.toContain("similar-header");
		expect(rulesOf(lines(...decided, ...later("| Engine | Free | Price | Licence | Seats |")))[1]?.rows).not.toContain("similar-header");
	});
});

describe("a word for nothing down a column of names", () => {
	it("keeps the baseline row of a benchmark (null, run with none of the things compared) among them", () => {
		const model = note(
			lines(
				"Name | Size | Build | Version",
				"-----|------|-------|--------",
				"null | 0 KiB | 190ms | -",
				"quickparse | 2,767 KiB | 14s | v0.50.0",
				"tinyparse | 222 KiB | 1s | v0.9.1",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["null", "quickparse", "tinyparse"]);
	});

	it("still takes a value for no name: a year down the first column is not one", () => {
		const model = note(
			lines(
				"Name | Size | Build | Version",
				"-----|------|-------|--------",
				"2021 | 0 KiB | 190ms | -",
				"quickparse | 2,767 KiB | 14s | v0.50.0",
				"tinyparse | 222 KiB | 1s | v0.9.1",
				"slimparse | 29 KiB | 544ms | v0.14.0",
				"fastparse | 440 KiB | 2s | v0.13.1",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["quickparse", "tinyparse", "slimparse", "fastparse"]);
	});
});

describe("labels coming back down tables under one top-left cell", () => {
	// A feature matrix cut into sections has its features coming back under the same top-left
	// cell beside other products, just as records about the same things would: that says
	// nothing of which side holds the things compared, and no rule may count it twice.
	const sections = (first: string, second: string, rows: [string, string][][]) =>
		lines(
			"## Established",
			"",
			first,
			"| --- | --- | --- |",
			...(rows[0] ?? []).map(([feature, values]) => `| ${feature} | ${values} |`),
			"",
			"## Newer",
			"",
			second,
			"| --- | --- | --- |",
			...(rows[1] ?? []).map(([feature, values]) => `| ${feature} | ${values} |`),
		);

	it("takes no features for things compared in a feature matrix cut into sections", () => {
		const text = sections("| Criterion | Postgres | MySQL |", "| Criterion | MongoDB | CouchDB |", [
			[["Licence", "PostgreSQL | GPL"], ["Replication", "Streaming | Binlog"], ["JSON", "jsonb | json"]],
			[["Licence", "SSPL | Apache 2.0"], ["Replication", "Replica sets | Multi-master"], ["JSON", "BSON | JSON"]],
		]);
		const model = note(text);
		expect(model.tables.map((table) => table.frameworkAxis)).not.toContain("rows");
		expect(model.frameworks).not.toContain("Licence");
		const checks = sections("| Feature | React | Vue |", "| Feature | Svelte | Solid |", [
			[["SSR", "✓ | ✓"], ["TypeScript", "✓ | ✓"], ["Signals", "✗ | ✓"]],
			[["SSR", "✓ | ✓"], ["TypeScript", "✓ | ✓"], ["Signals", "✓ | ✓"]],
		]);
		expect(note(checks).frameworks).not.toContain("SSR");
	});
});

describe("one thing written with and without its maker's name", () => {
	it("joins PTC Creo in one table and Creo in another, whichever comes first, when the table writes two names so, but not two side by side", () => {
		const model = note(
			lines(
				"| Tool | Export | Import | Remarks |",
				"| --- | --- | --- | --- |",
				"| PTC Creo | Yes | Yes | Works with most files we tried in practice. |",
				"| Creo | Yes | Partial | The older line, sold apart from the new one. |",
				"| Inventor | No | Partial | Geometry only, and only with some limits. |",
				"| Rhino | Yes | Yes | Reads and writes it through a plug-in. |",
				"",
				"| Tool | Version | Stable | Content |",
				"| --- | --- | --- | --- |",
				"| Creo | 2017 | ✅ | Started exporting with the new format in full. |",
				"| Autodesk Inventor | 2019.1 | ⚠ | First import of the format from other tools. |",
				"| PTC Creo | 2022.4 | ❌ | Fixed export of assemblies for larger files. |",
				"| McNeel Rhino | 8 | ✅ | Export of meshes and curves alike. |",
			),
		);
		expect(model.frameworks).toEqual(["PTC Creo", "Creo", "Inventor", "Rhino"]);
	});

	it("takes one name ending in another table's name for a coincidence: Tailwind CSS is not plain CSS", () => {
		const model = note(
			lines(
				"| Library | Bundle | Stars | Scoped |",
				"| --- | --- | --- | --- |",
				"| Tailwind CSS | 10 KB | 80k | ✓ |",
				"| Styled Components | 12 KB | 40k | ✓ |",
				"| Emotion | 8 KB | 17k | ✓ |",
				"",
				"## Plain approaches",
				"",
				"| Approach | Bundle | Stars | Scoped |",
				"| --- | --- | --- | --- |",
				"| CSS | 0 KB | - | ✗ |",
				"| CSS Modules | 1 KB | - | ✓ |",
				"| Sass | 3 KB | 4k | ✗ |",
			),
		);
		expect(model.frameworks).toEqual(["Tailwind CSS", "Styled Components", "Emotion", "CSS", "CSS Modules", "Sass"]);
	});
});

describe("a grid of one measure", () => {
	// The sizes of the values cannot say which side holds the things compared: a value is a
	// task's cost times a tool's speed, and either factor may vary the more. Things compared
	// an order of magnitude apart (the point of many such notes) vary the more here.
	it("keeps the things the title sets against each other when they differ by orders of magnitude and the tasks do not", () => {
		const text = lines("| Model | CPU | GPU |", "| --- | --- | --- |", "| ResNet-50 | 2400 s | 31 s |", "| BERT base | 5100 s | 64 s |", "| GPT-2 small | 3900 s | 45 s |");
		const model = buildNoteModel({ path: "CPU vs GPU training.md", text }, NO_VAULT);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["CPU", "GPU"]);
	});
});

describe("a heading naming a few labels of a long side", () => {
	it("is about those labels, not a comparison of the side: two options of six named in a heading say nothing", () => {
		const text = lines(
			"## The format・style options",
			"",
			"| Option | Default | Description |",
			"| --- | --- | --- |",
			"| format | `$all` | The format of the module |",
			"| style | `bold` | The style of the module |",
			"| symbol | `⬢` | The symbol shown before it |",
			"| disabled | `false` | Turns the module off |",
			"| detect | `[]` | Which files turn it on |",
			"| version | `v1` | The version format used |",
		);
		expect(rulesOf(text)[0]?.rows).not.toContain("named-together");
		expect(note(text).tables[0]?.frameworkAxis).toBe("none");
	});
});

describe("names fused with the operation measured", () => {
	const grid = (prose: string) =>
		lines(
			prose,
			"",
			"|                  | ns/op       | B/op   |",
			"| ---------------- | ----------- | ------ |",
			"| base decode      | 35510 ns/op | 1960 B/op |",
			"| quickjson decode | 8499 ns/op  | 160 B/op  |",
			"| fastjson decode  | 5623 ns/op  | 160 B/op  |",
			"| base encode      | 2213 ns/op  | 712 B/op  |",
			"| quickjson encode | 883 ns/op   | 576 B/op  |",
			"| fastjson encode  | 837 ns/op   | 384 B/op  |",
		);

	it("gives one toggle per name, the part the text talks about, each standing for its rows", () => {
		const model = note(grid("Raw results (quickjson needs code generation)."));
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["base", "quickjson", "fastjson"]);
	});

	it("names a grid by its names, not by ordinary words the text uses for its operations", () => {
		const model = note(
			lines(
				"We render a list of 1,000 rows, then update every tenth row. React uses hooks here.",
				"",
				"| Case | Time | Memory |",
				"| --- | --- | --- |",
				"| React render | 41 ms | 12 MB |",
				"| Preact render | 30 ms | 8 MB |",
				"| React update | 12 ms | 12 MB |",
				"| Preact update | 9 ms | 8 MB |",
			),
		);
		expect(model.frameworks).not.toContain("render");
		expect(model.frameworks).toEqual(["React", "Preact"]);
	});

	it("names the grid by what comes before the operation when the text names neither part, and keeps labels whose second part is a version whole", () => {
		// Name forms (operation-grid) take the part before the last word: the operations are the scenarios.
		expect(note(grid("Raw results.")).frameworks).toEqual(["base", "quickjson", "fastjson"]);
		const editions = note(
			lines(
				"Python and Ruby, two editions each.",
				"",
				"| | Startup | Memory |",
				"| --- | --- | --- |",
				"| Python 2 | 20 ms | 9 MB |",
				"| Python 3 | 25 ms | 10 MB |",
				"| Ruby 2 | 40 ms | 12 MB |",
				"| Ruby 3 | 35 ms | 11 MB |",
			),
		);
		expect(editions.frameworks).toEqual(["Python 2", "Python 3", "Ruby 2", "Ruby 3"]);
	});
});

describe("a table of a header and no rows", () => {
	it("compares nothing, whatever its cells name: a default written as a table", () => {
		// Both cells are headings of the note, as a settings page names its keys and values.
		const defaults = lines(
			"# kime 설정",
			"",
			"## default_category",
			"",
			"입력기가 시작될때의 기본 언어를 설정합니다. `Latin`(로마자), `Hangul`(한글) 중에서 설정해주세요",
			"",
			"| 기본값 |`Latin`|",
			"|--------|-------|",
			"",
			"### Latin",
			"",
			"로마자 입력",
			"",
			"### 기본값",
			"",
			"처음 값",
		);
		expect(note(defaults).tables[0]?.frameworkAxis).toBe("none");
		expect(note(defaults).frameworks).toEqual([]);
	});
});
