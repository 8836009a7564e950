import { describe, expect, it } from "vitest";
import { comparisonViewModel, type ComparisonViewFacts, type NoteRef } from "../../src/views/comparison-view-model";

const ref = (path: string): NoteRef => ({ path, name: path.replace(/^.*\//, "").replace(/\.md$/, ""), linktext: path.replace(/^.*\//, "").replace(/\.md$/, "") });

const vault: Record<string, { path: string; aliases: string[] }> = {
	JAX: { path: "Frameworks/JAX.md", aliases: ["Google JAX"] },
	PyTorch: { path: "Frameworks/PyTorch.md", aliases: ["torch"] },
};
const links: Record<string, string[]> = {
	"Frameworks/JAX.md": ["Libraries/Flax.md", "Seed.md", "Welcome.md"],
	"Frameworks/PyTorch.md": [],
};

/** The seed-like note: three frameworks, TensorFlow without a note of its own. */
function facts(over: Partial<ComparisonViewFacts> = {}): ComparisonViewFacts {
	return {
		file: { path: "Seed.md", basename: "Seed", extension: "md" },
		disabled: false,
		note: {
			title: "JAX vs. Other ML Frameworks",
			frameworks: ["JAX", "PyTorch", "TensorFlow"],
			tables: [{ line: 15 }, { line: 80 }],
			charts: [{ line: 42, title: "RESNET-50 Training Performance" }, { line: 60, title: null }],
			headings: [
				{ heading: "JAX vs. Other ML Frameworks", line: 7, endLine: 100 },
				{ heading: "Core Philosophy Comparison", line: 13, endLine: 20 },
				{ heading: "Performance Comparison", line: 40, endLine: 70 },
			],
		},
		noteFor: (name) => {
			const found = vault[name];
			return found ? { note: ref(found.path), aliases: found.aliases } : null;
		},
		backlinksOf: (path) => (links[path] ?? []).map(ref),
		...over,
	};
}

describe("comparisonViewModel", () => {
	it("lists the note's frameworks in its order, each with its note, aliases and the other notes linking to it", () => {
		const model = comparisonViewModel(facts());
		if (model.kind !== "note") throw new Error(model.text);
		expect(model.frameworks).toEqual([
			{ name: "JAX", note: ref("Frameworks/JAX.md"), aliases: ["Google JAX"], backlinks: [ref("Libraries/Flax.md"), ref("Welcome.md")] },
			{ name: "PyTorch", note: ref("Frameworks/PyTorch.md"), aliases: ["torch"], backlinks: [] },
			{ name: "TensorFlow", note: null, aliases: [], backlinks: [] },
		]);
		expect(model.title).toBe("JAX vs. Other ML Frameworks");
	});

	it("names each table and chart by its title, else the innermost heading over it, else its line", () => {
		const model = comparisonViewModel(facts());
		if (model.kind !== "note") throw new Error(model.text);
		expect(model.tables).toEqual([
			{ index: 0, line: 15, label: "Core Philosophy Comparison" },
			{ index: 1, line: 80, label: "JAX vs. Other ML Frameworks" },
		]);
		expect(model.charts).toEqual([
			{ index: 0, line: 42, label: "RESNET-50 Training Performance" },
			{ index: 1, line: 60, label: "Performance Comparison" },
		]);
		const bare = comparisonViewModel(facts({ note: { ...facts().note!, headings: [] } }));
		expect(bare.kind === "note" && [bare.tables[0]?.label, bare.charts[1]?.label]).toEqual(["Table at line 15", "Chart at line 60"]);
	});

	it("does not send a framework named after the note shown back to the note itself", () => {
		const model = comparisonViewModel(facts({ noteFor: (name) => (name === "JAX" ? { note: ref("Seed.md"), aliases: ["Seed alias"] } : null) }));
		expect(model.kind === "note" && model.frameworks[0]).toEqual({ name: "JAX", note: null, aliases: [], backlinks: [] });
	});

	it("says in a sentence why a note compares nothing", () => {
		const text = (over: Partial<ComparisonViewFacts>) => {
			const model = comparisonViewModel(facts(over));
			return model.kind === "message" ? model.text : null;
		};
		expect(text({ file: null, note: null })).toBe("Open a note to see what it compares.");
		expect(text({ file: { path: "paper.pdf", basename: "paper", extension: "pdf" }, note: null })).toBe("paper.pdf is not a Markdown note, so it compares nothing.");
		expect(text({ note: { ...facts().note!, title: "Welcome", frameworks: [] } })).toBe("Welcome compares no frameworks.");
		expect(text({ note: { ...facts().note!, title: "JAX", frameworks: ["JAX"] } })).toBe("JAX compares only JAX: a comparison needs two or more frameworks.");
		expect(text({ disabled: true })).toBe("JAX vs. Other ML Frameworks turns Framework Compare off (framework-compare: false in its properties).");
	});
});
