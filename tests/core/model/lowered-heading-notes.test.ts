// A heading in sentence case ("## Speed and price") names attributes: the table under it with
// those labels along one side has the things compared on the other (lowered-heading). Made-up
// notes first written for a twin rule of another round (named-attributes), read through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const rulesOf = (text: string) => {
	const explained = analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0];
	return [...(explained?.rows.evidence ?? []), ...(explained?.columns.evidence ?? [])].map((e) => e.rule);
};

describe("a sentence-case heading naming one side's labels", () => {
	it("reads the tents down the rows under '## Weight and price'", () => {
		const tents = lines(
			"# Tents",
			"",
			"Shortlist for the summer.",
			"",
			"## Weight and price",
			"",
			"| Tent | Weight | Price |",
			"|---|---|---|",
			"| Hubba Hubba | 1.5 | 550 |",
			"| Copper Spur | 1.4 | 600 |",
			"| Lunar Solo | 0.7 | 240 |",
		);
		const model = note(tents);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Hubba Hubba", "Copper Spur", "Lunar Solo"]);
	});
});

describe("headings that say nothing of the table's attributes", () => {
	const table = ["| Camera | Weight | Battery |", "|---|---|---|", "| Ricoh GR III | 257 g | 200 shots |", "| Fujifilm X100V | 478 g | 350 shots |"];

	it("says nothing under a heading all in lower case", () => {
		expect(rulesOf(lines("## weight and battery", "", ...table))).not.toContain("lowered-heading");
	});

	it("says nothing under a heading in Title Case, which lowers nothing", () => {
		expect(rulesOf(lines("## Weight and Battery", "", ...table))).not.toContain("lowered-heading");
	});

	it("says nothing when the heading is another section's, above an earlier one", () => {
		expect(rulesOf(lines("## Weight and battery", "", "Both matter on a trip.", "", "## The shortlist", "", ...table))).not.toContain("lowered-heading");
	});

	it("says nothing when the heading names one label only", () => {
		expect(rulesOf(lines("## Weight and size", "", ...table))).not.toContain("lowered-heading");
	});

	it("gives no toolbar to a running log under '## Distance and pace'", () => {
		const log = lines(
			"# Running",
			"",
			"## Distance and pace",
			"",
			"| Date | Distance | Pace |",
			"|---|---|---|",
			"| 2024-05-01 | 5 km | 5:25 |",
			"| 2024-05-03 | 8 km | 5:31 |",
			"| 2024-05-06 | 10 km | 5:40 |",
		);
		expect(note(log).frameworks).toEqual([]);
	});

	it("keeps two apps across when a casual heading lowers one of them ('## Notion and obsidian')", () => {
		const apps = lines(
			"## Todoist and things",
			"",
			"| | Todoist | Things |",
			"|---|---|---|",
			"| Offline | ⚠️ | ✅ |",
			"| Platforms | everywhere | Apple only |",
			"| Price | $4/month | $50 once |",
		);
		expect(note(apps).tables[0]?.frameworkAxis).not.toBe("rows");
	});
});

// Review2's pros-cons-per-tool: the title, not a heading, lowered the column labels.
describe("a sentence-case title naming one side's labels in lower case", () => {
	it("does not name Pros and Cons as things compared when the title writes them as attributes", () => {
		const apps = (title: string) =>
			lines(
				`# ${title}`,
				"",
				"| App | Pros | Cons |",
				"|---|---|---|",
				"| Obsidian | Local files, plugins, fast | Sync costs extra |",
				"| Notion | Databases, sharing | Slow, online only |",
				"| Logseq | Outliner, free | Mobile app is rough |",
			);
		expect(note(apps("Note apps, pros and cons")).frameworks).not.toContain("Pros");
		expect(note(apps("Note apps, pros and cons")).frameworks).not.toContain("Cons");
	});

	it("still names the things the same title writes with their capitals", () => {
		const sync = lines(
			"# Obsidian vs Logseq, sync and plugins",
			"",
			"| | Obsidian | Logseq |",
			"|---|---|---|",
			"| Sync | paid add-on | your own |",
			"| Plugins | community | community |",
		);
		expect(note(sync).frameworks).toEqual(["Obsidian", "Logseq"]);
		expect(note(sync).tables[0]?.frameworkAxis).toBe("columns");
	});
});
