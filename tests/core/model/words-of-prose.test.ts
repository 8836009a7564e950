// A header read as nothing but names needs more than words the text uses. Made-up notes
// written for the rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string, path = "note.md") => buildNoteModel({ path, text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a header of words the prose uses is no header of names", () => {
	const mounts = lines(
		"# Storage",
		"",
		"Each Mount holds its own Data. A Mount is set up at boot, and the Data under it is kept apart.",
		"",
		"| Mount | Data |",
		"| --- | --- |",
		"| /boot | Linux kernel and initial RAM disk |",
		"| /system | Main ROM files |",
		"| /data/data | Application data |",
		"| /data/media | Media data |",
	);

	it("leaves a table of keys and what they hold alone, though both header words are in the text", () => {
		const model = note(mounts);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
		expect(model.frameworks).toEqual([]);
	});

	const syntax = (title: string, intro: string) =>
		lines(
			`# ${title}`,
			"",
			intro,
			"",
			"| Obsidian | Logseq |",
			"| --- | --- |",
			"| `[[Page]]` | `[[Page]]` |",
			"| `![[Page]]` | `{{embed [[Page]]}}` |",
			"| `#tag` | `#tag` |",
			"| `%%comment%%` | none |",
		);

	it("still reads two apps set side by side in the title as the things compared", () => {
		const model = note(syntax("Obsidian and Logseq", "Obsidian writes pages; Logseq writes blocks. Obsidian and Logseq share links."));
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Obsidian", "Logseq"]);
	});

	it("still reads names the note links to as the things compared", () => {
		const model = note(syntax("Markup", "Moving from [[Obsidian]] to [[Logseq]]: Obsidian writes pages, Logseq writes blocks."));
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Obsidian", "Logseq"]);
	});

	it("still reads the header when the note's title names one of them, and not when it names a word inside another", () => {
		const intro = "Obsidian keeps pages. Logseq keeps blocks. Obsidian and Logseq both link pages.";
		expect(note(syntax("Coming from Obsidian", intro)).frameworks).toEqual(["Obsidian", "Logseq"]);
		expect(note(syntax("Obsidians of the world", intro)).frameworks).toEqual([]);
	});

	it("leaves an ordinary feature matrix as it was", () => {
		const model = note(lines("# Editors", "", "| Feature | Helix | Kakoune | Neovim |", "| --- | --- | --- | --- |", "| LSP built in | ✅ | ❌ | ✅ |", "| Plugins | ❌ | ✅ | ✅ |", "| Startup | 20 ms | 15 ms | 40 ms |"));
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Helix", "Kakoune", "Neovim"]);
	});

	it("leaves a benchmark down the rows as it was", () => {
		const model = note(lines("| Database | Inserts/s | p99 latency | License |", "| --- | --- | --- | --- |", "| PostgreSQL | 42,000 | 3.1 ms | PostgreSQL |", "| MySQL | 38,500 | 2.7 ms | GPL-2.0 |", "| SQLite | 71,200 | 0.4 ms | Public domain |"));
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
	});
});
