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

// Notes first written for a twin rule of another round (measured-cases, which also read three plain
// names over numbered cases, such as `| | bun | deno | node |`; cases-measured asks one of them for
// evidence of its own, so those stay unread).
describe("numbered series whose other side measures nothing compared", () => {
	it("gives no toolbar to expected and actual values of numbered tests", () => {
		const tests = lines("| Test | Expected | Actual |", "|---|---|---|", "| test 1 | 42 | 42 |", "| test 2 | 17 | 17 |", "| test 3 | 8 | 9 |");
		expect(note(tests).frameworks).toEqual([]);
	});

	it("gives no toolbar to the minimum, mean and maximum of numbered runs", () => {
		const latency = lines("# Latency", "", "| Run | Min | Avg | Max |", "|---|---|---|---|", "| Run 1 | 12 | 18 | 40 |", "| Run 2 | 11 | 17 | 38 |", "| Run 3 | 13 | 19 | 45 |");
		expect(note(latency).frameworks).toEqual([]);
	});

	it("gives no toolbar to a budget by numbered month", () => {
		const budget = lines("# Savings", "", "| Month | Rent | Food | Travel |", "|---|---|---|---|", "| Month 1 | 900 | 310 | 120 |", "| Month 2 | 900 | 290 | 80 |", "| Month 3 | 900 | 350 | 400 |");
		expect(note(budget).frameworks).toEqual([]);
	});

	it("gives no toolbar to hours slept by week and weekday", () => {
		const sleep = lines("# Sleep", "", "| Week | Mon | Tue | Wed | Thu |", "|---|---|---|---|---|", "| Week 1 | 7.5 | 6.8 | 7.2 | 6.9 |", "| Week 2 | 7.1 | 7.4 | 6.5 | 7.0 |", "| Week 3 | 6.9 | 7.2 | 7.3 | 7.6 |");
		expect(note(sleep).frameworks).toEqual([]);
	});

	it("leaves a numbered series over words alone: a log of sessions", () => {
		const sessions = lines("| Session | Topic | Mood | Homework |", "|---|---|---|---|", "| Session 1 | intro | calm | read ch. 1 |", "| Session 2 | habits | tired | journal |", "| Session 3 | goals | good | list |");
		expect(note(sessions).frameworks).toEqual([]);
	});
});
