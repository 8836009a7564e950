// Which fences may hold a chart. Only a fence drawn as a grid (border lines
// where columns meet, and rows of cells between bars) or as bars (labels with
// bars of block characters) is a candidate, and only a candidate in a plain or
// chart language may be reported as a chart that cannot be read. In a code
// language (`sh`, `python`) only a grid drawn with box-drawing characters, or
// bars of block characters each with its number on every line but one (and no
// box-drawing character in the fence), is a candidate, since no program is written so: console.table output, a results
// grid pasted into a Python fence, a benchmark's bars printed into a shell fence. Console output, logs and code stay code,
// with nothing to report.
import { splitLines } from "../frontmatter/frontmatter-block";
import { type BarLine, classifyBarLine, isReadableBar, isScaleLine, valueUnit } from "./bar-lines";
import { classifyBoxLine } from "./box-lines";

/**
 * Fence languages that may hold a drawn chart. Every other language is code,
 * never a chart: `shell`, `sh`, `bash`, `console`, `python`, ….
 */
const CHART_FENCES = new Set(["", "text", "txt", "plain", "plaintext", "chart", "comparison-chart", "ascii", "none"]);
/** Always read as a chart, whatever it holds, so the reader hears why one cannot be read. */
const ALWAYS_CHART = "comparison-chart";

/**
 * Box-drawing characters that only run sideways (─ ━ ═ and the dashed ones):
 * a border made of these alone shows no columns, like a "-----" rule in a log.
 */
const SIDEWAYS = new Set([..."─━┄┅┈┉╌╍═╴╶╸╺╼╾"]);

export type ChartCandidate = "grid" | "bars";

/** How a candidate that cannot be read is treated: reported in a plain fence, left as code in a code fence. */
export type CandidateReading = { drawn: ChartCandidate; quiet: boolean };

/** The fence's language: the first word of its info string, lowercased. */
export function fenceLanguage(info: string): string {
	return info.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
}

/** A border line that shows where columns meet: a corner or junction (┌ ┬ ┼ ╋ ╬), "+" or "|". */
function isGridBorder(line: string): boolean {
	if (classifyBoxLine(line).kind !== "border") return false;
	for (const char of line) {
		if (char === "+" || char === "|") return true;
		if (char >= "\u2500" && char <= "\u257F" && !SIDEWAYS.has(char)) return true;
	}
	return false;
}

/** Box-drawing junctions: drawn, where "+" and "|" may be code or a shell's output. */
function isBoxBorder(line: string): boolean {
	for (const char of line) if (char >= "\u2500" && char <= "\u257F" && !SIDEWAYS.has(char)) return true;
	return false;
}

function drawnAsGrid(lines: string[], boxOnly = false): boolean {
	let border = false;
	let row = false;
	for (const line of lines) {
		if (!border && isGridBorder(line) && (!boxOnly || isBoxBorder(line))) border = true;
		if (!row) {
			const box = classifyBoxLine(line);
			row = box.kind === "row" && box.cells.length >= 2;
		}
		if (border && row) return true;
	}
	return false;
}

/**
 * At least two readable bars, and bars on at least half of the lines with text. `drawnOnly`: bars of
 * block characters with the number written after them, on every line but one, as a benchmark
 * prints its results into a shell fence; `###` and `===` runs are a program's comments and rules, and
 * a progress bar's count (`100%|█████| 10/10`) stands among a log's other lines.
 */
function drawnAsBars(lines: string[], drawnOnly = false): boolean {
	let bars = 0;
	let gaps = 0;
	let filled = 0;
	// The axis drawn under the bars, the fence's last line (`0    14,576    29,152    58,304`), measures them: no line of text.
	let last = lines.length - 1;
	while (last >= 0 && (lines[last] as string).trim() === "") last--;
	const classified = lines.map(classifyBarLine);
	// The units the drawn bars write (`ms`, `%`, none), worked out once and only for a fence with a bar of no length.
	let units: Set<string | null> | null = null;
	const unitsOfBars = () => (units ??= new Set(classified.flatMap((line) => (line.kind === "bar" && line.value !== null ? [valueUnit(line.value)] : []))));
	for (const [i, line] of lines.entries()) {
		const bar = classified[i] as BarLine;
		if (bar.kind === "blank" || (i === last && bar.kind !== "bar" && isScaleLine(line))) continue;
		filled++;
		if (isReadableBar(bar) && (!drawnOnly || (bar.kind === "bar" && bar.length !== null && bar.value !== null))) bars++;
		// A bar of no length on the drawn axis (`duckdb   | 0.0`) is drawn as the others are, where it is measured as they are.
		else if (bar.kind === "gap" && bar.onAxis === true && !drawnOnly && unitsOfBars().has(valueUnit(bar.value))) bars++;
		// A bar of nothing (`Remix   ❌ 0`) is one of the chart's lines too.
		else if (bar.kind === "gap") gaps++;
	}
	// Drawn only: every line but one a bar or a bar of nothing; a download log's bars (`pulling 6a07… 100% ▕███▏ 4.7 GB`)
	// stand among its other lines.
	return drawnOnly ? bars >= 2 && bars + gaps + 1 >= filled : bars >= 2 && bars * 2 >= filled;
}

/** Any box-drawing character at all: a code fence without one holds no grid, and is not split into lines to find that out. */
const BOX_DRAWING = /[\u2500-\u257F]/;

/** Block characters: a bar drawn, where `#` and `=` may be code. */
const BLOCKS = /[█▇▉▊▋▌▍▎▏▓▒░]/;

export function readCandidate(language: string, text: string): CandidateReading | null {
	const code = !CHART_FENCES.has(language);
	const box = BOX_DRAWING.test(text);
	if (code && !box && !BLOCKS.test(text)) return null;
	const lines = splitLines(text);
	if (code) {
		// A fence drawing with box characters is a grid or a tool's tree (`dust`'s `┌── node_modules │███│`), never bars.
		if (box) return drawnAsGrid(lines, true) ? { drawn: "grid", quiet: true } : null;
		// A benchmark's bars pasted into a shell fence: no program is written so either.
		return drawnAsBars(lines, true) ? { drawn: "bars", quiet: true } : null;
	}
	if (drawnAsGrid(lines)) return { drawn: "grid", quiet: false };
	if (drawnAsBars(lines)) return { drawn: "bars", quiet: false };
	return language === ALWAYS_CHART ? { drawn: "grid", quiet: false } : null;
}
