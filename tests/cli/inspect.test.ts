import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Note } from "../../src/core";
import { runCli } from "./run-cli";

const fixtures = join(__dirname, "..", "fixtures");
const mlVault = join(fixtures, "vaults", "ml");
const seed = join(mlVault, "JAX vs. Other ML Frameworks.md");

describe("framework-compare inspect", () => {
	it("prints the seed note's model exactly as approved", async () => {
		const { code, out, err } = await runCli(["inspect", seed]);
		expect({ code, err }).toEqual({ code: 0, err: "" });
		expect(out).toBe(readFileSync(join(fixtures, "golden", "ml-seed.expected.json"), "utf8"));
	});

	it("gives the seed's aliases, frameworks, resolved link, three tables and its chart", async () => {
		const note = JSON.parse((await runCli(["inspect", seed])).out) as Note;
		expect(note.aliases).toEqual(["JAX Comparison", "JAX vs PyTorch vs TensorFlow"]);
		expect(note.frameworks).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		expect(note.links).toEqual([{ line: 11, target: "JAX", subpath: "", display: null, embed: false, form: "wikilink", resolved: "JAX.md" }]);
		expect(note.tables).toHaveLength(3);
		expect(note.tables.map((table) => table.frameworkAxis)).toEqual(["rows", "rows", "none"]);
		expect(note.charts).toHaveLength(1);
		const [chart] = note.charts;
		expect(chart).toMatchObject({
			title: "RESNET-50 Training Performance",
			unit: "images/sec",
			better: "higher",
			columnLabels: ["NVIDIA V100", "NVIDIA A100", "TPU v4-8"],
			rowLabels: ["JAX/Flax", "PyTorch", "TensorFlow"],
			frameworks: ["JAX", "PyTorch", "TensorFlow"],
		});
		expect(chart?.values[1]?.[2]).toBeNull();
		expect(note.problems).toEqual([]);
	});

	it("explains each call with --explain, and prints the same model beside it", async () => {
		const plain = JSON.parse((await runCli(["inspect", seed])).out) as Note;
		const { code, out } = await runCli(["inspect", "--explain", seed]);
		expect(code).toBe(0);
		const explained = JSON.parse(out) as Note & { explain: { kind: string; line: number; axis: string; rows: { score: number; evidence: { rule: string }[]; names: { label: string; evidence: { rule: string; reason: string }[] }[] } }[] };
		const { explain, ...note } = explained;
		expect(note).toEqual(plain);
		// One entry per table and chart, in source order, with the axis the model printed.
		const calls = [
			...note.tables.map((table) => ["table", table.line, table.frameworkAxis]),
			...note.charts.map((chart) => ["chart", chart.line, chart.frameworks.length > 0 ? "rows" : "none"]),
		].sort((a, b) => (a[1] as number) - (b[1] as number));
		expect(explain.map((entry) => [entry.kind, entry.line, entry.axis])).toEqual(calls);
		expect(explain).toHaveLength(4);
		const jax = explain[0]?.rows.names.find((name) => name.label === "JAX");
		expect(jax?.evidence.map((e) => e.rule)).toEqual(expect.arrayContaining(["vault-note", "subject", "linked-in-note", "heading"]));
		expect(jax?.evidence.every((e) => e.reason.length > 0)).toBe(true);
	});

	it("prints a JSON array for several notes, in argument order, against one --vault", async () => {
		const pytorch = join(mlVault, "PyTorch.md");
		const { code, out } = await runCli(["inspect", pytorch, seed, "--vault", mlVault]);
		expect(code).toBe(0);
		const notes = JSON.parse(out) as Note[];
		expect(notes.map((note) => note.path)).toEqual(["PyTorch.md", "JAX vs. Other ML Frameworks.md"]);
		expect(notes[0]?.aliases).toEqual(["Torch"]);
	});

	it("uses the note's own folder as the vault when no .obsidian folder is above it", async () => {
		const folder = mkdtempSync(join(tmpdir(), "fc-cli-"));
		writeFileSync(join(folder, "Alpha.md"), "---\naliases: First\n---\n# Alpha\n");
		writeFileSync(join(folder, "Home.md"), "Go to [[first]] or [[Alpha#Top]].\n");
		const note = JSON.parse((await runCli(["inspect", join(folder, "Home.md")])).out) as Note;
		expect(note.path).toBe("Home.md");
		expect(note.title).toBe("Home");
		expect(note.links.map((link) => link.resolved)).toEqual(["Alpha.md", "Alpha.md"]);
	});

	it("exits 0 for a malformed note and reports what is wrong in problems", async () => {
		const folder = mkdtempSync(join(tmpdir(), "fc-cli-"));
		writeFileSync(join(folder, "Bad.md"), "---\naliases: [unclosed\n---\n# Bad\n");
		const { code, out } = await runCli(["inspect", join(folder, "Bad.md")]);
		expect(code).toBe(0);
		expect((JSON.parse(out) as Note).problems).toEqual([{ line: 2, message: expect.stringContaining("not valid YAML") as string }]);
	});

	it("exits 1 with one line on stderr for a missing note, printing nothing", async () => {
		const { code, out, err } = await runCli(["inspect", join(mlVault, "Missing.md")]);
		expect(code).toBe(1);
		expect(out).toBe("");
		expect(err).toMatch(/^framework-compare: cannot read note .*Missing\.md: no such file\n$/);
	});

	it("exits 1 with one line on stderr for a missing vault", async () => {
		const { code, err } = await runCli(["inspect", seed, "--vault", join(fixtures, "no-such-vault")]);
		expect(code).toBe(1);
		expect(err.split("\n")).toEqual([expect.stringContaining("cannot read vault") as string, ""]);
	});

	it("exits 1 for a note outside the given vault and for bad arguments", async () => {
		expect((await runCli(["inspect", seed, "--vault", join(fixtures, "notes")])).code).toBe(1);
		expect((await runCli(["inspect"])).err).toContain("needs at least one NOTE.md");
		expect((await runCli(["inspect", seed, "--frobnicate"])).code).toBe(1);
		expect((await runCli(["compare"])).code).toBe(1);
	});
});
