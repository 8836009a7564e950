// The menus a view opens under its controls (Copy, a column's ⋯, a chart's
// Columns). Views never draw a menu themselves: the plugin layer shows
// Obsidian's own Menu (src/plugin/obsidian-menu-host.ts), so a menu takes the
// keyboard, the theme and the phone's layout as every menu in Obsidian does
// and is never clipped by the table's scroll box.

export interface MenuItem {
	label: string;
	run: () => void;
	disabled?: boolean;
	/** An on/off item ("Log scale"): shown with Obsidian's tick (MenuItem.setChecked) when true. */
	checked?: boolean;
}

export interface MenuHost {
	/** Shows `items` under `anchor`; returns what closes the menu again. */
	openMenu(anchor: HTMLElement, items: readonly MenuItem[]): () => void;
}
