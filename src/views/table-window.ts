// Which rows (or, transposed, columns) of a long table are in the page: those
// near the screen, between two spacers sized like the rest, so that hiding,
// sorting and transposing a 10,000-row table redraw a screenful and not the
// table. Printing draws everything. Sizes of the rows not drawn are estimated
// from the ones that are.
export type WindowAxis = "rows" | "columns";

/** Tables with more body rows than this are drawn a window at a time; shorter ones whole, as Obsidian drew them. */
export const WINDOWED_FROM = 400;

/** Rows or columns drawn beyond each edge of the screen, so a short scroll needs no redraw. */
const OVERSCAN: Record<WindowAxis, number> = { rows: 12, columns: 4 };
/** Window starts are rounded down to a multiple of this, so scrolling redraws in steps. */
const STEP: Record<WindowAxis, number> = { rows: 8, columns: 4 };
const SPACER_SIZE = "--framework-compare-spacer-size";
/**
 * How many rows or columns a window holds is set by the smallest a row or column can be, not
 * by the measured size: a window that changed length as sizes were learnt would redraw
 * a different number of rows for the same choices.
 */
const SMALLEST: Record<WindowAxis, number> = { rows: 24, columns: 60 };

export class TableWindow {
	private size: Record<WindowAxis, number> = { rows: 32, columns: 140 };
	private start: Record<WindowAxis, number> = { rows: 0, columns: 0 };
	/**
	 * The screen's length along each axis, as last measured while following a scroll: reading
	 * it while a redraw has the table half built would clamp the scroll position to that.
	 */
	private screen: Record<WindowAxis, number>;
	private spacers: Partial<Record<WindowAxis, HTMLElement>> = {};
	private drawn: Partial<Record<WindowAxis, readonly HTMLElement[]>> = {};
	/** How many rows or columns the last range was asked of. */
	private total: Record<WindowAxis, number> = { rows: 0, columns: 0 };
	private printing = false;
	private pending = 0;
	private readonly win: Window | null;
	private readonly listeners: [EventTarget, string, EventListener, AddEventListenerOptions?][] = [];

	constructor(
		private readonly table: HTMLTableElement,
		private readonly scroller: HTMLElement,
		private readonly redraw: () => void,
	) {
		const doc = table.ownerDocument;
		this.win = doc.defaultView;
		this.screen = { rows: this.win?.innerHeight ?? 1000, columns: 1000 };
		const onScroll = () => this.schedule();
		// Scroll events do not bubble: capturing on the document hears the reading view's own scroller and the table's.
		this.listen(doc, "scroll", onScroll, { capture: true, passive: true });
		if (this.win) {
			this.listen(this.win, "resize", onScroll);
			this.listen(this.win, "beforeprint", () => this.setPrinting(true));
			this.listen(this.win, "afterprint", () => this.setPrinting(false));
		}
	}

	/** The part of `total` rows or columns to draw now. */
	range(axis: WindowAxis, total: number): { from: number; to: number } {
		this.total[axis] = total;
		if (this.printing) return { from: 0, to: total };
		const count = this.windowLength(axis);
		const from = Math.max(0, Math.min(this.start[axis], total - count));
		this.start[axis] = from;
		return { from, to: Math.min(total, from + count) };
	}

	/** A row standing for `count` rows not drawn. */
	spacerRow(side: "before" | "after", count: number, columns: number): HTMLTableRowElement {
		const doc = this.table.ownerDocument;
		const row = doc.createElement("tr");
		row.className = "framework-compare-spacer";
		row.setAttribute("aria-hidden", "true");
		const cell = row.appendChild(doc.createElement("td"));
		cell.colSpan = Math.max(1, columns);
		cell.appendChild(this.filler(count * this.size.rows));
		if (side === "before") this.spacers.rows = row;
		return row;
	}

	/** A cell standing for `count` columns not drawn. */
	spacerCell(side: "before" | "after", count: number): HTMLTableCellElement {
		const cell = this.table.ownerDocument.createElement("td");
		cell.className = "framework-compare-spacer-cell";
		cell.setAttribute("aria-hidden", "true");
		cell.appendChild(this.filler(count * this.size.columns));
		if (side === "before") this.spacers.columns = cell;
		return cell;
	}

	/**
	 * The rows or columns just drawn, whose size is learnt at the next scroll: measuring
	 * them now would make the browser lay the page out twice in the frame of a click.
	 */
	drew(axis: WindowAxis, drawn: readonly HTMLElement[]): void {
		this.drawn[axis] = drawn;
	}

	private learnSize(axis: WindowAxis): void {
		const drawn = this.drawn[axis] ?? [];
		const first = drawn[0];
		const last = drawn[drawn.length - 1];
		if (!first || !last || drawn.length < 2 || !first.isConnected) return;
		const a = first.getBoundingClientRect();
		const b = last.getBoundingClientRect();
		const span = axis === "rows" ? b.bottom - a.top : b.right - a.left;
		if (span > 0) this.size[axis] = span / drawn.length;
	}

	dispose(): void {
		for (const [target, type, listener, options] of this.listeners) target.removeEventListener(type, listener, options);
		this.listeners.length = 0;
		if (this.pending && this.win) this.win.cancelAnimationFrame(this.pending);
	}

	private listen(target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions): void {
		target.addEventListener(type, listener, options);
		this.listeners.push([target, type, listener, options]);
	}

	private setPrinting(printing: boolean): void {
		this.printing = printing;
		this.redraw();
	}

	/** One check per frame however many scroll events arrive. */
	private schedule(): void {
		if (this.pending || !this.win) return;
		this.pending = this.win.requestAnimationFrame(() => {
			this.pending = 0;
			if (!this.table.isConnected || this.printing) return;
			if ([this.follow("rows"), this.follow("columns")].some(Boolean)) this.redraw();
		});
	}

	/** Moves the window of one axis to what is on screen now; true when it moved. */
	private follow(axis: WindowAxis): boolean {
		const spacer = this.spacers[axis];
		if (!spacer?.isConnected) return false;
		this.learnSize(axis);
		const box = spacer.getBoundingClientRect();
		let passed: number;
		let visible: number;
		if (axis === "rows") {
			// How far the top of the screen is past where the drawn-or-not body rows begin.
			passed = -box.top;
			visible = this.win?.innerHeight ?? 1000;
		} else {
			const view = this.scroller.getBoundingClientRect();
			passed = view.left - box.left;
			visible = view.width;
		}
		this.screen[axis] = visible;
		let first = Math.max(0, Math.floor(passed / this.size[axis]));
		const onScreen = Math.ceil(visible / this.size[axis]);
		// Scrolled to the end of the table's box: the last columns, however the sizes learnt so far add up.
		const { scrollLeft, clientWidth, scrollWidth } = this.scroller;
		if (axis === "columns" && scrollLeft > 0 && scrollLeft + clientWidth >= scrollWidth - 1) first = Math.max(first, this.total.columns - onScreen);
		const from = this.start[axis];
		if (first >= from && first + onScreen <= from + this.windowLength(axis)) return false;
		const next = Math.max(0, Math.floor((first - OVERSCAN[axis]) / STEP[axis]) * STEP[axis]);
		if (next === from) return false;
		this.start[axis] = next;
		return true;
	}

	private windowLength(axis: WindowAxis): number {
		return Math.ceil(this.screen[axis] / SMALLEST[axis]) + 2 * OVERSCAN[axis] + STEP[axis];
	}

	private filler(px: number): HTMLElement {
		const filler = this.table.ownerDocument.createElement("div");
		filler.className = "framework-compare-spacer-filler";
		filler.style.setProperty(SPACER_SIZE, `${Math.round(px)}px`);
		return filler;
	}
}
