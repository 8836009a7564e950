// `comparison-chart` fences: always treated as charts, also in Live Preview.
import type { Plugin } from "obsidian";
import { renderChartSource } from "../views/chart-source";

export function registerChartBlock(plugin: Plugin): void {
	plugin.registerMarkdownCodeBlockProcessor("comparison-chart", (source, el) => {
		renderChartSource(el, source, null);
	});
}
