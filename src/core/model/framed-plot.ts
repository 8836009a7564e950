// A bar plot drawn by a terminal plotter inside a longer fence: a frame of two
// corners above (┌ … ┐) and two below (└ … ┘), and between them one line per
// bar, its label, the axis ┤, the bar and the number it stands for. Benchmark
// tools and plotting libraries print it so (mitata's barplot, UnicodePlots,
// YouPlot), often among other output or inside a code sample:
//
//                         ┌                                            ┐
//                   1 + 1 ┤■ 318.11 ps
//              Date.now() ┤■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■■ 27.69 ns
//                         └                                            ┘
//
// The frame sets the plot apart from the text around it, so it is read alone,
// whatever else the fence holds. A bar's value is the number written last on
// its line; the bar is only its picture (a plotter squeezed for width may even
// write a unit's letter inside the bar: `┤■■■■s ■ 174.13 µ`).
import { splitLines } from "../frontmatter/frontmatter-block";
import type { Result } from "../result";
import type { ChartIssue, ParsedChart } from "./box-chart";
import { type WrittenForm, writtenForm } from "./cell-value";
import type { Chart } from "./types";

/** A frame's top or bottom edge: two corners with nothing but spaces between. */
const TOP = /^\s*┌\s*┐\s*$/u;
const BOTTOM = /^\s*└\s*┘\s*$/u;
/** The axis every bar starts from. */
const AXIS = "┤";
/** What a bar is drawn with (blocks, the plotter's squares). */
const BAR = /[█▉▊▋▌▍▎▏▓▒░■▪▬]/gu;
/** The number a line writes last, and the unit written after it: `27.69 ns`, `174.13 µ`, `9390.0`. */
const LAST_NUMBER = /(\d[\d,]*(?:\.\d+)?)\s*([^\s\d]{0,6})\s*$/u;

interface PlotLine {
	line: number;
	label: string;
	value: number;
	written: WrittenForm | null;
	unit: string | null;
}

/** A line between the corners: a label, the axis, a bar (maybe none) and the number last. */
function readPlotLine(text: string, line: number): PlotLine | null {
	const axis = text.indexOf(AXIS);
	if (axis < 0) return null;
	const label = text.slice(0, axis).trim();
	// A label is words, not the whisker of a box plot (`├┤`) or a tick of an axis.
	if (!/[\p{L}\p{N}]/u.test(label) || /[\u2500-\u257F]/u.test(label)) return null;
	const rest = text.slice(axis + AXIS.length).replace(BAR, " ");
	const last = LAST_NUMBER.exec(rest);
	if (!last) return null;
	const digits = (last[1] ?? "").replace(/,/g, "");
	const value = Number(digits);
	if (!Number.isFinite(value)) return null;
	const unit = (last[2] ?? "").trim();
	return { line, label, value, written: writtenForm(last[1] ?? ""), unit: unit === "" ? null : unit };
}

/**
 * The first framed bar plot in a fence's text, read as a chart of one column: every
 * line inside the frame a bar, two at least, their labels told apart. `fenceLine` is the
 * 1-based line of the opening fence. Null when the text draws no such plot.
 */
export function readFramedPlot(text: string, fenceLine = 0): Result<ParsedChart, ChartIssue> | null {
	if (!text.includes("┌") || !text.includes(AXIS)) return null;
	const lines = splitLines(text);
	for (let top = 0; top < lines.length; top++) {
		if (!TOP.test(lines[top] ?? "")) continue;
		const bars: PlotLine[] = [];
		let closed = false;
		let inside = top + 1;
		for (; inside < lines.length; inside++) {
			const text = lines[inside] ?? "";
			if (BOTTOM.test(text)) {
				closed = true;
				break;
			}
			if (text.trim() === "") continue;
			const bar = readPlotLine(text, fenceLine + 1 + inside);
			if (bar === null) break;
			bars.push(bar);
		}
		const labels = new Set(bars.map((bar) => bar.label));
		if (closed && bars.length >= 2 && labels.size === bars.length) return { ok: true, value: plotChart(bars, fenceLine) };
		top = inside;
	}
	return null;
}

function plotChart(bars: readonly PlotLine[], fenceLine: number): ParsedChart {
	const units = new Set(bars.map((bar) => bar.unit));
	const chart: Chart = {
		line: fenceLine,
		title: null,
		unit: units.size === 1 ? ([...units][0] ?? null) : null,
		better: null,
		rowLabels: bars.map((bar) => bar.label),
		columnLabels: [""],
		values: bars.map((bar) => [bar.value]),
		frameworks: [],
	};
	return { chart, cornerLabel: null, written: bars.map((bar) => [bar.written]) };
}
