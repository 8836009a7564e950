// Every internal link form Obsidian resolves, through the command line on a
// small vault written for the test: what each link prints, and which subpaths
// are reported as pointing nowhere.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Note } from "../../src/core";
import { runCli } from "./run-cli";

function vault(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "fc-links-"));
	mkdirSync(join(root, ".obsidian"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const VAULT = {
	"Django.md": "# Django\n\n## Models\n\nA fact. ^key-fact\n",
	"Rails Notes.md": "# Rails\n\n## Setup: first steps\n",
	"b/Deep.md": "# Deep\n",
	"img/chart.png": "png",
	"Frameworks/Flask.md": "---\naliases: [Flask framework]\n---\n# Flask\n",
};

async function inspect(root: string, note: string): Promise<Note> {
	const { code, out, err } = await runCli(["inspect", join(root, note)]);
	expect(err).toBe("");
	expect(code).toBe(0);
	return JSON.parse(out) as Note;
}

describe("link forms", () => {
	it("lists wikilinks, markdown links and property links in source order, each with its form", async () => {
		const root = vault({
			...VAULT,
			"Links.md": [
				"---",
				'related: "[[Django]]"',
				"tools:",
				'  - "[[Rails Notes#Setup: first steps]]"',
				"  - plain text",
				"---",
				"# Links",
				"",
				"[Django](Django.md), [rails](Rails%20Notes.md#Setup%20first%20steps), [angle](<Rails Notes.md>), [dot](./b/Deep.md), [self](#Links).",
				"![chart](img/chart.png) and ![[Rails Notes]] and [[Flask framework|Flask]].",
				"Not vault links: [web](https://example.com/Django.md), [mail](mailto:a@b.c), [proto](obsidian://open?file=Django).",
			].join("\n"),
		});
		const note = await inspect(root, "Links.md");
		expect(note.links.map((l) => [l.line, l.form, l.target, l.subpath, l.display, l.embed, l.resolved])).toEqual([
			[2, "property", "Django", "", null, false, "Django.md"],
			[4, "property", "Rails Notes", "#Setup: first steps", null, false, "Rails Notes.md"],
			[9, "markdown", "Django.md", "", "Django", false, "Django.md"],
			[9, "markdown", "Rails Notes.md", "#Setup first steps", "rails", false, "Rails Notes.md"],
			[9, "markdown", "Rails Notes.md", "", "angle", false, "Rails Notes.md"],
			[9, "markdown", "./b/Deep.md", "", "dot", false, "b/Deep.md"],
			[9, "markdown", "", "#Links", "self", false, "Links.md"],
			[10, "markdown", "img/chart.png", "", "chart", true, "img/chart.png"],
			[10, "wikilink", "Rails Notes", "", null, true, "Rails Notes.md"],
			[10, "wikilink", "Flask framework", "", "Flask", false, "Frameworks/Flask.md"],
		]);
		expect(note.problems).toEqual([]);
	});

	it("reports a heading or block the linked note does not have at the link's line, and still resolves the link", async () => {
		const root = vault({
			...VAULT,
			"Missing.md": ["# Missing", "", "[[Django#Models]] [[Django#^key-fact]] [[#Missing]]", "[[Django#Views]]", "[views](Django.md#Admin)", "[[Django#^nope]] [[#Nowhere]]"].join("\n"),
		});
		const note = await inspect(root, "Missing.md");
		expect(note.links.filter((l) => l.resolved === null)).toEqual([]);
		expect(note.problems).toEqual([
			{ line: 4, message: 'The link to "Django#Views" points nowhere: "Django" has no heading "Views".' },
			{ line: 5, message: 'The link to "Django.md#Admin" points nowhere: "Django" has no heading "Admin".' },
			{ line: 6, message: 'The link to "Django#^nope" points nowhere: "Django" has no block "^nope".' },
			{ line: 6, message: 'The link to "Missing#Nowhere" points nowhere: "Missing" has no heading "Nowhere".' },
		]);
	});

	it("resolves wikilinks exactly as before", async () => {
		const root = vault({ ...VAULT, "Home.md": "[[Django]] [[django]] [[b/Deep]] [[Deep]] [[Flask framework]] [[Nowhere]] [[#Home]]\n" });
		const note = await inspect(root, "Home.md");
		expect(note.links.map((l) => l.resolved)).toEqual(["Django.md", "Django.md", "b/Deep.md", "b/Deep.md", "Frameworks/Flask.md", null, "Home.md"]);
		expect(note.links.every((l) => l.form === "wikilink")).toBe(true);
	});
});

describe("link lines", () => {
	it("puts each markdown link on its own line, past code, autolinks and reference links, and property links on theirs", async () => {
		const root = vault({
			...VAULT,
			"Lines.md": [
				"---",
				'up: "[[Django]]"',
				'related: "[[Django]]"',
				'2024: "[[b/Deep]]"',
				'pair: ["[[Django]]", "[[Rails Notes]]"]',
				"---",
				"See `a](b` and <https://example.com> and [ref][r]",
				"[x](Django.md#Nope)",
				"",
				"[r]: Django.md",
			].join("\n"),
		});
		const note = await inspect(root, "Lines.md");
		expect(note.links.map((l) => [l.line, l.form, l.target, l.subpath])).toEqual([
			[2, "property", "Django", ""],
			[3, "property", "Django", ""],
			[4, "property", "b/Deep", ""],
			[5, "property", "Django", ""],
			[5, "property", "Rails Notes", ""],
			[7, "markdown", "Django.md", ""],
			[8, "markdown", "Django.md", "#Nope"],
		]);
		expect(note.problems).toEqual([{ line: 8, message: 'The link to "Django.md#Nope" points nowhere: "Django" has no heading "Nope".' }]);
	});
});
