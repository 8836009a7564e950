// The releases-of-one rule (src/core/model/evidence/releases-of-one.ts): one program's releases
// side by side (`Obsidian 1.4 | Obsidian 1.5`) are told apart by their versions, which then say
// nothing of whether they are the things compared or the targets a grid is checked against.
// Made-up notes, with notes where it must act and notes where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string, path = "note.md") => buildNoteModel({ path, text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string, path = "note.md") =>
	analyzeNote({ path, text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].names.filter((name) => name.evidence.some((e) => e.rule === "releases-of-one")).map((name) => name.label)),
	);

describe("one program's releases side by side are no evidence of names (releases-of-one)", () => {
	it("gives no toolbar of releases to a plugin's support grid", () => {
		const text = lines("# Theme support", "", "| Theme | Obsidian 1.6 | Obsidian 1.7 |", "|---|---|---|", "| Minimal | ✅ | ✅ |", "| Things | ✅ | ⚠️ |", "| AnuPpuccin | ✅ | ✅ |");
		expect(firedOn(text)).toEqual(["Obsidian 1.6", "Obsidian 1.7"]);
		expect(note(text).frameworks).not.toContain("Obsidian 1.6");
	});

	it("acts in any language, on versions with dots or a v", () => {
		const text = lines("# Kompatibilität", "", "| Erweiterung | Zotero v6 | Zotero v7 |", "|---|---|---|", "| Better BibTeX | ja | ja |", "| ZotFile | ja | nein |", "| Scite | ja | ja |");
		expect(firedOn(text)).toEqual(["Zotero v6", "Zotero v7"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("keeps the releases compared in a note about that program", () => {
		const text = lines("| Feature | Python 3.11 | Python 3.12 | Python 3.13 |", "|---|---|---|---|", "| Faster CPython | ✅ | ✅ | ✅ |", "| f-string grammar | ❌ | ✅ | ✅ |", "| Free-threaded build | ❌ | ❌ | ⚠️ |");
		expect(firedOn(lines("# Python releases", "", text), "Python releases.md")).toEqual([]);
		expect(note(lines("# Python releases", "", text), "Python releases.md").frameworks).toEqual(["Python 3.11", "Python 3.12", "Python 3.13"]);
	});

	it("says nothing of different programs, each at a release", () => {
		const text = lines("# Desktop shells", "", "| Feature | Electron 28.1 | Tauri 1.5 | Wails 2.7 |", "|---|---|---|---|", "| Bundle size | 85 MB | 3 MB | 8 MB |", "| Mobile | ❌ | ✅ | ❌ |", "| Language | JavaScript | Rust | Go |");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["Electron", "Tauri", "Wails"]);
	});

	it("says nothing of a feature matrix, a benchmark table with units or a sectioned matrix", () => {
		const matrix = lines("# Note apps", "", "| Feature | Obsidian | Logseq | Notion |", "|---|---|---|---|", "| Offline | ✅ | ✅ | ❌ |", "| Plugins | ✅ | ✅ | ⚠️ |", "| Price | free | free | $10 |");
		expect(firedOn(matrix)).toEqual([]);
		expect(note(matrix).frameworks).toEqual(["Obsidian", "Logseq", "Notion"]);
		const bench = lines("# HTTP servers", "", "| Server | Requests/s | Latency | Memory |", "|---|---|---|---|", "| fastify 4.26 | 78,000 | 1.2 ms | 40 MB |", "| express 4.18 | 14,000 | 6.8 ms | 55 MB |", "| koa 2.15 | 38,000 | 2.5 ms | 45 MB |");
		expect(firedOn(bench)).toEqual([]);
		const sections = lines("| | VS Code 1.90 | Zed 0.140 | Helix 24.03 |", "|---|---|---|---|", "| **Editing** | | | |", "| Multi-cursor | ✓ | ✓ | ✓ |", "| **Extensions** | | | |", "| Marketplace | ✓ | ✗ | ✗ |");
		expect(firedOn(sections)).toEqual([]);
		const prosCons = lines("# Hugo vs Jekyll", "", "| | Hugo 0.125 | Jekyll 4.3 |", "|---|---|---|", "| Pros | fast builds | GitHub Pages |", "| Cons | Go templates | slow on big sites |");
		expect(firedOn(prosCons)).toEqual([]);
	});

	it("says nothing when one label of the side carries no version", () => {
		const text = lines("| Plugin | Obsidian 1.5 | Obsidian 1.6 | Logseq |", "|---|---|---|---|", "| Calendar | ✅ | ✅ | ❌ |", "| Tasks | ✅ | ✅ | ❌ |");
		expect(firedOn(text)).toEqual([]);
	});
});
