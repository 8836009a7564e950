// The chart in a code fence, if it is drawn as one: the one entry point for
// every fence, so the note model and the views read fences alike.
import type { Result } from "../result";
import { parseBarChart } from "./bar-chart";
import { type ChartIssue, type ParsedChart, parseBoxChart } from "./box-chart";
import { readCandidate } from "./chart-candidate";
import { readFramedPlot } from "./framed-plot";

/**
 * Reads a fence as a grid (box) chart or a bar chart by how it is drawn, or the
 * first bar plot framed by a plotter's corners in it (./framed-plot).
 * A fence that is not drawn as a chart, or a code fence that cannot be read
 * as one, is "not-a-chart": nothing to report. `fenceLine` is the 1-based line of the
 * opening fence. Never throws.
 */
export function readFenceChart(language: string, text: string, fenceLine = 0): Result<ParsedChart, ChartIssue> {
	const candidate = readCandidate(language, text);
	// A fence drawn as bars throughout is read whole: two framed plots in it are two groups of one chart.
	const bars = candidate?.drawn === "bars" ? parseBarChart(text, fenceLine) : null;
	if (bars?.ok) return bars;
	// A plotter's framed bar plot is drawn, not written, in a fence of any language and among any other output.
	const plot = readFramedPlot(text, fenceLine);
	if (plot !== null) return plot;
	const notAChart: Result<ParsedChart, ChartIssue> = { ok: false, issues: [{ line: fenceLine, kind: "not-a-chart", message: "This fence is not drawn as a chart." }] };
	if (candidate === null) return notAChart;
	const read = bars ?? parseBoxChart(text, fenceLine);
	// A grid in a code fence that cannot be read is the author's code or output, left as written.
	return read.ok || !candidate.quiet ? read : notAChart;
}
