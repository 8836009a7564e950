// A value written beside its share of another value (`3988.650 (60.93%)`) shares with the same
// measure of another thing: the line where the arithmetic holds runs across the things compared.
// Made-up notes written for the rule, read through the whole note model as the plugin and the
// command line read them.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "share-of-other")));

describe("shares that divide out along one side's lines set the things compared", () => {
	it("reads lower-case libraries across the header when each share is of the first library's value in its row, one above it", () => {
		const serializers = lines(
			"## 反序列化",
			"",
			"| jdk version | jsonb | fury | kryo |",
			"|---|---|---|---|",
			"| jdk8 | 6546.282 | 3988.650 (60.93%) | 2100.702 (32.09%) |",
			"| jdk11 | 6512.432 | 7301.740 (112.12%) | 2149.754 (33.01%) |",
			"| jdk17 | 6932.778 | 4285.843 (61.82%) | 2045.170 (29.50%) |",
			"| jdk21 | 7122.058 | 4491.170 (63.06%) | 2222.082 (31.20%) |",
		);
		expect(firedOn(serializers)).toEqual(["columns"]);
		expect(note(serializers).tables[0]?.frameworkAxis).toBe("columns");
		expect(note(serializers).frameworks).toEqual(["jsonb", "fury", "kryo"]);
	});

	it("reads clients down the rows when each change is from the best value in its column", () => {
		const clients = lines(
			"# Postgres clients, queries per second",
			"",
			"| client | select | select_arg | select_where |",
			"|---|---|---|---|",
			"| pg | 1,287 | 831 (-31.89%) | 890 (-22.27%) |",
			"| pg-promise | 1,050 (-18.41%) | 1,171 (-4.02%) | 1,099 (-4.02%) |",
			"| slonik | 988 (-23.23%) | 1,220 | 1,145 |",
		);
		expect(firedOn(clients)).toEqual(["rows"]);
		expect(note(clients).frameworks).toEqual(["pg", "pg-promise", "slonik"]);
	});
});

describe("shares that divide out against nothing in the table say nothing", () => {
	it("stays silent on a year's growth, which is of last year's value, not written here", () => {
		const revenue = lines("# Revenue", "", "| Region | 2023 | 2024 |", "|---|---|---|", "| Europe | 120 (12%) | 150 (25%) |", "| Asia | 80 (4%) | 95 (19%) |", "| Americas | 200 (7%) | 210 (5%) |");
		expect(firedOn(revenue)).toEqual([]);
	});

	it("stays silent on a month's growth over the month before, a change from a neighbour", () => {
		const growth = lines(
			"# Downloads",
			"",
			"| Month | Express | Fastify | Koa |",
			"|---|---|---|---|",
			"| Jan | 1000 | 2000 | 1500 |",
			"| Feb | 1100 (+10%) | 2400 (+20%) | 1650 (+10%) |",
			"| Mar | 1210 (+10%) | 3000 (+25%) | 1800 (+9.1%) |",
			"| Apr | 1452 (+20%) | 3300 (+10%) | 2700 (+50%) |",
		);
		expect(firedOn(growth)).toEqual([]);
		expect(note(growth).frameworks).not.toContain("Feb");
	});

	it("stays silent on parts of a whole: tests passed and failed out of those run", () => {
		const passes = lines("# Test runs", "", "| Framework | Tests | Passed | Failed |", "|---|---|---|---|", "| Jest | 200 | 190 (95%) | 10 (5%) |", "| Vitest | 180 | 171 (95%) | 9 (5%) |", "| Mocha | 150 | 120 (80%) | 30 (20%) |");
		expect(firedOn(passes)).toEqual([]);
		expect(note(passes).frameworks).not.toContain("Passed");
	});

	it("stays silent where the shares are explained along rows and columns alike", () => {
		// One value throughout: every share divides out in its row and in its column.
		const even = lines("# Even", "", "| Case | A | B | C |", "|---|---|---|---|", "| one | 100 | 50 (50%) | 50 (50%) |", "| two | 100 | 50 (50%) | 50 (50%) |", "| three | 100 | 100 | 100 |");
		expect(firedOn(even)).toEqual([]);
	});

	it("takes a share of one as saying nothing: a tie or a baseline's own cell", () => {
		const ties = lines("# Ties", "", "| Case | fast | slow |", "|---|---|---|", "| small | 10 (1.00x) | 10 (1.00x) |", "| large | 20 (1.00x) | 20 (1.00x) |");
		expect(firedOn(ties)).toEqual([]);
	});
});
