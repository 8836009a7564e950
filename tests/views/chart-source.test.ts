// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { renderChartSource } from "../../src/views/chart-source";

describe("renderChartSource", () => {
	it("shows the fence text exactly, never as markup", () => {
		const el = document.createElement("div");
		const source = 'Speed (ops/s)\n┌──┬──┐\n│ <img src=x onerror="alert(1)"> │ 1 │\n└──┴──┘';
		renderChartSource(el, source, null);
		expect(el.querySelector("code")?.textContent).toBe(source);
		expect(el.querySelector("img")).toBeNull();
		expect(el.querySelector("figcaption")).toBeNull();
	});

	it("says why a chart could not be drawn above the text", () => {
		const el = document.createElement("div");
		renderChartSource(el, "| a | b |", "Row 2 has 3 cells where the header has 2.");
		expect(el.querySelector("figcaption")?.textContent).toBe("Row 2 has 3 cells where the header has 2.");
		expect(el.querySelector("code")?.textContent).toBe("| a | b |");
	});
});
