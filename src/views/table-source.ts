// The Markdown source of each cell of a pipe table, so "Copy as Markdown"
// keeps links and formatting as the note wrote them.
export function splitPipeRow(written: string): string[] {
	// A table inside a blockquote or callout carries the quote markers on every line.
	const line = written.replace(/^\s*(?:>\s?)+/, "");
	const cells: string[] = [];
	let current = "";
	let codeRun = 0; // length of the backtick run that opened a code span, 0 outside one
	for (let i = 0; i < line.length; i++) {
		const char = line[i]!;
		if (char === "\\" && line[i + 1] === "|") {
			current += "\\|";
			i++;
		} else if (char === "`") {
			let run = 1;
			while (line[i + run] === "`") run++;
			const text = line.slice(i, i + run);
			// A code span needs a closing run of the same length; a lone backtick is text.
			if (codeRun === 0 && line.indexOf(text, i + run) >= 0) codeRun = run;
			else if (codeRun === run) codeRun = 0;
			current += text;
			i += run - 1;
		} else if (char === "|" && codeRun === 0) {
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
