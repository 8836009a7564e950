// markdown-it's own table rule, run as it is, then asked where each row's
// cells are written. markdown-it records only line ranges (`token.map`), and a
// row's line still carries its container's prefix ("> ", "- ", indentation),
// so the spans are read while the rule's block state still knows where that
// prefix ends. The cells are split as markdown-it's `escapedSplit` splits them
// (rules_block/table): at every "|" not directly after a backslash, code spans
// included, so a cell's span always matches the cell markdown-it rendered.
import type { StateBlock, Token } from "markdown-it";
import type { CellSource } from "../../model/types";

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** Stored in a `tr_open` token's `meta`: columns on the row's line (`token.map[0]`), end exclusive. */
type TableRowMeta = {
	/** The row's text after the container prefix and indentation, trimmed as markdown-it trims it. */
	start: number;
	end: number;
	/** One per cell markdown-it made, in order. */
	cells: CellSource[];
};

const PIPE = 0x7c;
const BACKSLASH = 0x5c;

export function withCellSpans(table: BlockRule): BlockRule {
	return (state, startLine, endLine, silent) => {
		const first = state.tokens.length;
		if (!table(state, startLine, endLine, silent)) return false;
		if (silent) return true;
		for (let i = first; i < state.tokens.length; i++) {
			const token = state.tokens[i] as Token;
			if (token.type !== "tr_open" || !token.map) continue;
			let width = 0;
			for (let j = i + 1; j < state.tokens.length && state.tokens[j]?.type !== "tr_close"; j++) {
				const type = state.tokens[j]?.type;
				if (type === "th_open" || type === "td_open") width++;
			}
			const meta: TableRowMeta = rowSpans(state, token.map[0], width);
			token.meta = meta;
		}
		return true;
	};
}

export function tableRowMeta(token: Token): TableRowMeta | null {
	const meta = token.meta as Partial<TableRowMeta> | null;
	return token.type === "tr_open" && meta && Array.isArray(meta.cells) ? (meta as TableRowMeta) : null;
}

function rowSpans(state: StateBlock, line: number, width: number): TableRowMeta {
	const { src } = state;
	// eMarks are never moved by containers, so the line's own start is one past the previous line's end.
	const lineStart = line === 0 ? 0 : (state.eMarks[line - 1] as number) + 1;
	const [from, to] = trimmed(src, state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!);
	// Each piece is [start, end) in `src`, split as escapedSplit splits the trimmed line. Pieces past
	// the table's width are cut, so only the first width + 2 matter (an empty first one is dropped).
	const pieces: [number, number][] = [];
	let pieceStart = from;
	for (let pos = from; pos < to && pieces.length < width + 2; pos++) {
		if (src.charCodeAt(pos) === PIPE && (pos === from || src.charCodeAt(pos - 1) !== BACKSLASH)) {
			pieces.push([pieceStart, pos]);
			pieceStart = pos + 1;
		}
	}
	if (pieces.length < width + 2) pieces.push([pieceStart, to]);
	// A leading and a trailing pipe leave an empty piece, which is no cell.
	if (pieces.length > 0 && pieces[0]![0] === pieces[0]![1]) pieces.shift();
	if (pieces.length > 0 && pieces[pieces.length - 1]![0] === pieces[pieces.length - 1]![1]) pieces.pop();
	const cells: CellSource[] = [];
	for (let i = 0; i < width; i++) {
		const piece = pieces[i];
		// A row shorter than the header gets empty cells: they are written nowhere, so they sit at the row's end.
		const [start, end] = piece ? trimmed(src, piece[0], piece[1]) : [to, to];
		cells.push({ start: start - lineStart, end: end - lineStart, markdown: src.slice(start, end) });
	}
	return { start: from - lineStart, end: to - lineStart, cells };
}

/** [start, end) without the whitespace String.prototype.trim removes, as markdown-it trims rows and cells. */
function trimmed(src: string, start: number, end: number): [number, number] {
	const text = src.slice(start, end);
	const rest = text.trimStart();
	const from = end - rest.length;
	return [from, from + rest.trimEnd().length];
}
