// A header of single lower-case words over capitalised row labels, in a grid of marks or
// ratings, is spelled as its things spell themselves (packages, commands, tools): the things
// compared are across. Made-up notes written for the rule, through the whole note model.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const firedOn = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.flatMap((group) => (["rows", "columns"] as const).filter((side) => group[side].evidence.some((e) => e.rule === "lower-case-header")));

describe("lower-case names across a grid of marks or ratings", () => {
	it("reads three backup tools rated with stars under a criteria corner", () => {
		const backups = lines(
			"# Choosing a backup tool",
			"",
			"| Criterion | restic | borg | kopia |",
			"|---|---|---|---|",
			"| Speed | ⭐⭐⭐ | ⭐⭐ | ⭐⭐⭐ |",
			"| Ease of use | ⭐⭐ | ⭐⭐ | ⭐⭐⭐ |",
			"| Encryption | ⭐⭐⭐ | ⭐⭐⭐ | ⭐⭐⭐ |",
		);
		expect(firedOn(backups)).toEqual(["columns"]);
		expect(note(backups).frameworks).toEqual(["restic", "borg", "kopia"]);
	});

	it("reads two CLI tools across a German corner over Ja/Nein", () => {
		const tools = lines(
			"# Suchwerkzeuge",
			"",
			"| Kriterium | ripgrep | ag |",
			"|---|---|---|",
			"| Beachtet .gitignore | Ja | Ja |",
			"| Mehrzeilige Suche | Ja | Nein |",
			"| Unicode | Ja | Teilweise |",
		);
		expect(firedOn(tools)).toEqual(["columns"]);
		expect(note(tools).frameworks).toEqual(["ripgrep", "ag"]);
	});

	it("reads packages across an empty corner or a Spanish corner word over Spanish criteria scored 1–5; a hint, so another word leaves it", () => {
		const scores = [
			"|---|---|---|---|",
			"| Tamaño | 5/5 | 3/5 | 4/5 |",
			"| Zonas horarias | 2/5 | 5/5 | 3/5 |",
			"| Documentación | 4/5 | 4/5 | 5/5 |",
		];
		const packages = lines("# Fechas en JavaScript", "", "| | dayjs | luxon | date-fns |", ...scores);
		expect(firedOn(packages)).toEqual(["columns"]);
		expect(note(packages).frameworks).toEqual(["dayjs", "luxon", "date-fns"]);
		// `Criterio` is a corner word (../../../src/core/model/evidence/corner-word.ts): two hints together decide.
		const underCriterion = lines("# Fechas en JavaScript", "", "| Criterio | dayjs | luxon | date-fns |", ...scores);
		expect(note(underCriterion).frameworks).toEqual(["dayjs", "luxon", "date-fns"]);
		// Under a word the rules do not read, the hint fires but is below the margin a side must win by.
		const underWord = lines("# Fechas en JavaScript", "", "| Nota | dayjs | luxon | date-fns |", ...scores);
		expect(firedOn(underWord)).toEqual(["columns"]);
		expect(note(underWord).frameworks).toEqual([]);
	});
});

describe("it says nothing of lower-case headers that are no names", () => {
	it("a workout log with a lower-case header over numbers", () => {
		const log = lines(
			"# Leg day",
			"",
			"| Exercise | sets | reps | kg |",
			"|---|---|---|---|",
			"| Squat | 5 | 5 | 100 |",
			"| Lunge | 3 | 10 | 20 |",
		);
		expect(firedOn(log)).toEqual([]);
		expect(note(log).frameworks).toEqual([]);
	});

	it("a habit tracker of ✓ by lower-case weekdays stays a log", () => {
		const habits = lines(
			"# Habits",
			"",
			"| Habit | mon | tue | wed | thu |",
			"|---|---|---|---|---|",
			"| Read | ✓ | ✓ | ✗ | ✓ |",
			"| Stretch | ✗ | ✓ | ✓ | ✓ |",
		);
		expect(note(habits).frameworks).toEqual([]);
	});

	it("plans written in lower case phrases (`free tier`) or rows in lower case say nothing", () => {
		const plans = lines(
			"| Feature | free tier | team plan |",
			"|---|---|---|",
			"| Version history | ✓ | ✓ |",
			"| Shared vaults | ✗ | ✓ |",
		);
		expect(firedOn(plans)).toEqual([]);
		const lowerRows = lines(
			"| | pnpm | yarn |",
			"|---|---|---|",
			"| workspaces | ✓ | ✓ |",
			"| plug'n'play | ✗ | ✓ |",
		);
		expect(firedOn(lowerRows)).toEqual([]);
	});

	it("a Chinese grid of marks (no case) says nothing", () => {
		const grid = lines(
			"| 功能 | 甲 | 乙 |",
			"|---|---|---|",
			"| 离线 | ✓ | ✗ |",
			"| 同步 | ✓ | ✓ |",
		);
		expect(firedOn(grid)).toEqual([]);
	});
});
