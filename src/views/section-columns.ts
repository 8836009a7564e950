// Per-framework sections side by side (CONTRACT §4): one column per section in
// a `.framework-compare-sections` grid, each carrying `data-framework` (the
// framework its heading is named after), headings on one row and contents
// top-aligned, scrolling sideways when the pane is narrow. "Side by side"
// switches between the columns and the note's flow; the choice is kept in the
// note's view state. A framework hidden by the toggles hides its column.
import { frameworkSlot } from "./framework-toolbar";
import { type GroupHost, type GroupView, groupFrame, layoutToggle } from "./group-host";
import { itemHidden } from "./group-layout";
import type { NoteViewState } from "./note-view-state";

export interface SectionItem {
	/** The frameworks its heading names, the one it is named after first. */
	frameworks: readonly string[];
	/** The heading's text as a reader sees it. */
	label: string;
	/** The heading line and the section's content, as the note writes them. */
	heading: string;
	body: string;
}

export interface SectionsInput {
	/** The group's key in the note's view state. */
	key: string;
	items: readonly SectionItem[];
}

export function drawSectionColumns(parent: HTMLElement, input: SectionsInput, state: NoteViewState, host: GroupHost): GroupView {
	const doc = parent.ownerDocument;
	const { el, bar, body: grid, empty } = groupFrame(parent, "framework-compare-sections-group", "framework-compare-sections", "The frameworks of these sections are hidden.");

	const sideBySide = () => state.group(input.key).layout !== "flow";
	const toggle = layoutToggle(
		doc,
		"Side by side",
		"Show these sections side by side, or in the note's flow",
		sideBySide,
		() => state.updateGroup(input.key, { layout: sideBySide() ? "flow" : undefined }),
	);
	bar.appendChild(toggle.button);

	const renders: Promise<void>[] = [];
	const columns = input.items.map((item) => {
		const column = doc.createElement("div");
		const framework = item.frameworks[0] ?? "";
		column.className = `framework-compare-section-column framework-compare-slot-${frameworkSlot(state, framework)}`;
		column.dataset.framework = framework;
		if (item.frameworks.length > 1) column.dataset.frameworks = JSON.stringify(item.frameworks);
		const heading = doc.createElement("div");
		heading.className = "framework-compare-section-heading";
		const body = doc.createElement("div");
		body.className = "framework-compare-section-body";
		column.append(heading, body);
		grid.appendChild(column);
		renders.push(host.renderMarkdown(item.heading, heading), host.renderMarkdown(item.body, body));
		return column;
	});

	const refresh = () => {
		const flow = !sideBySide();
		toggle.refresh();
		grid.classList.toggle("is-flow", flow);
		el.classList.toggle("is-flow", flow);
		let shown = 0;
		input.items.forEach((item, i) => {
			const column = columns[i] as HTMLElement;
			const hidden = itemHidden(item, (name) => state.isHidden(name));
			column.hidden = hidden;
			// A hidden column takes no keyboard focus and is not read out.
			column.inert = hidden;
			if (!hidden) shown++;
		});
		empty.hidden = shown > 0;
	};
	refresh();
	const unsubscribe = state.subscribe(refresh);

	return {
		el,
		ready: Promise.all(renders).then(() => undefined),
		reveal(index) {
			const item = input.items[index];
			const column = columns[index];
			if (!item || !column) return;
			for (const name of item.frameworks) state.setHidden(name, false);
			const heading = column.querySelector<HTMLElement>(".framework-compare-section-heading");
			(heading ?? column).scrollIntoView({ block: "start" });
			// Side by side the grid may scroll sideways: the column is brought into its view too.
			grid.scrollLeft = Math.max(0, column.offsetLeft - grid.offsetLeft);
		},
		dispose() {
			unsubscribe();
			el.remove();
		},
	};
}
