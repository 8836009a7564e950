import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFrontmatter, unclosedFrontmatter } from "../../../src/core/frontmatter/frontmatter-block";
import { parseFrontmatter } from "../../../src/core/frontmatter/parse-frontmatter";
import { readFrontmatter } from "../../../src/core/frontmatter/read-frontmatter";

describe("parseFrontmatter", () => {
	it("reads aliases as a list, a single string, or Obsidian's older comma-separated string", () => {
		const list = parseFrontmatter({ aliases: ["JAX Comparison", "JAX vs PyTorch vs TensorFlow"] });
		const single = parseFrontmatter({ aliases: "Database Comparison" });
		const commas = parseFrontmatter({ aliases: "DB compare, SQL engines" });
		expect(list.ok && list.value.aliases).toEqual(["JAX Comparison", "JAX vs PyTorch vs TensorFlow"]);
		expect(single.ok && single.value.aliases).toEqual(["Database Comparison"]);
		expect(commas.ok && commas.value.aliases).toEqual(["DB compare", "SQL engines"]);
	});

	it("merges `alias` into `aliases`, without repeats, and reads an empty value as none", () => {
		const both = parseFrontmatter({ aliases: ["TF"], alias: "TF, TensorFlow 2" });
		const empty = parseFrontmatter({ aliases: null });
		expect(both.ok && both.value.aliases).toEqual(["TF", "TensorFlow 2"]);
		expect(empty.ok && empty.value.aliases).toEqual([]);
	});

	it("drops empty and unreadable entries of frameworks with a problem, and keeps the names", () => {
		const result = parseFrontmatter({ frameworks: ["", "JAX", null, { nested: 1 }, "PyTorch", 3, "\u200b", "** **"] });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.partial.frameworks).toEqual(["JAX", "PyTorch", "3"]);
		expect(result.issues).toEqual([{ key: "frameworks", message: '"frameworks" has 5 entries that are empty or not a name; the other names are used.' }]);
	});

	it("reads frameworks, tags and the plugin switch, and passes unknown keys through", () => {
		const result = parseFrontmatter({ frameworks: ["JAX", "PyTorch"], tags: "#ml comparison", "framework-compare": false, status: "draft" });
		expect(result).toEqual({
			ok: true,
			value: {
				aliases: [],
				frameworks: ["JAX", "PyTorch"],
				tags: ["ml", "comparison"],
				enabled: false,
				properties: { frameworks: ["JAX", "PyTorch"], tags: "#ml comparison", "framework-compare": false, status: "draft" },
			},
		});
	});

	it("explains a wrong type in words and keeps the keys that are right", () => {
		const result = parseFrontmatter({ aliases: ["Kept"], frameworks: { JAX: 1 } });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual([
			{ key: "frameworks", message: '"frameworks" should be a list of names, like `frameworks: [JAX, PyTorch, TensorFlow]`, but it is a group of nested properties.' },
		]);
		expect(result.partial.aliases).toEqual(["Kept"]);
		expect(result.partial.frameworks).toBeNull();
	});

	it("reads a number as a name, but not YAML's .nan or .inf, which name nothing", () => {
		const numbers = parseFrontmatter({ aliases: [2024, 1.5], tags: 3 });
		expect(numbers.ok && [numbers.value.aliases, numbers.value.tags]).toEqual([["2024", "1.5"], ["3"]]);
		const result = parseFrontmatter({ aliases: Number.NaN, tags: ["ml", Number.POSITIVE_INFINITY], alias: "Kept" });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((issue) => issue.key)).toEqual(["aliases", "tags"]);
		expect(result.issues[0]?.message).toContain("but it is the number NaN");
		expect([result.partial.aliases, result.partial.tags]).toEqual([["Kept"], []]);
	});

	it("never throws, on any value", () => {
		fc.assert(
			fc.property(fc.anything(), fc.anything(), (whole, value) => {
				expect(typeof parseFrontmatter(whole).ok).toBe("boolean");
				expect(typeof parseFrontmatter({ aliases: value, frameworks: value, tags: value }).ok).toBe("boolean");
			}),
		);
	});
});

describe("readFrontmatter", () => {
	const text = "---\ntitle: x\nframeworks: 3\n---\n# Note\n";

	it("points a wrong type at the line of its key", () => {
		const { problems } = readFrontmatter({ data: { title: "x", frameworks: 3 } }, findFrontmatter(text));
		expect(problems).toEqual([{ line: 3, message: expect.stringContaining("the number 3") as string }]);
	});

	it("turns a YAML error into a problem on its line", () => {
		const { frontmatter, problems } = readFrontmatter({ error: { line: 2, message: "Nested mappings are not allowed in compact mappings" } }, findFrontmatter(text));
		expect(frontmatter.aliases).toEqual([]);
		expect(problems).toEqual([
			{ line: 2, message: "The frontmatter is not valid YAML (Nested mappings are not allowed in compact mappings), so this note's aliases and frameworks are ignored." },
		]);
	});

	it("finds the block in CRLF text and not in text without a closing fence", () => {
		expect(findFrontmatter("---\r\naliases: a\r\n---\r\nbody")).toEqual({ yaml: "aliases: a", startLine: 1, endLine: 3 });
		expect(findFrontmatter("---\naliases: a\nbody")).toBeNull();
	});
});

describe("unclosedFrontmatter", () => {
	it("reports a first-line fence that nothing closes, at line 1", () => {
		for (const text of ["---\naliases: a\n# Body\n", "\uFEFF---\r\naliases: a\r\n", "---", "--- \n\n"]) {
			expect(unclosedFrontmatter(text), JSON.stringify(text)).toEqual([{ line: 1, message: expect.stringContaining("no later --- line closes it") as string }]);
		}
	});

	it("says nothing of a closed block, of a note without one, or of a --- further down", () => {
		for (const text of ["---\naliases: a\n---\nbody", "---\n---\n", "# Title\n\n---\n", "", "----\nbody", " ---\nbody"]) {
			expect(unclosedFrontmatter(text), JSON.stringify(text)).toEqual([]);
		}
	});
});
