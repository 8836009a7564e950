// @vitest-environment happy-dom
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { enhanceComparisonTable, type ComparisonTableHost, type ComparisonTableInput } from "../../src/views/comparison-table";
import { NoteViewState } from "../../src/views/note-view-state";
import { copiedGrid, screenGrid } from "./table-screen";
import { chooseMenuItem, fakeMenuHost } from "./fake-menu-host";

// Rendered as Obsidian's reading view renders a pipe table (markdown-it with HTML allowed).
const SEED_TABLE = `| Framework | Primary Research Org | High-level APIs |
|-----------|----------------------|-----------------|
| **JAX** | Google Research | Flax, Haiku, Optax |
| **PyTorch** | Meta AI | PyTorch Lightning, fastai |
| **TensorFlow** | Google AI | Keras |`;

const INPUT: ComparisonTableInput = {
	key: "0",
	model: {
		header: ["Framework", "Primary Research Org", "High-level APIs"],
		rows: [
			["JAX", "Google Research", "Flax, Haiku, Optax"],
			["PyTorch", "Meta AI", "PyTorch Lightning, fastai"],
			["TensorFlow", "Google AI", "Keras"],
		],
		frameworkAxis: "rows",
	},
	source: [
		["Framework", "Primary Research Org", "High-level APIs"],
		["**JAX**", "Google Research", "Flax, Haiku, Optax"],
		["**PyTorch**", "Meta AI", "PyTorch Lightning, fastai"],
		["**TensorFlow**", "Google AI", "Keras"],
	],
	frameworkOf: ["JAX", "PyTorch", "TensorFlow"],
};

function render(markdown: string): { section: HTMLElement; table: HTMLTableElement } {
	const section = document.createElement("div");
	const html = new MarkdownIt({ html: true }).render(markdown);
	section.append(...Array.from(new DOMParser().parseFromString(html, "text/html").body.childNodes));
	document.body.replaceChildren(section);
	return { section, table: section.querySelector("table")! };
}

function host(copies: string[] = []): ComparisonTableHost {
	return {
		...fakeMenuHost,
		linkFor: (name) => (name === "PyTorch" ? "Frameworks/PyTorch" : null),
		copyText: (text) => copies.push(text),
	};
}

// Plain queries: happy-dom has no rows/cells/tBodies collections.
const bodyRows = (table: HTMLTableElement) => Array.from(table.querySelectorAll<HTMLTableRowElement>(":scope > tbody > tr"));
const headCells = (table: HTMLTableElement) => Array.from(table.querySelectorAll<HTMLTableCellElement>(":scope > thead > tr > th"));
const rowNames = (table: HTMLTableElement) =>
	bodyRows(table)
		.filter((row) => !row.classList.contains("framework-compare-hidden"))
		.map((row) => row.querySelector("td, th")!.textContent.trim());

describe("enhanceComparisonTable", () => {
	it("matches the approved HTML for the seed's ecosystem table", async () => {
		const { section, table } = render(SEED_TABLE);
		enhanceComparisonTable(table, INPUT, new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined), host());
		await expect(section.innerHTML.replace(/></g, ">\n<")).toMatchFileSnapshot("comparison-table.seed-ecosystem.approved.html");
	});

	it("marks each framework row and hides it through the shared state", () => {
		const { table } = render(SEED_TABLE);
		const state = new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined);
		enhanceComparisonTable(table, INPUT, state, host());
		expect(bodyRows(table).map((row) => row.dataset.framework)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		state.toggle("PyTorch");
		expect(rowNames(table)).toEqual(["JAX", "TensorFlow"]);
		state.showAll();
		expect(rowNames(table)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
	});

	it("turns a plain framework name into a link to its note, and leaves the others as text", () => {
		const { table } = render(SEED_TABLE);
		enhanceComparisonTable(table, INPUT, new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined), host());
		const links = Array.from(table.querySelectorAll("a.internal-link"));
		expect(links.map((a) => [a.getAttribute("data-href"), a.textContent])).toEqual([["Frameworks/PyTorch", "PyTorch"]]);
		expect(links[0].querySelector("strong")).not.toBeNull();
	});

	it("never writes a link target that looks like a URL scheme into href", () => {
		const { table } = render(SEED_TABLE);
		const hostile: ComparisonTableHost = { ...fakeMenuHost, linkFor: (name) => (name === "JAX" ? "javascript:alert(1)" : null), copyText: () => undefined };
		enhanceComparisonTable(table, INPUT, new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined), hostile);
		const link = table.querySelector("a.internal-link")!;
		expect(link.getAttribute("data-href")).toBe("javascript:alert(1)");
		expect(link.hasAttribute("href")).toBe(false);
		const { table: again } = render(SEED_TABLE);
		const sneaky: ComparisonTableHost = { ...fakeMenuHost, linkFor: (name) => (name === "JAX" ? "java\tscript:alert(1)" : null), copyText: () => undefined };
		enhanceComparisonTable(again, INPUT, new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined), sneaky);
		expect(again.querySelector("a.internal-link")!.hasAttribute("href")).toBe(false);
	});

	it("transposes by moving the rendered cells, and puts them back", () => {
		const { table } = render(SEED_TABLE);
		const strong = table.querySelector("strong");
		const state = new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined);
		enhanceComparisonTable(table, INPUT, state, host());
		state.updateTable("0", { transposed: true });
		const header = () => headCells(table).map((cell) => cell.querySelector(".framework-compare-header-label")?.textContent?.trim());
		// The corner names what is down the side now: the written column titles, features of the frameworks.
		expect(header()).toEqual(["Feature", "JAX", "PyTorch", "TensorFlow"]);
		expect(table.querySelector("strong")).toBe(strong);
		state.toggle("JAX");
		const cols = Array.from(table.querySelectorAll("col"));
		expect(cols.map((col) => col.classList.contains("framework-compare-hidden-col"))).toEqual([false, true, false, false]);
		// JAX's column takes no focus: its cells are inert while it is hidden.
		const inert = () => Array.from(table.querySelectorAll("tr")).map((row) => Array.from(row.children).map((cell) => cell.hasAttribute("inert")));
		expect(inert().every((row) => row.join() === "false,true,false,false")).toBe(true);
		state.toggle("JAX");
		expect(inert().flat().some(Boolean)).toBe(false);
		state.updateTable("0", { transposed: false });
		expect(header()).toEqual(["Framework", "Primary Research Org", "High-level APIs"]);
		expect(bodyRows(table)[0].querySelector("td")!.querySelector("strong")).toBe(strong);
	});

	it("sorts by a column and goes back to the written order", () => {
		const { table } = render(SEED_TABLE);
		const state = new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined);
		enhanceComparisonTable(table, INPUT, state, host());
		const sortButton = () => headCells(table)[1].querySelector<HTMLButtonElement>(".framework-compare-sort")!;
		sortButton().click();
		// Google AI, Google Research, Meta AI
		expect(rowNames(table)).toEqual(["TensorFlow", "JAX", "PyTorch"]);
		expect(headCells(table)[1].getAttribute("aria-sort")).toBe("ascending");
		sortButton().click();
		expect(rowNames(table)).toEqual(["PyTorch", "JAX", "TensorFlow"]);
		sortButton().click();
		expect(rowNames(table)).toEqual(["JAX", "PyTorch", "TensorFlow"]);
		expect(headCells(table)[1].hasAttribute("aria-sort")).toBe(false);
	});

	it("copies what is shown: hidden frameworks and columns left out, in the current order", () => {
		const { table, section } = render(SEED_TABLE);
		const copies: string[] = [];
		const state = new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined);
		enhanceComparisonTable(table, INPUT, state, host(copies));
		state.toggle("JAX");
		state.updateTable("0", { hiddenColumns: ["High-level APIs"], sort: { column: 1, direction: "descending" } });
		section.querySelector<HTMLButtonElement>(".framework-compare-copy")!.click();
		chooseMenuItem(document, "Copy as CSV");
		expect(copies).toEqual(["Framework,Primary Research Org\r\nPyTorch,Meta AI\r\nTensorFlow,Google AI\r\n"]);
	});

	it("undoes everything, leaving the table exactly as rendered", () => {
		const { section, table } = render(SEED_TABLE);
		const before = section.innerHTML;
		const state = new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined);
		const dispose = enhanceComparisonTable(table, INPUT, state, host());
		state.toggle("TensorFlow");
		state.updateTable("0", { transposed: true, sort: { column: 2, direction: "ascending" } });
		dispose();
		expect(section.innerHTML).toBe(before);
		state.toggle("JAX");
		expect(section.innerHTML).toBe(before);
	});

	it("leaves a table alone when its rendering does not match the model", () => {
		const { section, table } = render(SEED_TABLE);
		const before = section.innerHTML;
		const shorter = { ...INPUT, model: { ...INPUT.model, rows: INPUT.model.rows.slice(0, 2) } };
		enhanceComparisonTable(table, shorter, new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined), host())();
		expect(section.innerHTML).toBe(before);
		enhanceComparisonTable(table, { ...INPUT, model: { ...INPUT.model, frameworkAxis: "none" } }, new NoteViewState(["JAX"], undefined), host());
		expect(section.innerHTML).toBe(before);
	});
});

describe("a list whose names stand in the second column, after a category", () => {
	const LIST = `| Category | Framework | License |
|---|---|---|
| Deep learning | JAX | Apache-2.0 |
| Deep learning | PyTorch | BSD |`;
	const input: ComparisonTableInput = {
		key: "0",
		model: { header: ["Category", "Framework", "License"], rows: [["Deep learning", "JAX", "Apache-2.0"], ["Deep learning", "PyTorch", "BSD"]], frameworkAxis: "rows" },
		source: null,
		frameworkOf: ["JAX", "PyTorch"],
		nameColumn: 1,
	};

	it("links the name cell, not the category, and hides the row with its framework", () => {
		const { table } = render(LIST);
		const state = new NoteViewState(["JAX", "PyTorch"], undefined);
		enhanceComparisonTable(table, input, state, host());
		const second = bodyRows(table)[1];
		expect(second.querySelectorAll("td")[1].querySelector("a.framework-compare-name-link")?.getAttribute("data-href")).toBe("Frameworks/PyTorch");
		expect(second.querySelectorAll("td")[0].querySelector("a")).toBeNull();
		state.toggle("PyTorch");
		expect(second.classList.contains("framework-compare-hidden")).toBe(true);
	});
});

describe("a table without row labels, its first header cell a name", () => {
	const TABLE = `| Azure | AWS | Details |
|---|---|---|
| Azure Functions | AWS Lambda | Both are serverless. |
| Azure Blob Storage | Amazon S3 | Both store objects. |`;
	const input: ComparisonTableInput = {
		key: "0",
		model: {
			header: ["Azure", "AWS", "Details"],
			rows: [
				["Azure Functions", "AWS Lambda", "Both are serverless."],
				["Azure Blob Storage", "Amazon S3", "Both store objects."],
			],
			frameworkAxis: "columns",
		},
		source: null,
		frameworkOf: ["Azure", "AWS", null],
	};

	it("hides the first column with its framework, and copies what is shown", () => {
		const { table } = render(TABLE);
		const copies: string[] = [];
		const state = new NoteViewState(["Azure", "AWS"], undefined);
		enhanceComparisonTable(table, input, state, host(copies));
		state.toggle("Azure");
		const hidden = Array.from(table.querySelectorAll("col")).map((col) => col.classList.contains("framework-compare-hidden-col"));
		expect(hidden).toEqual([true, false, false]);
		const copy = Array.from(document.querySelectorAll<HTMLButtonElement>(".framework-compare-copy"))[0];
		copy.click();
		chooseMenuItem(document, "Copy as CSV");
		expect(copies[0]?.split(/\r?\n/)[0]).toBe("AWS,Details");
	});
});

describe("saved choices that do not fit the table", () => {
	const FRAMEWORKS = ["JAX", "PyTorch", "TensorFlow"];
	const open = (saved: ConstructorParameters<typeof NoteViewState>[1]) => {
		const { section, table } = render(SEED_TABLE);
		const copies: string[] = [];
		const changes: unknown[] = [];
		const state = new NoteViewState(FRAMEWORKS, saved, (snapshot) => changes.push(snapshot));
		let dispose: () => void = () => undefined;
		expect(() => (dispose = enhanceComparisonTable(table, INPUT, state, host(copies)))).not.toThrow();
		const container = section.querySelector(".framework-compare-table")!;
		return { section, table, copies, changes, state, container, dispose };
	};

	// Saved by hand or by an older header: -1 and 0.5 pass no schema, but the view must not rely on that.
	for (const [column, why] of [
		[-1, "-1"],
		[0.5, "0.5"],
		[3, "one past the last column"],
		[99, "far past the table"],
		[Number.NaN, "not a number"],
	] as const) {
		it(`ignores a sort by column ${why}, keeps the other choices, and the toggles still hide rows`, () => {
			const { table, copies, state, container } = open({
				hiddenFrameworks: ["TensorFlow"],
				tables: { "0": { hiddenColumns: ["High-level APIs"], sort: { column, direction: "descending" } } },
			});
			// The sort is dropped from the saved choices; the hidden column and framework stay.
			expect(state.table("0")).toEqual({ hiddenColumns: ["High-level APIs"] });
			expect(state.hiddenFrameworks).toEqual(["TensorFlow"]);
			expect(screenGrid(table)).toEqual([
				["Framework", "Primary Research Org"],
				["JAX", "Google Research"],
				["PyTorch", "Meta AI"],
			]);
			expect(table.querySelector("[aria-sort]")).toBeNull();
			state.toggle("JAX");
			expect(rowNames(table)).toEqual(["PyTorch"]);
			expect(copiedGrid(container, copies)).toEqual(screenGrid(table));
			state.toggle("JAX");
			expect(rowNames(table)).toEqual(["JAX", "PyTorch"]);
			expect(copiedGrid(container, copies)).toEqual(screenGrid(table));
		});
	}

	it("checks a sort column against the table as transposed: its rows are then its columns", () => {
		// Transposed, the seed table has four columns (header row and three frameworks).
		const { table, state } = open({ hiddenFrameworks: [], tables: { "0": { transposed: true, sort: { column: 3, direction: "ascending" } } } });
		expect(state.table("0")).toEqual({ transposed: true, sort: { column: 3, direction: "ascending" } });
		expect(table.querySelector("thead th[aria-sort]")?.textContent).toContain("TensorFlow");
		const { state: past } = open({ hiddenFrameworks: [], tables: { "0": { transposed: true, sort: { column: 4, direction: "ascending" } } } });
		expect(past.table("0")).toEqual({ transposed: true });
	});

	it("drops hidden columns the table does not have, and framework names, so Show all is not lit for nothing", () => {
		const { state, table, container, copies } = open({ hiddenFrameworks: [], tables: { "0": { hiddenColumns: ["Gone", "PyTorch", "Primary Research Org", "Primary Research Org"] } } });
		expect(state.table("0")).toEqual({ hiddenColumns: ["Primary Research Org"] });
		expect(screenGrid(table)[0]).toEqual(["Framework", "High-level APIs"]);
		expect(copiedGrid(container, copies)).toEqual(screenGrid(table));
		state.showAll();
		expect(state.anythingHidden).toBe(false);
		expect(screenGrid(table)[0]).toEqual(["Framework", "Primary Research Org", "High-level APIs"]);
	});

	it("writes nothing back when every saved choice fits", () => {
		const saved = { hiddenFrameworks: ["JAX"], tables: { "0": { transposed: true, hiddenColumns: ["Primary Research Org"], sort: { column: 2, direction: "descending" as const } } } };
		const { changes, state } = open(saved);
		expect(changes).toEqual([]);
		expect(state.snapshot()).toEqual(saved);
	});

	it("undoes to the table exactly as rendered after dropping bad choices", () => {
		const { section, table } = render(SEED_TABLE);
		const before = section.innerHTML;
		const dispose = enhanceComparisonTable(table, INPUT, new NoteViewState(FRAMEWORKS, { hiddenFrameworks: [], tables: { "0": { sort: { column: -1, direction: "ascending" } } } }), host());
		dispose();
		expect(section.innerHTML).toBe(before);
	});
});
