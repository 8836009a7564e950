// Names cut short to fit a narrow column (`Port.`, `Casa.`, `Dkge.`): a word and a full stop is no
// sentence (src/core/model/evidence/phrase.ts), and where one name the note compares holds its
// letters in order from its first, it is that name (src/core/model/name-forms.ts). Made-up notes.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

const tools = (...header: string[]) =>
	lines(
		"# Docker dashboards",
		"",
		"| Tool | Stars | Written in |",
		"|---|---|---|",
		"| Portainer | 31k | Go |",
		"| CasaOS | 27k | Go |",
		"| Dockge | 14k | TypeScript |",
		"| Dokku | 29k | Shell |",
		"",
		"## First run",
		"",
		`| Feature | ${header.join(" | ")} | Comments |`,
		`|---|${header.map(() => "---").join("|")}|---|`,
		`| Clean design | ${header.map(() => "yes").join(" | ")} | |`,
		`| Password on first run | ${header.map(() => "yes").join(" | ")} | |`,
		`| Compose from docker run | ${header.map((_, i) => (i === 2 ? "no" : "yes")).join(" | ")} | Dockge is bare bones |`,
		`| Adopt running apps | ${header.map((_, i) => (i === 1 ? "yes" : "no")).join(" | ")} | Casa imports them |`,
	);

describe("names cut short in a narrow header", () => {
	it("reads `Port.` and `Casa.` across the header as the dashboards the note names in full, and `Yacht.`, which it names nowhere, as written", () => {
		const model = note(tools("Port.", "Casa.", "Yacht."));
		expect(model.tables[1]?.frameworkAxis).toBe("columns");
		expect(model.tables[1]?.frameworks).toEqual(["Portainer", "CasaOS", "Yacht."]);
		expect(model.frameworks).toEqual(["Portainer", "CasaOS", "Dockge", "Dokku", "Yacht."]);
	});

	it("leaves a short form two names could stand for as written", () => {
		// `Dk.`: the letters of Dockge and of Dokku alike.
		const model = note(tools("Port.", "Casa.", "Dk."));
		expect(model.tables[1]?.frameworks).toEqual(["Portainer", "CasaOS", "Dk."]);
	});
});
