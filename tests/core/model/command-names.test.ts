// Commands a benchmark times on one input (hyperfine's `Command | Mean [ms] | …`) are named by
// the program each runs: what every command shares is the case, what differs is the tool.
// Plain data through src/core/model/command-names.ts, then whole made-up notes through the model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { programsOfCommands } from "../../../src/core/model/command-names";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("the program each timed command runs", () => {
	it("takes off the words every command writes, the input they share", () => {
		expect(programsOfCommands(["rg TODO", "ag TODO", "grep -r TODO .", "git grep TODO"])).toEqual(["rg", "ag", "grep", "git grep"]);
		expect(programsOfCommands(["rg TODO src", "grep -r TODO src", "git grep -n TODO src"])).toEqual(["rg", "grep", "git grep"]);
	});

	it("reads the stage of a pipeline in which the commands differ", () => {
		expect(programsOfCommands(["echo '[1, [2]]' | jq 'flatten'", "echo '[1, [2]]' | jql '..'"])).toEqual(["jq", "jql"]);
		expect(programsOfCommands(["cat big.json | jq -r '.[] | .name' > /dev/null", "cat big.json | jql '|>\"name\"' > /dev/null"])).toEqual(["jq", "jql"]);
	});

	it("says nothing where the commands differ in two stages, or only in their input", () => {
		expect(programsOfCommands(["cat a.json | jq .", "zcat a.gz | jql ."])).toBeNull();
		expect(programsOfCommands(["sleep 0.1", "sleep 0.3"])).toBeNull();
		expect(programsOfCommands(["rg TODO"])).toBeNull();
	});
});

describe("a benchmark of commands in a note", () => {
	it("compares the tools a pipeline feeds, one toggle each (German note)", () => {
		const model = note(
			lines(
				"# JSON-Werkzeuge im Vergleich",
				"",
				"| Befehl | Mittel [ms] | Min [ms] | Max [ms] |",
				"|:---|---:|---:|---:|",
				"| `echo '{\"a\": 1}' \\| jq '.a'` | 2.7 ± 0.1 | 2.6 | 3.2 |",
				"| `echo '{\"a\": 1}' \\| jaq '.a'` | 1.9 ± 0.1 | 1.8 | 2.3 |",
				"| `echo '{\"a\": 1}' \\| gojq '.a'` | 3.1 ± 0.2 | 2.9 | 3.9 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["jq", "jaq", "gojq"]);
	});

	it("compares search tools run on one word, a path ending in a dot being no sentence", () => {
		const model = note(
			lines(
				"# Searching the monorepo",
				"",
				"| Command | Mean [ms] | Min [ms] | Max [ms] |",
				"|---|---|---|---|",
				"| `rg TODO` | 84 | 79 | 95 |",
				"| `ag TODO` | 310 | 298 | 331 |",
				"| `grep -r TODO .` | 1420 | 1388 | 1502 |",
			),
		);
		expect(model.tables[0]?.frameworkAxis).toBe("rows");
		expect(model.frameworks).toEqual(["rg", "ag", "grep"]);
	});

	it("leaves commands that are not timed as they are written", () => {
		const model = note(
			lines(
				"# Install",
				"",
				"| Command | What it does |",
				"|---|---|",
				"| `npm install TODO` | installs the package called TODO from the registry |",
				"| `pnpm add TODO` | adds the package called TODO to the workspace |",
			),
		);
		expect(model.frameworks).not.toContain("npm");
	});
});
