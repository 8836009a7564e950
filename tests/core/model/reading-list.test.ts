// The reading-list rule (src/core/model/evidence/reading-list.ts): one column of values linking
// each row to a page titled in words is a list of things to read, not a comparison. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (text: string) => buildNoteModel({ path: "note.md", text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (text: string) => analyzeNote({ path: "note.md", text }, NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "reading-list"));

describe("one column of titled links is a reading list (reading-list)", () => {
	it("reads companies beside an article each as no comparison", () => {
		const reading = lines(
			"# Engineering blogs",
			"",
			"| Company | Article |",
			"|---|---|",
			"| [Dropbox](https://dropbox.com) | [How we scaled our metadata store](https://dropbox.tech/a) |",
			"| [Shopify](https://shopify.com) | [Deconstructing the monolith](https://shopify.engineering/b) |",
			"| [Figma](https://figma.com) | [How multiplayer works](https://figma.com/blog/c) |",
			"| [Discord](https://discord.com) | [How we store billions of messages](https://discord.com/blog/d) |",
		);
		expect(fired(reading)).toBe(true);
		expect(note(reading).frameworks).toEqual([]);
	});

	it("leaves figures linked to their reports, and names beside their bare homes, alone", () => {
		const bench = lines("# Validators", "", "| Validator | Failing tests |", "|---|---|", "| ajv | [0](reports/ajv.md) |", "| zod | [12](reports/zod.md) |", "| joi | [31](reports/joi.md) |");
		expect(fired(bench)).toBe(false);
		const homes = lines("# Frameworks", "", "| Name | Link |", "|---|---|", "| Hugo | https://github.com/gohugoio/hugo |", "| Zola | https://github.com/getzola/zola |", "| Jekyll | https://github.com/jekyll/jekyll |");
		expect(fired(homes)).toBe(false);
	});

	it("leaves a table with other values beside the links alone", () => {
		const list = lines(
			"# Databases",
			"",
			"| Database | Licence | Docs |",
			"|---|---|---|",
			"| PostgreSQL | PostgreSQL | [Getting started guide](https://postgresql.org/docs) |",
			"| MariaDB | GPL | [Getting started guide](https://mariadb.com/kb) |",
			"| SQLite | Public domain | [Getting started guide](https://sqlite.org/docs.html) |",
		);
		expect(fired(list)).toBe(false);
	});
});
