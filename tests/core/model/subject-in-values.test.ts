// The subject-in-values rule (src/core/model/evidence/subject-in-values.ts): when every row's
// code names the one thing the note is about (`brew install zoxide`), the rows are ways to get or
// run it, not things compared. Made-up notes.
import { describe, expect, it } from "vitest";
import { analyzeNote, buildNoteModel } from "../../../src/core/model/build-note-model";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const note = (path: string, text: string) => buildNoteModel({ path, text }, NO_VAULT);
const lines = (...rows: string[]) => rows.join("\n");
const fired = (path: string, text: string) => analyzeNote({ path, text }, NO_VAULT).explanation.some((group) => group.rows.evidence.some((e) => e.rule === "subject-in-values"));

describe("rows whose code names the note's subject are roads to it (subject-in-values)", () => {
	it("reads an install table of one tool's README as no comparison of package managers", () => {
		const readme = lines(
			"# tidy",
			"",
			"Install tidy with your package manager:",
			"",
			"| Package manager | Command |",
			"|---|---|",
			"| [Homebrew](https://brew.sh) | `brew install tidy` |",
			"| [Scoop](https://scoop.sh) | `scoop install tidy` |",
			"| [Nix](https://nixos.org) | `nix-env -iA nixpkgs.tidy` |",
			"| [crates.io](https://crates.io) | `cargo install tidy --locked` |",
		);
		expect(fired("tidy.md", readme)).toBe(true);
		expect(note("tidy.md", readme).frameworks).toEqual([]);
	});

	it("leaves package managers compared by how they install an example package alone", () => {
		const managers = lines(
			"# Package managers",
			"",
			"| Package manager | Command |",
			"|---|---|",
			"| npm | `npm install zod` |",
			"| pnpm | `pnpm add zod` |",
			"| Yarn | `yarn add zod` |",
			"| Bun | `bun add zod` |",
		);
		expect(fired("package-managers.md", managers)).toBe(false);
	});

	it("says nothing where the subject is one of the things compared, or is named only in descriptions", () => {
		const versus = lines("# tidy vs neat", "", "| Tool | Install |", "|---|---|", "| tidy | `brew install tidy` |", "| neat | `brew install neat` |", "| clean | `brew install clean` |");
		expect(fired("tidy-vs-neat.md", versus)).toBe(false);
		const libraries = lines(
			"# Rust Excel libraries",
			"",
			"| Library | Description | Capability |",
			"|---|---|---|",
			"| calamine | Fast Excel reader | Read-only |",
			"| rust_xlsxwriter | Excel writer | Write-only |",
			"| umya-spreadsheet | Excel read and write library | Read + Write |",
		);
		expect(fired("rust-excel-libraries.md", libraries)).toBe(false);
	});
});
