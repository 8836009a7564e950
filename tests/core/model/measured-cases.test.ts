// A numbered series of cases over a grid of numbers (`q1 | q2 | q3`, `Run 1 | Run 2`): the
// other side holds the things measured on them. Made-up notes written for the rule, read
// through the whole note model.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");

describe("things measured on a numbered series of cases", () => {
	it("reads the runtimes across a header over numbered cases", () => {
		const runtimes = lines(
			"# Startup time",
			"",
			"Milliseconds, median of ten.",
			"",
			"| | bun | deno | node |",
			"|---|---|---|---|",
			"| case 1 | 8 | 21 | 40 |",
			"| case 2 | 11 | 25 | 52 |",
			"| case 3 | 9 | 22 | 47 |",
		);
		const model = note(runtimes);
		expect(model.tables[0]?.frameworkAxis).toBe("columns");
		expect(model.frameworks).toEqual(["bun", "deno", "node"]);
	});
});

describe("numbered series whose other side measures nothing compared", () => {
	it("gives no toolbar to expected and actual values of numbered tests", () => {
		const tests = lines("| Test | Expected | Actual |", "|---|---|---|", "| test 1 | 42 | 42 |", "| test 2 | 17 | 17 |", "| test 3 | 8 | 9 |");
		expect(note(tests).frameworks).toEqual([]);
	});

	it("gives no toolbar to the minimum, mean and maximum of numbered runs", () => {
		const latency = lines("# Latency", "", "| Run | Min | Avg | Max |", "|---|---|---|---|", "| Run 1 | 12 | 18 | 40 |", "| Run 2 | 11 | 17 | 38 |", "| Run 3 | 13 | 19 | 45 |");
		expect(note(latency).frameworks).toEqual([]);
	});

	it("gives no toolbar to a budget by numbered month", () => {
		const budget = lines("# Savings", "", "| Month | Rent | Food | Travel |", "|---|---|---|---|", "| Month 1 | 900 | 310 | 120 |", "| Month 2 | 900 | 290 | 80 |", "| Month 3 | 900 | 350 | 400 |");
		expect(note(budget).frameworks).toEqual([]);
	});

	it("gives no toolbar to hours slept by week and weekday", () => {
		const sleep = lines("# Sleep", "", "| Week | Mon | Tue | Wed | Thu |", "|---|---|---|---|---|", "| Week 1 | 7.5 | 6.8 | 7.2 | 6.9 |", "| Week 2 | 7.1 | 7.4 | 6.5 | 7.0 |", "| Week 3 | 6.9 | 7.2 | 7.3 | 7.6 |");
		expect(note(sleep).frameworks).toEqual([]);
	});

	it("leaves a numbered series over words alone: a log of sessions", () => {
		const sessions = lines("| Session | Topic | Mood | Homework |", "|---|---|---|---|", "| Session 1 | intro | calm | read ch. 1 |", "| Session 2 | habits | tired | journal |", "| Session 3 | goals | good | list |");
		expect(note(sessions).frameworks).toEqual([]);
	});
});
