// A long table keeps only the rows near the screen in the page (./table-window),
// so the browser's find cannot reach the rest: a find box narrows the table to
// the rows that contain what is typed, and says how many do.
export interface TableFind {
	el: HTMLElement;
	/** Whether written row `r` (1 and up) holds the text looked for; every row does while the box is empty. */
	matches(r: number): boolean;
	/** Tells the reader how many rows match, after a redraw. */
	announce(shown: number): void;
	dispose(): void;
}

export function createTableFind(doc: Document, rowCount: number, rowText: (r: number) => string, onChange: () => void): TableFind {
	const el = doc.createElement("div");
	el.className = "framework-compare-table-find";
	const input = el.appendChild(doc.createElement("input"));
	input.type = "search";
	input.placeholder = `Find in ${rowCount.toLocaleString("en")} rows`;
	input.setAttribute("aria-label", `Find in this table's ${rowCount.toLocaleString("en")} rows`);
	const status = el.appendChild(doc.createElement("span"));
	status.className = "framework-compare-table-find-status";
	status.setAttribute("aria-live", "polite");

	// Each row's text, lower-cased once, the first time something is looked for.
	let texts: string[] | null = null;
	let query = "";
	const onInput = () => {
		query = input.value.trim().toLowerCase();
		onChange();
	};
	input.addEventListener("input", onInput);
	return {
		el,
		matches(r) {
			if (!query) return true;
			texts ??= Array.from({ length: rowCount + 1 }, (_, row) => (row === 0 ? "" : rowText(row).toLowerCase()));
			return texts[r]?.includes(query) ?? false;
		},
		announce(shown) {
			status.textContent = query ? `${shown.toLocaleString("en")} of ${rowCount.toLocaleString("en")} rows` : "";
		},
		dispose() {
			input.removeEventListener("input", onInput);
			el.remove();
		},
	};
}
