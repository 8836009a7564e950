// Code is literal: a superscript or subscript written right after a code span is no part of
// it, but an annotation of it (the version it came in, a footnote), so a name in code keeps
// its own spelling. One attached to a word or a digit is read as before. Made-up notes
// written for the rule, read through the whole note model as the plugin and the command
// line read them.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a superscript after a code span annotates it", () => {
	it("names runtimes down the rows without the version written small after each (Japanese note)", () => {
		const model = note(
			lines(
				"# ランタイムの起動時間",
				"",
				"| ランタイム | 起動 (ms) | メモリ (MB) |",
				"|---|--:|--:|",
				"| `deno`<sup>1.38.0</sup> | 38 | 41 |",
				"| `bun`<sup>1.0.3</sup> | 12 | 29 |",
				"| `node`<sup>20.9.0</sup> | 45 | 48 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["deno", "bun", "node"]);
	});

	it("names bundlers down the rows without a subscript after each (German note)", () => {
		const model = note(
			lines(
				"# Bundler im Vergleich",
				"",
				"| Bundler | Bauzeit (s) | Größe (KB) |",
				"|---|--:|--:|",
				"| `esbuild`<sub>0.19.2</sub> | 0,4 | 112 |",
				"| `rollup`<sub>3.29.0</sub> | 9,8 | 104 |",
				"| `webpack`<sub>5.88.2</sub> | 21,3 | 131 |",
			),
		);
		expect(model.frameworks).toEqual(["esbuild", "rollup", "webpack"]);
	});

	it("gives no toolbar to a table of constants whose names carry the version they came in", () => {
		const model = note(
			lines(
				"## Constants",
				"",
				"| Name | Value | Value on Windows |",
				"|---|---|---|",
				'| `PATH_SEP`<sup>1.41.0</sup> | `"/"` | `"\\\\"` |',
				'| `PATH_VAR_SEP`<sup>1.41.0</sup> | `":"` | `";"` |',
				'| `HOME_DIR`<sup>1.37.0</sup> | `"~"` |  |',
				'| `NEWLINE`<sup>1.37.0</sup> | `"\\n"` |  |',
			),
		);
		expect(model.frameworks).toEqual([]);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
	});
});

describe("a superscript attached to a word or a digit is read as before", () => {
	it("keeps an exponent after a number in a value and a formula's subscript in a label (French note)", () => {
		const model = note(
			lines(
				"# Gaz à effet de serre",
				"",
				"| Gaz | Durée de vie (ans) | PRG à 100 ans |",
				"|---|--:|--:|",
				"| CO<sub>2</sub> | 100 | 1 |",
				"| CH<sub>4</sub> | 12 | 28 |",
				"| N<sub>2</sub>O | 121 | 265 |",
			),
		);
		const labels = model.tables[0]?.rows.map((row) => row[0]);
		expect(labels).toEqual(["CO2", "CH4", "N2O"]);
		expect(model.frameworks.filter((name) => name === "CO" || name === "CH" || name === "N")).toEqual([]);
	});

	it("still takes a footnote's mark off a name written in plain text", () => {
		const model = note(
			lines(
				"| Feature | PostgreSQL | MySQL | SQLite<sup>1</sup> |",
				"|---|---|---|---|",
				"| JSON columns | ✓ | ✓ | ✓ |",
				"| Window functions | ✓ | ✓ | ✓ |",
				"| Needs a server | ✓ | ✓ | ✗ |",
			),
		);
		expect(model.frameworks).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
	});
});

describe("a code span with an annotation after it is still a label written as code", () => {
	it("reads the option names as code whether or not a version follows them", () => {
		const text = lines(
			"| Name | Value | Default |",
			"|---|---|---|",
			"| `dotenv-load` | boolean | `false` |",
			"| `dotenv-path`<sup>1.54.0</sup> | string | - |",
			"| `no-cd`<sup>1.51.0</sup> | boolean | `false` |",
		);
		const coded = analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
			group.rows.names.filter((name) => name.evidence.some((e) => e.rule === "code-label")).map((name) => name.label),
		);
		expect(coded).toEqual(["dotenv-load", "dotenv-path", "no-cd"]);
	});
});
