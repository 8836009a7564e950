// An Obsidian-rendered pipe table made interactive in place: framework
// rows or columns hide with the note's shared state, the table transposes,
// sorts by any column, hides other columns, and copies what it shows.
// Cell contents are moved, never re-rendered, so links and formatting stay.
import { compareSortKeys, sortKeyOf } from "./cell-value";
import { createFrameworkToolbar, frameworkSlot } from "./framework-toolbar";
import type { NoteViewState, SortDirection, TableViewChoices } from "./note-view-state";
import { openPopupMenu, type MenuItem } from "./popup-menu";
import { applicableTableChoices, type TableShape } from "./table-choices";
import { toCsv, toMarkdown, type Grid } from "./table-export";

export interface ComparisonTableModel {
	header: string[];
	rows: string[][];
	frameworkAxis: "rows" | "columns" | "none";
}

export interface ComparisonTableHost {
	/** Link text of the note a framework name stands for, or null to leave the name as text. */
	linkFor(name: string): string | null;
	/** Puts text on the clipboard and tells the user. */
	copyText(text: string, description: string): void;
}

export interface ComparisonTableInput {
	/** The table's index in the note: its key in the saved view state. */
	key: string;
	model: ComparisonTableModel;
	/** The cells as written in Markdown, header first, for "Copy as Markdown". */
	source: string[][] | null;
	/** The framework of each body row (frameworks down the rows) or each column (across), from the note model. */
	frameworkOf: readonly (string | null)[];
	/** The column whose cells name the rows (0 unless a category column comes first). */
	nameColumn?: number;
}

export const TABLE_CLASS = "framework-compare-table";
const HIDDEN_ROW = "framework-compare-hidden";
const HIDDEN_COL = "framework-compare-hidden-col";
const HIDDEN_HEADER = "framework-compare-hidden-header";
const CLIPPED_CELLS = "framework-compare-clipped-cells";

interface Original {
	row: HTMLTableRowElement;
	cells: HTMLTableCellElement[];
}

/** Returns a function that puts the table back exactly as Obsidian rendered it. */
export function enhanceComparisonTable(
	tableEl: HTMLTableElement,
	input: ComparisonTableInput,
	state: NoteViewState,
	host: ComparisonTableHost,
): () => void {
	const doc = tableEl.ownerDocument;
	const { model, key } = input;
	const thead = tableEl.querySelector<HTMLTableSectionElement>(":scope > thead");
	const headerRow = thead ? rowsOf(thead)[0] : undefined;
	let body = tableEl.querySelector<HTMLTableSectionElement>(":scope > tbody");
	const width = model.header.length;
	// Only a table whose rendering matches the model is touched; anything else stays as Obsidian drew it.
	if (!thead || !headerRow || cellsOf(headerRow).length !== width || model.frameworkAxis === "none") return () => undefined;
	const bodyRows = body ? rowsOf(body) : [];
	if (bodyRows.length !== model.rows.length || bodyRows.some((row) => cellsOf(row).length !== width)) return () => undefined;
	// A header-only table has no tbody; one is added for the transposed rows and removed again.
	const addedBody = !body;
	body ??= tableEl.appendChild(doc.createElement("tbody"));
	const tbody = body;
	const head = thead;
	// Everything inside thead and tbody as rendered, whitespace included, for an exact restore.
	const headNodes = Array.from(head.childNodes);
	const bodyNodes = Array.from(tbody.childNodes);

	const originals: Original[] = [headerRow, ...bodyRows].map((row) => ({ row, cells: cellsOf(row) }));
	const text = (r: number, c: number) => (r === 0 ? model.header[c] : model.rows[r - 1]?.[c]) ?? "";
	const height = originals.length;

	// Which framework each original row (rows axis) or column (columns axis) is.
	const known = (name: string | null | undefined) => (name && state.frameworks.includes(name) ? name : null);
	const rowFramework = originals.map((_, r) => (r > 0 && model.frameworkAxis === "rows" ? known(input.frameworkOf[r - 1]) : null));
	// The first column is a framework's only in a table without row labels (`| Azure | AWS | Details |`).
	const columnFramework = model.header.map((_, c) => (model.frameworkAxis === "columns" ? known(input.frameworkOf[c]) : null));

	// What this table cannot apply of its saved choices (a sort column past its end, a hidden
	// column it does not have) is dropped from them before anything is drawn; the rest is kept.
	const shape: TableShape = {
		width,
		height,
		labels: [
			...model.header.flatMap((label, c) => (c > 0 && !columnFramework[c] ? [label] : [])),
			...model.rows.flatMap((row, r) => (!rowFramework[r + 1] ? [row[0] ?? ""] : [])),
		],
	};
	const { dropped } = applicableTableChoices(state.table(key), shape);
	if (dropped) state.updateTable(key, dropped);
	const choices = (): Readonly<TableViewChoices> => applicableTableChoices(state.table(key), shape).choices;
	const undrawn = state.draws("table", key);

	const linkUndo = linkFrameworkNames(originals, rowFramework, columnFramework, host, doc, input.nameColumn ?? 0);

	// --- chrome: container, toolbar, colgroup ---
	const container = doc.createElement("div");
	container.className = TABLE_CLASS;
	// Wide tables scroll sideways in their own box on narrow (mobile) panes instead of widening the note.
	const scroller = doc.createElement("div");
	scroller.className = "framework-compare-table-scroll";
	tableEl.replaceWith(container);
	scroller.appendChild(tableEl);
	let closeMenu: (() => void) | null = null;
	const toolbar = createFrameworkToolbar(doc, state, "Frameworks in this note", [
		{
			label: "Transpose",
			className: "framework-compare-action framework-compare-transpose",
			pressed: () => choices().transposed === true,
			run: () => state.updateTable(key, { transposed: !choices().transposed, sort: undefined }),
		},
		{
			label: "Copy",
			className: "framework-compare-action framework-compare-copy",
			run: (button) => {
				closeMenu?.();
				closeMenu = openPopupMenu(button, [
					{ label: "Copy as Markdown", run: () => host.copyText(toMarkdown(visibleGrid(true)), "table as Markdown") },
					{ label: "Copy as CSV", run: () => host.copyText(toCsv(visibleGrid(false)), "table as CSV") },
				]);
			},
		},
	]);
	toolbar.el.querySelector(".framework-compare-copy")?.setAttribute("aria-haspopup", "menu");
	container.append(toolbar.el, scroller);
	const colgroup = doc.createElement("colgroup");
	tableEl.insertBefore(colgroup, tableEl.firstChild);
	tableEl.classList.add("framework-compare-enhanced");

	// --- the displayed grid: coordinates into the original cells ---
	let shown: { r: number; c: number }[][] = [];
	let shells: HTMLTableRowElement[] = [];
	let transposedNow = false;

	const displayRowFramework = (d: number): string | null => {
		const first = shown[d]?.[0];
		if (!first) return null;
		return transposedNow ? columnFramework[first.c] ?? null : rowFramework[first.r] ?? null;
	};
	const displayColumnFramework = (d: number): string | null => {
		const cell = shown[0]?.[d];
		if (!cell) return null;
		return transposedNow ? rowFramework[cell.r] ?? null : columnFramework[cell.c] ?? null;
	};
	/** A non-framework column or row is identified by its label in the original table. */
	const attributeOfColumn = (d: number): string | null => {
		if (d === 0 || displayColumnFramework(d)) return null;
		const cell = shown[0]?.[d];
		if (!cell) return null;
		return transposedNow ? text(cell.r, 0) : text(0, cell.c);
	};
	const attributeOfRow = (d: number): string | null => {
		if (d === 0 || displayRowFramework(d)) return null;
		const cell = shown[d]?.[0];
		if (!cell) return null;
		return transposedNow ? text(0, cell.c) : text(cell.r, 0);
	};

	function layout(): void {
		const { transposed = false, sort } = choices();
		transposedNow = transposed;
		const rows = transposed ? width : height;
		const cols = transposed ? height : width;
		shown = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (transposed ? { r: c, c: r } : { r, c })));
		const bodyOrder = shown.slice(1);
		if (sort && sort.column < cols) {
			const keyOf = (cells: { r: number; c: number }[]) => {
				const cell = cells[sort.column]!;
				return sortKeyOf(text(cell.r, cell.c));
			};
			bodyOrder.sort((a, b) => compareSortKeys(keyOf(a), keyOf(b), sort.direction));
		}
		shown = [shown[0]!, ...bodyOrder];
		build();
		decorateHeader();
		applyVisibility();
	}

	function build(): void {
		for (const shell of shells) moveBack(shell);
		shells = [];
		if (!transposedNow) {
			head.replaceChildren(...headNodes);
			if (choices().sort) tbody.replaceChildren(...shown.slice(1).map((cells) => originals[cells[0]!.r]!.row));
			else tbody.replaceChildren(...bodyNodes);
		} else {
			// Transposed cells are new shells holding the original cells' contents.
			shells = shown.map((cells, d) => {
				const row = doc.createElement("tr");
				cells.forEach((cell, c) => {
					const original = originals[cell.r]!.cells[cell.c]!;
					const shell = doc.createElement(d === 0 || c === 0 ? "th" : "td");
					shell.dataset.fcFrom = `${cell.r},${cell.c}`;
					const align = original.getAttribute("style");
					if (align && c > 0 && d > 0) shell.setAttribute("style", align);
					shell.append(...Array.from(original.childNodes));
					row.appendChild(shell);
				});
				return row;
			});
			head.replaceChildren(shells[0]!);
			tbody.replaceChildren(...shells.slice(1));
		}
		colgroup.replaceChildren(...shown[0]!.map(() => doc.createElement("col")));
		// Contract: every element that belongs to one framework carries data-framework.
		const rowsNow = [...rowsOf(head), ...rowsOf(tbody)];
		rowsNow.forEach((row, d) => {
			const framework = d > 0 ? displayRowFramework(d) : null;
			setFramework(row, framework);
			cellsOf(row).forEach((cell, c) => setFramework(cell, c > 0 ? displayColumnFramework(c) : null));
		});
		Array.from(colgroup.children).forEach((col, c) => setFramework(col as HTMLElement, c > 0 ? displayColumnFramework(c) : null));
	}

	function setFramework(el: HTMLElement, framework: string | null): void {
		if (framework) {
			el.dataset.framework = framework;
			el.classList.add(`framework-compare-slot-${frameworkSlot(state, framework)}`);
		} else delete el.dataset.framework;
	}

	function moveBack(shell: HTMLTableRowElement): void {
		for (const cell of cellsOf(shell)) {
			const [r, c] = (cell.dataset.fcFrom ?? "").split(",").map(Number);
			const original = originals[r!]?.cells[c!];
			if (original) original.append(...Array.from(cell.childNodes));
		}
		shell.remove();
	}

	// --- header controls: sort button and column menu per column ---
	let controls: HTMLElement[] = [];
	function decorateHeader(): void {
		for (const el of controls) el.remove();
		controls = [];
		const headRow = rowsOf(head)[0]!;
		const { sort } = choices();
		cellsOf(headRow).forEach((th, c) => {
			const label = (th.textContent ?? "").trim() || `column ${c + 1}`;
			const direction: SortDirection | null = sort?.column === c ? sort.direction : null;
			if (direction) th.setAttribute("aria-sort", direction);
			else th.removeAttribute("aria-sort");
			const box = doc.createElement("span");
			box.className = "framework-compare-header-controls";
			const sortButton = doc.createElement("button");
			sortButton.type = "button";
			sortButton.className = "framework-compare-sort";
			sortButton.dataset.direction = direction ?? "none";
			sortButton.setAttribute("aria-label", `Sort by ${label}${direction ? ` (now ${direction})` : ""}`);
			sortButton.textContent = direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕";
			sortButton.addEventListener("click", () => cycleSort(c));
			box.appendChild(sortButton);
			if (c > 0) {
				const menuButton = doc.createElement("button");
				menuButton.type = "button";
				menuButton.className = "framework-compare-column-menu";
				menuButton.setAttribute("aria-label", `Options for column ${label}`);
				menuButton.setAttribute("aria-haspopup", "menu");
				menuButton.textContent = "⋯";
				menuButton.addEventListener("click", () => {
					closeMenu?.();
					closeMenu = openPopupMenu(menuButton, columnMenu(c, label));
				});
				box.appendChild(menuButton);
			}
			th.appendChild(box);
			controls.push(box);
		});
	}

	function cycleSort(column: number): void {
		const { sort } = choices();
		const next: TableViewChoices["sort"] =
			sort?.column !== column ? { column, direction: "ascending" } : sort.direction === "ascending" ? { column, direction: "descending" } : undefined;
		state.updateTable(key, { sort: next });
		cellsOf(rowsOf(head)[0]!)[column]?.querySelector<HTMLButtonElement>(".framework-compare-sort")?.focus();
	}

	function columnMenu(c: number, label: string): MenuItem[] {
		const framework = displayColumnFramework(c);
		const attribute = attributeOfColumn(c);
		const hiddenColumns = choices().hiddenColumns ?? [];
		const items: MenuItem[] = [
			{ label: "Sort ascending", run: () => state.updateTable(key, { sort: { column: c, direction: "ascending" } }) },
			{ label: "Sort descending", run: () => state.updateTable(key, { sort: { column: c, direction: "descending" } }) },
			{ label: "Original order", run: () => state.updateTable(key, { sort: undefined }), disabled: !choices().sort },
		];
		if (framework) items.push({ label: `Hide ${framework} everywhere`, run: () => state.setHidden(framework, true) });
		else if (attribute !== null) items.push({ label: `Hide column "${label}"`, run: () => state.updateTable(key, { hiddenColumns: [...hiddenColumns, attribute] }) });
		for (const hidden of hiddenColumns) {
			items.push({
				label: `Show column "${hidden}"`,
				run: () => {
					const rest = (choices().hiddenColumns ?? []).filter((name) => name !== hidden);
					state.updateTable(key, { hiddenColumns: rest.length > 0 ? rest : undefined });
				},
			});
		}
		return items;
	}

	// --- visibility: one class per hidden row, one per hidden column's <col> ---
	function applyVisibility(): void {
		const hiddenColumns = new Set(choices().hiddenColumns ?? []);
		const rowsNow = [...rowsOf(head), ...rowsOf(tbody)];
		rowsNow.forEach((row, d) => {
			if (d === 0) return;
			const framework = displayRowFramework(d);
			const attribute = attributeOfRow(d);
			const hide = framework ? state.isHidden(framework) : attribute !== null && hiddenColumns.has(attribute);
			row.classList.toggle(HIDDEN_ROW, hide);
		});
		let anyHidden = false;
		Array.from(colgroup.children).forEach((col, c) => {
			const framework = displayColumnFramework(c);
			const attribute = attributeOfColumn(c);
			const hide = framework ? state.isHidden(framework) : attribute !== null && hiddenColumns.has(attribute);
			col.classList.toggle(HIDDEN_COL, hide);
			for (const row of rowsOf(head)) {
				const cell = cellsOf(row)[c];
				if (cell && hide) cell.classList.add(HIDDEN_HEADER);
				else if (cell) removeClass(cell, HIDDEN_HEADER);
			}
			anyHidden ||= hide;
		});
		// Chromium paints a collapsed column's content that has a layer of its own (an unresolved
		// link's opacity) outside the table; while a column is hidden, each cell clips its content.
		if (anyHidden) tableEl.classList.add(CLIPPED_CELLS);
		else removeClass(tableEl, CLIPPED_CELLS);
	}

	function visibleGrid(markdown: boolean): Grid {
		const hiddenColumns = new Set(choices().hiddenColumns ?? []);
		const keepColumn = shown[0]!.map((_, c) => {
			const framework = displayColumnFramework(c);
			const attribute = attributeOfColumn(c);
			return framework ? !state.isHidden(framework) : !(attribute !== null && hiddenColumns.has(attribute));
		});
		const cellText = (r: number, c: number) => (markdown && input.source ? input.source[r]?.[c] ?? text(r, c) : text(r, c));
		return shown
			.filter((_, d) => {
				if (d === 0) return true;
				const framework = displayRowFramework(d);
				const attribute = attributeOfRow(d);
				return framework ? !state.isHidden(framework) : !(attribute !== null && hiddenColumns.has(attribute));
			})
			.map((cells) => cells.filter((_, c) => keepColumn[c]).map((cell) => cellText(cell.r, cell.c)));
	}

	// Structure changes (transpose, sort) rebuild; hiding only flips classes.
	let lastStructure = "";
	const structureOf = () => JSON.stringify([choices().transposed ?? false, choices().sort ?? null]);
	const onState = () => {
		const structure = structureOf();
		if (structure !== lastStructure) {
			lastStructure = structure;
			layout();
		} else applyVisibility();
	};
	lastStructure = structureOf();
	layout();
	const unsubscribe = state.subscribe(onState);

	return () => {
		unsubscribe();
		closeMenu?.();
		for (const el of controls) el.remove();
		for (const shell of shells) moveBack(shell);
		head.replaceChildren(...headNodes);
		tbody.replaceChildren(...bodyNodes);
		for (const { row, cells } of originals) {
			removeClass(row, HIDDEN_ROW);
			clearFramework(row);
			for (const cell of cells) {
				cell.removeAttribute("aria-sort");
				removeClass(cell, HIDDEN_HEADER);
				clearFramework(cell);
			}
		}
		if (addedBody) tbody.remove();
		colgroup.remove();
		removeClass(tableEl, "framework-compare-enhanced");
		removeClass(tableEl, CLIPPED_CELLS);
		linkUndo();
		toolbar.dispose();
		container.replaceWith(tableEl);
		undrawn();
	};
}

// Plain child queries rather than rows/cells/tBodies: they work in every DOM the views are tested in.
function rowsOf(section: HTMLTableSectionElement): HTMLTableRowElement[] {
	return Array.from(section.children).filter((el): el is HTMLTableRowElement => el.tagName === "TR");
}

function cellsOf(row: HTMLTableRowElement): HTMLTableCellElement[] {
	return Array.from(row.children).filter((el): el is HTMLTableCellElement => el.tagName === "TD" || el.tagName === "TH");
}

function clearFramework(el: HTMLElement): void {
	delete el.dataset.framework;
	for (const cls of Array.from(el.classList)) if (cls.startsWith("framework-compare-slot-")) removeClass(el, cls);
}

/** Removes a class and, when none is left, the attribute, so undoing leaves the markup as it was. */
function removeClass(el: Element, cls: string): void {
	el.classList.remove(cls);
	if (el.getAttribute("class") === "") el.removeAttribute("class");
}

/** Framework names written as plain text become links to their notes. */
function linkFrameworkNames(
	originals: Original[],
	rowFramework: (string | null)[],
	columnFramework: (string | null)[],
	host: ComparisonTableHost,
	doc: Document,
	nameColumn: number,
): () => void {
	const made: { cell: HTMLTableCellElement; link: HTMLAnchorElement; moved: Node[] }[] = [];
	const linkCell = (cell: HTMLTableCellElement | undefined) => {
		if (!cell || cell.querySelector("a")) return;
		const name = (cell.textContent ?? "").trim();
		const linktext = name ? host.linkFor(name) : null;
		if (!linktext) return;
		const link = doc.createElement("a");
		link.className = "internal-link framework-compare-name-link";
		link.dataset.href = linktext;
		// A note may be named "javascript:…" on some systems; such a name never becomes a URL.
		// Browsers drop tabs, newlines and control characters when they parse a URL, so this check does too.
		// eslint-disable-next-line no-control-regex -- control characters are exactly what is stripped here
		const asUrl = linktext.replace(/[\u0000-\u0020\u007f]/g, "");
		// Nor does one starting with a slash or backslash: "\\host" and "//host" read as another site.
		if (!/^[a-z][a-z0-9+.-]*:/i.test(asUrl) && !/^[\\/]/.test(asUrl)) link.setAttribute("href", linktext);
		link.setAttribute("target", "_blank");
		link.setAttribute("rel", "noopener nofollow");
		const moved = Array.from(cell.childNodes);
		link.append(...moved);
		cell.appendChild(link);
		made.push({ cell, link, moved });
	};
	rowFramework.forEach((framework, r) => framework && linkCell(originals[r]?.cells[nameColumn]));
	columnFramework.forEach((framework, c) => framework && linkCell(originals[0]?.cells[c]));
	return () => {
		for (const { cell, link, moved } of made) {
			cell.append(...moved);
			link.remove();
		}
	};
}
