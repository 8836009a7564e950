// A line written with signs beside lines written plain (src/core/model/evidence/signed-line.ts): a
// change or a difference between the things, no thing of its own. Made-up notes: where it must act,
// and where every line is signed or the signs are a thing's own.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].names.filter((name) => name.evidence.some((e) => e.rule === "signed-line")).map((name) => name.label)),
	);

describe("a line written with signs beside plain ones (signed-line)", () => {
	it("leaves a difference column out of the libraries across the header", () => {
		const text = lines(
			"# Recharts vs Chart.js",
			"",
			"| Pontos | Recharts | Chart.js | Diferença |",
			"|---|---|---|---|",
			"| 100 | 1.220 | 177 | +1,0 |",
			"| 1.000 | 9.900 | 277 | +9,6 |",
			"| 10.000 | 31.000 | 1.078 | +29,9 |",
		);
		expect(firedOn(text)).toEqual(["Diferença"]);
		expect(note(text).frameworks).toEqual(["Recharts", "Chart.js"]);
	});

	it("leaves a change against one of them out, down the rows too", () => {
		const text = lines(
			"# Numflow, Express and Fastify",
			"",
			"| Route | Numflow | Express | Fastify |",
			"|---|---|---|---|",
			"| Static | 41,200 | 11,300 | 39,800 |",
			"| Params | 38,900 | 12,700 | 35,100 |",
			"| JSON | 36,400 | 12,400 | 37,600 |",
			"| vs Express | +265% | 0% | +213% |",
		);
		expect(firedOn(text)).toEqual(["vs Express"]);
		expect(note(text).frameworks).toEqual(["Numflow", "Express", "Fastify"]);
	});

	it("says nothing where every line is a change against a baseline, or a thing's own values carry signs", () => {
		const changes = lines("# Against Node 18", "", "| Task | Bun | Deno | Node 22 |", "|---|---|---|---|", "| Startup | +310% | +42% | +12% |", "| HTTP | +120% | -8% | +15% |", "| FS | +64% | +3% | -2% |");
		expect(firedOn(changes)).toEqual([]);
		const winter = lines("# Winter towns", "", "| Town | Dec | Jan | Feb |", "|---|---|---|---|", "| Oslo | -3 | -4 | -4 |", "| Tromsø | -4 | -4 | -5 |", "| Bergen | +2 | +1 | +1 |");
		expect(firedOn(winter)).toEqual([]);
		// A baseline written whole, the others as changes against it: the signed lines are the things.
		const againstReact = lines(
			"# Frameworks against React",
			"",
			"| Framework | Bundle (kB) | Startup (ms) | Memory (MB) | Update (ms) |",
			"|---|---|---|---|---|",
			"| React | 42 | 120 | 3.1 | 95 |",
			"| Vue | +3 | +10 | +0.2 | +5 |",
			"| Svelte | -30 | -40 | -1.1 | -20 |",
			"| Solid | -35 | -55 | +1.4 | -30 |",
		);
		expect(firedOn(againstReact)).toEqual([]);
		expect(note(againstReact).frameworks).toEqual(["React", "Vue", "Svelte", "Solid"]);
	});
});
