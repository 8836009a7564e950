// `npm run bench`: the note model (markdown-it, then detection) on big tables,
// each read against a bare markdown-it parse of the same text in the same run.
// Doubling the rows should double both: detection stays linear in note size.
import { bench, describe } from "vitest";
import { buildNoteModel, markdownParser, NO_VAULT } from "../src/core";

function listTable(rows: number, label: (i: number) => string): string {
	const lines = ["| Name | Stars | License | Description |", "|---|---:|---|---|"];
	for (let i = 0; i < rows; i++) lines.push(`| [${label(i)}](https://github.com/o/p${i}) | ${(i * 37) % 90}k | MIT | A library for task ${i} |`);
	return lines.join("\n");
}

for (const rows of [5_000, 10_000]) {
	const text = listTable(rows, (i) => `lib-${i}`);
	describe(`a ${rows.toLocaleString("en")}-row list of libraries`, () => {
		bench("baseline: markdown-it parse", () => {
			markdownParser().parse(text, {});
		});
		bench("buildNoteModel", () => {
			buildNoteModel({ path: "list.md", text }, NO_VAULT);
		});
	});
}

// Worst cases for grouping: every row the same name, and many tables with one header.
const same = listTable(10_000, () => "same");
const manyTables = Array.from({ length: 400 }, (_, t) => listTable(25, (i) => `lib-${t}-${i}`)).join("\n\n");
describe("10,000 rows of one name, and 400 tables of one header", () => {
	bench("baseline: markdown-it parse of both", () => {
		markdownParser().parse(same, {});
		markdownParser().parse(manyTables, {});
	});
	bench("buildNoteModel of both", () => {
		buildNoteModel({ path: "same.md", text: same }, NO_VAULT);
		buildNoteModel({ path: "many.md", text: manyTables }, NO_VAULT);
	});
});
