// The model-names rule (src/core/model/evidence/model-names.ts): a side whose labels are spelled
// as products' names (a model code such as `X1` or `SMS6ZCI49E`, a capital inside a word such as
// `ThinkPad`) holds the things compared, however long the names run. Made-up notes, where it must
// fire and where it must not.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { productSpelling } from "../../../src/core/model/evidence/model-names";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => [...group.rows.evidence, ...group.columns.evidence].some((e) => e.rule === "model-names"));

describe("labels spelled as products' names hold the things compared (model-names)", () => {
	it("reads headphones down the rows, long names with model codes", () => {
		const headphones = lines("# Headphones", "", "| Model | Battery | Weight |", "|---|---|---|", "| Sony WH-1000XM5 | 30 h | 250 g |", "| Bose QuietComfort 45 | 24 h | 240 g |", "| Sennheiser Momentum 4 | 60 h | 293 g |");
		expect(fired(headphones)).toBe(true);
		expect(note(headphones).tables[0]?.frameworkAxis).toBe("rows");
	});

	it("reads German dishwashers across, each named by brand, line and model code", () => {
		const dishwashers = lines("# Spülmaschine", "", "| Merkmal | Bosch Serie 6 SMS6ZCI49E | Siemens iQ500 SN25ZI49CE | Miele G 7110 SC |", "|---|---|---|---|", "| Lautstärke | 42 dB | 42 dB | 44 dB |", "| Preis | 749 € | 799 € | 899 € |", "| Energieklasse | C | C | B |");
		expect(fired(dishwashers)).toBe(true);
		expect(note(dishwashers).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("reads laptops down the rows when a model has neither code nor inner capital (`XPS 13`)", () => {
		const laptops = lines("## Kandidaten", "", "| Laptop | Gewicht | Akku |", "|---|---|---|", "| ThinkPad X1 Carbon | 1,1 kg | 15 h |", "| MacBook Air | 1,2 kg | 18 h |", "| Dell XPS 13 | 1,2 kg | 12 h |");
		expect(fired(laptops)).toBe(true);
		expect(note(laptops).frameworks).toEqual(["ThinkPad X1 Carbon", "MacBook Air", "Dell XPS 13"]);
	});

	it("tells a product's spelling from a phrase's, by its words' shape", () => {
		expect(productSpelling("Pirelli Cinturato P7").product).toBe(true);
		expect(productSpelling("iPhone 15 Pro").product).toBe(true);
		expect(productSpelling("Battery life").product).toBe(false);
		// Digits first: a house number or an amount, no model.
		expect(productSpelling("221B Baker Street").product).toBe(false);
		expect(productSpelling("100g Butter").product).toBe(false);
		// A capital inside the last word is a surname as often as a brand.
		expect(productSpelling("Ronald McDonald").product).toBe(false);
		// One word is another rule's (name-shape).
		expect(productSpelling("SMS6ZCI49E").product).toBe(false);
	});

	it("says nothing of a numbered series whose codes share their letters (quarters, phases)", () => {
		const quarters = lines("| Quarter | Revenue | Costs |", "|---|---|---|", "| Q1 Planung | 120 | 80 |", "| Q2 Planung | 140 | 90 |", "| Q3 Planung | 150 | 95 |");
		expect(fired(quarters)).toBe(false);
	});

	it("says nothing of steps, addresses, people or ingredients", () => {
		const steps = lines("| Schritt | Dauer |", "|---|---|", "| Teig kneten | 10 min |", "| Ruhen lassen | 60 min |", "| Im Ofen backen | 35 min |");
		expect(fired(steps)).toBe(false);
		const addresses = lines("| Address | Rent | Rooms |", "|---|---|---|", "| 221B Baker Street | 1800 | 3 |", "| 12A Rue Cler | 1500 | 2 |", "| 4C Calle Mayor | 900 | 2 |");
		expect(fired(addresses)).toBe(false);
		const people = lines("| Person | Role | Team |", "|---|---|---|", "| Ronald McDonald | Lead | Red |", "| Anna DeVito | Dev | Blue |", "| Luc MacArthur | QA | Red |");
		expect(fired(people)).toBe(false);
		const recipe = lines("| Zutat | Menge |", "|---|---|", "| Mehl Type 405 | 500 g |", "| Butter | 250 g |", "| Zucker | 200 g |", "| Eier | 3 |");
		expect(fired(recipe)).toBe(false);
	});

	it("says nothing of a feature matrix whose features are spelled as standards, with products across", () => {
		// `Wi-Fi 6E`, `USB4 ports`, `HDMI 2.1`: some rows carry a code, fewer than two in three, and the products across carry theirs.
		const specs = lines("| Feature | ThinkPad X1 | MacBook Air M3 |", "|---|---|---|", "| USB4 ports | 2 | 2 |", "| HDMI 2.1 | yes | no |", "| Wi-Fi 6E | yes | yes |", "| Fingerprint reader | yes | yes |");
		const explained = analyzeNote({ path: "note.md", text: specs }, NO_VAULT).explanation[0];
		expect(explained?.rows.evidence.some((e) => e.rule === "model-names")).toBe(false);
		expect(note(specs).tables[0]?.frameworkAxis).toBe("columns");
	});

	it("says nothing of a gallery of phones: it shows them, it weighs nothing", () => {
		const gallery = lines("| Handy | Vorne | Hinten |", "|---|---|---|", "| Pixel 8 | ![[p-v.jpg]] | ![[p-h.jpg]] |", "| iPhone 15 | ![[i-v.jpg]] | ![[i-h.jpg]] |", "| Galaxy S24 | ![[g-v.jpg]] | ![[g-h.jpg]] |");
		expect(fired(gallery)).toBe(false);
	});
});
