// An Obsidian-rendered pipe table made interactive in place: framework
// rows or columns hide with the note's shared state, the table transposes,
// sorts by any column, hides other columns, and copies what it shows.
// Cell contents are moved, never re-rendered, so links and formatting stay.
import { createFrameworkToolbar, frameworkSlot } from "./framework-toolbar";
import type { NoteViewState, SortDirection, TableViewChoices } from "./note-view-state";
import type { MenuHost, MenuItem } from "./menu-host";
import { applicableTableChoices, type TableShape } from "./table-choices";
import { toCsv, toMarkdown, type Grid } from "./table-export";
import {
	crossAttribute,
	crossFramework,
	layoutTable,
	lineFramework,
	narrowToRows,
	shownGrid,
	SortKeys,
	writtenCell,
	type TableFacts,
} from "./table-layout";
import { transposedCorner } from "./table-corner";
import { createTableFind } from "./table-find";
import { TableWindow, WINDOWED_FROM } from "./table-window";

export interface ComparisonTableModel {
	header: string[];
	rows: string[][];
	frameworkAxis: "rows" | "columns" | "none";
}

export interface ComparisonTableHost extends MenuHost {
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
	/** The note's word for what it compares, for the corner of a transposed table (./table-corner). */
	frameworksWord?: string | null;
	/** Body rows at the top that head the table (under a blank header row): they stay on top when sorted. */
	headingRows?: number;
}

export const TABLE_CLASS = "framework-compare-table";
const HIDDEN_ROW = "framework-compare-hidden";
const HIDDEN_COL = "framework-compare-hidden-col";
const HIDDEN_HEADER = "framework-compare-hidden-header";
const CLIPPED_CELLS = "framework-compare-clipped-cells";
const CORNER = "framework-compare-corner";
const SPACER_ROW = "framework-compare-spacer";

/** Each drawn table's container, and the cells it shows now: the copy commands read it. */
const shownGrids = new WeakMap<Element, (markdown: boolean) => Grid>();

/**
 * The cells the interactive table in `container` (a `.framework-compare-table`)
 * shows now, as its *Copy* menu copies them; null for anything else.
 */
export function shownGridOf(container: Element, markdown: boolean): Grid | null {
	return shownGrids.get(container)?.(markdown) ?? null;
}

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
	const known = (name: string | null | undefined) => (name && state.has(name) ? name : null);
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
				closeMenu = host.openMenu(button, [
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

	// --- what is shown, in which order: plain data from table-layout.ts ---
	const facts: TableFacts = { width, height, text, rowFramework, columnFramework, headingRows: input.headingRows ?? 0 };
	const sortKeys = new SortKeys(facts);
	// A long table keeps only the rows near the screen in the page (./table-window), and a find box stands in for the browser's.
	const windowed = height - 1 > WINDOWED_FROM ? new TableWindow(tableEl, scroller, () => drawWindow()) : null;
	const find = windowed
		? createTableFind(doc, height - 1, (r) => model.rows[r - 1]?.join(" ") ?? "", () => {
				layout = currentLayout();
				drawWindow();
			})
		: null;
	if (find) container.insertBefore(find.el, scroller);
	const currentLayout = () => {
		const chosen = layoutTable(facts, choices(), (name) => state.isHidden(name), sortKeys);
		return find ? narrowToRows(chosen, (r) => find.matches(r)) : chosen;
	};
	let layout = currentLayout();

	// Transposed, the corner names what is down the side now; the written corner comes back with the written layout.
	const corner = transposedCorner({ written: model.header[0] ?? "", axis: model.frameworkAxis, isFramework: columnFramework[0] !== null }, input.frameworksWord ?? null);

	const displayRowFramework = (d: number) => lineFramework(facts, layout.transposed, layout.lines[d] ?? 0);
	const displayColumnFramework = (e: number) => crossFramework(facts, layout.transposed, layout.crosses[e] ?? 0);
	const attributeOfColumn = (e: number) => crossAttribute(facts, layout.transposed, layout.crosses[e] ?? 0);

	// --- drawing: the rows as rendered, reordered, or shells holding their contents once transposed ---
	let shells: HTMLTableRowElement[] = [];
	/** Header cells with the displayed column each stands for: the controls go here. */
	let headerCells: { th: HTMLTableCellElement; e: number }[] = [];

	function draw(): void {
		undecorateHeader();
		for (const shell of shells) moveBack(shell);
		shells = [];
		if (windowed) drawWindow();
		else {
			drawWhole();
			decorateHeader();
		}
	}

	function drawWhole(): void {
		if (!layout.transposed) {
			head.replaceChildren(...headNodes);
			if (choices().sort) tbody.replaceChildren(...layout.lines.slice(1).map((line) => originals[line]!.row));
			else tbody.replaceChildren(...bodyNodes);
		} else {
			shells = layout.lines.map((line, d) => shellRow(line, d, layout.crosses));
			head.replaceChildren(shells[0]!);
			tbody.replaceChildren(...shells.slice(1));
		}
		drawColumns();
		// Contract: every element that belongs to one framework carries data-framework.
		const rowsNow = [...rowsOf(head), ...rowsOf(tbody)];
		rowsNow.forEach((row, d) => {
			setFramework(row, d > 0 ? displayRowFramework(d) : null);
			cellsOf(row).forEach((cell, e) => setFramework(cell, e > 0 ? displayColumnFramework(e) : null));
		});
		headerCells = cellsOf(rowsOf(head)[0]!).map((th, e) => ({ th, e }));
		applyVisibility();
	}

	/** One <col> per displayed column, carrying its framework: hiding a column is a class on it. */
	function drawColumns(): void {
		colgroup.replaceChildren(
			...layout.crosses.map((_, e) => {
				const col = doc.createElement("col");
				setFramework(col, e > 0 ? displayColumnFramework(e) : null);
				return col;
			}),
		);
	}

	/** A transposed row: new cells holding the contents of the written cells of `line`, for the displayed columns `crosses`. */
	function shellRow(line: number, d: number, crosses: readonly number[]): HTMLTableRowElement {
		const row = doc.createElement("tr");
		for (const cross of crosses) row.appendChild(shellCell(line, d, cross));
		return row;
	}

	function shellCell(line: number, d: number, cross: number): HTMLTableCellElement {
		const { r, c } = writtenCell(true, line, cross);
		const original = originals[r]!.cells[c]!;
		const shell = doc.createElement(d === 0 || cross === 0 ? "th" : "td");
		shell.dataset.fcFrom = `${r},${c}`;
		if (d === 0 && cross === 0 && corner !== null) {
			// The written corner's contents stay in its own cell, out of the page until the table turns back.
			shell.className = CORNER;
			shell.textContent = corner;
			shell.title = `In the note: "${model.header[0] ?? ""}"`;
			return shell;
		}
		const align = original.getAttribute("style");
		if (align && cross > 0 && d > 0) shell.setAttribute("style", align);
		shell.append(...Array.from(original.childNodes));
		return shell;
	}

	/**
	 * A long table drawn as the rows (or, transposed, the columns) near the screen
	 * between two spacers the size of the rest; hidden rows and columns are left
	 * out rather than hidden, so hiding, sorting and transposing redraw a screenful.
	 */
	function drawWindow(): void {
		if (!windowed) return;
		const shownLines = layout.lines.filter((_, d) => d > 0 && !layout.lineHidden[d]);
		const shownCrosses = layout.crosses.filter((_, e) => e > 0 && !layout.crossHidden[e]);
		const { from, to } = layout.transposed ? windowed.range("columns", shownCrosses.length) : windowed.range("rows", shownLines.length);
		undecorateHeader();
		for (const shell of shells) moveBack(shell);
		shells = [];
		if (!layout.transposed) {
			head.replaceChildren(...headNodes);
			const rows = shownLines.slice(from, to).map((line, i) => {
				const { row, cells } = originals[line]!;
				setFramework(row, rowFramework[line] ?? null);
				cells.forEach((cell, c) => setFramework(cell, c > 0 ? columnFramework[c] ?? null : null));
				removeClass(row, HIDDEN_ROW);
				row.setAttribute("aria-rowindex", String(from + i + 2));
				return row;
			});
			tbody.replaceChildren(windowed.spacerRow("before", from, width), ...rows, windowed.spacerRow("after", shownLines.length - to, width));
			find?.announce(shownLines.length);
			tableEl.setAttribute("aria-rowcount", String(shownLines.length + 1));
			tableEl.removeAttribute("aria-colcount");
			drawColumns();
			headerCells = cellsOf(rowsOf(head)[0]!).map((th, e) => ({ th, e }));
			windowed.drew("rows", rows);
			applyVisibility();
		} else {
			const crosses = shownCrosses.slice(from, to);
			shells = layout.lines.map((line, d) => {
				const row = doc.createElement("tr");
				row.appendChild(shellCell(line, d, 0));
				row.appendChild(windowed.spacerCell("before", from));
				crosses.forEach((cross, i) => {
					const cell = row.appendChild(shellCell(line, d, cross));
					setFramework(cell, crossFramework(facts, true, cross));
					cell.setAttribute("aria-colindex", String(from + i + 2));
				});
				row.appendChild(windowed.spacerCell("after", shownCrosses.length - to));
				setFramework(row, d > 0 ? displayRowFramework(d) : null);
				row.classList.toggle(HIDDEN_ROW, layout.lineHidden[d] === true);
				return row;
			});
			head.replaceChildren(shells[0]!);
			tbody.replaceChildren(...shells.slice(1));
			find?.announce(shownCrosses.length);
			tableEl.removeAttribute("aria-rowcount");
			tableEl.setAttribute("aria-colcount", String(shownCrosses.length + 1));
			colgroup.replaceChildren();
			headerCells = [{ th: cellsOf(shells[0]!)[0]!, e: 0 }, ...crosses.map((cross, i) => ({ th: cellsOf(shells[0]!)[i + 2]!, e: cross }))];
			windowed.drew("columns", cellsOf(shells[0]!).slice(2, 2 + crosses.length));
		}
		decorateHeader();
	}

	function setFramework(el: HTMLElement, framework: string | null): void {
		if (framework) {
			el.dataset.framework = framework;
			el.classList.add(`framework-compare-slot-${frameworkSlot(state, framework)}`);
		} else delete el.dataset.framework;
	}

	function moveBack(shell: HTMLTableRowElement): void {
		for (const cell of cellsOf(shell)) {
			if (cell.classList.contains(CORNER)) continue;
			const [r, c] = (cell.dataset.fcFrom ?? "").split(",").map(Number);
			const original = originals[r!]?.cells[c!];
			if (original) original.append(...Array.from(cell.childNodes));
		}
		shell.remove();
	}

	// --- header controls: sort button and column menu per column ---
	// Each header's contents go into a label beside its controls, in one box that does not
	// wrap, so a short title ("Framework") never ends up above a lone button.
	let decorated: { wrap: HTMLElement; label: HTMLElement }[] = [];
	function undecorateHeader(): void {
		for (const { wrap, label } of decorated) wrap.replaceWith(...Array.from(label.childNodes));
		decorated = [];
	}

	function decorateHeader(): void {
		undecorateHeader();
		const { sort } = choices();
		for (const { th, e } of headerCells) {
			const label = (th.textContent ?? "").trim() || `column ${e + 1}`;
			const direction: SortDirection | null = sort?.column === e ? sort.direction : null;
			if (direction) th.setAttribute("aria-sort", direction);
			else th.removeAttribute("aria-sort");
			const wrap = doc.createElement("span");
			wrap.className = "framework-compare-header";
			const labelEl = wrap.appendChild(doc.createElement("span"));
			labelEl.className = "framework-compare-header-label";
			labelEl.append(...Array.from(th.childNodes));
			const box = wrap.appendChild(doc.createElement("span"));
			box.className = "framework-compare-header-controls";
			const sortButton = doc.createElement("button");
			sortButton.type = "button";
			sortButton.className = "framework-compare-sort";
			sortButton.dataset.direction = direction ?? "none";
			sortButton.setAttribute("aria-label", `Sort by ${label}${direction ? ` (now ${direction})` : ""}`);
			sortButton.textContent = direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕";
			sortButton.addEventListener("click", () => cycleSort(e));
			box.appendChild(sortButton);
			if (e > 0) {
				const menuButton = doc.createElement("button");
				menuButton.type = "button";
				menuButton.className = "framework-compare-column-menu";
				menuButton.setAttribute("aria-label", `Options for column ${label}`);
				menuButton.setAttribute("aria-haspopup", "menu");
				menuButton.setAttribute("aria-expanded", "false");
				menuButton.textContent = "⋯";
				menuButton.addEventListener("click", () => {
					closeMenu?.();
					closeMenu = host.openMenu(menuButton, columnMenu(e, label));
				});
				box.appendChild(menuButton);
			}
			th.appendChild(wrap);
			decorated.push({ wrap, label: labelEl });
		}
	}

	function cycleSort(column: number): void {
		const { sort } = choices();
		const next: TableViewChoices["sort"] =
			sort?.column !== column ? { column, direction: "ascending" } : sort.direction === "ascending" ? { column, direction: "descending" } : undefined;
		state.updateTable(key, { sort: next });
		headerCells.find(({ e }) => e === column)?.th.querySelector<HTMLButtonElement>(".framework-compare-sort")?.focus();
	}

	function columnMenu(e: number, label: string): MenuItem[] {
		const framework = displayColumnFramework(e);
		const attribute = attributeOfColumn(e);
		const hiddenColumns = choices().hiddenColumns ?? [];
		const items: MenuItem[] = [
			{ label: "Sort ascending", run: () => state.updateTable(key, { sort: { column: e, direction: "ascending" } }) },
			{ label: "Sort descending", run: () => state.updateTable(key, { sort: { column: e, direction: "descending" } }) },
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
		if (!windowed) {
			rowsOf(tbody).forEach((row, i) => row.classList.toggle(HIDDEN_ROW, layout.lineHidden[i + 1] === true));
		}
		// A hidden column's cells are inert: its links and buttons, 0 px wide, take no keyboard focus.
		const focused = focusedColumn();
		const focusedEl = doc.activeElement;
		const rows = [...rowsOf(head), ...rowsOf(tbody).filter((row) => !row.classList.contains(SPACER_ROW))];
		let anyHidden = false;
		Array.from(colgroup.children).forEach((col, e) => {
			const hide = layout.crossHidden[e] === true;
			col.classList.toggle(HIDDEN_COL, hide);
			for (const row of rowsOf(head)) {
				const cell = cellsOf(row)[e];
				if (cell && hide) cell.classList.add(HIDDEN_HEADER);
				else if (cell) removeClass(cell, HIDDEN_HEADER);
			}
			for (const row of rows) cellsOf(row)[e]?.toggleAttribute("inert", hide);
			anyHidden ||= hide;
		});
		// Chromium paints a collapsed column's content that has a layer of its own (an unresolved
		// link's opacity) outside the table; while a column is hidden, each cell clips its content.
		if (anyHidden) tableEl.classList.add(CLIPPED_CELLS);
		else removeClass(tableEl, CLIPPED_CELLS);
		if (focused !== null && layout.crossHidden[focused] === true) focusNearColumn(focused, focusedEl);
	}

	/** The displayed column holding the focus, or null. */
	function focusedColumn(): number | null {
		const active = doc.activeElement;
		const cell = active && tableEl.contains(active) ? active.closest("th, td") : null;
		const row = cell?.parentElement;
		return cell && row ? cellsOf(row as HTMLTableRowElement).indexOf(cell as HTMLTableCellElement) : null;
	}

	/**
	 * The focus was in a column now hidden ("Hide column" from its own ⋯ menu): the same
	 * control of the next shown column takes it (of the one before, at the end).
	 */
	function focusNearColumn(e: number, was: Element | null): void {
		const shown = headerCells.filter(({ e: at }) => layout.crossHidden[at] !== true);
		const near = shown.find(({ e: at }) => at > e) ?? shown.reverse().find(({ e: at }) => at < e);
		const same = was?.classList.contains("framework-compare-sort") ? ".framework-compare-sort" : ".framework-compare-column-menu";
		const target = near?.th.querySelector<HTMLButtonElement>(same) ?? near?.th.querySelector<HTMLButtonElement>(".framework-compare-sort");
		target?.focus();
	}

	const visibleGrid = (markdown: boolean): Grid =>
		shownGrid(layout, (r, c) => {
			if (r === 0 && c === 0 && layout.transposed && corner !== null) return corner;
			return markdown && input.source ? input.source[r]?.[c] ?? text(r, c) : text(r, c);
		});

	shownGrids.set(container, visibleGrid);

	// Structure changes (transpose, sort) rebuild; hiding only flips classes, or redraws the window.
	let lastStructure = "";
	const structureOf = () => JSON.stringify([choices().transposed ?? false, choices().sort ?? null]);
	const onState = () => {
		layout = currentLayout();
		const structure = structureOf();
		if (structure !== lastStructure || windowed) {
			lastStructure = structure;
			draw();
		} else applyVisibility();
	};
	lastStructure = structureOf();
	draw();
	const unsubscribe = state.subscribe(onState);

	return () => {
		shownGrids.delete(container);
		unsubscribe();
		windowed?.dispose();
		find?.dispose();
		closeMenu?.();
		undecorateHeader();
		for (const shell of shells) moveBack(shell);
		head.replaceChildren(...headNodes);
		tbody.replaceChildren(...bodyNodes);
		for (const { row, cells } of originals) {
			removeClass(row, HIDDEN_ROW);
			row.removeAttribute("aria-rowindex");
			clearFramework(row);
			for (const cell of cells) {
				cell.removeAttribute("aria-sort");
				cell.removeAttribute("inert");
				removeClass(cell, HIDDEN_HEADER);
				clearFramework(cell);
			}
		}
		tableEl.removeAttribute("aria-rowcount");
		tableEl.removeAttribute("aria-colcount");
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
