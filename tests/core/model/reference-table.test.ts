// The reference-table rule (src/core/model/evidence/reference-table.ts): one column of values
// beside one of prose describes each row, a reference list; rows weighed in two columns of
// prose or more (pros and cons) are not one. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "reference-table"));

describe("a reference list describes each row once (reference-table)", () => {
	it("reads one column of values beside a description as a reference list", () => {
		const options = lines("# Config", "", "| Option | Default | Description |", "|---|---|---|", "| `port` | 8080 | the port the server listens on |", "| `host` | localhost | the address it binds to at start |", "| `debug` | false | prints every request it receives |");
		expect(fired(options)).toBe(true);
		expect(note(options).frameworks).toEqual([]);
	});

	it("does not read rows weighed in two columns of prose as one", () => {
		const text = lines("# Choosing a blog engine", "", "## Strengths and weaknesses", "", "| Engine | Strengths | Weaknesses |", "|---|---|---|", "| Ghost | a clean editor and built-in newsletters | hosting costs more than the others |", "| WordPress | every plugin you could want exists | updates break themes now and then |", "| Hugo | builds a thousand pages in a second | templates take a while to learn |");
		expect(fired(text)).toBe(false);
		expect(note(text).frameworks).toEqual(["Ghost", "WordPress", "Hugo"]);
	});

	it("still gives a glossary of two prose columns no toolbar", () => {
		const glossary = lines("# Glossary", "", "| Term | Meaning | Example |", "|---|---|---|", "| Backlink | a link from another note to this one | the list under each note |", "| Vault | the folder all the notes live in | my vault on the laptop |", "| Canvas | a board of notes and cards | the project map I keep |");
		expect(note(glossary).frameworks).toEqual([]);
	});

	it("changes nothing for a feature matrix, a benchmark table with units, or a sectioned matrix", () => {
		const matrix = lines("# Note apps", "", "| Feature | Obsidian | Logseq | Notion |", "|---|---|---|---|", "| Offline | ✅ | ✅ | ❌ |", "| Plugins | ✅ | ✅ | ⚠️ |", "| Price | free | free | $10 |");
		expect(fired(matrix)).toBe(false);
		expect(note(matrix).frameworks).toEqual(["Obsidian", "Logseq", "Notion"]);
		const bench = lines("# HTTP servers", "", "| Server | Requests/s | Latency |", "|---|---|---|", "| fastify | 78,000 | 1.2 ms |", "| express | 14,000 | 6.8 ms |", "| koa | 38,000 | 2.5 ms |");
		expect(fired(bench)).toBe(false);
		const sections = lines("# Editors", "", "| | VS Code | Zed | Helix |", "|---|---|---|---|", "| **Editing** | | | |", "| Multi-cursor | ✓ | ✓ | ✓ |", "| **Extensions** | | | |", "| Marketplace | ✓ | ✗ | ✗ |");
		expect(fired(sections)).toBe(false);
	});
});

describe("a verdict per tool (reference-table)", () => {
	it("still reads a verdict per tool as compared when the title names the tools", () => {
		const verdicts = lines(
			"# Vite vs Webpack vs Parcel",
			"",
			"| Tool | Verdict |",
			"|---|---|",
			"| Vite | Fastest to start and the least to configure for a new project |",
			"| Webpack | Slow to set up but nothing it cannot be made to do |",
			"| Parcel | Zero configuration, though its plugins are fewer than the others' |",
		);
		expect(note(verdicts).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(verdicts).frameworks).toEqual(["Vite", "Webpack", "Parcel"]);
	});
});
