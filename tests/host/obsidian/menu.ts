// Menu and MenuItem as obsidian.d.ts documents them, drawn as Obsidian draws
// them: a `.menu` of `.menu-item`s at the pointer. Arrow keys move the
// selection, Enter chooses, Escape or a click elsewhere closes it; one menu
// is open at a time.
import { Component } from "./component";

export interface MenuPositionDef {
	x: number;
	y: number;
	width?: number;
	overlap?: boolean;
	left?: boolean;
}

export class MenuItem {
	readonly dom: HTMLElement;
	private readonly iconEl: HTMLElement;
	private readonly titleEl: HTMLElement;
	private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	disabled = false;
	section = "";

	/** Obsidian's constructor is private: items come from Menu.addItem. */
	constructor(private readonly menu: Menu) {
		this.dom = createDiv({ cls: "menu-item tappable" });
		this.iconEl = this.dom.createDiv({ cls: "menu-item-icon" });
		this.titleEl = this.dom.createDiv({ cls: "menu-item-title" });
		this.dom.addEventListener("click", (evt) => {
			evt.stopPropagation();
			this.choose(evt);
		});
		this.dom.addEventListener("mouseenter", () => this.menu.select(this));
	}

	setTitle(title: string | DocumentFragment): this {
		this.titleEl.empty();
		if (typeof title === "string") this.titleEl.setText(title);
		else this.titleEl.appendChild(title);
		return this;
	}

	setIcon(icon: string | null): this {
		// The host has no icon font; the slot keeps titles aligned as in Obsidian.
		if (icon === null) delete this.iconEl.dataset.icon;
		else this.iconEl.dataset.icon = icon;
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.dom.toggleClass("mod-checked", checked === true);
		this.dom.querySelector(".menu-item-check")?.remove();
		if (checked) this.dom.createDiv({ cls: "menu-item-check", text: "✓" });
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.dom.toggleClass("is-disabled", disabled);
		return this;
	}

	setWarning(isWarning: boolean): this {
		this.dom.toggleClass("is-warning", isWarning);
		return this;
	}

	setIsLabel(isLabel: boolean): this {
		this.dom.toggleClass("is-label", isLabel);
		return this.setDisabled(isLabel);
	}

	setSection(section: string): this {
		this.section = section;
		this.dom.dataset.section = section;
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}

	/** Host: what a click or Enter on the item does. */
	choose(evt: MouseEvent | KeyboardEvent): void {
		if (this.disabled) return;
		this.menu.hide();
		this.callback?.(evt);
	}
}

export class MenuSeparator {
	readonly dom = createDiv({ cls: "menu-separator" });
}

export class Menu extends Component {
	private static open: Menu | null = null;
	readonly dom: HTMLElement;
	private readonly scrollEl: HTMLElement;
	private entries: (MenuItem | MenuSeparator)[] = [];
	private selected = -1;
	private shown = false;
	private hideCallbacks: (() => unknown)[] = [];

	constructor() {
		super();
		this.dom = createDiv({ cls: "menu" });
		this.scrollEl = this.dom.createDiv({ cls: "menu-scroll" });
	}

	setNoIcon(): this {
		this.dom.addClass("mod-no-icon");
		return this;
	}

	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}

	addItem(cb: (item: MenuItem) => unknown): this {
		if (this.shown) return this;
		const item = new MenuItem(this);
		this.entries.push(item);
		cb(item);
		return this;
	}

	addSeparator(): this {
		if (this.shown) return this;
		this.entries.push(new MenuSeparator());
		return this;
	}

	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY }, (evt.target as Node | null)?.ownerDocument ?? document);
	}

	showAtPosition(position: MenuPositionDef, doc: Document = document): this {
		Menu.open?.hide();
		Menu.open = this;
		this.shown = true;
		// As Obsidian: no separator at either end or twice in a row.
		const entries = this.entries.filter((entry, i, all) => {
			if (!(entry instanceof MenuSeparator)) return true;
			const before = all.slice(0, i).some((e) => e instanceof MenuItem);
			const after = all.slice(i + 1).some((e) => e instanceof MenuItem);
			return before && after && !(all[i + 1] instanceof MenuSeparator);
		});
		for (const entry of entries) this.scrollEl.appendChild(entry.dom);
		this.entries = entries;
		doc.body.appendChild(this.dom);
		// Kept inside the window, flipped to the left or up when it would overflow. `width` is
		// the width of what opened it (a button, a parent item): with room to the left, the
		// menu's right edge goes to that thing's right edge (`overlap`) or its left edge.
		const view = doc.defaultView ?? window;
		const box = this.dom.getBoundingClientRect();
		const from = position.width ?? 0;
		const flipped = position.overlap ? position.x + from - box.width : position.x - box.width;
		let x = position.left ? flipped : position.x;
		let y = position.y;
		if (x + box.width > view.innerWidth - 8 && flipped >= 8) x = flipped;
		if (x + box.width > view.innerWidth - 8) x = Math.max(8, view.innerWidth - box.width - 8);
		if (y + box.height > view.innerHeight - 8) y = Math.max(8, y - box.height);
		this.dom.style.left = `${Math.max(8, x)}px`;
		this.dom.style.top = `${y}px`;
		this.load();
		this.registerDomEvent(doc, "keydown", (evt) => this.onKey(evt as KeyboardEvent), true);
		this.registerDomEvent(doc, "mousedown", (evt) => {
			if (!this.dom.contains(evt.target as Node)) this.hide();
		}, true);
		this.registerDomEvent(doc, "contextmenu", (evt) => {
			if (!this.dom.contains(evt.target as Node)) this.hide();
		}, true);
		return this;
	}

	hide(): this {
		if (!this.shown) return this;
		this.shown = false;
		if (Menu.open === this) Menu.open = null;
		this.dom.detach();
		this.unload();
		for (const callback of this.hideCallbacks.splice(0)) callback();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}

	/** Host: highlights an item, as hovering or the arrow keys do. */
	select(item: MenuItem | null): void {
		const items = this.items();
		items.forEach((each) => each.dom.toggleClass("selected", each === item));
		this.selected = item ? items.indexOf(item) : -1;
		item?.dom.scrollIntoView({ block: "nearest" });
	}

	private items(): MenuItem[] {
		return this.entries.filter((entry): entry is MenuItem => entry instanceof MenuItem);
	}

	private onKey(evt: KeyboardEvent): void {
		const items = this.items().filter((item) => !item.disabled);
		const current = this.items()[this.selected];
		const index = current ? items.indexOf(current) : -1;
		if (evt.key === "Escape") this.hide();
		else if (evt.key === "ArrowDown") this.select(items[(index + 1) % items.length] ?? null);
		else if (evt.key === "ArrowUp") this.select(items[index <= 0 ? items.length - 1 : index - 1] ?? null);
		else if (evt.key === "Home") this.select(items[0] ?? null);
		else if (evt.key === "End") this.select(items[items.length - 1] ?? null);
		else if (evt.key === "Enter" || evt.key === " ") {
			if (current) current.choose(evt);
		} else if (evt.key === "Tab") this.hide();
		else return;
		// The menu has the keyboard while it is open, as Obsidian's scope does.
		evt.preventDefault();
		evt.stopPropagation();
	}
}
