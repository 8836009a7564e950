import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeNote } from "../../../src/core/model/build-note-model";
import { groupKeys, namedFrameworks } from "../../../src/core/model/framework-groups";
import { NO_VAULT } from "../../../src/core/vault/link-resolver";
import { GROWTH_BOUND, growth } from "../../growth";

const SEED = readFileSync(join(__dirname, "../../../example-vault/JAX vs. Other ML Frameworks.md"), "utf8");
const THREE = ["JAX", "PyTorch", "TensorFlow"];

/** The groups of a note whose frontmatter declares the frameworks compared. */
function groupsOf(body: string, frameworks: readonly string[] = THREE) {
	const text = `---\nframeworks: [${frameworks.join(", ")}]\n---\n${body}`;
	return analyzeNote({ path: "Note.md", text, frontmatter: { data: { frameworks } } }, NO_VAULT).groups;
}

/** What a reader would name each group by: kind, then each item's label and frameworks. */
function summary(groups: ReturnType<typeof groupsOf>) {
	return groups.map((group) => ({ kind: group.kind, items: group.items.map((item) => `${item.label}: ${item.frameworks.join(", ")}`) }));
}

describe("the seed's per-framework groups", () => {
	const analysis = analyzeNote({ path: "JAX vs. Other ML Frameworks.md", text: SEED }, NO_VAULT);
	const lines = SEED.split("\n");
	const lineOf = (text: string) => lines.indexOf(text) + 1;

	it("finds the code samples of Computing Gradients, Strengths and Weaknesses and the migration notes, in order", () => {
		expect(summary(analysis.groups)).toEqual([
			{ kind: "code", items: ["JAX: JAX", "PyTorch: PyTorch", "TensorFlow: TensorFlow"] },
			{ kind: "sections", items: ["JAX: JAX", "PyTorch: PyTorch", "TensorFlow: TensorFlow"] },
			{ kind: "sections", items: ["PyTorch → JAX: PyTorch, JAX", "TensorFlow → JAX: TensorFlow, JAX"] },
		]);
	});

	it("gives each sample its label and fence lines and its code as written", () => {
		const [code] = analysis.groups;
		expect(code?.line).toBe(lineOf("**JAX**:"));
		const jax = code?.items[0];
		expect(jax?.bodyLine).toBe(lineOf("**JAX**:") + 1);
		expect(jax?.language).toBe("python");
		expect(jax?.code).toContain("grad_fn = jax.grad(loss_fn)\n");
		expect(jax?.code?.startsWith("import jax\n")).toBe(true);
		const tensorflow = code?.items[2];
		expect(tensorflow?.endLine).toBe(lineOf("## Ecosystem Comparison") - 2);
		expect(code?.endLine).toBe(tensorflow?.endLine);
	});

	it("gives each section the lines up to the next heading of its level or higher", () => {
		const sections = analysis.groups[1];
		expect(sections?.line).toBe(lineOf("### JAX"));
		expect(sections?.items.map((item) => [item.line, item.bodyLine, item.endLine])).toEqual([
			[lineOf("### JAX"), lineOf("### JAX") + 1, lineOf("### PyTorch") - 1],
			[lineOf("### PyTorch"), lineOf("### PyTorch") + 1, lineOf("### TensorFlow") - 1],
			[lineOf("### TensorFlow"), lineOf("### TensorFlow") + 1, lineOf("## Use Case Recommendations") - 1],
		]);
		expect(sections?.endLine).toBe(lineOf("## Use Case Recommendations") - 1);
	});

	it("keys each group by its kind and labels", () => {
		expect(groupKeys(analysis.groups)).toEqual(["code:JAX|PyTorch|TensorFlow", "sections:JAX|PyTorch|TensorFlow", "sections:PyTorch → JAX|TensorFlow → JAX"]);
	});
});

describe("other shapes of per-framework sections", () => {
	it("reads ## headings as well as ###, and a group ends at a heading of its level that names no framework", () => {
		const groups = groupsOf("# Title\n\n## JAX\n\nPure.\n\n## PyTorch\n\nEager.\n\n## Verdict\n\nBoth.\n");
		expect(summary(groups)).toEqual([{ kind: "sections", items: ["JAX: JAX", "PyTorch: PyTorch"] }]);
		// Frontmatter takes lines 1-3: "## Verdict" is line 14.
		expect(groups[0]?.endLine).toBe(13);
	});

	it("takes headings with a qualifier or a version for their framework", () => {
		const groups = groupsOf("## JAX (Google)\n\nA.\n\n## PyTorch 2.1\n\nB.\n\n## TensorFlow: the old guard\n\nC.\n");
		expect(summary(groups)).toEqual([{ kind: "sections", items: ["JAX (Google): JAX", "PyTorch 2.1: PyTorch", "TensorFlow: the old guard: TensorFlow"] }]);
	});

	it("makes a group of two of the three frameworks, and none of one", () => {
		expect(summary(groupsOf("## JAX\n\nA.\n\n## TensorFlow\n\nC.\n"))).toEqual([{ kind: "sections", items: ["JAX: JAX", "TensorFlow: TensorFlow"] }]);
		expect(groupsOf("## JAX\n\nA.\n\n## Other\n\nC.\n")).toEqual([]);
		expect(groupsOf("## JAX\n\nA.\n\n## JAX\n\nAgain.\n")).toEqual([]);
	});

	it("breaks the run at a heading that is not a framework, and starts again after it", () => {
		const groups = groupsOf("## JAX\n\nA.\n\n## PyTorch\n\nB.\n\n## JAX's features\n\nF.\n\n## PyTorch\n\nB2.\n\n## TensorFlow\n\nC.\n");
		expect(summary(groups)).toEqual([
			{ kind: "sections", items: ["JAX: JAX", "PyTorch: PyTorch"] },
			{ kind: "sections", items: ["PyTorch: PyTorch", "TensorFlow: TensorFlow"] },
		]);
	});

	it("keeps deeper headings inside a framework's section", () => {
		const groups = groupsOf("## JAX\n\n### Strengths\n\nFast.\n\n## PyTorch\n\n### Strengths\n\nEasy.\n");
		expect(groups[0]?.items.map((item) => [item.line, item.endLine])).toEqual([
			[4, 9],
			// The last section runs to the note's end, its empty last line included.
			[10, 15],
		]);
	});

	it("is not fooled by a name that only starts a heading, or by frameworks the note does not compare", () => {
		expect(groupsOf("## JAX's Unique Features\n\nA.\n\n## PyTorch's Unique Features\n\nB.\n")).toEqual([]);
		expect(groupsOf("## JAX\n\nA.\n\n## PyTorch\n\nB.\n", ["JAX"])).toEqual([]);
	});
});

describe("runs of code samples", () => {
	const fence = (code: string) => "```python\n" + code + "\n```\n";

	it("takes **Name**:, Name: and a plain **Name** as a sample's label", () => {
		const groups = groupsOf(`**JAX**:\n${fence("jax.grad(f)")}\nPyTorch:\n${fence("loss.backward()")}\n**TensorFlow**\n${fence("tape.gradient()")}`);
		expect(summary(groups)).toEqual([{ kind: "code", items: ["JAX: JAX", "PyTorch: PyTorch", "TensorFlow: TensorFlow"] }]);
		expect(groups[0]?.items.map((item) => item.code)).toEqual(["jax.grad(f)\n", "loss.backward()\n", "tape.gradient()\n"]);
	});

	it("takes a heading per sample with nothing but the sample under it", () => {
		const groups = groupsOf(`### Gradients\n\n#### JAX\n\n${fence("jax.grad(f)")}\n#### PyTorch\n\n${fence("loss.backward()")}`);
		expect(summary(groups)).toEqual([{ kind: "code", items: ["JAX: JAX", "PyTorch: PyTorch"] }]);
		// The fence under "#### PyTorch" (line 12) opens on line 14.
		expect(groups[0]?.items[1]?.bodyLine).toBe(14);
	});

	it("keeps sections with prose as sections, and ends a run at a paragraph between samples", () => {
		expect(groupsOf(`#### JAX\n\nWhy:\n\n${fence("a")}\n#### PyTorch\n\n${fence("b")}`)[0]?.kind).toBe("sections");
		expect(groupsOf(`JAX:\n${fence("a")}\nAnd then:\n\nPyTorch:\n${fence("b")}`)).toEqual([]);
		expect(groupsOf(`JAX is fast:\n${fence("a")}\nPyTorch is easy:\n${fence("b")}`)).toEqual([]);
	});

	it("finds the two samples of a run that mentions two of three frameworks", () => {
		expect(summary(groupsOf(`Intro.\n\n**PyTorch**:\n${fence("b")}\n**JAX**:\n${fence("a")}\nAfter.\n`))).toEqual([{ kind: "code", items: ["PyTorch: PyTorch", "JAX: JAX"] }]);
	});
});

describe("namedFrameworks", () => {
	const lookup = new Map([
		["jax", "JAX"],
		["pytorch", "PyTorch"],
		["tensorflow", "TensorFlow"],
	]);

	it("names every framework a heading joins with an arrow or a list, the one it starts with first", () => {
		expect(namedFrameworks("PyTorch → JAX", lookup)).toEqual(["PyTorch", "JAX"]);
		expect(namedFrameworks("TensorFlow -> JAX", lookup)).toEqual(["TensorFlow", "JAX"]);
		expect(namedFrameworks("JAX, PyTorch", lookup)).toEqual(["JAX", "PyTorch"]);
		expect(namedFrameworks("JAX (Google)", lookup)).toEqual(["JAX"]);
		expect(namedFrameworks("Comparing JAX", lookup)).toEqual([]);
	});

	it("reads a long heading in linear time", () => {
		const long = (run: string) => run + "x";
		expect(namedFrameworks(long("JAX → ".repeat(20_000)), lookup)).toEqual(["JAX"]);
		expect(growth((heading) => namedFrameworks(heading, lookup), long, "JAX → ", 5_000).ratio).toBeLessThanOrEqual(GROWTH_BOUND);
	});
});

describe("what stays in the note's flow", () => {
	it("keeps sections holding a comparison table in the flow, where the table's view follows the toggles", () => {
		const body = [
			"## JAX",
			"",
			"| Framework | Speed |",
			"| --- | --- |",
			"| JAX | 10 |",
			"| PyTorch | 8 |",
			"",
			"## PyTorch",
			"",
			"Eager by default.",
			"",
		].join("\n");
		expect(summary(groupsOf(body))).toEqual([]);
		// The same sections without the table are side by side.
		expect(summary(groupsOf(body.replace(/\| [^\n]*\n/g, "")))).toEqual([{ kind: "sections", items: ["JAX: JAX", "PyTorch: PyTorch"] }]);
	});

	it("finds the samples under a framework heading that makes no group of sections", () => {
		const body = ["## PyTorch → JAX", "", "**PyTorch**:", "```python", "loss.backward()", "```", "**JAX**:", "```python", "jax.grad(loss)(x)", "```", ""].join("\n");
		expect(summary(groupsOf(body))).toEqual([{ kind: "code", items: ["PyTorch: PyTorch", "JAX: JAX"] }]);
		expect(summary(groupsOf(body.replace("## PyTorch → JAX", "## JAX")))).toEqual([{ kind: "code", items: ["PyTorch: PyTorch", "JAX: JAX"] }]);
	});
});
