// A superscript or subscript set apart from the text before it annotates a value or a name
// (a change against a baseline, a status after a name); one attached to a letter or a digit is
// part of it (an exponent, a formula), but for a footnote's mark ending a cell. Made-up notes written for the rule,
// read through the whole note model as the plugin and the command line read them.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("superscripts and subscripts set apart from what they annotate", () => {
	it("reads a size under a change against the baseline as the size: the bundlers down the rows are compared", () => {
		const bundles = lines(
			"# Bundle sizes",
			"",
			"| Bundler | Output | Gzipped | Build |",
			"|---|--:|--:|--:|",
			"| rollup | <sup>-41%</sup> 58 KB | <sup>-35%</sup> 19 KB | <sup>*3x*</sup> 410 ms |",
			"| webpack | <sup>-37%</sup> 62 KB | <sup>-31%</sup> 21 KB | <sup>*9x*</sup> 1,220 ms |",
			"| parcel | <sup>-33%</sup> 66 KB | <sup>-30%</sup> 22 KB | <sup>*5x*</sup> 690 ms |",
			"| esbuild | <sup>-39%</sup> 60 KB | <sup>-33%</sup> 20 KB | <sup>*1x*</sup> 130 ms |",
		);
		const model = note(bundles);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["rollup", "webpack", "parcel", "esbuild"]);
	});

	it("names a tool without the status written small after it", () => {
		const runs = lines(
			"| Runner | Suite time | Memory |",
			"|---|--:|--:|",
			"| [vitest](https://vitest.dev) | 4.1 s | 210 MB |",
			"| [jest](https://jestjs.io) <sub>⚠️ flaky</sub> | 9.8 s | 480 MB |",
			"| [mocha](https://mochajs.org) | 6.2 s | 150 MB |",
		);
		expect(note(runs).frameworks).toEqual(["vitest", "jest", "mocha"]);
	});

	it("names a tool without its status when the status's title holds a tag of its own", () => {
		const runs = lines(
			"| Runner | Suite time | Memory |",
			"|---|--:|--:|",
			"| [vitest](https://vitest.dev) | 4.1 s | 210 MB |",
			'| [jest](https://jestjs.io) <sub title="Failed: no output<br>exit code 1">❌ Failed</sub> | ❌ | ❌ |',
			"| [mocha](https://mochajs.org) | 6.2 s | 150 MB |",
		);
		expect(note(runs).frameworks).toEqual(["vitest", "jest", "mocha"]);
	});
});

describe("a footnote's mark ending a cell after a word", () => {
	// Review2's databases-footnotes: `SQLite<sup>1</sup>` gave a toggle named SQLite1.
	it("names the thing the mark is written on, not the thing and its mark", () => {
		const matrix = lines(
			"# Which database for the side project",
			"",
			"| Feature | PostgreSQL | MySQL | SQLite<sup>1</sup> |",
			"|---|---|---|---|",
			"| JSON columns | ✓ | ✓ | ✓<sup>2</sup> |",
			"| Full-text search | ✓ | ✓ | ✓ |",
			"| Window functions | ✓ | ✓ | ✓ |",
			"| Needs a server | ✓ | ✓ | ✗ |",
			"",
			"<sup>1</sup> Embedded, single file.",
		);
		expect(note(matrix).frameworks).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
		expect(note(matrix).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("keeps a mark that is more than a footnote's, or is followed by more, in place", () => {
		const complexity = lines(
			"| Algorithm | Best | Worst |",
			"|---|---|---|",
			"| Quicksort | O(n log n) | O(n<sup>2</sup>) |",
			"| Merge sort | O(n log n) | O(n log n) |",
			"| Bubble sort | O(n) | O(n<sup>2</sup>) |",
		);
		const plain = complexity.replaceAll("<sup>2</sup>", "2");
		expect(note(complexity).frameworks).toEqual(note(plain).frameworks);
		expect(note(complexity).tables[0]?.frameworkAxis).toBe(note(plain).tables[0]?.frameworkAxis);
	});
});

describe("superscripts and subscripts attached to what they follow are left in place", () => {
	it("keeps a formula's subscript in the name: CO2 and CH4 are compared, not CO and CH", () => {
		const gases = lines(
			"# Greenhouse gases",
			"",
			"| Property | [[CO<sub>2</sub>]] | [[CH<sub>4</sub>]] |",
			"|---|---|---|",
			"| Lifetime | centuries | 12 years |",
			"| Warming per tonne | 1 | 28 |",
		);
		const model = buildNoteModel({ path: "Greenhouse gases.md", text: "| Gas | Lifetime | Warming |\n|---|---|---|\n| CO<sub>2</sub> | centuries | 1 |\n| CH<sub>4</sub> | 12 years | 28 |\n| N<sub>2</sub>O | 109 years | 273 |" }, NO_VAULT);
		expect(model.frameworks.some((name) => name === "CO" || name === "CH")).toBe(false);
		expect(note(gases).frameworks.some((name) => name === "CO" || name === "CH")).toBe(false);
	});

	it("leaves a feature matrix with footnote numbers on its marks as it read it", () => {
		const matrix = (sup: boolean) =>
			lines(
				"# Sync options",
				"",
				"| Feature | Obsidian Sync | Syncthing | iCloud |",
				"|---|---|---|---|",
				`| End-to-end encryption | Yes${sup ? "<sup>1</sup>" : "1"} | Yes | No |`,
				`| Version history | Yes | No${sup ? "<sup>2</sup>" : "2"} | No |`,
				"| Selective sync | Yes | Yes | No |",
			);
		expect(note(matrix(true)).frameworks).toEqual(note(matrix(false)).frameworks);
		expect(note(matrix(true)).tables[0]?.frameworkAxis).toBe(note(matrix(false)).tables[0]?.frameworkAxis);
	});

	it("reads a table of powers written with exponents as it read them before", () => {
		const powers = (sup: boolean) =>
			lines(
				"# Orders of magnitude",
				"",
				"| Prefix | Factor | Example |",
				"|---|---|---|",
				...[["kilo", "3", "a kilometre"], ["mega", "6", "a megabyte"], ["giga", "9", "a gigahertz"]].map(
					([prefix, power, example]) => `| ${prefix} | 10${sup ? `<sup>${power}</sup>` : power} | ${example} |`,
				),
			);
		expect(note(powers(true)).frameworks).toEqual(note(powers(false)).frameworks);
		expect(note(powers(true)).tables[0]?.frameworkAxis).toBe(note(powers(false)).tables[0]?.frameworkAxis);
	});

	it("gives no toolbar to a reading log whose ratings carry a footnote", () => {
		const log = lines(
			"# Reading log 2024",
			"",
			"| Book | Finished | Rating |",
			"|---|---|---|",
			"| The Left Hand of Darkness | 2024-01-14 | 5<sup>1</sup> |",
			"| Piranesi | 2024-02-03 | 4 |",
			"| Project Hail Mary | 2024-03-22 | <sup>re-read</sup> 4 |",
			"",
			"1. Second reading.",
		);
		expect(note(log).frameworks).toEqual([]);
	});
});
