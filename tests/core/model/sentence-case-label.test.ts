// A label of several words with a capital on its first word only is written as a phrase,
// not a name ("Planet names", "Header compression"). Made-up notes written for the rule, read
// through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a header of phrases in sentence case", () => {
	it("gives no toolbar to a correspondence of two linked categories", () => {
		const myths = lines(
			"# Planets and gods",
			"",
			"| [Planet names](planets.md) | [Greek gods](gods.md) |",
			"| --- | --- |",
			"| Mercury | Hermes |",
			"| Venus | Aphrodite |",
			"| Mars | Ares |",
			"| Jupiter | Zeus |",
		);
		const model = note(myths);
		expect(model.frameworks).toEqual([]);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
	});
});

describe("names the rule leaves alone", () => {
	it("keeps names with a capital on every word", () => {
		const editors = lines(
			"| Feature | Visual Studio Code | Sublime Text | Zed |",
			"|---|---|---|---|",
			"| Price | free | $99 | free |",
			"| Plugins | ✅ | ✅ | ⚠️ |",
			"| Written in | TypeScript | C++ | Rust |",
		);
		expect(note(editors).frameworks).toEqual(["Visual Studio Code", "Sublime Text", "Zed"]);
	});

	it("keeps package names written all in lower case", () => {
		const packages = lines(
			"# Styling React",
			"",
			"| Library | Size | Runtime |",
			"|---|---|---|",
			"| [styled components](https://styled-components.com) | 12 KB | yes |",
			"| [vanilla extract](https://vanilla-extract.style) | 0 KB | no |",
			"| [emotion](https://emotion.sh) | 8 KB | yes |",
		);
		expect(note(packages).frameworks).toEqual(["styled components", "vanilla extract", "emotion"]);
	});

	it("keeps a casually lowered name that the note links to", () => {
		const apps = lines(
			"# Quick notes",
			"",
			"| | [[Apple notes]] | [[Google Keep]] | [[Obsidian]] |",
			"|---|---|---|---|",
			"| Offline | ✅ | ⚠️ | ✅ |",
			"| Sharing | ✅ | ✅ | ❌ |",
			"| Markdown | ❌ | ❌ | ✅ |",
		);
		expect(note(apps).frameworks).toEqual(["Apple notes", "Google Keep", "Obsidian"]);
	});

	it("leaves a grid of names crossed with operations alone: the operation is shared, no phrase", () => {
		const grid = lines(
			"I timed [[Bun]] and [[Deno]] on two jobs each.",
			"",
			"| Job | Time | Memory |",
			"| --- | --- | --- |",
			"| Bun install | 0.8 s | 90 MB |",
			"| Deno install | 1.9 s | 140 MB |",
			"| Bun test | 2.1 s | 210 MB |",
			"| Deno test | 2.6 s | 250 MB |",
		);
		const explained = analyzeNote({ path: "note.md", text: grid }, NO_VAULT).explanation[0];
		const rules = (explained?.rows.names ?? []).flatMap((name) => name.evidence.map((e) => e.rule));
		expect(rules).not.toContain("sentence-case-label");
	});
});

describe("Latin terms in a note written in another script", () => {
	// Made up after a Russian vault note weighing YAML front matter against Dataview's inline fields.
	const metadata = (first: string, second: string) =>
		lines(
			"# Метаданные в заметках",
			"",
			"Обычно я пишу метаданные в [[Front matter]], но иногда удобнее писать их прямо в тексте.",
			"",
			"|  | Плюсы | Минусы |",
			"|:--|:--|:--|",
			`| ${first} | Можно использовать вне редактора <br> Можно писать вложенные объекты | В YAML легко ошибиться |`,
			`| ${second} | Можно писать прямо в тексте | Работает только в одном редакторе |`,
		);

	it("reads terms in sentence case as the things weighed, since the writer's phrases are Russian", () => {
		const model = note(metadata("Front matter", "Inline field"));
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Front matter", "Inline field"]);
	});

	it("still reads the same labels in an English note as phrases: the rows are not taken as the things weighed", () => {
		const english = lines(
			"# Metadata in notes",
			"",
			"I usually write metadata in the [[Front matter]], but sometimes it is handier to write it in the text itself.",
			"",
			"|  | Good | Bad |",
			"|:--|:--|:--|",
			"| Front matter | Works outside the editor <br> Nested objects | Easy to break the YAML |",
			"| Inline field | Written right in the text | Works in one editor only |",
		);
		const model = note(english);
		expect(model.tables[0]?.frameworkAxis).not.toBe("rows");
		expect(model.frameworks).not.toContain("Front matter");
	});
});
