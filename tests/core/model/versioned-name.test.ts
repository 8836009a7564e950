// The versioned-name rule (src/core/model/evidence/versioned-name.ts): software has versions, features
// and criteria do not. A release written after the name (`Electron 15.3.0`) or in brackets closing it
// (`Preact (10.7.2)`) speaks for a name; a year or a value in brackets does not. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
/** Whether versioned-name spoke for the label in the note's first table. */
const versioned = (text: string, label: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation[0]?.[label.startsWith("row:") ? "rows" : "columns"].names.find((name) => name.label === label.replace(/^(row|column):/, ""))?.evidence.some((e) => e.rule === "versioned-name") ?? false;

describe("a version in brackets closing a label speaks for a name (versioned-name)", () => {
	const sizes = lines(
		"# Size comparison",
		"",
		"|              | Preact (10.7.2) | React (17.0.2) |",
		"| ------------ | --------------- | -------------- |",
		"| Raw (CJS)    | 22 kB           | 467 kB         |",
		"| Gzip (CJS)   | 8.55 kB         | 147 kB         |",
		"| Brotli (CJS) | 7.87 kB         | 102 kB         |",
		"| Raw (ESM)    | 22 kB           | 465 kB         |",
	);

	it("reads `Preact (10.7.2) | React (17.0.2)` over sizes as the libraries compared", () => {
		expect(versioned(sizes, "column:Preact (10.7.2)")).toBe(true);
		const model = note(sizes);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["Preact", "React"]);
	});

	it("takes `(v17)` and `(3.12-rc1)` as releases, not a year, a count or a mode", () => {
		const one = (label: string) => versioned(lines("| Name | Size |", "|---|---|", `| ${label} | 1 |`, "| Other | 2 |"), `row:${label}`);
		expect(one("React (v17)")).toBe(true);
		expect(one("Python (3.12-rc1)")).toBe(true);
		expect(one("MacBook Air (2022)")).toBe(false);
		expect(one("Memory (512)")).toBe(false);
		expect(one("Raw (CJS)")).toBe(false);
	});

	it("takes no weight in brackets for a release (`Cost (0.3)`), and one dot after 0 still for one (`Python (3.12)`)", () => {
		const one = (label: string) => versioned(lines("| Name | Size |", "|---|---|", `| ${label} | 1 |`, "| Other | 2 |"), `row:${label}`);
		expect(one("Cost (0.3)")).toBe(false);
		expect(one("Python (3.12)")).toBe(true);
		expect(one("Bun (0.8.1)")).toBe(true);
		const matrix = lines(
			"# Decision matrix",
			"",
			"| Criterion (weight) | PostgreSQL | MySQL | MongoDB |",
			"|---|---|---|---|",
			"| Performance (0.25) | 4 | 4 | 3 |",
			"| Ecosystem (0.25) | 5 | 5 | 4 |",
			"| Operations (0.2) | 3 | 4 | 3 |",
			"| Cost (0.3) | 5 | 5 | 2 |",
			"| **Total** | 4.3 | 4.55 | 2.95 |",
		);
		expect(note(matrix).frameworks).toEqual(["PostgreSQL", "MySQL", "MongoDB"]);
	});
});
