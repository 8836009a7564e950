// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { GroupHost } from "../../src/views/group-host";
import { NoteViewState } from "../../src/views/note-view-state";
import { drawSectionColumns } from "../../src/views/section-columns";

const ITEMS = [
	{ frameworks: ["JAX"], label: "JAX", heading: "### JAX", body: "- Fast" },
	{ frameworks: ["PyTorch"], label: "PyTorch", heading: "### PyTorch", body: "- Easy" },
	{ frameworks: ["PyTorch", "JAX"], label: "PyTorch → JAX", heading: "### PyTorch → JAX", body: "- Move" },
];

/** Renders each piece as a paragraph of its text, noting what was rendered. */
function fakeHost(rendered: string[]): GroupHost {
	return {
		renderMarkdown: (markdown, el) => {
			rendered.push(markdown);
			el.appendChild(el.ownerDocument.createElement("p")).textContent = markdown;
			return Promise.resolve();
		},
		copyText: () => undefined,
	};
}

function setup() {
	const parent = document.createElement("div");
	document.body.replaceChildren(parent);
	const state = new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined, () => undefined, "note");
	const rendered: string[] = [];
	const view = drawSectionColumns(parent, { key: "sections:JAX|PyTorch|PyTorch → JAX", items: ITEMS }, state, fakeHost(rendered));
	const grid = parent.querySelector<HTMLElement>(".framework-compare-sections")!;
	const columns = () => Array.from(grid.children) as HTMLElement[];
	const shown = () => columns().filter((column) => !column.hidden).map((column) => column.dataset.framework);
	return { parent, state, view, grid, columns, shown, rendered };
}

describe("sections side by side", () => {
	it("has one column per section in .framework-compare-sections, each with data-framework, its heading and its content rendered", async () => {
		const { columns, rendered, view } = setup();
		await view.ready;
		expect(columns().map((column) => column.dataset.framework)).toEqual(["JAX", "PyTorch", "PyTorch"]);
		expect(columns()[2]?.dataset.frameworks).toBe(JSON.stringify(["PyTorch", "JAX"]));
		expect(rendered).toEqual(["### JAX", "- Fast", "### PyTorch", "- Easy", "### PyTorch → JAX", "- Move"]);
		expect(columns()[1]?.querySelector(".framework-compare-section-heading")?.textContent).toBe("### PyTorch");
		expect(columns()[1]?.querySelector(".framework-compare-section-body")?.textContent).toBe("- Easy");
	});

	it("hides a framework's columns, and a section of two frameworks with either", () => {
		const { state, shown, columns } = setup();
		state.setHidden("PyTorch", true);
		expect(shown()).toEqual(["JAX"]);
		expect(columns()[1]?.inert).toBe(true);
		state.setHidden("PyTorch", false);
		state.setHidden("JAX", true);
		expect(shown()).toEqual(["PyTorch"]);
		state.setHidden("PyTorch", true);
		expect(shown()).toEqual([]);
		state.showAll();
		expect(shown()).toEqual(["JAX", "PyTorch", "PyTorch"]);
	});

	it("switches to the note's flow and back, keeping the choice in the note's state", () => {
		const { parent, grid, state } = setup();
		const toggle = parent.querySelector<HTMLButtonElement>(".framework-compare-group-layout")!;
		expect(toggle.textContent).toBe("Side by side");
		expect(toggle.getAttribute("aria-pressed")).toBe("true");
		toggle.click();
		expect(toggle.getAttribute("aria-pressed")).toBe("false");
		expect(grid.classList.contains("is-flow")).toBe(true);
		expect(state.snapshot().groups).toEqual({ "sections:JAX|PyTorch|PyTorch → JAX": { layout: "flow" } });
		toggle.click();
		expect(grid.classList.contains("is-flow")).toBe(false);
		expect(state.snapshot().groups).toBeUndefined();
	});

	it("reveals a section a link led to, showing its frameworks again", () => {
		const { state, view, shown } = setup();
		state.setHidden("JAX", true);
		expect(shown()).toEqual(["PyTorch"]);
		view.reveal(2);
		expect(state.isHidden("JAX")).toBe(false);
		expect(shown()).toEqual(["JAX", "PyTorch", "PyTorch"]);
	});

	it("leaves nothing behind when disposed, and stops following the state", () => {
		const { parent, view, state } = setup();
		view.dispose();
		expect(parent.childElementCount).toBe(0);
		state.setHidden("JAX", true);
	});
});
