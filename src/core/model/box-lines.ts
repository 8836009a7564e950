// Reading the lines of a box drawn with line-drawing characters or ASCII.
// Cells are split on the bar characters of each line, not on columns: hand-drawn
// boxes rarely line up.

/** Vertical bars: ASCII, light, heavy, double and dashed. */
const VERTICAL = /[|│┃║╎╏┆┇┊┋]/;
const VERTICAL_SPLIT = /[|│┃║╎╏┆┇┊┋]/;
/** Everything a border line is made of: the box-drawing block, ASCII corners, dashes. */
const BORDER = /^[\s\u2500-\u257F+\-=:|]+$/;
const HORIZONTAL = /[\u2500-\u257F\-=]/;

export type BoxLine = { kind: "blank" } | { kind: "border" } | { kind: "row"; cells: string[] } | { kind: "text"; text: string };

export function classifyBoxLine(line: string): BoxLine {
	const text = line.trim();
	if (text === "") return { kind: "blank" };
	if (BORDER.test(text) && HORIZONTAL.test(text)) return { kind: "border" };
	if (!VERTICAL.test(text)) return { kind: "text", text };
	const parts = text.split(VERTICAL_SPLIT);
	// The outer bars of "│ a │ b │" leave empty strings at both ends.
	if (VERTICAL.test(text.charAt(0))) parts.shift();
	if (VERTICAL.test(text.charAt(text.length - 1))) parts.pop();
	return { kind: "row", cells: parts.map((cell) => cell.trim()) };
}
