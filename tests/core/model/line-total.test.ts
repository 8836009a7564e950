// A bill's lines (src/core/model/evidence/line-total.ts): a column that is, row after row, a count
// of pieces times a price makes each row a line of an order, added up and never compared. Made-up
// notes: bills where it must act, and measures multiplied in comparisons where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "line-total"));

describe("a count times a price, row after row, is a bill (line-total)", () => {
	it("leaves a keyboard's bill of materials in dollars as Obsidian renders it", () => {
		const text = lines(
			"# Split keyboard build",
			"",
			"| Part | Qty | Unit price | Total |",
			"|---|---|---|---|",
			"| Kailh Choc switches | 42 | $0.55 | $23.10 |",
			"| Pro Micro RP2040 | 2 | $6.90 | $13.80 |",
			"| 1N4148 diodes | 50 | $0.02 | $1.00 |",
			"| TRRS jack | 2 | $0.80 | $1.60 |",
		);
		expect(fired(text)).toBe(true);
		expect(note(text).tables[0]?.frameworkAxis).toBe("none");
		expect(note(text).frameworks).toEqual([]);
	});

	it("reads a German parts list without a currency sign, a count with words after it left out", () => {
		const text = lines(
			"# Bauteile Wetterstation",
			"",
			"| Bauteil | Anzahl | Preis | Gesamt |",
			"|---|---|---|---|",
			"| ESP32 DevKit | 1 | 7,90 | 7,90 |",
			"| BME280 Sensor | 1 für innen | 4,20 | 4,20 |",
			"| Widerstand 10kΩ | 4 | 0,05 | 0,20 |",
			"| Akku 18650 | 2 | 3,95 | 7,90 |",
		);
		expect(fired(text)).toBe(true);
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing where the factors are measures: bandwidth per link times the links", () => {
		const text = lines(
			"# NVLink generations",
			"",
			"| Generation | Per link | Links | Total |",
			"|---|---|---|---|",
			"| NVLink 2 | 25.5 GB/s | 6 | 153 GB/s |",
			"| NVLink 3 | 25 GB/s | 12 | 300 GB/s |",
			"| NVLink 4 | 25 GB/s | 18 | 450 GB/s |",
		);
		expect(fired(text)).toBe(false);
	});

	it("says nothing of plans priced for one team, every price times the same seats", () => {
		const text = lines(
			"# Chat tools for our team of 20",
			"",
			"| Tool | Seats | Per seat | Per month |",
			"|---|---|---|---|",
			"| Slack | 20 | $8.75 | $175.00 |",
			"| Microsoft Teams | 20 | $4.00 | $80.00 |",
			"| Mattermost | 20 | $10.00 | $200.00 |",
		);
		expect(fired(text)).toBe(false);
		expect(note(text).frameworks).toEqual(["Slack", "Microsoft Teams", "Mattermost"]);
	});
});
