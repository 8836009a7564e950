// A stand-in for the plugin's Obsidian Menu in view tests: a `.menu` of
// `.menu-item`s in the document, as Obsidian draws one, that runs an item on
// a click and closes.
import type { MenuHost } from "../../src/views/menu-host";

export const fakeMenuHost: MenuHost = {
	openMenu(anchor, items) {
		const doc = anchor.ownerDocument;
		doc.querySelector(".menu")?.remove();
		const menu = doc.createElement("div");
		menu.className = "menu";
		const close = () => {
			menu.remove();
			anchor.setAttribute("aria-expanded", "false");
		};
		for (const { label, run, disabled, checked } of items) {
			const item = menu.appendChild(doc.createElement("div"));
			item.className = `menu-item${disabled ? " is-disabled" : ""}${checked ? " mod-checked" : ""}`;
			item.appendChild(doc.createElement("div")).className = "menu-item-title";
			item.firstElementChild!.textContent = label;
			if (checked) item.appendChild(doc.createElement("div")).className = "menu-item-check";
			item.addEventListener("click", () => {
				if (disabled) return;
				close();
				run();
			});
		}
		anchor.setAttribute("aria-expanded", "true");
		doc.body.appendChild(menu);
		return close;
	},
};

/** The open menu's item titled `label`, or null. */
function menuItem(doc: Document, label: string): HTMLElement | null {
	return Array.from(doc.querySelectorAll<HTMLElement>(".menu .menu-item")).find((item) => item.querySelector(".menu-item-title")?.textContent === label) ?? null;
}

/** Clicks the open menu's item titled `label`; throws when there is none. */
export function chooseMenuItem(doc: Document, label: string): void {
	const item = menuItem(doc, label);
	if (!item) throw new Error(`no menu item "${label}"`);
	item.click();
}
