// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { drawComparisonView } from "../../src/views/comparison-view";
import type { ComparisonViewModel } from "../../src/views/comparison-view-model";
import { NoteViewState } from "../../src/views/note-view-state";

const model: ComparisonViewModel = {
	kind: "note",
	path: "Seed.md",
	title: "JAX vs. Other ML Frameworks",
	frameworks: [
		{ name: "JAX", note: { path: "Frameworks/JAX.md", name: "JAX", linktext: "JAX" }, aliases: ["Google JAX"], backlinks: [{ path: "Libraries/Flax.md", name: "Flax", linktext: "Flax" }] },
		{ name: "TensorFlow", note: null, aliases: [], backlinks: [] },
	],
	tables: [{ index: 0, line: 15, label: "Core Philosophy Comparison" }],
	charts: [{ index: 0, line: 42, label: "RESNET-50 Training Performance" }],
};

function draw(state = new NoteViewState(["JAX", "TensorFlow"], undefined, undefined, "note")) {
	const el = document.createElement("div");
	document.body.appendChild(el);
	const drawn: string[] = [];
	const undone: string[] = [];
	const dispose = drawComparisonView(el, model, state, {
		drawTable: (slot, index) => {
			slot.textContent = `table ${index}`;
			drawn.push(`table ${index}`);
			return () => undone.push(`table ${index}`);
		},
		drawChart: (slot, index) => {
			drawn.push(`chart ${index}`);
			return () => undone.push(`chart ${index}`);
		},
	});
	return { el, state, drawn, undone, dispose };
}

describe("drawComparisonView", () => {
	it("draws each framework with its note link, aliases and backlinks, and one slot per table and chart", () => {
		const { el, drawn } = draw();
		const items = Array.from(el.querySelectorAll<HTMLElement>(".framework-compare-view-framework"));
		expect(items.map((item) => item.dataset.framework)).toEqual(["JAX", "TensorFlow"]);
		const link = items[0].querySelector<HTMLAnchorElement>(".framework-compare-view-framework-note a.internal-link")!;
		expect([link.textContent, link.dataset.href]).toEqual(["JAX", "JAX"]);
		expect(items[0].querySelector(".framework-compare-view-aliases")!.textContent).toBe("Alias: Google JAX");
		expect(items[0].querySelector("summary")!.textContent).toBe("Linked from 1 note");
		expect(items[1].querySelector(".framework-compare-view-framework-note")!.textContent).toBe("No note in this vault has this name or alias.");
		expect(drawn).toEqual(["table 0", "chart 0"]);
		expect(el.querySelector(".framework-compare-view-summary")!.textContent).toBe("2 frameworks · 1 table · 1 chart");
	});

	it("toggles the note's shared state, and marks a framework hidden from anywhere", () => {
		const { el, state } = draw();
		const toggle = el.querySelector<HTMLButtonElement>('[role="toolbar"] button[data-framework="TensorFlow"]')!;
		toggle.click();
		expect(state.isHidden("TensorFlow")).toBe(true);
		const item = el.querySelector('.framework-compare-view-framework[data-framework="TensorFlow"]')!;
		expect(item.classList.contains("is-hidden")).toBe(true);
		state.setHidden("TensorFlow", false);
		expect(item.classList.contains("is-hidden")).toBe(false);
		expect(toggle.getAttribute("aria-pressed")).toBe("true");
	});

	it("undoes everything: its elements, the parts drawn and its hold on the state", () => {
		const { el, state, undone, dispose } = draw();
		dispose();
		expect(el.childElementCount).toBe(0);
		expect(undone.sort()).toEqual(["chart 0", "table 0"]);
		// No listener left: changing the state touches nothing and throws nothing.
		state.setHidden("JAX", true);
		expect(el.childElementCount).toBe(0);
	});

	it("shows a message as text, never as markup", () => {
		const el = document.createElement("div");
		drawComparisonView(el, { kind: "message", text: "<img src=x onerror=alert(1)> compares no frameworks." }, null, { drawTable: () => () => undefined, drawChart: () => () => undefined });
		expect(el.querySelector("img")).toBeNull();
		expect(el.textContent).toBe("<img src=x onerror=alert(1)> compares no frameworks.");
	});
});
