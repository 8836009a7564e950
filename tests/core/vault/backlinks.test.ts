import { describe, expect, it } from "vitest";
import { gatherBacklinks } from "../../../src/core";
import { VaultIndex } from "../../../src/core";

const noAliases = () => null;

describe("gatherBacklinks", () => {
	it("lists, per note, the notes Obsidian resolved a link from, sorted, each once", () => {
		const resolved = {
			"Welcome.md": { "Frameworks/JAX.md": 2, "Frameworks/PyTorch.md": 1 },
			"Libraries/Flax.md": { "Frameworks/JAX.md": 1 },
			"Concepts/XLA.md": { "Frameworks/JAX.md": 1, "Frameworks/TensorFlow.md": 3 },
			"Frameworks/PyTorch.md": {},
		};
		const found = gatherBacklinks(["Frameworks/JAX.md", "Frameworks/PyTorch.md", "Frameworks/TensorFlow.md", "Frameworks/Keras.md"], resolved, {}, noAliases);
		expect(Object.fromEntries(found)).toEqual({
			"Frameworks/JAX.md": ["Concepts/XLA.md", "Libraries/Flax.md", "Welcome.md"],
			"Frameworks/PyTorch.md": ["Welcome.md"],
			"Frameworks/TensorFlow.md": ["Concepts/XLA.md"],
			"Frameworks/Keras.md": [],
		});
	});

	it("leaves out a note's links to itself and links counted zero times", () => {
		const resolved = { "Frameworks/JAX.md": { "Frameworks/JAX.md": 4 }, "Welcome.md": { "Frameworks/JAX.md": 0 } };
		expect(gatherBacklinks(["Frameworks/JAX.md"], resolved, {}, noAliases).get("Frameworks/JAX.md")).toEqual([]);
	});

	it("adds the links Obsidian left unresolved that reach the note through an alias, subpath or not", () => {
		const index = VaultIndex.build([
			{ path: "Frameworks/JAX.md", aliases: ["Google JAX"] },
			{ path: "Welcome.md", aliases: [] },
			{ path: "Notes/Reading list.md", aliases: [] },
		]);
		const unresolved = {
			"Welcome.md": { "Google JAX": 1, "Nowhere": 1 },
			"Notes/Reading list.md": { "google jax#Transformations": 1 },
			"Frameworks/JAX.md": { "Google JAX": 1 },
		};
		const found = gatherBacklinks(["Frameworks/JAX.md"], {}, unresolved, (linktext, source) => index.resolve(linktext, source));
		expect(found.get("Frameworks/JAX.md")).toEqual(["Notes/Reading list.md", "Welcome.md"]);
	});

	it("counts a note that links both ways once", () => {
		const index = VaultIndex.build([{ path: "Frameworks/TensorFlow.md", aliases: ["TF"] }, { path: "Welcome.md", aliases: [] }]);
		const found = gatherBacklinks(["Frameworks/TensorFlow.md"], { "Welcome.md": { "Frameworks/TensorFlow.md": 1 } }, { "Welcome.md": { TF: 2 } }, (t, s) => index.resolve(t, s));
		expect(found.get("Frameworks/TensorFlow.md")).toEqual(["Welcome.md"]);
	});
});
