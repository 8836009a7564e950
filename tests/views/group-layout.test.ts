import { describe, expect, it } from "vitest";
import { itemHidden, shownTab, tabAfterKey } from "../../src/views/group-layout";

const SAMPLES = [
	{ frameworks: ["JAX"], label: "JAX" },
	{ frameworks: ["PyTorch"], label: "PyTorch" },
	{ frameworks: ["TensorFlow"], label: "TensorFlow" },
];

describe("itemHidden", () => {
	it("hides a section named after two frameworks when either is hidden", () => {
		const migration = { frameworks: ["PyTorch", "JAX"], label: "PyTorch → JAX" };
		expect(itemHidden(migration, (name) => name === "JAX")).toBe(true);
		expect(itemHidden(migration, (name) => name === "PyTorch")).toBe(true);
		expect(itemHidden(migration, (name) => name === "TensorFlow")).toBe(false);
	});
});

describe("shownTab", () => {
	it("shows the chosen tab while it is visible, else the first visible one, and none when all are hidden", () => {
		expect(shownTab(SAMPLES, [false, false, false], undefined)).toBe(0);
		expect(shownTab(SAMPLES, [false, false, false], "TensorFlow")).toBe(2);
		expect(shownTab(SAMPLES, [false, false, true], "TensorFlow")).toBe(0);
		expect(shownTab(SAMPLES, [true, false, true], "TensorFlow")).toBe(1);
		expect(shownTab(SAMPLES, [true, true, true], "JAX")).toBe(-1);
		// A label the note no longer has (the sample was renamed) is passed over.
		expect(shownTab(SAMPLES, [false, false, false], "MXNet")).toBe(0);
	});
});

describe("tabAfterKey", () => {
	it("moves right and left with wrapping, and to the ends with Home and End", () => {
		const none = [false, false, false];
		expect(tabAfterKey(none, 0, "ArrowRight")).toBe(1);
		expect(tabAfterKey(none, 2, "ArrowRight")).toBe(0);
		expect(tabAfterKey(none, 0, "ArrowLeft")).toBe(2);
		expect(tabAfterKey(none, 1, "Home")).toBe(0);
		expect(tabAfterKey(none, 1, "End")).toBe(2);
		expect(tabAfterKey(none, 1, "Enter")).toBeNull();
	});

	it("skips the tabs of hidden frameworks", () => {
		expect(tabAfterKey([false, true, false], 0, "ArrowRight")).toBe(2);
		expect(tabAfterKey([false, true, false], 2, "ArrowLeft")).toBe(0);
		expect(tabAfterKey([true, false, true], 1, "End")).toBe(1);
		expect(tabAfterKey([true, true, true], 0, "ArrowRight")).toBeNull();
	});
});
