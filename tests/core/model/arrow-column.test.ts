// A column of only arrows (src/core/model/evidence/arrow-column.ts) joins the columns beside it:
// a wiring diagram or a flow drawn as a table, not a comparison. Made-up notes: where it must act,
// and tables with an arrow inside a value or a dash for a blank, where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "arrow-column"));

describe("a column of only arrows draws a diagram (arrow-column)", () => {
	it("gives no toolbar to an SPI wiring table", () => {
		const text = lines("## SPI", "", "SPI 常用在 ADC、DAC、SRAM 等。", "", "| Slave 2 | SPI | Master | SPI | Slave 1 |", "| --- | --- | --- | --- | --- |", "| CLK | <-- | CLK | --> | CLK |", "| SDI | <-- | MOSI | --> | SDI |", "| SDO | --> | MISO | <-- | SDO |", "| CS 2 | <-- | CS 2 |  | CS 1 |");
		expect(fired(text)).toBe(true);
		expect(note(text).frameworks).toEqual([]);
	});

	it("reads single-character arrows (→, ←) as well", () => {
		const text = lines("# Flow", "", "| From | | To |", "|---|---|---|", "| Client | → | Gateway |", "| Gateway | → | Service |", "| Service | ← | Cache |");
		expect(fired(text)).toBe(true);
	});

	it("says nothing of arrows inside values or dashes standing for blanks", () => {
		const upgrades = lines("# Upgrades", "", "| | React | Vue |", "|---|---|---|", "| Router | v5 → v6 | v3 → v4 |", "| State | Redux → Zustand | Vuex → Pinia |", "| Types | - | - |");
		expect(fired(upgrades)).toBe(false);
		const dashes = lines("# Runtimes", "", "| Runtime | Workers | Notes |", "|---|---|---|", "| Node | ✓ | -- |", "| Deno | ✓ | - |", "| Bun | ✗ | --- |");
		expect(fired(dashes)).toBe(false);
	});

	it("says nothing of a column of arrows up or down: which way is better, or a trend", () => {
		const better = lines("# Node 18 vs Node 20", "", "| Metric | Better | Node 18 | Node 20 |", "|---|---|---|---|", "| Requests/s | ↑ | 41000 | 45000 |", "| Latency p99 | ↓ | 12 ms | 10 ms |", "| Memory | ↓ | 80 MB | 76 MB |");
		expect(fired(better)).toBe(false);
		expect(note(better).frameworks).toEqual(["Node 18", "Node 20"]);
	});
});
