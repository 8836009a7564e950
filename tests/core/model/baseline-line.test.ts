// A table of ratios is measured against one thing, whose line is 1× throughout: that line is
// one of the things compared, so they run along its side. Made-up notes written for the rule,
// read through the whole note model as the plugin and the command line read them.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "baseline-line")));

describe("a line of 1× is the baseline the others are measured against", () => {
	it("reads the libraries down the rows when one row is 1x in every operation", () => {
		const parsers = lines(
			"# JSON parsers",
			"",
			"|   | parse small `parse()` | parse 1 MB file | stringify `stringify()` | validate 100 objects |",
			"|---|---|---|---|---|",
			"| fastjson | 1x | 1x | 1x | 1x |",
			"| json-slow | 3.2x slower | 2.9x slower | 5x slower | 4.1x slower |",
			"| midjson | 1.4x slower | 1.1x slower | 2x slower | 1.5x slower |",
		);
		expect(firedOn(parsers)).toEqual(["rows"]);
		const model = note(parsers);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["fastjson", "json-slow", "midjson"]);
	});

	it("reads the tools across the header when one column is (1.00x) after each time", () => {
		const compilers = lines(
			"## Build times",
			"",
			"| Project | tsc | swc | esbuild |",
			"|---|---|---|---|",
			"| small app | 3.1 s (1.00x) | 0.4 s (0.13x) | 0.2 s (0.06x) |",
			"| monorepo | 41 s (1.00x) | 5.2 s (0.13x) | 2.9 s (0.07x) |",
			"| library | 12 s (1.00x) | 1.6 s (0.13x) | 0.8 s (0.07x) |",
		);
		expect(firedOn(compilers)).toEqual(["columns"]);
		expect(note(compilers).frameworks).toEqual(["tsc", "swc", "esbuild"]);
	});
});

describe("where there is no single baseline line, the rule says nothing", () => {
	it("reads serializers named in code across the header, under criterion-table's marked ratios", () => {
		const serializers = lines(
			"### deserialization",
			"",
			"|                | `serde_json`              | `bincode`                         | `postcard`                        |",
			"|:---------------|:--------------------------|:----------------------------------|:----------------------------------|",
			"| **`small`**    | `1.21 us` (✅ **1.00x**)   | `402.10 ns` (🚀 **3.01x faster**)  | `388.72 ns` (🚀 **3.11x faster**)  |",
			"| **`large`**    | `96.40 us` (✅ **1.00x**)  | `20.33 us` (🚀 **4.74x faster**)   | `22.90 us` (🚀 **4.21x faster**)   |",
			"| **`nested`**   | `14.02 us` (✅ **1.00x**)  | `15.10 us` (❌ *1.08x slower*)     | `4.51 us` (🚀 **3.11x faster**)    |",
		);
		expect(firedOn(serializers)).toEqual(["columns"]);
		expect(note(serializers).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(serializers).frameworks).toEqual(["serde_json", "bincode", "postcard"]);
	});

	it("leaves a scale's steps in code alone: screen densities over bare ratios, one of them 1x", () => {
		const densities = lines("# Android densities", "", "| Qualifier | Scale | Launcher icon |", "|---|---|---|", "| `mdpi` | 1x | 1x |", "| `hdpi` | 1.5x | 1.5x |", "| `xhdpi` | 2x | 2x |", "| `xxhdpi` | 3x | 3x |", "| `xxxhdpi` | 4x | 4x |");
		expect(note(densities).frameworks).toEqual([]);
	});

	it("stays silent on a feature matrix of checks", () => {
		const matrix = lines("# Note apps", "", "| Feature | Obsidian | Logseq | Notion |", "|---|---|---|---|", "| Offline | ✅ | ✅ | ❌ |", "| Plugins | ✅ | ✅ | ⚠️ |", "| Sync | paid | free | free |");
		expect(firedOn(matrix)).toEqual([]);
		expect(note(matrix).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("stays silent on a benchmark of times whose relative column has 1.00 in one cell only", () => {
		const bench = lines(
			"# Finding files",
			"",
			"| Tool | Mean | Min | Max | Relative |",
			"|---|--:|--:|--:|--:|",
			"| fd | 0.23 s | 0.22 s | 0.24 s | 1.00x |",
			"| find | 1.91 s | 1.88 s | 1.95 s | 8.30x |",
			"| ripgrep --files | 0.31 s | 0.30 s | 0.33 s | 1.35x |",
		);
		expect(firedOn(bench)).toEqual([]);
		expect(note(bench).tables[0]?.frameworkAxis).toBe("rows");
	});

	it("stays silent when the baseline tool's column and a tied task's row are both 1x", () => {
		const speedups = lines(
			"# Speedups over CPython",
			"",
			"| Benchmark | CPython | PyPy | Cython |",
			"|---|---|---|---|",
			"| nbody | 1x | 7.1x | 31x |",
			"| regex | 1x | 1x | 1x |",
			"| json | 1x | 2.2x | 1.4x |",
		);
		expect(firedOn(speedups)).toEqual([]);
		// Left to the other rules (which leave this one alone); never the benchmarks as things.
		expect(note(speedups).tables[0]?.frameworkAxis).not.toBe("rows");
	});

	it("stays silent on a camera table whose zoom cells sit among weights and prices", () => {
		const cameras = lines(
			"# Travel cameras",
			"",
			"| Spec | Ricoh GR III | Sony RX100 VII | Fujifilm X100V |",
			"|---|---|---|---|",
			"| Optical zoom | 1x | 8x | 1x |",
			"| Weight | 257 g | 302 g | 478 g |",
			"| Price | $899 | $1,299 | $1,399 |",
			"| Sensor | APS-C | 1-inch | APS-C |",
		);
		expect(firedOn(cameras)).toEqual([]);
		expect(note(cameras).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("stays silent on a workout log of sets and multipliers", () => {
		const log = lines(
			"# Strength log",
			"",
			"| Lift | Mon | Wed | Fri |",
			"|---|---|---|---|",
			"| Squat | 5x5 | 5x5 | 3x5 |",
			"| Bench | 5x5 | 5x5 | 5x5 |",
			"| Row | 3x8 | 3x8 | 3x8 |",
		);
		expect(firedOn(log)).toEqual([]);
	});
});
