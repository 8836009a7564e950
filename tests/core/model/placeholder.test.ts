// Template notes (src/core/model/evidence/placeholder.ts): a table whose body is a template's
// placeholders compares nothing yet. Made-up notes in the shapes templates are written in, read
// through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { isPlaceholder } from "../../../src/core/model/evidence/placeholder";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "report.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a table of placeholders compares nothing", () => {
	it("leaves a report template's table alone, its rows a loop to be filled in", () => {
		const text = lines(
			"# Price report",
			"",
			"| Platform | Price | After discount | Shipping | Rating | Shop |",
			"|---|---|---|---|---|---|",
			"{% for item in results %}",
			"| {{item.platform}} | ¥{{item.price}} | ¥{{item.discounted_price}} | ¥{{item.shipping}} | {{item.rating}} | {{item.shop}} |",
			"{% endfor %}",
		);
		const model = note(text);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});

	it("leaves a Templater note's rows alone, and reads the same table once filled in", () => {
		const template = lines(
			"# Obsidian vs Logseq",
			"",
			"| Feature | Obsidian | Logseq |",
			"|---|---|---|",
			'| <% tp.system.prompt("feature") %> | <% tp.system.prompt("Obsidian") %> | <% tp.system.prompt("Logseq") %> |',
			'| <% tp.system.prompt("feature") %> | <% tp.system.prompt("Obsidian") %> | <% tp.system.prompt("Logseq") %> |',
		);
		expect(note(template).tables[0]?.frameworkAxis).toBe("none");
		expect(note(template).frameworks).toEqual([]);
		const filled = lines("# Obsidian vs Logseq", "", "| Feature | Obsidian | Logseq |", "|---|---|---|", "| Sync | ✅ | ✅ |", "| Canvas | ✅ | ❌ |");
		expect(note(filled).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(filled).frameworks).toEqual(["Obsidian", "Logseq"]);
	});
});

describe("isPlaceholder", () => {
	it("takes cells of placeholders and signs, not cells with words or figures of their own", () => {
		for (const cell of ["{{item.platform}}", "¥{{item.price}}", "{% endfor %}", "<% tp.file.title %>", "{{a}} / {{b}}", ""]) expect(isPlaceholder(cell), cell).toBe(true);
		for (const cell of ["{{count}} users", "React", "12 ms", "{{unclosed", "{ } %"]) expect(isPlaceholder(cell), cell).toBe(false);
	});
});
