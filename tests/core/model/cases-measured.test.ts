// The cases-measured rule (src/core/model/evidence/cases-measured.ts): numbered cases counted
// from one over numbers only are a benchmark's keys, and the other side is what was measured,
// where one of its labels has evidence of its own. Made-up notes, with notes where it must act
// and notes where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "cases-measured")));

describe("numbered cases over numbers only: the other side was measured (cases-measured)", () => {
	it("gives the compressors across a toolbar over numbered test files", () => {
		const text = lines("# Compression", "", "| File | zstd | gzip | xz |", "|---|---|---|---|", "| test 1 | 3.1 | 2.7 | 3.4 |", "| test 2 | 2.2 | 2.0 | 2.5 |", "| test 3 | 4.0 | 3.3 | 4.4 |");
		expect(firedOn(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual(["zstd", "gzip", "xz"]);
	});

	it("gives the engines down the rows a toolbar over numbered runs, in any language", () => {
		const text = lines("# Messungen", "", "| Engine | Lauf 1 | Lauf 2 | Lauf 3 |", "|---|---|---|---|", "| V8 | 41 ms | 40 ms | 42 ms |", "| SpiderMonkey | 55 ms | 54 ms | 57 ms |", "| JavaScriptCore | 47 ms | 46 ms | 46 ms |");
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).frameworks).toEqual(["V8", "SpiderMonkey", "JavaScriptCore"]);
	});

	it("says nothing of a log kept by the week over plain words", () => {
		const text = lines("# Strength", "", "| Lift | Week 1 | Week 2 | Week 3 |", "|---|---|---|---|", "| Squat | 80 kg | 85 kg | 90 kg |", "| Bench | 60 kg | 62 kg | 65 kg |", "| Deadlift | 100 kg | 105 kg | 110 kg |");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing of a decision matrix whose values are of several kinds", () => {
		const text = lines("# Where to host", "", "| Criterion | Option 1 | Option 2 | Option 3 |", "|---|---|---|---|", "| What | Netlify | Vercel | Cloudflare Pages |", "| Cost | $0 | $0 | $0 |", "| Forms | ✅ | ❌ | ❌ |");
		expect(firedOn(text)).toEqual([]);
	});

	it("says nothing of a feature matrix, a benchmark table with units, pros and cons, or a sectioned matrix", () => {
		const matrix = lines("# Note apps", "", "| Feature | Obsidian | Logseq | Notion |", "|---|---|---|---|", "| Offline | ✅ | ✅ | ❌ |", "| Plugins | ✅ | ✅ | ⚠️ |", "| Price | free | free | $10 |");
		expect(firedOn(matrix)).toEqual([]);
		expect(note(matrix).frameworks).toEqual(["Obsidian", "Logseq", "Notion"]);
		const bench = lines("# HTTP servers", "", "| Server | Requests/s | Latency |", "|---|---|---|", "| fastify | 78,000 | 1.2 ms |", "| express | 14,000 | 6.8 ms |", "| koa | 38,000 | 2.5 ms |");
		expect(firedOn(bench)).toEqual([]);
		expect(note(bench).frameworks).toEqual(["fastify", "express", "koa"]);
		const prosCons = lines("# Hugo or Jekyll", "", "| | Hugo | Jekyll |", "|---|---|---|", "| Pros | fast builds | GitHub Pages |", "| Cons | Go templates | slow on big sites |");
		expect(firedOn(prosCons)).toEqual([]);
		const sections = lines("# Editors", "", "| | VS Code | Zed | Helix |", "|---|---|---|---|", "| **Editing** | | | |", "| Multi-cursor | ✓ | ✓ | ✓ |", "| **Extensions** | | | |", "| Marketplace | ✓ | ✗ | ✗ |");
		expect(firedOn(sections)).toEqual([]);
	});
});
