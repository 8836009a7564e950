// The comparison view's drawing: the model of ./comparison-view-model.ts put
// into an element. The framework toggles work on the note's shared state, so
// hiding a framework here hides it in the note's reading view and back; each
// table and chart is drawn into its slot by the plugin (`parts`), as the
// reading view draws it. Links are `a.internal-link`s as Obsidian draws them;
// the plugin follows them. Returns what takes it all away again.
import type { ComparisonViewModel, FrameworkEntry, NoteRef, ViewPart } from "./comparison-view-model";
import { createFrameworkToolbar, frameworkSlot } from "./framework-toolbar";
import type { NoteViewState } from "./note-view-state";

export const VIEW_CLASS = "framework-compare-view";
/** The views' own toggles give way to the view's one toolbar, as in compact mode (styles.css). */
const COMPACT_CLASS = "framework-compare-compact";
/** Up to this many linking notes are listed open; more start folded under their count. */
const OPEN_BACKLINKS = 4;

export interface ComparisonViewParts {
	/** Draws the note's table `index` into `slot`; returns what undoes it. */
	drawTable: (slot: HTMLElement, index: number) => () => void;
	/** Draws the note's chart `index` into `slot`; returns what undoes it. */
	drawChart: (slot: HTMLElement, index: number) => () => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function noteLink(doc: Document, ref: NoteRef): HTMLAnchorElement {
	const link = doc.createElement("a");
	link.className = "internal-link";
	link.dataset.href = ref.linktext;
	link.href = ref.linktext;
	link.textContent = ref.name;
	link.title = ref.path;
	return link;
}

function div(doc: Document, className: string, text?: string): HTMLDivElement {
	const el = doc.createElement("div");
	el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

function frameworkItem(doc: Document, entry: FrameworkEntry, state: NoteViewState): HTMLLIElement {
	const item = doc.createElement("li");
	item.className = `${VIEW_CLASS}-framework framework-compare-slot-${frameworkSlot(state, entry.name)}`;
	item.dataset.framework = entry.name;
	const head = item.appendChild(div(doc, `${VIEW_CLASS}-framework-head`));
	const swatch = head.appendChild(doc.createElement("span"));
	swatch.className = "framework-compare-swatch";
	swatch.setAttribute("aria-hidden", "true");
	head.appendChild(div(doc, `${VIEW_CLASS}-framework-name`, entry.name));
	head.appendChild(div(doc, `${VIEW_CLASS}-hidden-badge`, "Hidden"));

	const noteRow = item.appendChild(div(doc, `${VIEW_CLASS}-framework-note`));
	if (entry.note) {
		noteRow.append(doc.createTextNode("Note: "), noteLink(doc, entry.note));
	} else {
		noteRow.classList.add("is-unresolved");
		noteRow.textContent = "No note in this vault has this name or alias.";
	}
	if (entry.aliases.length > 0) item.appendChild(div(doc, `${VIEW_CLASS}-aliases`, `${entry.aliases.length === 1 ? "Alias" : "Aliases"}: ${entry.aliases.join(", ")}`));
	if (!entry.note) return item;
	if (entry.backlinks.length === 0) {
		item.appendChild(div(doc, `${VIEW_CLASS}-backlinks is-empty`, "No other note links to it."));
		return item;
	}
	const details = item.appendChild(doc.createElement("details"));
	details.className = `${VIEW_CLASS}-backlinks`;
	details.open = entry.backlinks.length <= OPEN_BACKLINKS;
	details.appendChild(doc.createElement("summary")).textContent = `Linked from ${plural(entry.backlinks.length, "note")}`;
	const list = details.appendChild(doc.createElement("ul"));
	for (const ref of entry.backlinks) list.appendChild(doc.createElement("li")).appendChild(noteLink(doc, ref));
	return item;
}

function partsSection(doc: Document, root: HTMLElement, heading: string, parts: readonly ViewPart[], draw: (slot: HTMLElement, index: number) => () => void, undo: (() => void)[]): void {
	if (parts.length === 0) return;
	const section = root.appendChild(doc.createElement("section"));
	section.className = `${VIEW_CLASS}-section`;
	section.setAttribute("aria-label", heading);
	section.appendChild(doc.createElement("h3")).textContent = heading;
	for (const part of parts) {
		const box = section.appendChild(div(doc, `${VIEW_CLASS}-part`));
		box.dataset.line = String(part.line);
		const label = box.appendChild(div(doc, `${VIEW_CLASS}-part-label`, part.label));
		label.appendChild(doc.createElement("span")).textContent = `line ${part.line}`;
		const slot = box.appendChild(div(doc, `${VIEW_CLASS}-part-body markdown-rendered`));
		undo.push(draw(slot, part.index));
	}
}

export function drawComparisonView(el: HTMLElement, model: ComparisonViewModel, state: NoteViewState | null, parts: ComparisonViewParts): () => void {
	const doc = el.ownerDocument;
	const root = el.appendChild(div(doc, VIEW_CLASS));
	const undo: (() => void)[] = [() => root.remove()];
	const dispose = () => {
		for (const step of undo.splice(0).reverse()) step();
	};
	if (model.kind === "message" || !state) {
		const message = root.appendChild(doc.createElement("p"));
		message.className = `${VIEW_CLASS}-message`;
		message.textContent = model.kind === "message" ? model.text : "";
		return dispose;
	}
	root.classList.add(COMPACT_CLASS);
	const header = root.appendChild(div(doc, `${VIEW_CLASS}-header`));
	header.appendChild(div(doc, `${VIEW_CLASS}-title`, model.title));
	header.appendChild(
		div(doc, `${VIEW_CLASS}-summary`, [plural(model.frameworks.length, "framework"), plural(model.tables.length, "table"), plural(model.charts.length, "chart")].join(" · ")),
	);
	const toolbar = createFrameworkToolbar(doc, state, "Frameworks in this note", []);
	root.appendChild(toolbar.el);
	undo.push(() => toolbar.dispose());

	const section = root.appendChild(doc.createElement("section"));
	section.className = `${VIEW_CLASS}-section`;
	section.setAttribute("aria-label", "Frameworks");
	section.appendChild(doc.createElement("h3")).textContent = "Frameworks";
	const list = section.appendChild(doc.createElement("ul"));
	list.className = `${VIEW_CLASS}-frameworks`;
	const items = model.frameworks.map((entry) => list.appendChild(frameworkItem(doc, entry, state)));
	const showHidden = () => {
		model.frameworks.forEach((entry, i) => items[i]?.classList.toggle("is-hidden", state.isHidden(entry.name)));
	};
	showHidden();
	undo.push(state.subscribe(showHidden));

	partsSection(doc, root, "Tables", model.tables, parts.drawTable, undo);
	partsSection(doc, root, "Charts", model.charts, parts.drawChart, undo);
	return dispose;
}
