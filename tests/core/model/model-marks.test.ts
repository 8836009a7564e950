// A product's full name strings marks after its words (`SanDisk Ultra 32GB C10 U1 A1`): the marks
// (a letter, then letters and digits) are no words of a phrase (src/core/model/evidence/phrase.ts),
// so such a name is not read as a description. Quantities (`32GB`) and words still count.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const phraseOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => group.rows.names.filter((name) => name.evidence.some((e) => e.rule === "phrase")).map((name) => name.label));

describe("marks after a product's name are no words of a phrase", () => {
	it("reads SD cards named with their speed classes as the things compared", () => {
		const text = lines(
			"# SD cards for the Pi",
			"",
			"Sequential speeds measured on a Pi 4 with `dd`.",
			"",
			"| Card | Declared write MB/s | Declared read MB/s | Write MB/s | Read MB/s |",
			"|---|---|---|---|---|",
			"| SanDisk Ultra 32GB C10 U1 A1 | ? | 98 | 20.3 | 23.6 |",
			"| Transcend Premium 32GB C10 U1 | ? | 90 | 18.5 | 23.4 |",
			"| SanDisk Extreme 32GB V30 U3 A1 | 40 | 90 | 31.1 | 23.7 |",
			"| Kingston Canvas Select 16GB C10 U1 | 10 | 80 | 12.2 | 22.9 |",
		);
		expect(phraseOn(text)).toEqual([]);
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(text).frameworks).toEqual(["SanDisk Ultra 32GB C10 U1 A1", "Transcend Premium 32GB C10 U1", "SanDisk Extreme 32GB V30 U3 A1", "Kingston Canvas Select 16GB C10 U1"]);
	});

	it("reads graphics cards named with their model numbers as the things compared", () => {
		const text = lines(
			"# Blender benchmark scores",
			"",
			"| GPU | 4.0.0 score | 3.6.0 score |",
			"|---|---|---|",
			"| NVIDIA GeForce RTX 4060 Ti | 3451.59 | 4306.28 |",
			"| NVIDIA GeForce RTX 3080 Ti | 5260.11 | 6120.05 |",
			"| NVIDIA GeForce GTX 1660 Ti | 981.20 | 1122.40 |",
			"| AMD Radeon RX 7900 XTX | 3966.86 | 4212.50 |",
		);
		expect(phraseOn(text)).toEqual([]);
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		// A task's number is a word beside its small word: `Fine-tune Llama 3 with ORPO` stays five words.
		const tasks = lines("# Notebooks", "", "| Notebook | Minutes |", "|---|---|", "| Fine-tune Llama 3 with ORPO | 40 |", "| Fine-tune Llama 2 with QLoRA | 55 |");
		expect(phraseOn(tasks)).toEqual(["Fine-tune Llama 3 with ORPO", "Fine-tune Llama 2 with QLoRA"]);
		// Only after a series in capitals: a title of words keeps its numbers as words.
		const sprints = lines("# Sprint board", "", "| Note | Owner | Points |", "|---|---|---|", "| Sprint 12 Planning Notes For Q3 | Ana | 21 |", "| Sprint 14 Retro Notes Part 2 | Ben | 13 |");
		expect(phraseOn(sprints)).toEqual(["Sprint 12 Planning Notes For Q3", "Sprint 14 Retro Notes Part 2"]);
	});

	it("still reads a label of five words as a phrase, and quantities as words", () => {
		const text = lines("# Setup", "", "| Step | Minutes |", "|---|---|", "| Copy the image to the card | 5 |", "| Boot with 2 GB 4 GB swap | 3 |");
		expect(phraseOn(text)).toEqual(["Copy the image to the card", "Boot with 2 GB 4 GB swap"]);
	});

	it("keeps the marks of a task written as a sentence as words", () => {
		const text = lines(
			"# Sprint",
			"",
			"| Task | Status | Owner |",
			"|---|---|---|",
			"| Upgrade Node18 to Node20 on CI | Done | Ana |",
			"| Move x86 builds to ARM64 runners | Open | Ben |",
			"| Fix H2O sensor in v2 firmware | Open | Cy |",
			"| Add COVID19 export to v3 API | Done | Ana |",
		);
		expect(phraseOn(text)).toHaveLength(4);
		expect(note(text).frameworks).toEqual([]);
	});
});

