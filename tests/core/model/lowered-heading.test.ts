// The lowered-heading rule (src/core/model/evidence/lowered-heading.ts): a heading in sentence
// case over a table that names labels of one side and lowers them after its first word names
// attributes, so the other side holds the things compared. Made-up notes, with notes where it
// must act and notes where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedFor = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "lowered-heading")));

describe("a sentence-case heading lowering one side's labels names attributes (lowered-heading)", () => {
	it("gives the rows a toolbar when the heading lowers the column labels", () => {
		const text = lines("# Backup tools", "", "## Price and restore", "", "| Tool | Price | Restore |", "|---|---|---|", "| Arq | $50 once | file by file |", "| Backblaze | $9 a month | whole drive by mail |", "| Duplicati | free | file by file |");
		expect(firedFor(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["Arq", "Backblaze", "Duplicati"]);
	});

	it("gives the columns a toolbar when the heading lowers row labels, in any language with capitals", () => {
		const text = lines("# Два редактора", "", "## Установка и темы", "", "| | Typora | Zettlr |", "|---|---|---|", "| Установка | простая | простая |", "| Темы | много | несколько |", "| Экспорт | PDF, HTML | PDF, Word |");
		expect(firedFor(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual(["Typora", "Zettlr"]);
	});

	it("says nothing of a heading that keeps the capitals, or one all in lower case", () => {
		const kept = lines("# Sync", "", "## Syncthing and Resilio", "", "| | Syncthing | Resilio |", "|---|---|---|", "| Relay | ✅ | ✅ |", "| Price | free | paid |", "| Devices | 5 | 8 |");
		expect(firedFor(kept)).toEqual([]);
		expect(note(kept).frameworks).toEqual(["Syncthing", "Resilio"]);
		const lower = lines("# Sync", "", "## syncthing and resilio", "", "| | Syncthing | Resilio |", "|---|---|---|", "| Relay | ✅ | ✅ |", "| Price | free | paid |", "| Devices | 5 | 8 |");
		expect(firedFor(lower)).toEqual([]);
	});

	it("lets the values outweigh a heading that lowers a name", () => {
		const text = lines("# Sync", "", "## Syncthing and resilio", "", "| | Syncthing | Resilio |", "|---|---|---|", "| Relay | ✅ | ✅ |", "| Price | free | paid |", "| Devices | 5 | 8 |");
		expect(firedFor(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["Syncthing", "Resilio"]);
	});

	it("says nothing of a feature matrix, a benchmark table with units, or a sectioned matrix under their own headings", () => {
		const matrix = lines("# Note apps", "", "## Features", "", "| Feature | Obsidian | Logseq | Notion |", "|---|---|---|---|", "| Offline | ✅ | ✅ | ❌ |", "| Plugins | ✅ | ✅ | ⚠️ |", "| Price | free | free | $10 |");
		expect(firedFor(matrix)).toEqual([]);
		expect(note(matrix).frameworks).toEqual(["Obsidian", "Logseq", "Notion"]);
		const bench = lines("# HTTP servers", "", "## Results on my laptop", "", "| Server | Requests/s | Latency |", "|---|---|---|", "| fastify | 78,000 | 1.2 ms |", "| express | 14,000 | 6.8 ms |", "| koa | 38,000 | 2.5 ms |");
		expect(firedFor(bench)).toEqual([]);
		expect(note(bench).frameworks).toEqual(["fastify", "express", "koa"]);
		const sections = lines("# Editors", "", "## Three I tried this month", "", "| | VS Code | Zed | Helix |", "|---|---|---|---|", "| **Editing** | | | |", "| Multi-cursor | ✓ | ✓ | ✓ |", "| **Extensions** | | | |", "| Marketplace | ✓ | ✗ | ✗ |");
		expect(firedFor(sections)).toEqual([]);
	});
});
