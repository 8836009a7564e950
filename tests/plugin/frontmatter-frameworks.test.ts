import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { frontmatterWithFrameworks, yamlScalar } from "../../src/plugin/frontmatter-frameworks";

/** The note after the change. */
function applied(text: string, names: string[]): string {
	const change = frontmatterWithFrameworks(text, names);
	if (!change) return text;
	return text.slice(0, change.from) + change.insert + text.slice(change.to);
}

/** The frontmatter's YAML, parsed as Obsidian would. */
function frontmatterOf(text: string): Record<string, unknown> {
	const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) throw new Error(`no frontmatter in ${JSON.stringify(text)}`);
	return parse(match[1] ?? "") as Record<string, unknown>;
}

describe("frontmatterWithFrameworks", () => {
	it("creates a frontmatter block at the top of a note without one", () => {
		const note = "# JAX vs PyTorch\n\nBody.\n";
		const change = frontmatterWithFrameworks(note, ["JAX", "PyTorch"]);
		expect(change).toEqual({ from: 0, to: 0, insert: "---\nframeworks:\n  - JAX\n  - PyTorch\n---\n" });
		expect(applied(note, ["JAX", "PyTorch"])).toBe("---\nframeworks:\n  - JAX\n  - PyTorch\n---\n# JAX vs PyTorch\n\nBody.\n");
	});

	it("creates the block in an empty note, and after a byte-order mark", () => {
		expect(applied("", ["A", "B"])).toBe("---\nframeworks:\n  - A\n  - B\n---\n");
		expect(applied("\uFEFFText", ["A"])).toBe("\uFEFF---\nframeworks:\n  - A\n---\nText");
	});

	it("adds the key at the end of a block that lacks it, leaving the other keys alone", () => {
		const note = "---\naliases: [JAX Comparison]\ntags:\n  - ml   \n---\n# Title\n";
		expect(applied(note, ["JAX", "PyTorch"])).toBe("---\naliases: [JAX Comparison]\ntags:\n  - ml   \nframeworks:\n  - JAX\n  - PyTorch\n---\n# Title\n");
	});

	it("adds the key to an empty block", () => {
		expect(applied("---\n---\nBody", ["JAX"])).toBe("---\nframeworks:\n  - JAX\n---\nBody");
	});

	it("replaces an inline list, keeping it inline", () => {
		const note = "---\ntitle: x\nframeworks: [JAX, TensorFlow]\nother: 1\n---\n";
		expect(applied(note, ["JAX", "PyTorch"])).toBe("---\ntitle: x\nframeworks: [JAX, PyTorch]\nother: 1\n---\n");
	});

	it("replaces a multi-line list, keeping its indentation and the blank line after it", () => {
		const note = "---\nframeworks:\n    - JAX\n    - TensorFlow\n\nother: 1\n---\nBody\n";
		expect(applied(note, ["PyTorch"])).toBe("---\nframeworks:\n    - PyTorch\n\nother: 1\n---\nBody\n");
		const unindented = "---\nframeworks:\n- JAX\n- TensorFlow\nother: 1\n---\n";
		expect(applied(unindented, ["PyTorch", "JAX"])).toBe("---\nframeworks:\n- PyTorch\n- JAX\nother: 1\n---\n");
	});

	it("replaces a single value and a multi-line flow list", () => {
		expect(applied("---\nframeworks: JAX\n---\n", ["JAX", "PyTorch"])).toBe("---\nframeworks:\n  - JAX\n  - PyTorch\n---\n");
		expect(applied("---\nframeworks: [JAX,\n  PyTorch]\nx: 1\n---\n", ["Flax"])).toBe("---\nframeworks: [Flax]\nx: 1\n---\n");
	});

	it("keeps CRLF line endings", () => {
		const note = "---\r\ntitle: x\r\n---\r\nBody\r\n";
		expect(applied(note, ["JAX", "PyTorch"])).toBe("---\r\ntitle: x\r\nframeworks:\r\n  - JAX\r\n  - PyTorch\r\n---\r\nBody\r\n");
		const listed = "---\r\nframeworks:\r\n  - A\r\n  - B\r\nx: 1\r\n---\r\n";
		expect(applied(listed, ["C"])).toBe("---\r\nframeworks:\r\n  - C\r\nx: 1\r\n---\r\n");
		expect(applied("Body\r\n", ["A"])).toBe("---\r\nframeworks:\r\n  - A\r\n---\r\nBody\r\n");
	});

	it("changes nothing when the list is already written so", () => {
		expect(frontmatterWithFrameworks("---\nframeworks:\n  - JAX\n  - PyTorch\n---\n", ["JAX", "PyTorch"])).toBeNull();
		expect(frontmatterWithFrameworks("---\nframeworks: [JAX, PyTorch]\n---\n", ["JAX", "PyTorch"])).toBeNull();
	});

	it("writes an empty list as []", () => {
		expect(applied("---\nframeworks:\n  - JAX\n---\n", [])).toBe("---\nframeworks: []\n---\n");
	});

	it("does not take a nested or similarly named key for the list", () => {
		const note = "---\nmeta:\n  frameworks: [X]\nframeworks_old: [Y]\n---\n";
		expect(frontmatterOf(applied(note, ["JAX"]))).toEqual({ meta: { frameworks: ["X"] }, frameworks_old: ["Y"], frameworks: ["JAX"] });
	});

	it("quotes names YAML would read differently, so they read back exactly", () => {
		const names = ["C#", "C++", '"quoted"', "a: b", "- dash", "yes", "null", "1.0", "2024-01-01", "[x]", "{y}", "a, b", "trailing ", "#tag", "it's", "Node.js", "@scope/pkg", "*star", "&anchor", "!tag", "%pct", "|", ">", "`tick`", "x #y", "Ünïcödé 名前"];
		for (const style of ["---\n---\n", "---\nframeworks: [old]\n---\n", "---\nframeworks:\n  - old\n---\n"]) {
			expect(frontmatterOf(applied(style, names)).frameworks).toEqual(names);
		}
		expect(yamlScalar("PyTorch")).toBe("PyTorch");
		expect(yamlScalar("Hugging Face")).toBe("Hugging Face");
		expect(yamlScalar("C#")).toBe('"C#"');
		expect(yamlScalar('"quoted"')).toBe('"\\"quoted\\""');
		expect(yamlScalar("a: b")).toBe('"a: b"');
	});

	it("leaves a note whose frontmatter is never closed with a new block above it", () => {
		expect(applied("---\ntitle: x\n", ["A"])).toBe("---\nframeworks:\n  - A\n---\n---\ntitle: x\n");
	});
});
