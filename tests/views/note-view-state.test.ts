import { describe, expect, it } from "vitest";
import { NoteViewState, type NoteViewSnapshot } from "../../src/views/note-view-state";

const FRAMEWORKS = ["JAX", "PyTorch", "TensorFlow"];

describe("NoteViewState", () => {
	it("hides and shows frameworks, telling every view and the store", () => {
		const saved: NoteViewSnapshot[] = [];
		const state = new NoteViewState(FRAMEWORKS, undefined, (snapshot) => saved.push(snapshot));
		let heard = 0;
		state.subscribe(() => heard++);
		state.toggle("PyTorch");
		expect(state.isHidden("PyTorch")).toBe(true);
		expect(state.hiddenFrameworks).toEqual(["PyTorch"]);
		state.toggle("PyTorch");
		expect(state.isHidden("PyTorch")).toBe(false);
		expect(heard).toBe(2);
		expect(saved.map((s) => s.hiddenFrameworks)).toEqual([["PyTorch"], []]);
	});

	it("ignores names the note does not compare, and saved names it no longer has", () => {
		const state = new NoteViewState(FRAMEWORKS, { hiddenFrameworks: ["Theano", "JAX"] });
		expect(state.hiddenFrameworks).toEqual(["JAX"]);
		state.setHidden("Caffe", true);
		expect(state.hiddenFrameworks).toEqual(["JAX"]);
	});

	it("lists hidden frameworks in the note's order, whatever the order they were hidden in", () => {
		const state = new NoteViewState(FRAMEWORKS, undefined);
		state.setHidden("TensorFlow", true);
		state.setHidden("JAX", true);
		expect(state.hiddenFrameworks).toEqual(["JAX", "TensorFlow"]);
	});

	it("'Show all' brings back frameworks and hidden columns but keeps transposing and sorting", () => {
		const state = new NoteViewState(FRAMEWORKS, {
			hiddenFrameworks: ["JAX"],
			tables: { "0": { transposed: true, hiddenColumns: ["Rationale"], sort: { column: 1, direction: "descending" } } },
		});
		expect(state.anythingHidden).toBe(true);
		state.showAll();
		expect(state.anythingHidden).toBe(false);
		expect(state.table("0")).toEqual({ transposed: true, sort: { column: 1, direction: "descending" } });
	});

	it("'Show all' also brings back a chart's hidden columns, and counts them as hidden", () => {
		const state = new NoteViewState(FRAMEWORKS, { hiddenFrameworks: [], charts: { "0": { view: "chart", hiddenColumns: ["TPU v4-8"] } } });
		expect(state.anythingHidden).toBe(true);
		state.showAll();
		expect(state.chart("0")).toEqual({ view: "chart" });
		expect(state.anythingHidden).toBe(false);
	});

	it("removes a table choice set to undefined, and drops empty tables from the snapshot", () => {
		const state = new NoteViewState(FRAMEWORKS, undefined);
		state.updateTable("1", { sort: { column: 2, direction: "ascending" } });
		expect(state.snapshot()).toEqual({ hiddenFrameworks: [], tables: { "1": { sort: { column: 2, direction: "ascending" } } } });
		state.updateTable("1", { sort: undefined });
		expect(state.snapshot()).toEqual({ hiddenFrameworks: [] });
	});

	it("does not share its data with the snapshot it came from or gave out", () => {
		const saved: NoteViewSnapshot = { hiddenFrameworks: [], tables: { "0": { hiddenColumns: ["A"] } } };
		const state = new NoteViewState(FRAMEWORKS, saved);
		state.updateTable("0", { hiddenColumns: ["A", "B"] });
		expect(saved.tables?.["0"]?.hiddenColumns).toEqual(["A"]);
		const out = state.snapshot();
		out.tables!["0"].hiddenColumns!.push("C");
		expect(state.table("0").hiddenColumns).toEqual(["A", "B"]);
	});

	it("takes a new list of frameworks in place, keeping choices for names still there", () => {
		const state = new NoteViewState(FRAMEWORKS, { hiddenFrameworks: ["JAX", "TensorFlow"] });
		let heard = 0;
		state.subscribe(() => heard++);
		state.setFrameworks(["JAX", "PyTorch", "Keras"]);
		expect(state.frameworks).toEqual(["JAX", "PyTorch", "Keras"]);
		expect(state.hiddenFrameworks).toEqual(["JAX"]);
		expect(heard).toBe(1);
		state.setFrameworks(["JAX", "PyTorch", "Keras"]);
		expect(heard).toBe(1);
	});

	it("reset forgets everything and says so", () => {
		const saved: NoteViewSnapshot[] = [];
		const state = new NoteViewState(FRAMEWORKS, { hiddenFrameworks: ["JAX"], charts: { "0": { view: "table" } } }, (s) => saved.push(s));
		state.reset();
		expect(saved.at(-1)).toEqual({ hiddenFrameworks: [] });
		expect(state.chart("0")).toEqual({});
	});
});
