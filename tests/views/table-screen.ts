// What a reader sees of an enhanced table, and what Copy puts on the
// clipboard, as grids of cell text, so tests can hold the two side by side.
import { chooseMenuItem } from "./fake-menu-host";

/** Visible rows (header first) and, in each, the cells of visible columns; header controls left out. */
export function screenGrid(table: HTMLTableElement): string[][] {
	const hiddenColumns = Array.from(table.querySelectorAll(":scope > colgroup > col")).map((col) => col.classList.contains("framework-compare-hidden-col"));
	const rows = Array.from(table.querySelectorAll<HTMLTableRowElement>(":scope > thead > tr, :scope > tbody > tr")).filter((row) => !row.classList.contains("framework-compare-hidden"));
	return rows.map((row) =>
		Array.from(row.children)
			.filter((_, c) => !hiddenColumns[c])
			.map((cell) => {
				const copy = cell.cloneNode(true) as HTMLElement;
				for (const controls of Array.from(copy.querySelectorAll(".framework-compare-header-controls"))) controls.remove();
				return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
			}),
	);
}

/** RFC 4180, as Copy as CSV writes it. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = "";
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ",") {
			row.push(cell);
			cell = "";
		} else if (ch === "\r" && text[i + 1] === "\n") {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = "";
			i++;
		} else cell += ch;
	}
	return rows;
}

/** Runs Copy → Copy as CSV on an enhanced table's toolbar and returns what was copied, as a grid. */
export function copiedGrid(container: Element, copies: string[]): string[][] {
	const before = copies.length;
	container.querySelector<HTMLButtonElement>(".framework-compare-copy")!.click();
	chooseMenuItem(container.ownerDocument, "Copy as CSV");
	if (copies.length !== before + 1) throw new Error("Copy as CSV copied nothing");
	return parseCsv(copies[copies.length - 1]).map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@])/, "").replace(/\s+/g, " ").trim()));
}
