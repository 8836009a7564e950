import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/vault/vault-index";

const vault = (...paths: (string | [string, string[]])[]) =>
	VaultIndex.build(paths.map((p) => (typeof p === "string" ? { path: p, aliases: [] } : { path: p[0], aliases: p[1] })));

describe("VaultIndex.resolve, in Obsidian's order", () => {
	it("resolves a heading-only link to the source note", () => {
		expect(vault("a/Note.md").resolve("", "a/Note.md")).toBe("a/Note.md");
	});

	it("prefers an exact vault path over a same-named note in the source's folder", () => {
		const index = vault("Note.md", "a/Note.md", "b/Note.md", "a/Source.md");
		expect(index.resolve("Note", "a/Source.md")).toBe("Note.md");
		expect(index.resolve("b/Note", "a/Source.md")).toBe("b/Note.md");
	});

	it("then takes the note in the source's own folder, not one in an ancestor folder", () => {
		const index = vault("x/Note.md", "a/Note.md", "a/b/Source.md", "a/b/Note.md");
		expect(index.resolve("Note", "a/b/Source.md")).toBe("a/b/Note.md");
		expect(index.resolve("Note", "a/Other.md")).toBe("a/Note.md");
	});

	it("then the shortest path among case-insensitive name matches", () => {
		const index = vault("zzzz/Note.md", "a/b/Note.md", "q/Source.md");
		expect(index.resolve("note", "q/Source.md")).toBe("a/b/Note.md");
		expect(index.resolve("NOTE", "q/Source.md")).toBe("a/b/Note.md");
	});

	it("matches trailing folders of a path link, case-insensitively", () => {
		const index = vault("deep/a/b/Note.md", "c/Note.md", "zz/b/Note.md");
		expect(index.resolve("B/note", "Source.md")).toBe("zz/b/Note.md");
		expect(index.resolve("a/b/Note", "Source.md")).toBe("deep/a/b/Note.md");
		expect(index.resolve("ab/Note", "Source.md")).toBeNull();
	});

	it("falls back to aliases, case-insensitively, and a file name wins over an alias", () => {
		const index = vault(["Frameworks/PyTorch.md", ["Torch"]], ["Frameworks/JAX.md", ["PyTorch Alternative", "Torch Lite"]], ["Misc/Torch Lite.md", []]);
		expect(index.resolve("torch", "Home.md")).toBe("Frameworks/PyTorch.md");
		expect(index.resolve("pytorch alternative", "Home.md")).toBe("Frameworks/JAX.md");
		expect(index.resolve("Torch Lite", "Home.md")).toBe("Misc/Torch Lite.md");
		expect(index.resolve("Keras", "Home.md")).toBeNull();
	});

	it("adds .md to targets without an extension and matches attachments by their full name", () => {
		const index = vault("Note.md", "img/chart.png", "papers/paper.pdf", "Release.v2.md");
		expect(index.resolve("Note.md", "Home.md")).toBe("Note.md");
		expect(index.resolve("chart.png", "Home.md")).toBe("img/chart.png");
		expect(index.resolve("chart", "Home.md")).toBeNull();
		expect(index.resolve("paper.pdf", "Home.md")).toBe("papers/paper.pdf");
		expect(index.resolve("Release.v2", "Home.md")).toBe("Release.v2.md");
	});

	it("follows ./ and ../ from the source's folder", () => {
		const index = vault("a/Note.md", "Note.md", "a/b/Source.md");
		expect(index.resolve("../Note", "a/b/Source.md")).toBe("a/Note.md");
		expect(index.resolve("../../../Note", "a/b/Source.md")).toBeNull();
	});
});

describe("VaultIndex and backslashes", () => {
	// Linux and macOS allow "\\" in a file name; Obsidian's paths keep it and only "/" separates folders.
	it("keeps a backslash as part of a file name, so a link never opens a path that does not exist", () => {
		const index = vault("\\evil.md", "a\\b.md", "Home.md");
		expect(index.resolve("evil", "Home.md")).toBeNull();
		expect(index.resolve("\\evil", "Home.md")).toBe("\\evil.md");
		expect(index.resolve("a/b", "Home.md")).toBeNull();
		expect(index.resolve("a\\b", "Home.md")).toBe("a\\b.md");
		expect(index.has("\\evil.md")).toBe(true);
		expect(index.has("evil.md")).toBe(false);
	});

	it("still resolves the real note when one with and one without the backslash exist", () => {
		const index = vault("\\evil.md", "evil.md", "Home.md");
		expect(index.resolve("evil", "Home.md")).toBe("evil.md");
		expect(index.resolve("\\evil", "Home.md")).toBe("\\evil.md");
	});
});

describe("VaultIndex updates", () => {
	it("upsert adds a note and replaces its aliases", () => {
		const index = vault("Home.md");
		index.upsert("Frameworks/JAX.md", ["Google JAX"]);
		expect(index.resolve("JAX", "Home.md")).toBe("Frameworks/JAX.md");
		expect(index.resolve("Google JAX", "Home.md")).toBe("Frameworks/JAX.md");
		index.upsert("Frameworks/JAX.md", ["Autograd successor"]);
		expect(index.resolve("Google JAX", "Home.md")).toBeNull();
		expect(index.resolve("autograd successor", "Home.md")).toBe("Frameworks/JAX.md");
	});

	it("remove forgets the file and its aliases, leaving same-named files", () => {
		const index = vault(["a/Note.md", ["Alpha"]], "bb/Note.md");
		index.remove("a/Note.md");
		expect(index.resolve("Note", "Home.md")).toBe("bb/Note.md");
		expect(index.resolve("Alpha", "Home.md")).toBeNull();
		expect(index.size).toBe(1);
	});

	it("rename moves the file and keeps its aliases", () => {
		const index = vault(["Drafts/Untitled.md", ["Comparison"]]);
		index.rename("Drafts/Untitled.md", "Notes/JAX vs PyTorch.md");
		expect(index.resolve("Untitled", "Home.md")).toBeNull();
		expect(index.resolve("JAX vs PyTorch", "Home.md")).toBe("Notes/JAX vs PyTorch.md");
		expect(index.resolve("comparison", "Home.md")).toBe("Notes/JAX vs PyTorch.md");
	});

	it("keeps the shortest-path order when files arrive one by one", () => {
		const index = vault();
		for (const path of ["zzzz/Note.md", "a/b/Note.md", "Note.md", "c/Note.md"]) index.upsert(path, []);
		expect(index.resolve("Note", "q/Source.md")).toBe("Note.md");
		index.remove("Note.md");
		expect(index.resolve("Note", "q/Source.md")).toBe("c/Note.md");
	});
});

describe("VaultIndex.findNoteByName", () => {
	it("finds notes by file name, then by alias, never attachments", () => {
		const index = vault("Frameworks/PyTorch.md", ["Frameworks/TensorFlow.md", ["TF"]], "img/JAX.png");
		expect(index.findNoteByName("pytorch")).toBe("Frameworks/PyTorch.md");
		expect(index.findNoteByName("tf")).toBe("Frameworks/TensorFlow.md");
		expect(index.findNoteByName("JAX")).toBeNull();
	});
});

describe("VaultIndex at scale", () => {
	// How fast is measured by `npm run bench` (bench/vault-index.bench.ts), not asserted here.
	it("resolves names, aliases and same-named files correctly among 101,000 notes", () => {
		const entries = Array.from({ length: 100_000 }, (_, i) => ({
			path: `area-${i % 97}/topic-${i % 1_000}/Note ${i}.md`,
			aliases: [`alias ${i}`],
		}));
		// Same-named files in many folders are the costly case for a name lookup.
		for (let i = 0; i < 1_000; i++) entries.push({ path: `folder-${i}/README.md`, aliases: [] });

		const index = VaultIndex.build(entries);
		expect(index.resolve("alias 99999", "Home.md")).toBe(`area-${99_999 % 97}/topic-999/Note 99999.md`);
		expect(index.resolve("Note 4242", "Home.md")).toBe(`area-${4242 % 97}/topic-242/Note 4242.md`);
		expect(index.resolve("readme", "folder-7/x.md")).toBe("folder-7/README.md");
	});
});
