// The views' menus as Obsidian's Menu: under the control that opened it, its
// left edge on the control's (its right edge when there is no room), kept
// inside the window by Menu itself. The control says it is expanded while
// the menu is open.
import { Menu } from "obsidian";
import type { MenuHost } from "../views/menu-host";

export const obsidianMenuHost: MenuHost = {
	openMenu(anchor, items) {
		const menu = new Menu();
		for (const { label, run, disabled, checked } of items) {
			menu.addItem((item) => {
				item.setTitle(label).setDisabled(disabled === true).onClick(run);
				if (checked !== undefined) item.setChecked(checked);
			});
		}
		anchor.setAttribute("aria-expanded", "true");
		menu.onHide(() => anchor.setAttribute("aria-expanded", "false"));
		const box = anchor.getBoundingClientRect();
		menu.showAtPosition({ x: box.left, y: box.bottom, width: box.width, overlap: true }, anchor.ownerDocument);
		return () => menu.hide();
	},
};
