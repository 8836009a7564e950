// The Markdown source of each cell of a pipe table, so "Copy as Markdown"
// keeps links and formatting as the note wrote them.
export function splitPipeRow(line: string): string[] {
	const cells: string[] = [];
	let current = "";
	let inCode = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i]!;
		if (char === "\\" && line[i + 1] === "|") {
			current += "\\|";
			i++;
		} else if (char === "`") {
			inCode = !inCode;
			current += char;
		} else if (char === "|" && !inCode) {
			cells.push(current);
			current = "";
		} else current += char;
	}
	cells.push(current);
	const trimmed = line.trim();
	if (trimmed.startsWith("|")) cells.shift();
	if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) cells.pop();
	return cells.map((cell) => cell.trim());
}

/**
 * Header and body rows of the table whose header is at `headerLine` (1-based)
 * in `text`, or null when the lines there are not that table.
 */
export function tableSourceCells(text: string, headerLine: number, rowCount: number, columnCount: number): string[][] | null {
	const lines = text.split(/\r?\n/);
	const header = lines[headerLine - 1];
	if (header === undefined) return null;
	const grid = [splitPipeRow(header)];
	for (let i = 0; i < rowCount; i++) {
		const line = lines[headerLine + 1 + i];
		if (line === undefined) return null;
		grid.push(splitPipeRow(line));
	}
	// GFM pads short rows and cuts long ones to the header's width.
	return grid.map((row) => Array.from({ length: columnCount }, (_, j) => row[j] ?? ""));
}
