// Two halves of a verdict (src/core/model/evidence/judged-lines.ts): a line whose every answer opens
// with a yes-mark and a reason, beside one whose every answer opens with a no-mark, are the pros and
// cons of each thing, and the things stand on the other side. Made-up notes: where it must act, and
// feature grids of marks, where it must say nothing.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) =>
		(["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "judged-lines" && e.score > 0)),
	);

describe("a yes-line and a no-line of reasons judge the things on the other side (judged-lines)", () => {
	it("reads editors down the rows, their forces and weaknesses across, whatever the title names together", () => {
		const text = lines(
			"# Éditeurs de texte : forces et faiblesses",
			"",
			"| **Éditeur** | **Forces** | **Faiblesses** |",
			"|---|---|---|",
			"| **1. VS Code** | ✅ Rapide, extensions variées | ❌ Consommation mémoire élevée |",
			"| **2. Sublime Text** | ✅ Léger, très rapide | ❌ Version gratuite avec rappels |",
			"| **3. Vim** | ✅ Ultra rapide, personnalisable | ❌ Courbe d’apprentissage difficile |",
		);
		expect(firedOn(text)).toEqual(["rows"]);
		expect(note(text).tables[0]?.frameworkAxis).toBe("rows");
		expect(note(text).frameworks).toEqual(["VS Code", "Sublime Text", "Vim"]);
	});

	it("reads the same verdict laid across, things in the header", () => {
		const text = lines("# Site generators", "", "| | Hugo | Jekyll | Eleventy |", "|---|---|---|---|", "| Good | ✅ very fast builds | ✅ built by GitHub Pages | ✅ flexible templates |", "| Bad | ❌ Go templates are awkward | ❌ slow on big sites | ❌ fewer themes |");
		expect(firedOn(text)).toEqual(["columns"]);
		expect(note(text).frameworks).toEqual(["Hugo", "Jekyll", "Eleventy"]);
	});

	it("says nothing of a feature grid, whose marks vary along the things or stand bare", () => {
		const grid = lines("# Browsers", "", "| API | Chrome | Firefox | Safari |", "|---|---|---|---|", "| WebGPU | ✅ | ❌ | ❌ |", "| Popover | ✅ | ✅ | ✅ |", "| Nesting | ✅ | ✅ | ❌ |");
		expect(firedOn(grid)).toEqual([]);
		const bare = lines("# Sync", "", "| App | Offline | Cloud |", "|---|---|---|", "| Obsidian | ✅ yes | ❌ no |", "| Logseq | ✅ yes | ❌ no |", "| Joplin | ✅ yes | ❌ no |");
		expect(firedOn(bare)).toEqual([]);
	});
});
