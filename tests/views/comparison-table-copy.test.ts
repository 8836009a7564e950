// @vitest-environment happy-dom
// Copy as Markdown and CSV on whole notes: the note model gives each cell as
// markdown-it split its row, the view copies what it shows, and the copy,
// rendered again, is the table on the screen.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { analyzeNote } from "../../src/core/model/build-note-model";
import { NO_VAULT } from "../../src/core/vault/link-resolver";
import { enhanceComparisonTable } from "../../src/views/comparison-table";
import { NoteViewState } from "../../src/views/note-view-state";
import { chooseMenuItem, fakeMenuHost } from "./fake-menu-host";

// Obsidian's reading view renders a note with markdown-it, HTML allowed.
const md = new MarkdownIt({ html: true });

interface Shown {
	state: NoteViewState;
	tables: HTMLTableElement[];
	/** Runs "Copy as Markdown" or "Copy as CSV" on the n-th comparison table and gives what reached the clipboard. */
	copy(n: number, as: "Markdown" | "CSV"): string;
}

/** A note rendered as the reading view renders it, each comparison table enhanced from the note model, as the plugin does. */
function show(text: string): Shown {
	// As `frameworks:` in the note's frontmatter would say, so these small tables count as comparisons.
	const frontmatter = { data: { frameworks: ["JAX", "PyTorch", "TensorFlow"] } };
	const analysis = analyzeNote({ path: "Note.md", text, frontmatter }, NO_VAULT);
	const section = document.createElement("div");
	section.append(...Array.from(new DOMParser().parseFromString(md.render(text), "text/html").body.childNodes));
	document.body.replaceChildren(section);
	const rendered = Array.from(section.querySelectorAll("table"));
	expect(rendered.length).toBe(analysis.note.tables.length);
	const state = new NoteViewState(analysis.note.frameworks, undefined);
	const copies: string[] = [];
	const tables: HTMLTableElement[] = [];
	analysis.note.tables.forEach((table, index) => {
		const layout = analysis.tables[index];
		if (table.frameworkAxis === "none" || !layout) return;
		const el = rendered[index];
		const input = {
			key: String(index),
			model: table,
			source: layout.source.map((row) => row.cells.map((cell) => cell.markdown)),
			frameworkOf: layout.frameworkOf,
			nameColumn: layout.nameColumn,
		};
		enhanceComparisonTable(el, input, state, { ...fakeMenuHost, linkFor: () => null, copyText: (copied) => copies.push(copied) });
		tables.push(el);
	});
	const copy = (n: number, as: "Markdown" | "CSV") => {
		const container = tables[n]?.closest(".framework-compare-table");
		container?.querySelector<HTMLButtonElement>(".framework-compare-copy")?.click();
		chooseMenuItem(document, `Copy as ${as}`);
		return copies.at(-1) ?? "";
	};
	return { state, tables, copy };
}

const text = (cell: Element) => {
	const copy = cell.cloneNode(true) as Element;
	copy.querySelectorAll(".framework-compare-header-controls").forEach((el) => el.remove());
	return (copy.textContent ?? "").trim();
};

/** What a reader sees of an enhanced table: its shown rows' shown cells. */
function onScreen(table: HTMLTableElement): string[][] {
	const hiddenColumns = Array.from(table.querySelectorAll("col")).map((col) => col.classList.contains("framework-compare-hidden-col"));
	return Array.from(table.querySelectorAll("tr"))
		.filter((row) => !row.classList.contains("framework-compare-hidden"))
		.map((row) => Array.from(row.querySelectorAll("th, td")).filter((_, c) => !hiddenColumns[c]).map(text));
}

/** The copied Markdown rendered again, as its reader will see it. */
function rendered(markdown: string): string[][] {
	const doc = new DOMParser().parseFromString(md.render(markdown), "text/html");
	return Array.from(doc.querySelectorAll("tr")).map((row) => Array.from(row.querySelectorAll("th, td")).map(text));
}

describe("Copy as Markdown gives the table markdown-it rendered", () => {
	it("after a lone carriage return earlier in the note: one separator row, no row lost", () => {
		const note = "# Frameworks\rWritten on an old Mac.\n\n| Framework | Speed |\n|---|---|\n| **JAX** | 390 |\n| PyTorch | 410 |\n| TensorFlow | 300 |\n";
		const view = show(note);
		const copied = view.copy(0, "Markdown");
		expect(copied).toBe("| Framework | Speed |\n| --- | --- |\n| **JAX** | 390 |\n| PyTorch | 410 |\n| TensorFlow | 300 |\n");
		expect(rendered(copied)).toEqual(onScreen(view.tables[0]));
	});

	it("for a table that starts on a list item's marker line, without the marker in a cell", () => {
		const note = "Compared:\n\n- | Framework | Speed |\n  | --- | --- |\n  | JAX | 390 |\n  | PyTorch | 410 |\n";
		const view = show(note);
		const copied = view.copy(0, "Markdown");
		expect(copied).toBe("| Framework | Speed |\n| --- | --- |\n| JAX | 390 |\n| PyTorch | 410 |\n");
		expect(rendered(copied)).toEqual(onScreen(view.tables[0]));
	});

	it("with a pipe inside a code span: the cells markdown-it made of it, and an escaped pipe kept", () => {
		const note = "| Framework | Left | Right |\n|---|---|---|\n| JAX | `a|b` |\n| PyTorch | `a\\|b` | c |\n";
		const view = show(note);
		const copied = view.copy(0, "Markdown");
		expect(copied).toBe("| Framework | Left | Right |\n| --- | --- | --- |\n| JAX | `a | b` |\n| PyTorch | `a\\|b` | c |\n");
		expect(rendered(copied)).toEqual(onScreen(view.tables[0]));
		expect(onScreen(view.tables[0])[1]).toEqual(["JAX", "`a", "b`"]);
	});

	it("inside a blockquote, with escaped pipes in links, written without leading pipes", () => {
		const note = "> Framework | Docs | Speed\n> --- | --- | ---\n> JAX | [[JAX\\|jax docs]] | 390\n> PyTorch | [site](https://pytorch.org) | 410 | extra\n";
		const view = show(note);
		const copied = view.copy(0, "Markdown");
		expect(copied).toBe("| Framework | Docs | Speed |\n| --- | --- | --- |\n| JAX | [[JAX\\|jax docs]] | 390 |\n| PyTorch | [site](https://pytorch.org) | 410 |\n");
		expect(rendered(copied)).toEqual(onScreen(view.tables[0]));
	});

	it("for an indented table in a CRLF note", () => {
		const note = "Intro\r\n\r\n   | Framework | Speed |\r\n   |---|---|\r\n   | JAX | 390 |\r\n   | PyTorch |\r\n";
		const view = show(note);
		const copied = view.copy(0, "Markdown");
		expect(copied).toBe("| Framework | Speed |\n| --- | --- |\n| JAX | 390 |\n| PyTorch |  |\n");
		expect(rendered(copied)).toEqual(onScreen(view.tables[0]));
	});
});

describe("Copy reproduces the screen", () => {
	const NOTE = [
		"# ML frameworks",
		"Old line ending:\rhere.",
		"",
		"> [!note] Speed",
		"> | Framework | Speed | Notes |",
		"> |---|--:|---|",
		// markdown-it splits at the pipe in the code span, and the table has room for one of the two cells.
		"> | **JAX** | 390 | `jit|pmap` |",
		"> | [[PyTorch\\|Torch]] | 410 | eager \\| graph |",
		"> | TensorFlow | 300 | `tf.function` |",
	].join("\n");

	it("transposed, sorted and with a framework and a column hidden, as Markdown and as CSV", () => {
		const view = show(NOTE);
		const table = view.tables[0];
		view.state.updateTable("0", { sort: { column: 1, direction: "descending" } });
		view.state.toggle("TensorFlow");
		let copied = view.copy(0, "Markdown");
		expect(copied).toBe(
			"| Framework | Speed | Notes |\n| --- | --- | --- |\n| [[PyTorch\\|Torch]] | 410 | eager \\| graph |\n| **JAX** | 390 | `jit |\n",
		);
		expect(rendered(copied)).toEqual(onScreen(table));

		view.state.updateTable("0", { transposed: true });
		view.state.updateTable("0", { hiddenColumns: ["Notes"] });
		copied = view.copy(0, "Markdown");
		expect(copied).toBe("| Feature | **JAX** | [[PyTorch\\|Torch]] |\n| --- | --- | --- |\n| Speed | 390 | 410 |\n");
		// The host renders wikilinks; plain markdown-it shows their source, so only the rows and columns are compared here.
		expect(rendered(copied).map((row) => row.length)).toEqual(onScreen(table).map((row) => row.length));
		expect(view.copy(0, "CSV")).toBe("Feature,JAX,Torch\r\nSpeed,390,410\r\n");
	});

	it("keeps the CSV formula guard on cells the model reads from the note", () => {
		const view = show("| Framework | Formula |\n|---|---|\n| JAX | =HYPERLINK(\"x\") |\n| PyTorch | -3 |\n");
		expect(view.copy(0, "CSV")).toBe("Framework,Formula\r\nJAX,\"'=HYPERLINK(\"\"x\"\")\"\r\nPyTorch,-3\r\n");
		expect(view.copy(0, "Markdown")).toBe('| Framework | Formula |\n| --- | --- |\n| JAX | =HYPERLINK("x") |\n| PyTorch | -3 |\n');
	});
});
