// Labels filed under a word and a colon (src/core/model/name-forms.ts, filedName): `php: Laravel 8.12`
// names Laravel where the note files several labels under `php:`; `esbuild: Bundle three apps` beside
// `rollup: Bundle three apps` names the tool, the case coming after. Made-up notes.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("labels filed under a word and a colon", () => {
	it("names the thing after the language it is filed under, in every table of the note", () => {
		const text = lines(
			"# Web frameworks, requests per second",
			"",
			"| Framework | RPS | P99 (ms) |",
			"|---|--:|--:|",
			"| py: Django 5.0 | 1 210 | 88 |",
			"| py: FastAPI 0.110 (with uvicorn) | 9 870 | 12 |",
			"| js: Express 4.19 | 14 300 | 9 |",
			"| js: Fastify 4.26 | 41 200 | 4 |",
			"",
			"## Left out",
			"",
			"| Framework | Why |",
			"|---|---|",
			"| py: Django 5.0 | too slow for the API |",
			"| js: Express 4.19 | Fastify does the same, faster |",
		);
		expect(note(text).frameworks).toEqual(["Django", "FastAPI", "Express", "Fastify"]);
		expect(note(text).tables.map((table) => table.frameworks)).toEqual([
			["Django", "FastAPI", "Express", "Fastify"],
			["Django", "Express"],
		]);
	});

	it("keeps the word before the colon where every label files one case under a different word", () => {
		const text = lines(
			"# Bundlers",
			"",
			"| Task | Time (s) | Memory (MB) |",
			"|---|--:|--:|",
			"| esbuild: Bundle three apps | 0.4 | 120 |",
			"| rollup: Bundle three apps | 14.2 | 610 |",
			"| webpack: Bundle three apps | 21.8 | 980 |",
		);
		expect(note(text).frameworks).not.toContain("Bundle three apps");
	});
});
