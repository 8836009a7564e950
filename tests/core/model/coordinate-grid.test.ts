// A grid whose two sides are written in one shape (src/core/model/evidence/coordinate-grid.ts):
// pins by pins, cells by cells, the coordinates of one scheme, not things compared. Made-up notes:
// where it must act, and products numbered alike on one side, where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "coordinate-grid")));

describe("two sides written alike are coordinates (coordinate-grid)", () => {
	it("gives no toolbar to a keyboard's pin matrix", () => {
		const text = lines(
			"## キーマトリクス",
			"",
			"|  | P1.0 | P1.1 | P1.2 | P1.3 |",
			"| --- | --- | --- | --- | --- |",
			"| P0.3 | UP | (none) | END | FN |",
			"| P0.4 | (none) | HOME | F11 | (none) |",
			"| P2.0 | F4 | F2 | E | 3 |",
			"| P2.1 | H | 6 | U | 7 |",
		);
		expect(firedOn(text)).toEqual(["rows", "columns"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("says nothing of products numbered alike over attributes written otherwise", () => {
		const text = lines("# Phones", "", "| | iPhone 14 | iPhone 15 | iPhone 16 |", "|---|---|---|---|", "| Price | 699 | 799 | 899 |", "| Weight | 172 g | 171 g | 170 g |", "| USB-C | ✗ | ✓ | ✓ |");
		expect(firedOn(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["iPhone 14", "iPhone 15", "iPhone 16"]);
	});

	it("says nothing where only one side is written in the shape, or the shapes differ", () => {
		const text = lines("# Boards", "", "| | ESP32-C3 | ESP32-S3 |", "|---|---|---|", "| Core 0 | RISC-V | Xtensa |", "| Core 1 | none | Xtensa |");
		expect(firedOn(text)).toEqual([]);
	});

	it("says nothing of a head-to-head matrix, the same things on both sides", () => {
		const text = lines("# Llama 2 sizes head to head", "", "| | Llama 2 7B | Llama 2 13B | Llama 2 70B |", "|---|---|---|---|", "| Llama 2 7B | - | 41% | 22% |", "| Llama 2 13B | 59% | - | 30% |", "| Llama 2 70B | 78% | 70% | - |");
		expect(firedOn(text)).toEqual([]);
	});
});
