// Names cut short with a dot (src/core/model/name-forms.ts, abbreviationOf; and the phrase rule, which
// no longer takes one word and a dot for a sentence): a note that lists Portainer, CasaOS and Dockge and
// then sets `Port. | Casa. | Dkge.` across its feature tables compares those three. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";
import { GROWTH_BOUND, growth } from "../../growth";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

const tools = lines(
	"# Container dashboards",
	"",
	"| Tool | Web UI | Stacks | Installs |",
	"|---|---|---|---|",
	"| Portainer | yes | Compose, Swarm | Docker |",
	"| CasaOS | yes | apps | script |",
	"| Dockge | yes | Compose | Docker |",
	"| Yacht | yes | templates | Docker |",
	"",
	"## First run",
	"",
	"| Feature | Port. | Casa. | Dkge. |",
	"|---|---|---|---|",
	"| Clean design | yes | yes | yes |",
	"| Password on first run | yes | yes | yes |",
	"| Convert docker run to compose | yes | yes | no |",
	"| Adopt running apps | no | yes | no |",
);

describe("a name cut short with a dot", () => {
	it("reads `Port. | Casa. | Dkge.` across as the tools the note lists, one toggle each", () => {
		const model = note(tools);
		expect(model.tables[1]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Portainer", "CasaOS", "Dockge", "Yacht"]);
	});

	it("takes one word and a dot for no sentence, but a label of words ending so still for one", () => {
		const explained = analyzeNote({ path: "note.md", text: tools }, NO_VAULT).explanation[1];
		const port = explained?.columns.names.find((name) => name.label === "Port.");
		expect(port?.evidence.some((e) => e.rule === "phrase")).toBe(false);
		const sentences = lines("| Step | Time |", "|---|---|", "| Open the lid. | 2 s |", "| Press the button. | 1 s |");
		const step = analyzeNote({ path: "note.md", text: sentences }, NO_VAULT).explanation[0]?.rows.names.find((name) => name.label === "Open the lid.");
		expect(step?.evidence.some((e) => e.rule === "phrase")).toBe(true);
	});

	it("says nothing where two compared names keep the letters (`Dock.` beside Docker and Dockge), or none does", () => {
		const two = tools.replace("| Yacht | yes | templates | Docker |", "| Docker Desktop | yes | Compose | app |").replace("| Dkge. |", "| Dock. |");
		expect(note(two).frameworks).toEqual(["Portainer", "CasaOS", "Dockge", "Docker Desktop", "Dock."]);
		const unknown = tools.replace("| Port. |", "| Kub. |");
		expect(note(unknown).frameworks).toEqual(["Portainer", "CasaOS", "Dockge", "Yacht", "Kub."]);
	});

	it("stays linear where many names and many abbreviations share a first letter (growth property)", () => {
		// `n` names down a first table (`Pa1`, `Pa2`, …), then `n` abbreviations across a second (`Pa1x.`, …).
		const build = (run: string) => {
			const n = run.length;
			const names = Array.from({ length: n }, (_, i) => `| Pa${i}name | ${i} | yes |`);
			const header = Array.from({ length: n }, (_, i) => `Pa${i}n.`).join(" | ");
			return lines("| Tool | Stars | Docker |", "|---|---|---|", ...names, "", `| Feature | ${header} |`, `|---|${"---|".repeat(n)}`, `| Clean | ${"yes | ".repeat(n)}`);
		};
		const { ratio, small, large } = growth((text) => note(text), build, "x", 200);
		expect(ratio, `200 names: ${small.toFixed(1)} ms, 2,000: ${large.toFixed(1)} ms`).toBeLessThanOrEqual(GROWTH_BOUND);
	});
});
