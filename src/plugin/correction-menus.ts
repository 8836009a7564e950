// The menus that correct detection, on the rendered note: right-click (or
// the context-menu key, or Shift+F10) on a framework toggle offers "Not a
// framework"; on a table's header row or first column, "Compare the names in
// this row/column" and "This table compares nothing". Every table of the
// note has them, also the ones the plugin left alone.
import { type App, type Component, type MarkdownPostProcessorContext, Menu, Notice } from "obsidian";
import { type FrameworkAxis, type NoteAnalysis, parseFrontmatter, tableKey } from "../core";
import { CHART_CLASS } from "../views/comparison-chart";
import { writtenCellPosition } from "../views/table-cell-position";
import type { DetectionCorrections } from "./detection-corrections";
import type { NoteModels } from "./note-models";
import { NamePicker } from "./pickers";

/** What a table compares, in the words of the menus and the command. */
export function describeAxis(axis: FrameworkAxis, chosen: boolean): string {
	const what = axis === "rows" ? "Compares the names in its first column" : axis === "columns" ? "Compares the names in its header row" : "Compares nothing";
	return `${what} (${chosen ? "your choice" : "detected"})`;
}

/** Whether the plugin may touch the note at all (`framework-compare: false` says no). */
export function enabledFor(frontmatter: unknown): boolean {
	const parsed = parseFrontmatter(frontmatter ?? null);
	return (parsed.ok ? parsed.value : parsed.partial).enabled !== false;
}

export class CorrectionMenus {
	constructor(
		private readonly app: App,
		private readonly models: NoteModels,
		private readonly corrections: DetectionCorrections,
	) {}

	/** Adds the menus to one rendered section (or code block) of a note. */
	attach(component: Component, el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
		component.registerDomEvent(el, "contextmenu", (event) => {
			if (event.defaultPrevented) return;
			const target = event.target as Element | null;
			if (!target || typeof target.closest !== "function") return;
			const toggle = target.closest<HTMLButtonElement>("button.framework-compare-toggle[data-framework]");
			const opened = toggle && el.contains(toggle) ? this.toggleMenu(toggle, ctx) : this.tableMenu(target, el, ctx);
			if (!opened) return;
			event.preventDefault();
			event.stopPropagation();
			showMenu(opened.menu, event, opened.anchor);
		});
	}

	/** Picks one of the names marked "Not a framework" in the note and compares it again. */
	openRestorePicker(path: string): void {
		const marked = this.corrections.notFrameworks(path);
		new NamePicker(this.app, marked, "Restore a name marked not a framework…", (name) => this.corrections.restore(path, [name])).open();
	}

	/** Marks a name "Not a framework" in the note and says how to undo it. */
	markNotFramework(path: string, name: string): void {
		this.corrections.markNotFramework(path, name);
		new Notice(`${name} is not compared in this note any more. "Restore names marked not a framework" brings it back.`);
	}

	/** Sets what one table compares, and says so when the note still compares too few names to show anything. */
	setTableAxis(path: string, key: string, axis: FrameworkAxis | null, analyse: () => NoteAnalysis | null): void {
		this.corrections.setTableAxis(path, key, axis);
		if (axis === "none") return;
		const analysis = analyse();
		if (analysis && analysis.note.frameworks.length < 2) new Notice("This note now has fewer than two things to compare, so its tables stay as written.");
	}

	private analysis(el: HTMLElement, ctx: MarkdownPostProcessorContext): { analysis: NoteAnalysis; lineStart: number; lineEnd: number } | null {
		const info = ctx.getSectionInfo(el);
		if (!info) return null;
		return { analysis: this.models.analysis(ctx.sourcePath, info.text, ctx.frontmatter), lineStart: info.lineStart, lineEnd: info.lineEnd };
	}

	private toggleMenu(toggle: HTMLButtonElement, ctx: MarkdownPostProcessorContext): { menu: Menu; anchor: Element } | null {
		const name = toggle.dataset.framework ?? "";
		if (name === "") return null;
		const path = ctx.sourcePath;
		const shown = toggle.getAttribute("aria-pressed") !== "false";
		const menu = new Menu();
		menu.addItem((item) =>
			item
				.setTitle(shown ? `Hide ${name}` : `Show ${name}`)
				.setIcon(shown ? "eye-off" : "eye")
				.onClick(() => toggle.click()),
		);
		menu.addItem((item) =>
			item
				.setTitle("Not a framework")
				.setIcon("x-circle")
				.onClick(() => this.markNotFramework(path, name)),
		);
		this.addRestoreItems(menu, path);
		return { menu, anchor: toggle };
	}

	private tableMenu(target: Element, el: HTMLElement, ctx: MarkdownPostProcessorContext): { menu: Menu; anchor: Element } | null {
		const cell = target.closest<HTMLTableCellElement>("th, td");
		const tableEl = cell?.closest("table");
		if (!cell || !tableEl || !el.contains(tableEl) || tableEl.closest(`.${CHART_CLASS}`)) return null;
		// A link keeps Obsidian's own menu, and so does text the user selected.
		if (target.closest("a")) return null;
		const selection = el.ownerDocument.getSelection();
		if (selection && !selection.isCollapsed && selection.containsNode(cell, true)) return null;
		const position = writtenCellPosition(cell);
		if (!position) return null;

		const found = this.analysis(el, ctx);
		if (!found) return null;
		const { analysis, lineStart, lineEnd } = found;
		const { note } = analysis;
		// The model's tables that start in this section match the rendered ones in order (as section-processor.ts).
		const inSection = note.tables.map((table, index) => ({ table, index })).filter(({ table }) => table.line >= lineStart + 1 && table.line <= lineEnd + 1);
		const rendered = Array.from(el.querySelectorAll("table")).filter((table) => !table.closest(`.${CHART_CLASS}`));
		const match = inSection[rendered.indexOf(tableEl)];
		if (!match) return null;
		// The column naming the rows: the first, or the first of names after a category column.
		const namesColumn = position.column === (analysis.tables[match.index]?.nameColumn ?? 0);
		if (!position.headerRow && !namesColumn) return null;
		const path = ctx.sourcePath;
		const key = tableKey(note.tables, match.index);
		const axis = match.table.frameworkAxis;
		const chosen = this.corrections.tableAxis(path, key);
		const analyse = () => {
			const info = ctx.getSectionInfo(el);
			return info ? this.models.analysis(path, info.text, ctx.frontmatter) : null;
		};
		const set = (next: FrameworkAxis | null) => () => this.setTableAxis(path, key, next, analyse);

		const menu = new Menu();
		if (position.headerRow) {
			menu.addItem((item) => item.setTitle("Compare the names in this row").setChecked(axis === "columns").onClick(set("columns")));
		}
		if (namesColumn) {
			menu.addItem((item) => item.setTitle("Compare the names in this column").setChecked(axis === "rows").onClick(set("rows")));
		}
		menu.addItem((item) => item.setTitle("This table compares nothing").setChecked(axis === "none").onClick(set("none")));
		if (chosen !== undefined) {
			menu.addItem((item) => item.setTitle("Let Framework Compare decide").setIcon("rotate-ccw").onClick(set(null)));
		}
		this.addRestoreItems(menu, path);
		return { menu, anchor: cell };
	}

	/** The way back from "Not a framework", where the user made it. */
	private addRestoreItems(menu: Menu, path: string): void {
		const marked = this.corrections.notFrameworks(path);
		if (marked.length === 0) return;
		menu.addSeparator();
		if (marked.length <= 3) {
			for (const name of marked) {
				menu.addItem((item) =>
					item
						.setTitle(`Restore ${name} as a framework`)
						.setIcon("undo-2")
						.onClick(() => this.corrections.restore(path, [name])),
				);
			}
		} else {
			menu.addItem((item) =>
				item
					.setTitle("Restore names marked not a framework…")
					.setIcon("undo-2")
					.onClick(() => this.openRestorePicker(path)),
			);
		}
	}
}

/**
 * At the pointer for a right-click; under the element when the keyboard
 * (context-menu key, Shift+F10) opened it, as there is no pointer then.
 */
function showMenu(menu: Menu, event: MouseEvent, anchor: Element): void {
	const box = anchor.getBoundingClientRect();
	const atPointer = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
	menu.showAtMouseEvent(atPointer ? event : new MouseEvent("contextmenu", { clientX: box.left, clientY: box.bottom }));
}
