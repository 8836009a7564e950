// Reading the lines of a bar chart drawn with characters: a label, a run of
// block characters (or ASCII "####" / "====") and the number it stands for.
//
//   JAX        ████████▌ 390
//   Express   ▓▓▓▓▓▓▓▓░░░░  14,200 req/s
//   PyTorch    |███████▋| (380)
//   Railway    ⭐⭐⭐⭐⭐
//   Render     ★★★☆☆
//   Paris      ┤■■■■■■■■■ 2.244
import { type CellValue, readCell } from "./cell-value";

/**
 * The first run of bar characters on a line: block elements (termgraph's ▇ among them) and the symbols
 * a rating or progress bar is drawn with (each may carry the emoji selector
 * U+FE0F), or three or more ASCII "#" or "=".
 */
const BAR_RUN = /(?:[█▇▉▊▋▌▍▎▏▓▒░■□★☆⭐●○▰▱⬜⚪🟩🟦🟥🟧🟨🟪🟫]\uFE0F?)+|#{3,}|={3,}/u;
/** What may stand between a label and its bar, or around the bar: "┤" is the axis tick a plotting tool draws (UnicodePlots, YouPlot). */
const EDGE = new Set(["|", "│", ":", "┤", "├"]);
/** The edges drawn as an axis the bars grow from; a colon only ends a label (`Total     : 512 GB`). */
const AXIS = new Set(["|", "│", "┤", "├"]);
/**
 * A plotting tool's frame around its bars: only corners and box lines
 * ("┌          ┐", "└──────┘"). It holds nothing to read, like a blank line;
 * a rule without corners ("─────") stays text, as it always was.
 */
const CORNERS = new Set([..."┌┐└┘╭╮╰╯"]);
/** One pass over the line: a regex of a corner between two runs of the same class would rescan long lines. */
function isFrame(text: string): boolean {
	let corner = false;
	for (const char of text) {
		if (CORNERS.has(char)) corner = true;
		else if (char !== " " && char !== "\t" && !(char >= "\u2500" && char <= "\u257F")) return false;
	}
	return corner;
}
/** "PyTorch    N/A": a label, two or more spaces (or a tab), a value, and no bar. */
const GAP = /^(.*?\S)(?: {2,}|\t)(\S.*)$/;

/**
 * Eighths of a full block, for the partial blocks: ▏ is 1/8 … ▉ is 7/8. A
 * filled symbol (★ ⭐ ● ▰ 🟩) is one whole step, as a star of a rating is;
 * its hollow twin (☆ ○ □ ▱ ⬜ ⚪), like ░, is the empty track.
 */
const EIGHTHS: Readonly<Record<string, number>> = {
	// termgraph draws its bars of ▇, a whole step each (its ▏ a part).
	"█": 8, "▇": 8, "▉": 7, "▊": 6, "▋": 5, "▌": 4, "▍": 3, "▎": 2, "▏": 1, "■": 8, "▓": 8,
	"★": 8, "⭐": 8, "●": 8, "▰": 8, "🟩": 8, "🟦": 8, "🟥": 8, "🟧": 8, "🟨": 8, "🟪": 8, "🟫": 8,
};

export type BarLine =
	| { kind: "blank" }
	/**
	 * A drawn bar. `length` is in full blocks (null for ASCII bars, which must
	 * write their number); `value` is what is written after the bar, null when
	 * nothing is. `named` is the label without an amount written between it and
	 * the bar, its share after it (`PHP   6 hrs 18 mins   ██▒░░   41.91 %`): the
	 * chart takes it where all its bars are so written.
	 */
	| { kind: "bar"; label: string; length: number | null; value: CellValue | null; valueText: string; named?: string; /** Where the bar starts on its line. */ at?: number }
	/** A label and a value with no bar ("PyTorch   N/A"): a row only inside a chart. */
	| {
			kind: "gap";
			label: string;
			value: CellValue;
			text: string;
			/** Written on the axis the bars grow from (`duckdb   | 0.0`): a bar of no length, drawn as the others are. */
			onAxis?: true;
	  }
	| { kind: "text"; text: string };

/** The unit a chart value is measured in (`ms`, `%`), or null for a bare number, a rating or a gap. */
export function valueUnit(value: CellValue | null): string | null {
	return value?.kind === "percent" ? "%" : value?.kind === "number" ? value.unit : null;
}

/** A value a chart can hold: a number, a percentage, a rating (`3/5`, `★★★☆☆`, on five as the cell reader reads it) or a known gap. */
export function isChartValue(value: CellValue): boolean {
	return value.kind === "number" || value.kind === "percent" || value.kind === "rating" || value.kind === "missing";
}

/** A bar that a chart can read: a written number (or gap), or a block bar with nothing after it. */
export function isReadableBar(line: BarLine): boolean {
	return line.kind === "bar" && (line.value === null ? line.length !== null : isChartValue(line.value));
}

/** Trims spaces and the edge characters "|", "│", ":" from both ends (a loop: a regex anchored only at the end would rescan long runs). */
function stripEdges(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && (EDGE.has(text.charAt(start)) || text.charAt(start) === " ")) start++;
	while (end > start && (EDGE.has(text.charAt(end - 1)) || text.charAt(end - 1) === " ")) end--;
	return text.slice(start, end);
}

/**
 * The length of a block bar in full blocks. ░ is the empty track; ▒ is the
 * track too when darker blocks fill the bar ("████▒▒▒"), else it fills.
 */
function blockLength(run: string): number {
	const darker = /[█▉▊▋▌▍▎▏▓■]/u.test(run);
	let eighths = 0;
	for (const char of run) eighths += EIGHTHS[char] ?? (char === "▒" && !darker ? 8 : 0);
	return eighths / 8;
}

/**
 * `JetStreamProto: 1,200 Мбит/с`: a label closed by a colon, one space, and the amount, as GAP's
 * groups are (the whole, the label, what follows). The last colon, so `Go: net/http: 12 ms` keeps its
 * label whole; found by hand, since a pattern of spaces before a colon tried from every start is quadratic.
 */
function afterColon(text: string): [string, string, string] | null {
	const at = text.lastIndexOf(": ");
	if (at + 2 >= text.length || text.charAt(at + 2) === " ") return null;
	// French sets a space before the colon (`Débit : 1 200 Mbit/s`): the label is what stands before both.
	const label = text.slice(0, at).trimEnd();
	return label === "" ? null : [text, label, text.slice(at + 2)];
}

/** A label that ends with a share: `Epoch 1:  100%`. */
const PERCENT_LAST = /\d%$/;

/**
 * `4 500 USD  ✅ SOLUTION RETENUE`: the amount, then a remark after a wider gap. The amount keeps its
 * thousands written with spaces, where its first word alone would read 4. Null when no amount stands so.
 */
function amountBeforeRemark(text: string): string | null {
	const gap = /\S(?: {2,}|\t)/.exec(text);
	if (gap === null) return null;
	const amount = text.slice(0, gap.index + 1);
	const value = readCell(amount);
	return value.kind === "number" || value.kind === "percent" ? amount : null;
}

/** The value written after a bar: "390", "(380)", "| 14,200 req/s"; a trailing remark after the number is let go. */
function readValue(text: string): CellValue {
	const whole = readCell(text);
	if (isChartValue(whole)) return whole;
	const amount = amountBeforeRemark(text);
	if (amount !== null) return readCell(amount);
	const first = readCell(text.split(" ")[0] ?? "");
	return first.kind === "number" || first.kind === "percent" || first.kind === "rating" ? first : whole;
}

/** Numbers each with its unit word, up to three pairs (`6 hrs 18 mins`, `2m 30s`); one such pair is read by the cell reader. */
const UNIT_PAIRS = /^\d+(?:[.,]\d+)? ?\p{L}{1,12}(?: \d+(?:[.,]\d+)? ?\p{L}{1,12}){1,2}$/u;

/** A number with a unit (`1959 commits`, `59 mins`), or a duration written in parts (`1 hr 34 mins`). */
function isMeasure(text: string): boolean {
	const value = readCell(text);
	return (value.kind === "number" && value.unit !== null) || UNIT_PAIRS.test(text);
}

/** One tick of an axis: a number, perhaps with a short unit (`0`, `14,576`, `250ms`, `50%`). */
const TICK = /^\d[\d,.]*(?:\p{L}{1,3}|%)?$/u;

/**
 * Whether the line is the axis drawn under the bars (`0        14,576       29,152       58,304`): three
 * ticks or more and nothing else, rising from left to right. It measures the bars and names none.
 */
export function isScaleLine(text: string): boolean {
	const ticks = text.trim().split(/\s+/);
	if (ticks.length < 3 || !ticks.every((tick) => TICK.test(tick))) return false;
	const values = ticks.map((tick) => Number.parseFloat(tick.replace(/,/g, "")));
	return values.every((value, i) => i === 0 || value > (values[i - 1] as number));
}

export function classifyBarLine(line: string): BarLine {
	const text = line.trimEnd();
	if (text.trim() === "" || isFrame(text)) return { kind: "blank" };
	const run = BAR_RUN.exec(text);
	if (!run) {
		const gap = GAP.exec(text.trim());
		// A bar of no length leaves the axis it grows from before its number (`duckdb   | 0.0` among `chromem  |██ 509835.4`).
		const written = gap ? stripEdges(gap[2] ?? "") : "";
		const value = written === "" ? null : readCell(written);
		// A line without a bar is a bar's gap only with a number, N/A or a rating of nothing (`Ember   0/5`, whose bar
		// has no length): `Rating   8/10` under the bars is a remark.
		if (gap && value && (value.kind !== "rating" || value.value === 0) && isChartValue(value)) {
			const line: BarLine = { kind: "gap", label: stripEdges(gap[1] ?? ""), value, text: text.trim() };
			return AXIS.has((gap[2] ?? "").charAt(0)) ? { ...line, onAxis: true } : line;
		}
		return { kind: "text", text: text.trim() };
	}
	// A progress bar in brackets (`Axum  [█████████     ]  84%`): the brackets are its track's ends.
	let label = stripEdges(text.slice(0, run.index).trim().replace(/\[$/, ""));
	let valueText = stripEdges(text.slice(run.index + run[0].length).trim().replace(/^\]/, ""));
	const parenthesised = /^\((.*)\)$/.exec(valueText);
	// Nothing after the bar, or only a remark in brackets: a number may stand before it.
	const remarkOnly = valueText === "" || parenthesised !== null;
	if (parenthesised) valueText = (parenthesised[1] ?? "").trim();
	const ascii = run[0].startsWith("#") || run[0].startsWith("=");
	// The amount as written, for its form (`4 500`), when a remark follows it and the whole does not read.
	if (valueText !== "" && !isChartValue(readCell(valueText))) valueText = amountBeforeRemark(valueText) ?? valueText;
	let value = valueText === "" ? null : readValue(valueText);
	// The number written before the bar (`Go:   85,000 req/s  ████████`), a remark or nothing after it.
	// A measure written so outweighs a number in the remark (`(12 runs)`); a bare number before the
	// bar does not (`Python  3.12  ████  (1.2 s)`: a version). A progress line writes its count
	// after the bar (`Epoch 1:  100%|██████| 10/10 [00:01<00:00]`).
	const readAfter = value !== null && isChartValue(value);
	if (remarkOnly && (!readAfter || parenthesised !== null)) {
		const gap = GAP.exec(label);
		const before = gap ?? afterColon(label);
		const written = before ? readValue(before[2] ?? "") : null;
		const measure = written !== null && (written.kind === "percent" || (written.kind === "number" && written.unit !== null));
		// After a colon and one space a bare number is as often part of the label (`threads: 4 ████`): only a measure is read so.
		if (before && written && isChartValue(written) && (!readAfter || measure) && (gap !== null || measure)) {
			label = stripEdges(before[1] ?? "");
			value = written;
			valueText = (before[2] ?? "").trim();
		}
	}
	// A measure between the label and the bar, and its share after the bar (`PHP   6 hrs 18 mins   ██▒░░   41.91 %`,
	// `Morning   1959 commits   ███░░   26.13 %`, as a coding-time or commit-stats profile prints it): the amount
	// and the part of the whole it is, which the bar draws. The name is what stands before the amount.
	let named: string | undefined;
	if (!remarkOnly && value?.kind === "percent") {
		const before = GAP.exec(label);
		if (before && isMeasure((before[2] ?? "").trim())) named = stripEdges(before[1] ?? "");
	}
	// ASCII runs are bars only with a number after them: "a === b" is code. A
	// label that is itself a number is a progress line ("100%|██████| 10/10").
	const labelKind = readCell(label).kind;
	// A share done before the bar and a count after it (`Epoch 1:  100%|██████| 10/10`) is progress, however the count reads.
	const progress = value?.kind === "rating" && PERCENT_LAST.test(label);
	if (label === "" || labelKind === "number" || labelKind === "percent" || progress || (ascii && (value === null || !isChartValue(value)))) {
		return { kind: "text", text: text.trim() };
	}
	const bar = { kind: "bar" as const, label, length: ascii ? null : blockLength(run[0]), value, valueText, at: run.index };
	return named === undefined || named === "" ? bar : { ...bar, named };
}
