// A table view that throws while it is being drawn must not leave the note's
// table half rebuilt. Before drawing, the table as Obsidian rendered it is
// remembered by reference (no copy: cheap even for 10,000 rows); on a throw it
// is put back as it was, with a message above it, as charts do.
import { describeError, problemAbove } from "./chart-source";

interface ElementState {
	el: Element;
	children: Node[];
	attributes: [string, string][];
}

function stateOf(el: Element): ElementState {
	return { el, children: Array.from(el.childNodes), attributes: Array.from(el.attributes, (a): [string, string] => [a.name, a.value]) };
}

function putBack({ el, children, attributes }: ElementState): void {
	for (const name of el.getAttributeNames()) el.removeAttribute(name);
	for (const [name, value] of attributes) el.setAttribute(name, value);
	el.replaceChildren(...children);
}

/** The table, its sections, rows and cells as rendered, and its parent's children (where it stood). */
function snapshot(tableEl: HTMLTableElement): () => void {
	// The table's parent too: the view puts a box of its own where the table stood.
	const parent = tableEl.parentElement;
	const states = [...(parent ? [parent] : []), tableEl, ...tableEl.querySelectorAll(":scope > thead, :scope > tbody, :scope > * > tr, :scope > * > tr > *")].map(stateOf);
	return () => {
		for (const state of states) putBack(state);
	};
}

/** Draws a view of the table; if drawing throws, the table comes back as rendered with a message saying why. */
export function guardTableView(tableEl: HTMLTableElement, draw: () => () => void): () => void {
	const restore = snapshot(tableEl);
	try {
		return draw();
	} catch (error) {
		restore();
		const message = problemAbove(tableEl, `This table could not be made interactive, so it stays as written (${describeError(error)}).`);
		return () => message.remove();
	}
}
