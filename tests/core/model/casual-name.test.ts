// A name written casually among names (src/core/model/evidence/sentence-case-label.ts): a label in
// sentence case is a hint against it, as a phrase, unless it is the only one of its side and every
// other label, two at least, is written as a name. Made-up notes: the casual name that keeps its
// toolbar, and sides of phrases where the hint must still speak.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** The labels the sentence-case-label rule spoke against. */
const phrased = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).flatMap((side) => group[side].names.filter((name) => name.evidence.some((e) => e.rule === "sentence-case-label")).map((name) => name.label)),
	);

describe("a name written casually among names keeps its toolbar (sentence-case-label)", () => {
	it("keeps `Apple notes` beside Bear and Obsidian", () => {
		const text = lines("# Where to keep recipes", "", "| | Apple notes | Bear | Obsidian |", "|---|---|---|---|", "| Price | free | 30 €/yr | free |", "| Sync | iCloud | iCloud | paid |", "| Tags | ✗ | ✓ | ✓ |");
		expect(phrased(text)).toEqual([]);
		expect(note(text).frameworks).toEqual(["Apple notes", "Bear", "Obsidian"]);
	});

	it("still reads a side with two phrases as phrases", () => {
		const text = lines("# Leg day", "", "| Exercise | Sets | Reps |", "|---|---|---|", "| Back squat | 5 | 5 |", "| Romanian deadlift | 3 | 8 |", "| Lunges | 3 | 10 |", "| Calf raises | 4 | 12 |");
		expect(phrased(text)).toEqual(["Back squat", "Romanian deadlift", "Calf raises"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("still reads a phrase beside one other label: two set no pattern", () => {
		const text = lines("# Correspondências", "", "| | Partes da planta | Elementos |", "|---|---|---|", "| Raiz | subterrânea | Terra |", "| Folha | verde | Madeira |", "| Flor | colorida | Fogo |");
		expect(phrased(text)).toEqual(["Partes da planta"]);
		expect(note(text).frameworks).toEqual([]);
	});

	it("still reads a phrase among labels in lower case, which are no names written as names", () => {
		const text = lines("# Garden jobs", "", "| Job | Effort | Season |", "|---|---|---|", "| Prune roses | low | winter |", "| mulch | low | spring |", "| weeding | high | summer |");
		expect(phrased(text)).toEqual(["Prune roses"]);
	});
});
