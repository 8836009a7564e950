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

	it("says nothing of alternatives priced alike, however many pieces each: SSDs per GB, mesh kits per node", () => {
		const ssds = lines(
			"# NVMe drives",
			"",
			"| SSD | Capacity (GB) | Price per GB ($) | Price ($) |",
			"|---|---|---|---|",
			"| Samsung 990 Pro | 2000 | 0.085 | 169.99 |",
			"| WD Black SN850X | 2000 | 0.075 | 149.99 |",
			"| Crucial T500 | 1000 | 0.080 | 79.99 |",
			"| Kingston KC3000 | 4000 | 0.070 | 279.99 |",
		);
		expect(fired(ssds)).toBe(false);
		expect(note(ssds).tables[0]?.frameworkAxis).toBe("rows");
		const kits = lines(
			"# Mesh Wi-Fi",
			"",
			"| Kit | Nodes | Price per node | Kit price | Coverage |",
			"|---|---|---|---|---|",
			"| Eero 6+ | 3 | $99.67 | $299.00 | 4500 sq ft |",
			"| Deco X55 | 3 | $66.66 | $199.99 | 6500 sq ft |",
			"| Nest Wifi Pro | 2 | $149.99 | $299.98 | 4400 sq ft |",
			"| Orbi RBK752 | 2 | $174.99 | $349.98 | 5000 sq ft |",
		);
		expect(fired(kits)).toBe(false);
		expect(note(kits).tables[0]?.frameworkAxis).toBe("rows");
	});
});

