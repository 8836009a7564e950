// The command line on notes that are awkward to find or to read: an unclosed
// frontmatter block, a missing note among several, file names that start with
// two dots or hold a backslash.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Note } from "../../src/core";
import { runCli } from "./run-cli";

const made: string[] = [];
afterAll(() => {
	for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

function scratch(): string {
	const folder = mkdtempSync(join(tmpdir(), "fc-cli-edge-"));
	made.push(folder);
	return folder;
}

/** A vault (a folder with `.obsidian/`) holding the given files. */
function makeVault(files: Record<string, string>): string {
	const root = scratch();
	mkdirSync(join(root, ".obsidian"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

async function inspectOne(file: string): Promise<Note> {
	const { code, out, err } = await runCli(["inspect", file]);
	expect({ code, err }).toEqual({ code: 0, err: "" });
	return JSON.parse(out) as Note;
}

describe("an unclosed frontmatter block", () => {
	const vault = makeVault({
		"Open.md": "---\naliases: [Ghost]\nframeworks: [Alpha, Beta]\n\n# Open ended\n\nSee [[Target]].\n",
		"Target.md": "# Target\n",
		"Home.md": "Try [[Ghost]].\n",
	});

	it("is a problem at line 1, and the note is read as body text, as Obsidian reads it", async () => {
		const note = await inspectOne(join(vault, "Open.md"));
		expect(note.problems).toEqual([{ line: 1, message: expect.stringContaining("no later --- line closes it") as string }]);
		expect(note.aliases).toEqual([]);
		expect(note.title).toBe("Open ended");
		expect(note.links).toEqual([expect.objectContaining({ line: 7, target: "Target", resolved: "Target.md" })]);
	});

	it("gives the note no aliases for other notes' links either", async () => {
		const home = await inspectOne(join(vault, "Home.md"));
		expect(home.links.map((link) => link.resolved)).toEqual([null]);
	});
});

describe("several notes, some missing", () => {
	const vault = makeVault({ "One.md": "# One\n", "Two.md": "# Two\n\n[[One]]\n" });

	it("prints the ones that were read, in argument order, reports each missing one on stderr, and exits 1", async () => {
		const { code, out, err } = await runCli(["inspect", join(vault, "One.md"), join(vault, "Gone.md"), join(vault, "Two.md"), join(vault, "Lost.md")]);
		expect(code).toBe(1);
		const notes = JSON.parse(out) as Note[];
		expect(notes.map((note) => [note.path, note.title])).toEqual([
			["One.md", "One"],
			["Two.md", "Two"],
		]);
		expect(notes[1]?.links.map((link) => link.resolved)).toEqual(["One.md"]);
		const lines = err.split("\n");
		expect(lines).toEqual([
			expect.stringMatching(/^framework-compare: cannot read note .*Gone\.md: no such file$/) as string,
			expect.stringMatching(/^framework-compare: cannot read note .*Lost\.md: no such file$/) as string,
			"",
		]);
	});

	it("keeps the array shape even when only one of several notes was read", async () => {
		const { code, out } = await runCli(["inspect", join(vault, "Gone.md"), join(vault, "Two.md")]);
		expect(code).toBe(1);
		expect((JSON.parse(out) as Note[]).map((note) => note.path)).toEqual(["Two.md"]);
	});

	it("prints the notes inside --vault and reports the one outside it", async () => {
		const elsewhere = makeVault({ "Far.md": "# Far\n" });
		const { code, out, err } = await runCli(["inspect", join(vault, "One.md"), join(elsewhere, "Far.md"), "--vault", vault]);
		expect(code).toBe(1);
		expect((JSON.parse(out) as Note[]).map((note) => note.path)).toEqual(["One.md"]);
		expect(err).toMatch(/^framework-compare: note .*Far\.md is not inside the vault .*\n$/);
	});

	it("prints nothing when no note could be read", async () => {
		const { code, out, err } = await runCli(["inspect", join(vault, "Gone.md"), join(vault, "Lost.md")]);
		expect({ code, out }).toEqual({ code: 1, out: "" });
		expect(err.trim().split("\n")).toHaveLength(2);
	});
});

describe("file names", () => {
	it("accepts a note whose name only starts with two dots: it is inside the vault", async () => {
		const vault = makeVault({ "v/..dotdot note.md": "# Dots\n\n[[Target]]\n", "Target.md": "# Target\n" });
		const note = await inspectOne(join(vault, "v", "..dotdot note.md"));
		expect(note.path).toBe("v/..dotdot note.md");
		expect(note.title).toBe("Dots");
		expect(note.links.map((link) => link.resolved)).toEqual(["Target.md"]);

		const top = makeVault({ "..dotdot note.md": "# Top\n" });
		expect((await inspectOne(join(top, "..dotdot note.md"))).path).toBe("..dotdot note.md");
	});

	it("still refuses a note that a real .. segment puts outside the vault", async () => {
		const parent = scratch();
		const vault = join(parent, "v");
		mkdirSync(join(vault, ".obsidian"), { recursive: true });
		writeFileSync(join(parent, "outside.md"), "# Outside\n");
		const { code, out, err } = await runCli(["inspect", join(vault, "..", "outside.md"), "--vault", vault]);
		expect({ code, out }).toEqual({ code: 1, out: "" });
		expect(err).toContain("is not inside the vault");
	});

	it("reports a file named \\evil.md by its real name, and [[evil]] does not open a path that does not exist", async () => {
		const vault = makeVault({ "\\evil.md": "# Evil\n", "Home.md": "[[evil]] and [[\\evil]] and ![[\\evil.md]]\n" });
		const evil = await inspectOne(join(vault, "\\evil.md"));
		expect(evil.path).toBe("\\evil.md");

		const home = await inspectOne(join(vault, "Home.md"));
		expect(home.links.map((link) => [link.target, link.resolved])).toEqual([
			["evil", null],
			["\\evil", "\\evil.md"],
			["\\evil.md", "\\evil.md"],
		]);
		for (const link of home.links) if (link.resolved !== null) expect(existsSync(join(vault, link.resolved))).toBe(true);
	});
});
