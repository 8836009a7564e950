// A label over an empty row heads the rows below it, as a cell spanning the table would: no thing
// compared. Made-up notes written for the rule, read through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

const gpus = (heading: string) =>
	lines(
		"# GPU rental",
		"",
		"GPU | VRAM | RunPod | Hugging Face | Notes",
		"----|------|--------|--------------|------",
		"H100 | 80GB | $4.29/hr 8max | | ",
		"L40 | 48GB | $1.14/hr 8max | | ",
		"RTX 4090 | 24GB | $0.74/hr 12max | | ",
		`${heading} | | | | `,
		"A100 | 80GB | $1.99/hr 8max | $6.50/hr 4max | ",
		"RTX 3090 | 24GB | $0.44/hr 8max | | ",
		"T4 Tesla | 16GB | | $0.60/hr 1/4max | ",
		"A10 | 24GB | | | $0.60/hr LambdaLabs",
	);

describe("a label over an empty row heads the rows below it", () => {
	it("gives a row that only groups the GPUs below it no toggle", () => {
		const model = note(gpus("prev generation"));
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["H100", "L40", "RTX 4090", "A100", "RTX 3090", "T4 Tesla", "A10"]);
	});

	it("reads cells of nothing but a zero-width space, written to keep the row, as empty", () => {
		const model = note(gpus("**Older models** | \u200b | \u200b | \u200b |"));
		expect(model.frameworks).toEqual(["H100", "L40", "RTX 4090", "A100", "RTX 3090", "T4 Tesla", "A10"]);
	});

	it("still gives a thing the note names in its text a toggle, though nothing is measured for it yet", () => {
		const model = note(`${gpus("B200")}\n\nThe B200 is not for rent yet; B200 prices follow.`);
		expect(model.frameworks).toContain("B200");
	});

	it("still reads a name over an empty row as a thing not filled in yet, not a heading", () => {
		const model = note(
			lines(
				"| Host | Monthly | Bandwidth | Backups |",
				"| --- | --- | --- | --- |",
				"| Hetzner | 4.51 € | 20 TB | 20 % |",
				"| Netcup | 3.99 € | 80 TB | included |",
				"| OVH |  |  |  |",
				"| Contabo | 5.99 € | 32 TB | 2.99 € |",
				"| Scaleway | 6.42 € | 200 Mbit/s | 10 % |",
				"",
				"OVH's page was down when I checked.",
			),
		);
		expect(model.frameworks).toContain("OVH");
	});

	it("still reads a run of empty rows as things not filled in yet, as a note in progress lists them", () => {
		const model = note(
			lines(
				"| Software | Android App | Design Level | Gantt Charts |",
				"| --- | --- | --- | --- |",
				"| YouTrack | | | |",
				"| Bugzilla | | | |",
				"| Flyspray | | | |",
				"| Asana | yes | Modern 1 | no |",
				"| Wrike | yes | Modern 1 | yes |",
				"| Trello | yes | Traditional | no |",
				"| Jira Software | yes | Traditional | yes |",
				"| Linear | yes | Traditional | no |",
				"| GanttPRO | no | Gantt | yes |",
				"| Agantty | no | Gantt | yes |",
				"| Basecamp | yes | Modern 2 | no |",
				"| Hive | yes | Modern 2 | yes |",
				"| Nifty | yes | Modern 2 | yes |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks.slice(0, 3)).toEqual(["YouTrack", "Bugzilla", "Flyspray"]);
	});
});
