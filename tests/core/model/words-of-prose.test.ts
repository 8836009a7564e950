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
		"Mount points are set up at boot. Mount options matter. The data under each mount is kept apart: Data on /data is the user's data, Data on /system is the phone's data.",
		"",
		"| Mount | Data |",
		"| --- | --- |",
		"| /boot | Linux kernel and initial RAM disk |",
		"| /system | Main ROM files |",
		"| /data/data | Application data |",
		"| /data/media | Media data |",
	);

	it("leaves a table of keys and what they hold alone: the text writes one header word in lower case as often as not", () => {
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

	it("still reads the header when the note's title names one of them", () => {
		// Both written in lower case as often as not: by the text alone they read as common words.
		const intro = "Obsidian keeps pages, Obsidian links them; obsidian is also a rock, and obsidian is black. Logseq keeps blocks, Logseq links them; logseq is its package, logseq its command, logseq its folder.";
		expect(note(syntax("Coming from Obsidian", intro)).frameworks).toEqual(["Obsidian", "Logseq"]);
		expect(note(syntax("Markup", intro)).frameworks).toEqual([]);
	});

	it("reads a header of names the text never writes in lower case, as before", () => {
		const text = lines("# Sync options", "", "Obsidian Sync is paid. Syncthing is free. Obsidian Sync and Syncthing both encrypt.", "", "| Obsidian Sync | Syncthing |", "| --- | --- |", "| Paid | Free |", "| End-to-end encryption | TLS between devices |", "| Version history | File versioning |");
		expect(note(text).frameworks).toEqual(["Obsidian Sync", "Syncthing"]);
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

describe("a web address is no part of the running text", () => {
	const practice = (reference: string) =>
		lines(
			"# Practice 01",
			"",
			"1. What are the main differences between Haskell and Java?",
			"",
			"| Java | Haskell |",
			"| --- | --- |",
			"| An object-oriented programming language | A purely functional programming language |",
			"| Used widely for web, mobile and enterprise software | Used mostly for research and data-heavy work |",
			"| Types are checked when the program is compiled | Types are inferred by the compiler from context |",
			"",
			"Java is easier to learn; Haskell asks more of the reader.",
			"",
			"## References",
			"",
			reference,
		);

	it("reads the header of two languages a note sets side by side, though the addresses it cites spell them in lower case", () => {
		const model = note(practice("Codigo (2025). What is java. https://www.codigo6.com/que-es-java-y-su-historia/ and https://www.datacamp.com/doc/java/what-is-java; https://www.ibm.com/topics/java, www.java.com/java-basics"));
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Java", "Haskell"]);
	});

	it("blanks every address whatever their order: `www.` ones before a `https://` one too", () => {
		const model = note(practice("See www.java.com/java-basics, www.java.com/en/download/whatis-java and (www.java.com/java-tutorial) before https://openjdk.org/projects/jdk/java."));
		expect(model.frameworks).toEqual(["Java", "Haskell"]);
	});

	it("still takes the same words written in lower case in the text itself as common words", () => {
		const model = note(practice("Read about java, java and java, and haskell, haskell and haskell, in the text itself."));
		expect(model.tables[0]?.frameworkAxis).toBe("none");
	});
});
