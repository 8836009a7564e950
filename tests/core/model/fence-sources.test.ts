import { describe, expect, it } from "vitest";
import { buildNoteModel, fenceSources, VaultIndex } from "../../../src/core";

describe("fenceSources", () => {
	it("gives each fence's text by the line a chart of the note model names, frontmatter counted", () => {
		const text = [
			"---",
			"aliases: [Bench]",
			"---",
			"# Bench",
			"",
			"```",
			"Speed (ops/sec, higher is better)",
			"┌──────┬──────┐",
			"│ Tool │ Run  │",
			"├──────┼──────┤",
			"│ A    │ 10   │",
			"│ B    │ 20   │",
			"└──────┴──────┘",
			"```",
			"",
			"> ```comparison-chart",
			"> A  ████ 4",
			"> B  ██ 2",
			"> ```",
		].join("\n");
		const sources = fenceSources(text);
		const charts = buildNoteModel({ path: "Bench.md", text }, VaultIndex.build([])).charts;
		expect(charts.map((chart) => chart.line)).toEqual([6, 16]);
		expect(sources.get(6)?.split("\n")[0]).toBe("Speed (ops/sec, higher is better)");
		expect(sources.get(6)?.endsWith("└──────┴──────┘")).toBe(true);
		// Inside a quote the container's "> " is not part of the fence's text.
		expect(sources.get(16)).toBe("A  ████ 4\nB  ██ 2");
	});
});
