// A colon closing a label (`BitBucket:`, `GitHub Enterprise:`) is how the writer marks a label,
// not a sentence's end and not part of the name (src/core/model/evidence/names.ts, undecorated).
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("a colon closing a label", () => {
	it("leaves hosting plans written with colons their toolbar, named without the colon", () => {
		const text = lines(
			"# Where to host our code",
			"",
			"| | BitBucket: | GitHub Enterprise: | GitHub self-hosted: | GitLab self-hosted: |",
			"|---|---|---|---|---|",
			"| Description | Plans, code and deploys in one place | Hosted by GitHub for companies | Runs on our own servers | Runs on our own servers |",
			"| Estimated cost | SMALL | SMALL | LARGE | LARGE |",
		);
		const model = note(text);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["BitBucket", "GitHub Enterprise", "GitHub self-hosted", "GitLab self-hosted"]);
	});
});
