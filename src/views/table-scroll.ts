// Wide comparison tables scroll sideways inside their own box on narrow
// (mobile) widths instead of widening the whole note.
export const TABLE_SCROLL_CLASS = "framework-compare-table-scroll";

export function wrapTablesForScroll(sectionEl: HTMLElement): () => void {
	const wrappers: HTMLElement[] = [];
	for (const table of Array.from(sectionEl.querySelectorAll("table"))) {
		if (table.parentElement?.classList.contains(TABLE_SCROLL_CLASS)) continue;
		const wrapper = sectionEl.ownerDocument.createElement("div");
		wrapper.className = TABLE_SCROLL_CLASS;
		table.replaceWith(wrapper);
		wrapper.appendChild(table);
		wrappers.push(wrapper);
	}
	return () => {
		for (const wrapper of wrappers) {
			if (wrapper.firstElementChild) wrapper.replaceWith(...Array.from(wrapper.childNodes));
			else wrapper.remove();
		}
	};
}
