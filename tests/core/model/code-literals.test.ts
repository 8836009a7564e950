// The code-literals rule (src/core/model/evidence/code-literals.ts): a column of literals written
// in code (`false`, `"auto"`, `['sh']`) gives each row the value a program reads for it, so the
// rows are keys of a configuration, not things compared. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "code-literals"));

describe("defaults written as code make the rows a program's settings (code-literals)", () => {
	it("reads a settings table with a type column and a column of defaults in code as no comparison", () => {
		const settings = lines(
			"# Settings",
			"",
			"The `[sync]` section of the config file.",
			"",
			"| Name | Type | Default | Description |",
			"|---|---|---|---|",
			"| `auto-sync` | boolean | `false` | Sync the vault whenever a file changes on disk. |",
			"| `conflict-mode` | string | `\"ask\"` | What to do when two devices edit one file. |",
			"| `exclude` | list | `[]` | Folders that are never sent to the server. |",
			"| `verbose` | boolean | `false` | Print every request to the developer console. |",
			"| `retries` | number | `3` | How often a failed upload is tried again. |",
		);
		expect(fired(settings)).toBe(true);
		expect(note(settings).frameworks).toEqual([]);
	});

	it("reads options with plain names and defaults in code the same way", () => {
		const options = lines(
			"# Exporter options",
			"",
			"| Option | Kind | Default | Since |",
			"|---|---|---|---|",
			"| Page size | enum | `\"a4\"` | 1.0 |",
			"| Margins | enum | `\"normal\"` | 1.0 |",
			"| Embed fonts | flag | `true` | 1.2 |",
			"| Keep links | flag | `true` | 1.4 |",
		);
		expect(fired(options)).toBe(true);
		expect(note(options).frameworks).toEqual([]);
	});

	it("leaves a benchmark that writes its figures as code alone", () => {
		const bench = lines(
			"# Minifiers",
			"",
			"| Minifier | Size | Time |",
			"|---|---|---|",
			"| esbuild | `22.8 KB` | `18 ms` |",
			"| terser | `23.1 KB` | `199 ms` |",
			"| swc | `22.9 KB` | `21 ms` |",
		);
		expect(fired(bench)).toBe(false);
		const counts = lines("# Parsers", "", "| Parser | Errors | Warnings |", "|---|---|---|", "| acorn | `0` | `12` |", "| babel | `2` | `40` |", "| espree | `1` | `9` |");
		expect(fired(counts)).toBe(false);
	});

	it("leaves package managers told apart by their commands, and codecs by their strings, alone", () => {
		const managers = lines(
			"# Installing a package",
			"",
			"| Package manager | Command |",
			"|---|---|",
			"| npm | `npm install zod` |",
			"| pnpm | `pnpm add zod` |",
			"| Yarn | `yarn add zod` |",
			"| Bun | `bun add zod` |",
		);
		expect(fired(managers)).toBe(false);
		const codecs = lines("# Video codecs", "", "| Codec | String | Container |", "|---|---|---|", "| H.264 | `avc1.42001f` | MP4 |", "| VP9 | `vp09.00.10.08` | WebM |", "| AV1 | `av01.0.04M.08` | MP4 |");
		expect(fired(codecs)).toBe(false);
	});
});
