// The frameworks a toolbar has no room for, in a searchable menu under its
// "More" button (CONTRACT §4: each a menuitemcheckbox named by the framework,
// checked while shown). A note that lists 10,000 names lists at most
// MATCHES_SHOWN of them at a time; typing narrows the list.
import type { NoteViewState } from "./note-view-state";

const MATCHES_SHOWN = 50;

export function openFrameworkPicker(anchor: HTMLElement, state: NoteViewState, names: readonly string[]): () => void {
	const doc = anchor.ownerDocument;
	const menu = doc.createElement("div");
	menu.className = "framework-compare-menu framework-compare-picker";
	menu.setAttribute("role", "menu");
	menu.setAttribute("aria-label", "More frameworks");
	const search = menu.appendChild(doc.createElement("input"));
	search.type = "search";
	search.className = "framework-compare-picker-search";
	search.placeholder = "Find a framework";
	search.setAttribute("aria-label", `Find one of ${names.length.toLocaleString("en")} more frameworks`);
	const list = menu.appendChild(doc.createElement("div"));
	list.className = "framework-compare-picker-list";
	const more = menu.appendChild(doc.createElement("div"));
	more.className = "framework-compare-picker-more";
	more.setAttribute("aria-live", "polite");

	let items: HTMLButtonElement[] = [];
	const fill = () => {
		const query = search.value.trim().toLowerCase();
		const matches = query ? names.filter((name) => name.toLowerCase().includes(query)) : names;
		items = matches.slice(0, MATCHES_SHOWN).map((name) => {
			const item = doc.createElement("button");
			item.type = "button";
			item.className = "framework-compare-menu-item framework-compare-picker-item";
			item.setAttribute("role", "menuitemcheckbox");
			item.dataset.framework = name;
			item.textContent = name;
			item.addEventListener("click", (event) => {
				event.stopPropagation();
				state.toggle(name);
			});
			return item;
		});
		list.replaceChildren(...items);
		const rest = matches.length - items.length;
		more.textContent =
			matches.length === 0 ? "No framework matches." : rest > 0 ? `${rest.toLocaleString("en")} more: type to narrow the list.` : "";
		refresh();
	};
	const refresh = () => {
		for (const item of items) item.setAttribute("aria-checked", String(!state.isHidden(item.dataset.framework ?? "")));
	};
	search.addEventListener("input", fill);
	fill();
	const unsubscribe = state.subscribe(refresh);

	anchor.setAttribute("aria-expanded", "true");
	anchor.insertAdjacentElement("afterend", menu);
	place(menu, anchor);

	const onKey = (event: KeyboardEvent) => {
		const focusables = [search, ...items];
		const index = focusables.indexOf(doc.activeElement as HTMLInputElement | HTMLButtonElement);
		if (event.key === "Escape") {
			event.preventDefault();
			close();
			anchor.focus();
		} else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
			event.preventDefault();
			const step = event.key === "ArrowDown" ? 1 : -1;
			focusables[(index + step + focusables.length) % focusables.length]?.focus();
		} else if (event.key === "Tab") close();
	};
	const onOutside = (event: MouseEvent) => {
		if (!menu.contains(event.target as Node) && event.target !== anchor) close();
	};
	menu.addEventListener("keydown", onKey);
	doc.addEventListener("mousedown", onOutside, true);
	search.focus();

	let open = true;
	function close(): void {
		if (!open) return;
		open = false;
		unsubscribe();
		doc.removeEventListener("mousedown", onOutside, true);
		anchor.setAttribute("aria-expanded", "false");
		menu.remove();
	}
	return close;
}

/**
 * Under its button, inside the toolbar (the menu's positioned parent), moved left as
 * far as it must be to stay inside the window on a narrow (phone) screen.
 */
function place(menu: HTMLElement, anchor: HTMLElement): void {
	const win = anchor.ownerDocument.defaultView;
	const parent = anchor.offsetParent;
	const parentLeft = parent ? parent.getBoundingClientRect().left : 0;
	const anchorBox = anchor.getBoundingClientRect();
	const width = menu.getBoundingClientRect().width;
	const room = (win?.innerWidth ?? anchorBox.right + width) - 8;
	const left = Math.max(8, Math.min(anchorBox.left, room - width)) - parentLeft;
	menu.style.setProperty("--framework-compare-picker-left", `${Math.round(left)}px`);
	menu.style.setProperty("--framework-compare-picker-top", `${Math.round(anchor.offsetTop + anchor.offsetHeight + 4)}px`);
}
