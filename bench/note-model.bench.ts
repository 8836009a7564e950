// `npm run bench`: the note model against a bare markdown-it parse of the same
// text, in the same run. Budgets (scripts/bench-core.mjs checks them): at most
// 2x for the seed note, at most 1.5x for a megabyte of mixed notes and for a
// table of 10,000 rows.
import { fileURLToPath } from "node:url";
import { bench, describe } from "vitest";
import { buildNoteModel, markdownParser, NO_VAULT } from "../src/core";
import { listTable, mixedNote, seedNote } from "./workloads";

const root = fileURLToPath(new URL("..", import.meta.url));

const notes: [string, string][] = [
	["the seed note", seedNote(root)],
	["a megabyte of mixed notes", mixedNote(root)],
	["a table of 10,000 rows", listTable(10_000)],
];

for (const [name, text] of notes) {
	describe(name, () => {
		bench("baseline: markdown-it parse", () => {
			markdownParser().parse(text, {});
		});
		bench("buildNoteModel", () => {
			buildNoteModel({ path: "note.md", text }, NO_VAULT);
		});
	});
}
