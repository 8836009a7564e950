// The heading-parts rule (src/core/model/evidence/heading-parts.ts): a heading that sets things
// against each other ("Open Source vs. Proprietário") over a table that writes them longer
// (`Software Livre (Open Source)`). Made-up notes, read through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const heldBy = (text: string) =>
	(analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0]?.columns.names ?? []).filter((name) => name.evidence.some((e) => e.rule === "heading-parts")).map((name) => name.label);

describe("a heading that sets things against each other names the labels that spell them out", () => {
	it("takes the two kinds of software across a Portuguese slide's header", () => {
		const text = lines(
			"# Open Source vs. Proprietário",
			"",
			"| Característica | Software Proprietário | Software Livre (Open Source) |",
			"|---|---|---|",
			"| Acesso ao Código | Fechado | Aberto |",
			"| Custo | Geralmente Pago | Geralmente Gratuito |",
			"| Modificação | Proibida | Permitida |",
		);
		expect(heldBy(text)).toEqual(["Software Proprietário", "Software Livre (Open Source)"]);
		expect(note(text).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("takes the kinds of database under an empty top-left cell, by the names the heading gives them", () => {
		const text = lines("## SQL vs NoSQL", "", "| | SQL databases | NoSQL databases |", "|---|---|---|", "| Schema | fixed | flexible |", "| Scaling | vertical | horizontal |");
		expect(note(text).frameworks).toEqual(["SQL", "NoSQL"]);
	});

	it("names the things as the heading does where each label adds the kind they share, unless another table writes them whole", () => {
		const plugins = lines(
			"## Feature Comparison: asdf vs vfox",
			"",
			"| Feature | asdf Plugins | vfox Plugins |",
			"|---|---|---|",
			"| **Windows Support** | ❌ | ✅ |",
			"| **Built-in HTTP module** | ❌ (requires curl) | ✅ |",
			"| **Post-install hooks** | ✅ | ✅ |",
		);
		expect(note(plugins).frameworks).toEqual(["asdf", "vfox"]);
		const plans = lines(
			"# Free vs Pro",
			"",
			"| Feature | Free plan | Pro plan |",
			"|---|---|---|",
			"| Sync | ❌ | ✅ |",
			"| API | ❌ | ✅ |",
			"",
			"| Limit | Free plan | Pro plan |",
			"|---|---|---|",
			"| Storage | 1 GB | 100 GB |",
			"| Users | 1 | 10 |",
		);
		// Two tables that write the plans whole name them whole, one toggle each across both.
		const model = note(plans);
		expect(model.frameworks).toEqual(["Free plan", "Pro plan"]);
		expect(model.tables.map((table) => table.frameworks)).toEqual([
			["Free plan", "Pro plan"],
			["Free plan", "Pro plan"],
		]);
		expect(note(plans.split("\n").slice(0, 6).join("\n")).frameworks).toEqual(["Free", "Pro"]);
		// A heading that writes a label whole names it so: the side keeps its labels whole.
		const search = lines(
			"## Semantic Search (preview)",
			"",
			"Semantic search finds pages by meaning.",
			"",
			"### Comparison: Semantic vs Keyword",
			"",
			"| Feature | Semantic Search | Keyword Search |",
			"|---|---|---|",
			"| Finds synonyms | ✅ | ❌ |",
			"| Works offline | ✅ | ✅ |",
			"| Index size | larger | small |",
		);
		expect(note(search).frameworks).toEqual(["Semantic Search", "Keyword Search"]);
		// Labels that link to notes of their own name those notes (review).
		const linked = lines(
			"## Obsidian vs iCloud",
			"",
			"I pay for [[Obsidian Sync]] and tried [[iCloud Sync]] for a month.",
			"",
			"| Feature | [[Obsidian Sync]] | [[iCloud Sync]] |",
			"|---|---|---|",
			"| Price | $4/mo | Free |",
			"| E2E | Yes | Partial |",
			"| Version history | Yes | No |",
		);
		expect(note(linked).frameworks).toEqual(["Obsidian Sync", "iCloud Sync"]);
		// Each spelt out in words of its own: the labels stay whole.
		const kinds = lines("# Open Source vs. Proprietário", "", "| Característica | Software Proprietário | Software Livre (Open Source) |", "|---|---|---|", "| Acesso ao Código | Fechado | Aberto |", "| Custo | Geralmente Pago | Geralmente Gratuito |");
		expect(note(kinds).frameworks).toEqual(["Software Proprietário", "Software Livre"]);
	});

	it("leaves out a lead-in before a colon and a subtitle after one", () => {
		const text = lines(
			"## Common mix-up: Claude in Excel vs Cowork",
			"",
			"| Aspect | Add-in Claude in Excel | Excel in Cowork |",
			"|---|---|---|",
			"| What it is | An add-in for Microsoft Excel | A feature of the desktop app |",
			"| Installing | From the add-ins store | Part of Claude Desktop |",
			"| Runs | Inside Excel | Writes Excel files from scratch |",
			"| Best for | Formulas in open sheets | New sheets from raw data |",
			"| Plan | Claude plan and an Excel licence | Claude Pro or Max |",
			"",
			"## Managed vs self-hosted: which to pick",
			"",
			"| | Managed service | Self-hosted box |",
			"|---|---|---|",
			"| Cost | monthly fee | hardware |",
			"| Upkeep | none | weekly |",
		);
		expect(heldBy(text)).toEqual(["Add-in Claude in Excel", "Excel in Cowork"]);
		expect(note(text).tables.map((table) => table.frameworkAxis)).toEqual(["columns", "columns"]);
	});

	it("reads the heading the table stands under, not the note's title", () => {
		const text = lines("# Hosting notes", "", "## Managed vs self-hosted", "", "| | Managed service | Self-hosted box |", "|---|---|---|", "| Cost | monthly fee | hardware |", "| Upkeep | none | weekly |");
		expect(heldBy(text)).toEqual(["Managed service", "Self-hosted box"]);
	});
});

describe("what the heading does not set against each other stays as it was", () => {
	it("says nothing of a heading that only joins its parts", () => {
		const text = lines("# Morning and evening", "", "| Slot | Morning routine | Evening routine |", "|---|---|---|", "| First | water | tidy |", "| Then | journal | read |", "| Last | plan | lights off |");
		expect(heldBy(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing of measures the heading names", () => {
		const text = lines("## Speed vs memory", "", "| Tool | Speed (ms) | Memory (MB) |", "|---|---|---|", "| one | 12 | 30 |", "| two | 15 | 22 |");
		expect(heldBy(text)).toEqual([]);
	});

	it("says nothing when a part is held by two labels", () => {
		const text = lines("## Cloud vs local", "", "| | Cloud sync | Cloud backup | Local disk |", "|---|---|---|---|", "| Cost | monthly | monthly | once |", "| Speed | slow | slow | fast |");
		expect(heldBy(text)).toEqual([]);
	});
});
