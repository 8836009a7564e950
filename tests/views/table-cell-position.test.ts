// @vitest-environment happy-dom
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { enhanceComparisonTable } from "../../src/views/comparison-table";
import { NoteViewState } from "../../src/views/note-view-state";
import { writtenCellPosition } from "../../src/views/table-cell-position";
import { fakeMenuHost } from "./fake-menu-host";

const TABLE = `| Framework | Org | APIs |
|---|---|---|
| JAX | Google | Flax |
| PyTorch | Meta | Lightning |`;

function render(): HTMLTableElement {
	const section = document.createElement("div");
	const html = new MarkdownIt({ html: true }).render(TABLE);
	section.append(...Array.from(new DOMParser().parseFromString(html, "text/html").body.childNodes));
	document.body.replaceChildren(section);
	return section.querySelector("table")!;
}

/** Each displayed cell's text with where it stands in the written table: H header row, F first column. */
function positions(table: HTMLTableElement): string[][] {
	return Array.from(table.querySelectorAll("tr")).map((row) =>
		Array.from(row.querySelectorAll<HTMLTableCellElement>("th, td")).map((cell) => {
			const at = writtenCellPosition(cell);
			// The title as shown, without the header's sort and menu buttons.
			const text = (cell.querySelector(".framework-compare-header-label") ?? cell.firstChild)?.textContent?.trim() ?? "";
			return `${text}:${at?.headerRow ? "H" : ""}${at?.firstColumn ? "F" : ""}`;
		}),
	);
}

describe("writtenCellPosition", () => {
	it("knows the header row and first column of a table as Obsidian renders it", () => {
		expect(positions(render())).toEqual([
			["Framework:HF", "Org:H", "APIs:H"],
			["JAX:F", "Google:", "Flax:"],
			["PyTorch:F", "Meta:", "Lightning:"],
		]);
	});

	it("finds the written position again in a transposed and a sorted comparison table", () => {
		const table = render();
		const state = new NoteViewState(["JAX", "PyTorch"], undefined);
		enhanceComparisonTable(
			table,
			{
				key: "t",
				model: { header: ["Framework", "Org", "APIs"], rows: [["JAX", "Google", "Flax"], ["PyTorch", "Meta", "Lightning"]], frameworkAxis: "rows" },
				source: null,
				frameworkOf: ["JAX", "PyTorch"],
			},
			state,
			{ ...fakeMenuHost, linkFor: () => null, copyText: () => undefined },
		);
		state.updateTable("t", { transposed: true });
		// The corner names what is down the side now (views/table-corner.ts); it is still the written corner.
		expect(positions(table)).toEqual([
			["Feature:HF", "JAX:F", "PyTorch:F"],
			["Org:H", "Google:", "Meta:"],
			["APIs:H", "Flax:", "Lightning:"],
		]);
		state.updateTable("t", { transposed: false, sort: { column: 0, direction: "descending" } });
		expect(positions(table)).toEqual([
			["Framework:HF", "Org:H", "APIs:H"],
			["PyTorch:F", "Meta:", "Lightning:"],
			["JAX:F", "Google:", "Flax:"],
		]);
	});

	it("says nothing for a cell outside a table row", () => {
		expect(writtenCellPosition(document.createElement("td"))).toBeNull();
	});
});
