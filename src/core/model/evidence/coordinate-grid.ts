// `| | P1.0 | P1.1 | … |` over `P0.3`, `P0.4`, `P2.0`: a keyboard's matrix of pins, a grid of
// cells `A1`, `B2`, a chip's registers by row and column. Where the labels of both sides are
// written in one shape (the same letters and marks, only the numbers differing), the two sides
// are the coordinates of one scheme, and the grid looks a value up by them; neither side is a set
// of things compared. Products numbered alike stand on one side only, over attributes written
// otherwise (`iPhone 14 | iPhone 15` over `Price`, `Weight`), and a head-to-head matrix names the
// same things on both sides. Read from the labels' shape alone, in any language.
import { type CellFacts, sideLabels } from "./facts";
import type { AxisRule } from "./rule";

/** The fewest labels on each side: two pins by two is no scheme yet. */
const FEWEST = 2;

/** A label's shape: its digits run together as one `0` (`P1.0` and `P12.7` → `P0.0`); null without a digit. */
function shapeOf(text: string): string | null {
	let shape = "";
	let digits = false;
	let inNumber = false;
	for (const char of text.trim()) {
		const digit = char >= "0" && char <= "9";
		if (digit && !inNumber) shape += "0";
		else if (!digit) shape += char.toLowerCase();
		inNumber = digit;
		digits ||= digit;
	}
	return digits ? shape : null;
}

/** The one shape every label of the side is written in, or null. */
function oneShape(cells: readonly CellFacts[]): string | null {
	const filled = cells.filter((cell) => cell.text.trim() !== "");
	if (filled.length < FEWEST || filled.length < cells.length) return null;
	let shape: string | null = null;
	for (const cell of filled) {
		const own = shapeOf(cell.text);
		if (own === null || (shape !== null && own !== shape)) return null;
		shape = own;
	}
	return shape;
}

export const coordinateGrid: AxisRule = (group) => {
	if (group.kind !== "table") return [];
	const rowLabels = sideLabels(group, "rows");
	const columnLabels = sideLabels(group, "columns");
	const rows = oneShape(rowLabels);
	if (rows === null || rows !== oneShape(columnLabels)) return [];
	// `| | Llama 2 7B | Llama 2 13B |` over the same models: a head-to-head matrix sets the things
	// against each other pairwise, and names them on both sides; coordinates differ from side to side.
	const across = new Set(columnLabels.map((cell) => cell.text.trim().toLowerCase()));
	if (rowLabels.some((cell) => across.has(cell.text.trim().toLowerCase()))) return [];
	const reason = `both sides are written alike (${rows.replace(/0/g, "#")}): coordinates of one scheme`;
	return [
		{ side: "rows", evidence: { rule: "coordinate-grid", score: -2, reason } },
		{ side: "columns", evidence: { rule: "coordinate-grid", score: -2, reason } },
	];
};
