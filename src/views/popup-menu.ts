// A small menu under a button: arrow keys move, Enter or a click chooses,
// Escape or a click elsewhere closes and gives focus back to the button.
export interface MenuItem {
	label: string;
	run: () => void;
	disabled?: boolean;
	/** An on/off item ("Log scale"): a menuitemcheckbox, as Obsidian's Menu shows setChecked. */
	checked?: boolean;
}

export function openPopupMenu(anchor: HTMLElement, items: MenuItem[]): () => void {
	const doc = anchor.ownerDocument;
	const checkable = items.some((item) => item.checked !== undefined);
	const menu = doc.createElement("div");
	menu.className = "framework-compare-menu";
	menu.setAttribute("role", "menu");
	const buttons = items.map((item) => {
		const button = doc.createElement("button");
		button.type = "button";
		button.className = "framework-compare-menu-item";
		button.setAttribute("role", item.checked === undefined ? "menuitem" : "menuitemcheckbox");
		if (item.checked !== undefined) button.setAttribute("aria-checked", String(item.checked));
		// In a menu with on/off items every label leaves room for the tick, so the labels line up.
		if (checkable) {
			const mark = doc.createElement("span");
			mark.className = "framework-compare-menu-check";
			mark.setAttribute("aria-hidden", "true");
			mark.textContent = item.checked ? "✓" : "";
			button.appendChild(mark);
		}
		button.append(item.label);
		button.disabled = item.disabled ?? false;
		button.addEventListener("click", (event) => {
			event.stopPropagation();
			close();
			item.run();
		});
		menu.appendChild(button);
		return button;
	});
	anchor.setAttribute("aria-expanded", "true");
	// Placed next to its button so it scrolls with the table and inherits the theme.
	anchor.insertAdjacentElement("afterend", menu);

	const onKey = (event: KeyboardEvent) => {
		const enabled = buttons.filter((b) => !b.disabled);
		const index = enabled.indexOf(doc.activeElement as HTMLButtonElement);
		if (event.key === "Escape") {
			event.preventDefault();
			close();
			anchor.focus();
		} else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
			event.preventDefault();
			const step = event.key === "ArrowDown" ? 1 : -1;
			enabled[(index + step + enabled.length) % enabled.length]?.focus();
		} else if (event.key === "Tab") close();
	};
	const onOutside = (event: MouseEvent) => {
		if (!menu.contains(event.target as Node) && event.target !== anchor) close();
	};
	menu.addEventListener("keydown", onKey);
	doc.addEventListener("mousedown", onOutside, true);
	buttons.find((b) => !b.disabled)?.focus();

	let open = true;
	function close(): void {
		if (!open) return;
		open = false;
		doc.removeEventListener("mousedown", onOutside, true);
		anchor.setAttribute("aria-expanded", "false");
		menu.remove();
	}
	return close;
}
