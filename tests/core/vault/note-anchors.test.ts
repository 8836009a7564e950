import { describe, expect, it } from "vitest";
import { hasAnchor, noteAnchors } from "../../../src/core/vault/note-anchors";

describe("noteAnchors", () => {
	it("reads headings and block ids, and nothing inside a fence", () => {
		const text = ["# Title ##", "## Setup: first steps", "Fact one. ^fact-1", "```", "# not a heading", "code ^not-a-block", "```", "####### too deep", "#hashtag", "Text^glued"].join("\n");
		expect(noteAnchors(text)).toEqual({ headings: ["Title", "Setup: first steps"], blocks: ["fact-1"] });
	});

	it("reads setext headings and a block id alone on its line, and no heading in the frontmatter", () => {
		const text = ["---", "tags: x", "---", "Setext title", "============", "", "| a |", "|---|", "| 1 |", "", "^table-id"].join("\n");
		expect(noteAnchors(text)).toEqual({ headings: ["Setext title"], blocks: ["table-id"] });
	});

	it("matches a subpath as Obsidian writes it: case and punctuation aside, the last part of a nested one", () => {
		const anchors = noteAnchors("# Rails\n## Setup: first steps\nA. ^key\n");
		expect(hasAnchor(anchors, "#setup first steps")).toBe(true);
		expect(hasAnchor(anchors, "#Rails#Setup: first steps")).toBe(true);
		expect(hasAnchor(anchors, "#^key")).toBe(true);
		expect(hasAnchor(anchors, "#^KEY")).toBe(true);
		expect(hasAnchor(anchors, "#Teardown")).toBe(false);
		expect(hasAnchor(anchors, "")).toBe(true);
	});

	it("stays linear: a heading line of 100,000 spaces and hashes is read at once", () => {
		const started = performance.now();
		const line = `#${" ".repeat(100_000)}x${" ".repeat(100_000)}${"#".repeat(50_000)}`;
		expect(noteAnchors(line).headings).toEqual(["x"]);
		// Not a timing test: a quadratic step would take minutes here, so finishing at all is the check.
		expect(performance.now() - started).toBeLessThan(20_000);
	});
});
