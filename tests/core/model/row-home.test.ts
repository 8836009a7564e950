// The row-home rule (src/core/model/evidence/row-home.ts): a row whose values hold the address
// of a site or repository named as the row is named is a thing with a home of its own, as a name
// linked in place is. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const homed = (text: string) =>
	analyzeNote({ path: "note.md", text }, NO_VAULT)
		.explanation.flatMap((group) => group.rows.names)
		.filter((name) => name.evidence.some((e) => e.rule === "row-home"))
		.map((name) => name.label);

describe("a row linking to a home named as it is has a home of its own (row-home)", () => {
	it("takes a list of names with their repositories in a column of their own as rows compared", () => {
		const list = lines(
			"# Static site generators",
			"",
			"| Name | Description | Link |",
			"|---|---|---|",
			"| Hugo | Fast builds from Go templates, one binary to install. | https://github.com/gohugoio/hugo |",
			"| Eleventy (11ty) | A simpler generator that works with many template languages. | https://github.com/11ty/eleventy |",
			"| Zola | One binary with Sass, search and syntax highlighting built in. | https://github.com/getzola/zola |",
			"| Astro | Components from any framework, shipped as static pages. | https://astro.build |",
		);
		expect(homed(list)).toEqual(["Hugo", "Eleventy (11ty)", "Zola", "Astro"]);
		expect(note(list).frameworks).toEqual(["Hugo", "Eleventy", "Zola", "Astro"]);
	});

	it("does not count a link to an article about the row, or a name linked in place, as a home", () => {
		const reading = lines(
			"# Architecture reading",
			"",
			"| Company | Article |",
			"|---|---|",
			"| Dropbox | https://dropbox.tech/infrastructure/magic-pocket |",
			"| Shopify | https://shopify.engineering/deconstructing-monolith |",
			"| Figma | https://www.figma.com/blog/how-figmas-multiplayer-technology-works |",
		);
		expect(homed(reading)).toEqual([]);
		const linked = lines("# Editors", "", "| Editor | Site |", "|---|---|", "| [Helix](https://helix-editor.com) | https://helix-editor.com |", "| [Zed](https://zed.dev) | https://zed.dev |", "| [Kakoune](https://kakoune.org) | https://kakoune.org |");
		expect(homed(linked)).toEqual([]);
	});
});
