// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { TABLE_SCROLL_CLASS, wrapTablesForScroll } from "../../src/views/table-scroll";

function section(html: string): HTMLElement {
	const el = document.createElement("div");
	// Test input built by the test itself, not note text.
	el.append(...Array.from(new DOMParser().parseFromString(html, "text/html").body.childNodes));
	return el;
}

const TABLE = '<table><thead><tr><th>Framework</th></tr></thead><tbody><tr><td><a class="internal-link" data-href="JAX">JAX</a></td></tr></tbody></table>';

describe("wrapTablesForScroll", () => {
	it("puts each table in its own scrolling box and keeps the cells as they were", () => {
		const el = section(`<p>before</p>${TABLE}${TABLE}`);
		const link = el.querySelector("a");
		wrapTablesForScroll(el);
		const wrappers = el.querySelectorAll(`.${TABLE_SCROLL_CLASS}`);
		expect(wrappers).toHaveLength(2);
		for (const wrapper of wrappers) expect(wrapper.firstElementChild?.tagName).toBe("TABLE");
		expect(el.firstElementChild?.tagName).toBe("P");
		// The same node, not a copy: Obsidian's rendering and listeners stay.
		expect(el.querySelector("a")).toBe(link);
	});

	it("undoes itself exactly", () => {
		const el = section(`<p>before</p>${TABLE}<p>after</p>`);
		const before = el.innerHTML;
		const undo = wrapTablesForScroll(el);
		expect(el.innerHTML).not.toBe(before);
		undo();
		expect(el.innerHTML).toBe(before);
	});

	it("does not wrap a table twice when a section is processed again", () => {
		const el = section(TABLE);
		wrapTablesForScroll(el);
		const undoSecond = wrapTablesForScroll(el);
		expect(el.querySelectorAll(`.${TABLE_SCROLL_CLASS}`)).toHaveLength(1);
		undoSecond();
		expect(el.querySelectorAll(`.${TABLE_SCROLL_CLASS}`)).toHaveLength(1);
	});

	it("leaves a section without tables alone", () => {
		const el = section("<p>No tables here</p>");
		const before = el.innerHTML;
		wrapTablesForScroll(el)();
		expect(el.innerHTML).toBe(before);
	});
});
