// A release number comes off a name beside other names so numbered (`Chrome 120` is Chrome), but a
// maker's model keeps its number where the note names it so (src/core/model/evidence/release-number.ts):
// a section headed `Fairphone 5`, or the same name with another number elsewhere (`Pixel 8 Pro`
// beside `Pixel 9`). Made-up notes.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a model keeps its number where the note names it so", () => {
	it("keeps the phones' numbers: sections headed by model, and Pixel written with two numbers", () => {
		const text = lines(
			"# Mobiltelefone 2025",
			"",
			"| Telefon | Preis | Gewicht |",
			"|---|---|---|",
			"| Fairphone 5 | 599 € | 212 g |",
			"| Pixel 8 Pro | 899 € | 213 g |",
			"| Pixel 9 | 799 € | 198 g |",
			"| OnePlus 11 | 649 € | 205 g |",
			"",
			"### Fairphone 5",
			"",
			"Das nachhaltigste Gerät im Test.",
			"",
			"### OnePlus 11",
			"",
			"Schnell und günstig.",
		);
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(text).frameworks).toEqual(["Fairphone 5", "Pixel 8 Pro", "Pixel 9", "OnePlus 11"]);
	});

	it("keeps every card's number where the side writes one line of cards with several numbers", () => {
		const text = lines(
			"# Graphics cards",
			"",
			"| Model | Score | TDP |",
			"|---|---|---|",
			"| GeForce GTX 980 | 11.3 | 165W |",
			"| GeForce GTX 970 | 9.6 | 145W |",
			"| Radeon RX 580 | 8.4 | 185W |",
			"| Iris Plus 640 | 1.4 | 15W |",
			"| GeForce GT 710 | 0.7 | 25W |",
		);
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(text).frameworks).toEqual(["GeForce GTX 980", "GeForce GTX 970", "Radeon RX 580", "Iris Plus 640", "GeForce GT 710"]);
	});

	it("keeps every board's number where a third of the side ends with a model's code", () => {
		const text = lines(
			"# Single-board computers",
			"",
			"| Board | SoC | Inference (ms) |",
			"|---|---|---|",
			"| Orange Pi 5 | RK3588S | 3.83 |",
			"| Raspberry Pi 5B | BCM2712 | 5.10 |",
			"| NanoPi M4 | RK3399 | 11.20 |",
			"| Khadas VIM3 | A311D | 9.75 |",
			"| BeagleBone AI 64 | TDA4VM | 42.23 |",
		);
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(text).frameworks).toEqual(["Orange Pi 5", "Raspberry Pi 5B", "NanoPi M4", "Khadas VIM3", "BeagleBone AI 64"]);
	});

	it("takes no version's v20 or build's x64 for a model's code: the runtimes are named without their numbers", () => {
		const text = lines("# Runtimes", "", "| Runtime | Start (ms) | Memory |", "|---|---|---|", "| Java 21 | 410 | 120 MB |", "| Go 1.22 | 12 | 8 MB |", "| Node v20 | 45 | 40 MB |", "| Deno v1 | 38 | 35 MB |", "| Python 3 | 25 | 12 MB |", "| Rust 1 | 2 | 2 MB |");
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(text).frameworks).toEqual(["Java", "Go", "Node", "Deno", "Python", "Rust"]);
	});

	it("still names browsers by their names over their versions", () => {
		const text = lines("# Browser speed", "", "Chrome, Firefox and Safari on one laptop.", "", "| Browser | Score | Memory |", "|---|---|---|", "| Chrome 120 | 420 | 1.4 GB |", "| Firefox 121 | 380 | 1.1 GB |", "| Safari 17 | 450 | 0.9 GB |", "", "## Chrome", "", "Chrome ships first.");
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(text).frameworks).toEqual(["Chrome", "Firefox", "Safari"]);
	});
});
