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

	it("'Show all' also brings back a chart's hidden columns, and counts them as hidden while a view draws the chart", () => {
		const state = new NoteViewState(FRAMEWORKS, { hiddenFrameworks: [], charts: { "0": { view: "chart", hiddenColumns: ["TPU v4-8"] } } });
		// No view draws chart 0 (its title or columns were edited): nothing on the page is hidden.
		expect(state.anythingHidden).toBe(false);
		const heard: boolean[] = [];
		state.subscribe(() => heard.push(state.anythingHidden));
		const undrawn = state.draws("chart", "0");
		expect(state.anythingHidden).toBe(true);
		expect(heard).toEqual([true]);
		undrawn();
		undrawn();
		expect(heard).toEqual([true, false]);
		state.draws("chart", "0");
		state.draws("table", "0");
		expect(heard).toEqual([true, false, true]);
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

describe("NoteViewState and keys spelled like Object's own properties", () => {
	it("gives a table keyed __proto__ or constructor an entry of its own, shared with no other key", () => {
		const state = new NoteViewState(["JAX", "PyTorch"], undefined);
		expect(state.table("constructor")).toEqual({});
		expect(state.table("__proto__")).toEqual({});
		state.updateTable("__proto__", { transposed: true });
		state.updateChart("constructor", { view: "table" });
		expect(state.table("__proto__")).toEqual({ transposed: true });
		expect(state.table("other")).toEqual({});
		expect(state.chart("toString")).toEqual({});
		const snapshot = state.snapshot();
		expect(Object.keys(snapshot.tables ?? {})).toEqual(["__proto__"]);
		expect(Object.keys(snapshot.charts ?? {})).toEqual(["constructor"]);
		// And back from saved data.
		const again = new NoteViewState(["JAX", "PyTorch"], JSON.parse(JSON.stringify(snapshot)) as typeof snapshot);
		expect(again.table("__proto__")).toEqual({ transposed: true });
		expect(again.table("other")).toEqual({});
	});

	it("reads hidden frameworks that are not a list of names as none", () => {
		expect(new NoteViewState(["JAX"], { hiddenFrameworks: "JAX" as unknown as string[] }).hiddenFrameworks).toEqual([]);
		expect(new NoteViewState(["JAX"], { hiddenFrameworks: [3, "JAX"] as unknown as string[] }).hiddenFrameworks).toEqual(["JAX"]);
	});
});
