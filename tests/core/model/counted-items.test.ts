// The counted-items rule (src/core/model/evidence/counted-items.ts): a column counting each row
// in a word of its own (`1 set`, `2 sheets`, `28 screws`) beside bare counts is a bill of items,
// not a comparison; an attribute measured across compared things keeps one unit. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "counted-items"));

describe("counts in a word of each row's own make a bill of items (counted-items)", () => {
	it("reads a parts list whose counts change their word from row to row as no comparison", () => {
		const parts = lines(
			"# Shelf build",
			"",
			"| Part | Quantity | Supplier |",
			"|---|---|---|",
			"| Pine board 18mm | 3 boards | Hornbach |",
			"| Wood screws 4x40 | 24 screws | Würth |",
			"| Wall plugs | 6 | Fischer |",
			"| Wood glue | 1 bottle | Ponal |",
			"| Brackets | 4 | Hornbach |",
		);
		expect(fired(parts)).toBe(true);
		expect(note(parts).frameworks).toEqual([]);
	});

	it("reads a packing list the same way, whatever its product names", () => {
		const packing = lines(
			"# Packing for the Alps",
			"",
			"| Item | Take | Brand |",
			"|---|---|---|",
			"| Merino shirt | 3 pieces | Icebreaker |",
			"| Socks | 4 pairs | Darn Tough |",
			"| Headlamp | 1 | Petzl Actik |",
			"| Gas canister | 2 | Primus |",
		);
		expect(fired(packing)).toBe(true);
		expect(note(packing).frameworks).toEqual([]);
	});

	it("reads a second part of the list under the same header as the same bill, though it counts in bare numbers", () => {
		const build = lines(
			"# Keyboard build",
			"",
			"### Required",
			"",
			"| Name | Count | Remarks |",
			"|---|---|---|",
			"| PCB | 1 set | |",
			"| Top plate | 2 sheets | 1.5 mm |",
			"| Switches | 42 | MX style |",
			"| Screws M2 | 28 screws | |",
			"",
			"### Optional",
			"",
			"| Name | Count | Remarks |",
			"|---|---|---|",
			"| OLED module | 2 | |",
			"| SK6812MINI-E | 42 | backlight |",
			"| WS2812B | 12 | underglow |",
		);
		expect(note(build).tables.map((table) => table.frameworkAxis)).toEqual(["none", "none"]);
		expect(note(build).frameworks).toEqual([]);
	});

	it("leaves a comparison whose counts keep one unit, or one measure at several scales, alone", () => {
		const cpus = lines("# CPUs", "", "| CPU | Cores | Cache | Price |", "|---|---|---|---|", "| Ryzen 7 7800X3D | 8 cores | 96 MB | $449 |", "| Core i7-14700K | 20 cores | 33 MB | $409 |", "| Ryzen 9 7950X | 16 cores | 64 MB | $599 |");
		expect(fired(cpus)).toBe(false);
		expect(note(cpus).frameworks).toEqual(["Ryzen 7 7800X3D", "Core i7-14700K", "Ryzen 9 7950X"]);
		const storage = lines("# Cloud storage", "", "| Service | Free space | Devices |", "|---|---|---|", "| Dropbox | 2 GB | 3 |", "| Google Drive | 15 GB | 10 |", "| OneDrive | 5 GB | 10 |");
		expect(fired(storage)).toBe(false);
	});

	it("leaves bare counts alone: a column of whole numbers says nothing of which side is compared", () => {
		const repos = lines("# Static site generators", "", "| Generator | Stars | Contributors |", "|---|---|---|", "| Hugo | 78000 | 800 |", "| Jekyll | 49000 | 1100 |", "| Eleventy | 17000 | 200 |");
		expect(fired(repos)).toBe(false);
	});
});

describe("a count of the parts each row's label lists makes a bill of materials", () => {
	it("reads a board's parts list, its designators counted row by row, as no comparison", () => {
		const parts = lines(
			"### parts list 部品表",
			"",
			"| id       | parts name                               | number |",
			"| -------- | ---------------------------------------- | ------ |",
			"| J4       | USB 2.0 Type-C Socket                    | 1      |",
			"| R1       | 0805 Register 10k                        | 1      |",
			"| R3,R4    | 0805 Register 5.1k                       | 2      |",
			"| C1,C5    | 0805 Capacitor 10u                       | 2      |",
			"| D1       | 0805 LED Blue                            | 1      |",
			"| U1       | ESP32-S3-WROOM-1                         | 1      |",
			"| SW1, SW2 | SKRPABE010 Compatible push button        | 2      |",
		);
		expect(fired(parts)).toBe(true);
		expect(note(parts).frameworks).toEqual([]);
	});

	it("leaves a count that is not the count of the label's items alone: how many of each board a lab owns", () => {
		const boards = lines("# Boards in the lab", "", "| Board | Owned | Notes |", "|---|---|---|", "| Raspberry Pi 5, 8 GB | 2 | one runs the printer |", "| Pi Zero 2 W | 3 | sensors |", "| ESP32-S3, ESP32-C3 | 4 | two of each |", "| Jetson Nano | 1 | camera rig |");
		expect(fired(boards)).toBe(false);
	});
});

describe("a column headed as the quantity makes a bill of items", () => {
	it("reads a Japanese parts list counted in one counter word, with photos, as no comparison, neither way", () => {
		const kit = lines(
			"# キットの内容",
			"",
			"## 3Dプリント部品",
			"",
			"| パーツ名 | 個数 | 写真 |",
			"| :-- | :-- | :-- |",
			"| **board1** | **2個** | <img src=\"./assets/board1.jpeg\"> |",
			"| **board2** | **2個** | <img src=\"./assets/board2.jpeg\"> |",
			"| **pillar1** | **4個** | <img src=\"./assets/pillar1.jpeg\"> |",
			"",
			"## 電子部品",
			"",
			"| 部品名 | 個数 | 写真 |",
			"| :-- | :-- | :-- |",
			"| [DCモータ](https://example.com/dc) | 2個 | <img src=\"./assets/dc.jpg\"> |",
			"| [サーボモータ](https://example.com/servo) | 1個 | <img src=\"./assets/servo.jpg\"> |",
			"| mpu6050 | 1個 | <img src=\"./assets/mpu.jpg\"> |",
		);
		expect(fired(kit)).toBe(true);
		const model = note(kit);
		expect(model.frameworks).toEqual([]);
		expect(model.tables.map((table) => table.frameworkAxis)).toEqual(["none", "none"]);
	});

	it("reads a two-line shopping list under `Qty` as no comparison, though its counts are bare", () => {
		const list = lines("# Desk lamp", "", "| Component | Qty | Shop |", "|---|---|---|", "| WS2812B strip 1 m | 1 | AliExpress |", "| ESP32-C3 SuperMini | 2 | Amazon |");
		expect(fired(list)).toBe(true);
		expect(note(list).frameworks).toEqual([]);
	});

	it("leaves a count headed by what it counts alone, and a `Quantity` column that holds no counts", () => {
		const phones = lines("# Phones", "", "| Phone | Cameras | Price |", "|---|---|---|", "| Pixel 9 | 2 | $799 |", "| iPhone 16 | 2 | $799 |", "| Galaxy S24 | 3 | $859 |");
		expect(fired(phones)).toBe(false);
		expect(note(phones).tables[0]?.frameworkAxis).toBe("rows");
		const units = lines("# Units", "", "| Symbol | Quantity | SI unit |", "|---|---|---|", "| v | velocity | m/s |", "| F | force | N |", "| E | energy | J |");
		expect(fired(units)).toBe(false);
	});
});
