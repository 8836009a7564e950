// Things compared share an attribute's values: words written twice in one row of a table
// with the things across its header ("open a folder" for two apps). Made-up notes written for
// the rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("words shared along the rows", () => {
	it("reads two readers across the header when they share values row after row", () => {
		const readers = lines(
			"# Two RSS readers",
			"",
			"| | NetNewsWire | Reeder |",
			"|---|---|---|",
			"| Platforms | Apple only | Apple only |",
			"| Sync | iCloud or Feedbin | iCloud or Feedbin |",
			"| Price | free | one-time purchase |",
			"| Reading view | clean | polished |",
		);
		const model = note(readers);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["NetNewsWire", "Reeder"]);
	});
});

describe("words shared where nothing is compared across", () => {
	it("gives no toolbar to a bug list whose reporter is also the assignee", () => {
		const bugs = lines(
			"# Open bugs",
			"",
			"| Bug | Reporter | Assignee |",
			"|---|---|---|",
			"| Login fails on Safari | Ana | Ana |",
			"| Export drops images | Ben | Chloe |",
			"| Slow search | Chloe | Dan |",
			"| Sync conflict | Dan | Dan |",
			"| Crash on start | Ben | Ana |",
		);
		expect(note(bugs).frameworks).toEqual([]);
	});

	it("gives no toolbar to a meal plan that has the same dish twice a day", () => {
		const meals = lines(
			"# Meal plan",
			"",
			"| Day | Lunch | Dinner |",
			"|---|---|---|",
			"| Monday | pasta | pasta |",
			"| Tuesday | soup | curry |",
			"| Wednesday | salad | salad |",
			"| Thursday | leftovers | pizza |",
			"| Friday | soup | fish |",
		);
		expect(note(meals).frameworks).toEqual([]);
	});

	it("leaves phone plans down the rows: words repeating in every direction say nothing", () => {
		const plans = lines(
			"# Phone plans",
			"",
			"| Plan | Data | Calls | Texts |",
			"|---|---|---|---|",
			"| Basic | 5 GB | unlimited | unlimited |",
			"| Plus | 20 GB | unlimited | unlimited |",
			"| Max | unlimited | unlimited | unlimited |",
		);
		expect(note(plans).tables[0]?.frameworkAxis).not.toBe("columns");
	});

	it("says nothing of a matrix of marks or numbers: they repeat along every line", () => {
		const matrix = lines(
			"| Feature | Obsidian | Logseq | Notion |",
			"|---|---|---|---|",
			"| Offline | ✅ | ✅ | ❌ |",
			"| Plugins | ✅ | ✅ | ✅ |",
			"| Databases | ❌ | ❌ | ✅ |",
			"| Price per month | 0 | 0 | 10 |",
		);
		const explained = analyzeNote({ path: "note.md", text: matrix }, NO_VAULT).explanation[0];
		const rules = [...(explained?.rows.evidence ?? []), ...(explained?.columns.evidence ?? [])].map((e) => e.rule);
		expect(rules).not.toContain("shared-values");
	});
});
