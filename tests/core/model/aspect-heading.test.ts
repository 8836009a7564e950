// The aspect-heading rule (src/core/model/evidence/aspect-heading.ts): in a note whose title
// names the kind the top-left cell gives the rows, a heading naming two column labels or more
// names aspects of those rows, whatever its capitals (Title Case, German nouns): its word for
// them is taken back. Made-up notes,
// with notes where it must act and notes where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) =>
		(["rows", "columns"] as const).some((side) => group[side].evidence.some((e) => e.rule === "aspect-heading") || group[side].names.some((name) => name.evidence.some((e) => e.rule === "aspect-heading"))),
	);

describe("a heading naming column labels in a note about the rows' kind names aspects (aspect-heading)", () => {
	it("gives no toolbar of attributes under a Title Case heading, and the routers theirs", () => {
		const text = lines("# Routers", "", "## Range and Price", "", "| Router | Range | Price |", "|---|---|---|", "| Fritz!Box 7590 | 120 m² | 220 € |", "| Asus RT-AX58U | 140 m² | 150 € |", "| TP-Link Archer AX55 | 110 m² | 90 € |");
		expect(fired(text)).toBe(true);
		expect(note(text).frameworks).not.toContain("Range");
		expect(note(text).frameworks).not.toContain("Price");
	});

	it("reads a German heading of capitalised nouns the same way", () => {
		const text = lines("# Kameras im Vergleich", "", "## Gewicht und Preis", "", "| Kamera | Gewicht | Preis |", "|---|---|---|", "| Fujifilm | 450 g | 1.700 € |", "| Olympus | 400 g | 1.300 € |", "| Pentax | 700 g | 1.500 € |");
		expect(fired(text)).toBe(true);
		expect(note(text).frameworks).not.toContain("Gewicht");
	});

	it("says nothing where the title does not name the rows' kind, or one heading names one column", () => {
		const vs = lines("# Frontend", "", "## React and Vue", "", "| Feature | React | Vue |", "|---|---|---|", "| JSX | ✅ | ⚠️ |", "| Size | 42 kB | 34 kB |", "| Licence | MIT | MIT |");
		expect(fired(vs)).toBe(false);
		expect(note(vs).frameworks).toEqual(["React", "Vue"]);
		// The title names the kind of what the table looks at: the heading's word is taken back, and no toolbar of features follows.
		const features = lines("# Feature comparison", "", "## React and Vue", "", "| Feature | React | Vue |", "|---|---|---|", "| JSX | ✅ | ⚠️ |", "| SSR | ✅ | ✅ |", "| Signals | ❌ | ✅ |");
		expect(note(features).frameworks).not.toContain("JSX");
		expect(note(features).frameworks).not.toContain("Signals");
		const one = lines("# Libraries", "", "## Vega-Lite", "", "| Library | Plot | Vega-Lite |", "|---|---|---|", "| Stars | 4k | 5k |", "| Licence | ISC | BSD |");
		expect(fired(one)).toBe(false);
	});

	it("says nothing of a feature matrix, a benchmark table with units, or a sectioned matrix", () => {
		const matrix = lines("# Note apps", "", "## Features", "", "| Feature | Obsidian | Logseq | Notion |", "|---|---|---|---|", "| Offline | ✅ | ✅ | ❌ |", "| Plugins | ✅ | ✅ | ⚠️ |", "| Price | free | free | $10 |");
		expect(fired(matrix)).toBe(false);
		expect(note(matrix).frameworks).toEqual(["Obsidian", "Logseq", "Notion"]);
		const bench = lines("# HTTP servers", "", "## Throughput", "", "| Server | Requests/s | Latency |", "|---|---|---|", "| fastify | 78,000 | 1.2 ms |", "| express | 14,000 | 6.8 ms |", "| koa | 38,000 | 2.5 ms |");
		expect(fired(bench)).toBe(false);
		expect(note(bench).frameworks).toEqual(["fastify", "express", "koa"]);
		const sections = lines("# Editors", "", "## VS Code and Zed", "", "| | VS Code | Zed | Helix |", "|---|---|---|---|", "| **Editing** | | | |", "| Multi-cursor | ✓ | ✓ | ✓ |", "| **Extensions** | | | |", "| Marketplace | ✓ | ✗ | ✗ |");
		expect(fired(sections)).toBe(false);
	});
});
