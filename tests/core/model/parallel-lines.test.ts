// Lines that hold one attribute taken twice (src/core/model/evidence/parallel-lines.ts): a
// sentence-case heading lowering two column labels whose values are of one kind, from one set
// (✓/✗ at two times of day, weekdays in two rooms), names two times or places of a tracker or
// a rota, not attributes of compared things, so lowered-heading says nothing of it. Made-up
// notes: some it must hold back, and more where the heading must still speak for the rows.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const loweredFired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => (["rows", "columns"] as const).some((side) => group[side].evidence.some((e) => e.rule === "lowered-heading")));

describe("two lines of one attribute taken twice are no attributes of compared things (parallel-lines)", () => {
	it("holds back a heading over marks at two times of a tracker", () => {
		const text = lines("# Plant care", "", "## Spring and summer", "", "| Plant | Spring | Summer |", "|---|---|---|", "| Fern | ✓ | ✓ |", "| Cactus | ✗ | ✓ |", "| Basil | ✓ | ✗ |");
		expect(loweredFired(text)).toBe(false);
		expect(note(text).frameworks).toEqual([]);
	});

	it("holds back a heading over weekdays in two places of a rota, in another language", () => {
		const text = lines("# Putzplan", "", "## Küche und flur", "", "| Wer | Küche | Flur |", "|---|---|---|", "| Lena | Montag | Freitag |", "| Jonas | Dienstag, Samstag | Mittwoch |", "| Mia | Donnerstag | Sonntag |");
		expect(loweredFired(text)).toBe(false);
		expect(note(text).frameworks).toEqual([]);
	});

	it("holds back a heading over two columns drawing numbers from one set of scores", () => {
		const text = lines("# Reading group", "", "## First and second meeting", "", "| Member | First | Second |", "|---|---|---|", "| Ana | 3 | 4 |", "| Ben | 4 | 5 |", "| Cleo | 5 | 3 |");
		expect(loweredFired(text)).toBe(false);
	});

	it("still speaks for the rows where each named column holds values of its own", () => {
		// Numbers of two ranges that never meet: a score beside a price.
		const laptops = lines("# Shortlist", "", "## Speed and price", "", "| Laptop | Speed | Price |", "|---|---|---|", "| ThinkPad | 9 | 1500 |", "| Zenbook | 8 | 1100 |", "| IdeaPad | 7 | 1300 |");
		expect(loweredFired(laptops)).toBe(true);
		expect(note(laptops).frameworks).toEqual(["ThinkPad", "Zenbook", "IdeaPad"]);
		// Prices beside words.
		const backup = lines("# Backup", "", "## Cost and restore", "", "| Tool | Cost | Restore |", "|---|---|---|", "| Arq | $50 once | file by file |", "| Backblaze | $9 a month | by mail |", "| Duplicati | free | file by file |");
		expect(loweredFired(backup)).toBe(true);
		expect(note(backup).frameworks).toEqual(["Arq", "Backblaze", "Duplicati"]);
		// Marks in one column, a word among the marks of the other: two attributes.
		const apps = lines("# Writing apps", "", "## Sync and export", "", "| App | Sync | Export |", "|---|---|---|", "| Ulysses | ✓ | paid |", "| iA Writer | ✗ | ✓ |", "| Scrivener | ✗ | ✓ |");
		expect(loweredFired(apps)).toBe(true);
		expect(note(apps).frameworks).toEqual(["Ulysses", "iA Writer", "Scrivener"]);
	});

	it("still speaks for the columns where the named rows hold phrases of their own", () => {
		const text = lines("# Two editors", "", "## Setup and themes", "", "| | Typora | Zettlr |", "|---|---|---|", "| Setup | one installer | one installer, then a folder |", "| Themes | many, CSS | a few |", "| Export | PDF, HTML | PDF, Word |");
		expect(loweredFired(text)).toBe(true);
		expect(note(text).frameworks).toEqual(["Typora", "Zettlr"]);
	});
});
