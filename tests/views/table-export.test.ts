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

	it("guards formula-like cells that merely start with a number", () => {
		expect(toCsv([["-1+1+cmd|' /C calc'!A0", "+1-HYPERLINK(\"http://x\")", "-12.5", "+3%"]])).toBe(
			"'-1+1+cmd|' /C calc'!A0,\"'+1-HYPERLINK(\"\"http://x\"\")\",-12.5,+3%\r\n",
		);
	});

	it("gives nothing for an empty grid", () => {
		expect(toMarkdown([])).toBe("");
	});
});
