// What a group of per-framework sections or code samples shows, as plain data:
// which items the framework toggles hide, which tab is shown, and where the
// arrow keys move in a tab list (WAI-ARIA tabs pattern). The DOM layers
// (section-columns.ts, code-tabs.ts) apply it.

export interface GroupItemNames {
	/** The frameworks its heading or label names; hiding any one of them hides it. */
	frameworks: readonly string[];
	label: string;
}

/**
 * An item is hidden when a framework it belongs to is hidden: "PyTorch → JAX"
 * is about both, so it goes when either does.
 */
export function itemHidden(item: GroupItemNames, isHidden: (framework: string) => boolean): boolean {
	return item.frameworks.some(isHidden);
}

/** The tab shown: the chosen one while it is visible, else the first visible one; -1 when every tab is hidden. */
export function shownTab(items: readonly GroupItemNames[], hidden: readonly boolean[], selected: string | undefined): number {
	const chosen = selected === undefined ? -1 : items.findIndex((item) => item.label === selected);
	if (chosen >= 0 && !hidden[chosen]) return chosen;
	return hidden.findIndex((isHidden) => !isHidden);
}

/**
 * The tab a key moves to from `current`, among the visible ones: ArrowRight and
 * ArrowLeft to the next and previous (wrapping), Home and End to the first and
 * last. Null for any other key, or when no tab is visible.
 */
export function tabAfterKey(hidden: readonly boolean[], current: number, key: string): number | null {
	const visible = hidden.flatMap((isHidden, i) => (isHidden ? [] : [i]));
	if (visible.length === 0) return null;
	const at = Math.max(0, visible.indexOf(current));
	switch (key) {
		case "ArrowRight":
			return visible[(at + 1) % visible.length] ?? null;
		case "ArrowLeft":
			return visible[(at - 1 + visible.length) % visible.length] ?? null;
		case "Home":
			return visible[0] ?? null;
		case "End":
			return visible[visible.length - 1] ?? null;
		default:
			return null;
	}
}
