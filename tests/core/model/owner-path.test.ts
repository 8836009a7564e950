// A model or repository named under its owner (`deepvk/USER-bge-m3`, `cointegrated/LaBSE-en-ru`,
// src/core/model/evidence/names.ts: ownerPathAt) is one name, though a capital follows the slash; two
// names set side by side with a slash (`JAX/Flax`, `vim/Neovim`) stay two. Made-up notes.
import { describe, expect, it } from "vitest";
import { buildNoteModel } from "../../../src/core/model/build-note-model";
import { headOf } from "../../../src/core/model/evidence/names";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";

const lines = (...rows: string[]) => rows.join("\n");

describe("a name under its owner (owner paths)", () => {
	it("keeps each of an owner's models apart in a leaderboard, not one toggle for the owner", () => {
		const text = lines(
			"# Russian sentence encoders",
			"",
			"| model | CPU | GPU | Mean S |",
			"|---|---|---|---|",
			"| deepvk/USER-bge-m3 | 523.4 | 22.5 | 0.799 |",
			"| BAAI/bge-m3 | 523.4 | 22.5 | 0.787 |",
			"| deepvk/USER-base | 40.1 | 5.2 | 0.74 |",
			"| cointegrated/rubert-tiny2 | 5.1 | 3.2 | 0.70 |",
			"| cointegrated/LaBSE-en-ru | 120.3 | 8.1 | 0.71 |",
			"| sentence-transformers/LaBSE | 130.0 | 8.5 | 0.70 |",
		);
		const frameworks = buildNoteModel({ path: "note.md", text }, NO_VAULT).frameworks;
		expect(frameworks).toContain("deepvk/USER-bge-m3");
		expect(frameworks).toContain("deepvk/USER-base");
		expect(frameworks).toContain("cointegrated/LaBSE-en-ru");
		expect(frameworks).not.toContain("deepvk");
		expect(frameworks).not.toContain("cointegrated");
	});

	it("reads the head of an owner path as the whole path, and two names joined by a slash as the first", () => {
		expect(headOf("deepvk/USER-bge-m3")).toBe("deepvk/USER-bge-m3");
		expect(headOf("sentence-transformers/LaBSE")).toBe("sentence-transformers/LaBSE");
		expect(headOf("JAX/Flax")).toBe("JAX");
		expect(headOf("vim/Neovim")).toBe("vim");
		expect(headOf("Disconf / Qconf")).toBe("Disconf");
	});
});
