// A chart's numbers as an HTML table, laid out as the box in the note is
// (its rows stay rows), for the chart's "Table" view: every value in reach
// of a keyboard and a screen reader, the best of each category marked.
import { type ChartData, valueText } from "./chart-data";

export interface ChartTable {
	el: HTMLTableElement;
	/** Hides rows and columns of hidden series and categories. */
	applyVisibility(seriesHidden: (s: number) => boolean, categoryHidden: (c: number) => boolean): void;
}

export function buildChartTable(doc: Document, data: ChartData, best: boolean[][], slotOf: (s: number) => number): ChartTable {
	const across = data.frameworkAxis === "columns";
	// Rows and columns of the box as written.
	const rowCount = across ? data.categories.length : data.series.length;
	const columnCount = across ? data.series.length : data.categories.length;
	const at = (r: number, c: number) => (across ? { s: c, c: r } : { s: r, c });
	const rowLabel = (r: number) => (across ? data.categories[r] : data.series[r]?.label) ?? "";
	const columnLabel = (c: number) => (across ? data.series[c]?.label : data.categories[c]) ?? "";

	const table = doc.createElement("table");
	table.className = "framework-compare-chart-table";
	if (data.title) {
		const caption = doc.createElement("caption");
		// The chart's title is shown above its views; the caption names the table for screen readers.
		caption.className = "framework-compare-sr-only";
		caption.textContent = [data.title, data.unit].filter(Boolean).join(", ");
		table.appendChild(caption);
	}
	const thead = doc.createElement("thead");
	const headRow = doc.createElement("tr");
	const corner = doc.createElement("th");
	corner.textContent = data.cornerLabel ?? "";
	headRow.appendChild(corner);
	const headCells: HTMLTableCellElement[] = [];
	for (let c = 0; c < columnCount; c++) {
		const th = doc.createElement("th");
		th.scope = "col";
		th.textContent = columnLabel(c);
		if (across) mark(th, data.series[c]?.framework ?? null, slotOf(c));
		headRow.appendChild(th);
		headCells.push(th);
	}
	thead.appendChild(headRow);
	table.appendChild(thead);

	const tbody = doc.createElement("tbody");
	const rows: HTMLTableRowElement[] = [];
	const cells: { s: number; c: number; el: HTMLTableCellElement }[] = [];
	for (let r = 0; r < rowCount; r++) {
		const tr = doc.createElement("tr");
		const th = doc.createElement("th");
		th.scope = "row";
		th.textContent = rowLabel(r);
		tr.appendChild(th);
		if (!across) mark(tr, data.series[r]?.framework ?? null, slotOf(r));
		for (let c = 0; c < columnCount; c++) {
			const { s, c: category } = at(r, c);
			const td = doc.createElement("td");
			const value = data.values[s]?.[category] ?? null;
			td.textContent = valueText(data, s, category);
			if (value === null) td.className = "is-missing";
			if (best[s]?.[category]) {
				td.className = "is-best";
				const star = doc.createElement("span");
				star.className = "framework-compare-chart-star";
				star.textContent = " ★";
				star.title = "Best";
				const label = doc.createElement("span");
				label.className = "framework-compare-sr-only";
				label.textContent = " (best)";
				td.append(star, label);
			}
			if (across) mark(td, data.series[s]?.framework ?? null, slotOf(s));
			tr.appendChild(td);
			cells.push({ s, c: category, el: td });
		}
		tbody.appendChild(tr);
		rows.push(tr);
	}
	table.appendChild(tbody);

	return {
		el: table,
		applyVisibility(seriesHidden, categoryHidden) {
			rows.forEach((tr, r) => tr.classList.toggle("framework-compare-hidden", across ? categoryHidden(r) : seriesHidden(r)));
			headCells.forEach((th, c) => th.classList.toggle("framework-compare-hidden", across ? seriesHidden(c) : categoryHidden(c)));
			for (const { s, c, el } of cells) el.classList.toggle("framework-compare-hidden", across ? seriesHidden(s) : categoryHidden(c));
		},
	};
}

function mark(el: HTMLElement, framework: string | null, slot: number): void {
	if (!framework) return;
	el.dataset.framework = framework;
	el.classList.add(`framework-compare-slot-${slot}`);
}
