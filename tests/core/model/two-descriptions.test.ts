// A reference list describes each row once (`Option | Default | Description`); two columns of
// prose side by side (pros beside cons) are no reference list. Made-up notes written for the
// rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const rulesOf = (text: string) => {
	const explained = analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0];
	return [...(explained?.rows.evidence ?? []), ...(explained?.columns.evidence ?? [])].map((e) => e.rule);
};

describe("two columns of prose side by side", () => {
	it("reads the editors down the rows of a table of strengths and weaknesses", () => {
		const editors = lines(
			"# Choosing an editor",
			"",
			"## Strengths and weaknesses",
			"",
			"| Editor | Strengths | Weaknesses |",
			"|---|---|---|",
			"| Vim | fast once you know it, everywhere | hard to learn at first |",
			"| Emacs | endlessly extensible with Lisp | slow to start without a daemon |",
			"| Helix | works out of the box, modal | no plugin system yet |",
		);
		const model = note(editors);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["Vim", "Emacs", "Helix"]);
	});
});

describe("reference lists and other tables of prose", () => {
	it("still reads an options table, one column of values beside a description, as a reference list", () => {
		const options = lines(
			"| Option | Default | Description |",
			"|---|---|---|",
			"| `--watch` | off | Rebuild whenever a file under the root changes |",
			"| `--port` | 4000 | The port the preview server listens on |",
			"| `--open` | off | Open the preview in the default browser once ready |",
		);
		expect(rulesOf(options)).toContain("reference-table");
		expect(note(options).frameworks).toEqual([]);
	});

	it("gives no toolbar to a glossary with a definition and an example for each term", () => {
		const glossary = lines(
			"# Git words",
			"",
			"| Term | Definition | Example |",
			"|---|---|---|",
			"| Commit | A snapshot of the files at one moment | git commit saves what you staged |",
			"| Branch | A movable pointer to a line of commits | main is the branch most repos start with |",
			"| Remote | Another copy of the repository somewhere else | origin is the usual name for it |",
		);
		expect(note(glossary).frameworks).toEqual([]);
	});

	it("gives no toolbar to the steps of a move, what to do beside why", () => {
		const steps = lines(
			"# Moving house",
			"",
			"| Step | What to do | Why it matters |",
			"|---|---|---|",
			"| Boxes | Pack one room at a time | you find things again |",
			"| Address | Tell the bank and the post office | letters keep arriving |",
			"| Keys | Hand the old keys back on the last day | the deposit depends on it |",
		);
		expect(note(steps).frameworks).toEqual([]);
	});
});
