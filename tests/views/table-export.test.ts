import { describe, expect, it } from "vitest";
import { toCsv, toMarkdown } from "../../src/views/table-export";

describe("table export", () => {
	it("writes Markdown that Obsidian reads back as the same table", () => {
		const grid = [
			["Database", "Link", "Notes"],
			["SQLite", "[[SQLite\\|embedded]]", "one writer\nmany readers"],
			["Pipes", "a|b", ""],
		];
		expect(toMarkdown(grid)).toBe(
			["| Database | Link | Notes |", "| --- | --- | --- |", "| SQLite | [[SQLite\\|embedded]] | one writer<br>many readers |", "| Pipes | a\\|b |  |", ""].join("\n"),
		);
	});

	it("writes RFC 4180 CSV, quoting commas, quotes and line breaks", () => {
		expect(toCsv([["Name", "Inserts/sec"], ["MySQL", "1,100"], ['Say "hi"', "a\nb"]])).toBe('Name,Inserts/sec\r\nMySQL,"1,100"\r\n"Say ""hi""","a\nb"\r\n');
	});

	it("keeps a spreadsheet from running a cell as a formula, but leaves negative numbers alone", () => {
		expect(toCsv([["=HYPERLINK(\"x\")", "-3", "@sum", "+1"]])).toBe("\"'=HYPERLINK(\"\"x\"\")\",-3,'@sum,+1\r\n");
	});

	it("guards formulas behind spaces, invisible marks and full-width signs", () => {
		const cells = [" =1", "\u200b=SUM(1)", "\ufeff=1", "\u00a0=1", "\u202a=1+1", "\u2066=cmd", "\u00ad=1", "\u034f=1", "＝SUM(1)", "＋1", "－1", "＠SUM(1)", "﹦1", "﹢1", "﹫1", "\t=1", "\r=1"];
		const row = toCsv([cells]).replace(/\r\n$/, "");
		// Each comes out quoted as text: an apostrophe first, inside RFC 4180 quotes where needed.
		const parsed = row.match(/"(?:[^"]|"")*"|[^,]+/g) ?? [];
		expect(parsed).toHaveLength(cells.length);
		for (const cell of parsed) expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
	});

	it("guards formula-like cells that merely start with a number", () => {
		expect(toCsv([["-1+1+cmd|' /C calc'!A0", "+1-HYPERLINK(\"http://x\")", "-12.5", "+3%"]])).toBe(
			"'-1+1+cmd|' /C calc'!A0,\"'+1-HYPERLINK(\"\"http://x\"\")\",-12.5,+3%\r\n",
		);
	});

	it("gives nothing for an empty grid", () => {
		expect(toMarkdown([])).toBe("");
	});
});
