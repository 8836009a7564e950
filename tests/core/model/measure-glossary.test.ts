// Measures down the rows with sentences in every column explain the measures; measures down the
// rows over values measure the things the header names. Made-up notes read through the whole model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a table that explains its measures compares nothing", () => {
	it("gives a glossary of latencies, with what each measures and what a high one costs, no toggles", () => {
		const model = note(
			lines(
				"# Shell startup",
				"",
				"| name | what time it measures | if too high |",
				"|------|-----------------------|-------------|",
				"| **first prompt lag (ms)** | from the start of the shell to the moment the prompt appears | you stare at an empty screen whenever you open a terminal |",
				"| **command lag (ms)** | from pressing Enter on an empty line to the next prompt | every command feels slow to finish |",
				"| **input lag (ms)** | from pressing a key to the moment its character appears | typing feels sluggish and you make mistakes |",
				"| **exit time (ms)** | how long it takes to run an exiting login shell once | scripts that start shells take longer |",
			),
		);
		expect(model.frameworks).toEqual([]);
		expect(model.tables[0]?.frameworkAxis).toBe("none");
	});

	it("still reads the shells across the header when the same measures hold numbers", () => {
		const model = note(
			lines(
				"# Shell startup",
				"",
				"| measure | zsh | fish | bash |",
				"|---------|-----|------|------|",
				"| first prompt lag (ms) | 45 | 60 | 12 |",
				"| command lag (ms) | 8 | 10 | 3 |",
				"| input lag (ms) | 14 | 9 | 2 |",
				"| exit time (ms) | 30 | 41 | 7 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["zsh", "fish", "bash"]);
	});

	it("still reads the editors across the header when sentences around figures measure them", () => {
		const model = note(
			lines(
				"# Vergleich der Editoren",
				"",
				"| Messgröße | Helix | Kakoune | Neovim |",
				"|---|---|---|---|",
				"| Startzeit (ms) | etwa 12 ms ohne Plugins | etwa 9 ms ohne Plugins | etwa 35 ms mit lazy.nvim |",
				"| Speicher (MB) | rund 40 MB nach dem Start | rund 25 MB nach dem Start | rund 90 MB mit LSP aktiv |",
				"| Öffnen einer 1 GB Datei (s) | knapp 4 s bis zur Anzeige | knapp 6 s bis zur Anzeige | über 10 s mit Treesitter |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Helix", "Kakoune", "Neovim"]);
	});
});
