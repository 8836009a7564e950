// What the views of per-framework sections and code samples ask of the plugin:
// Obsidian's own rendering of a piece of the note (links, highlighting, math as
// everywhere else), and the clipboard with a notice.

export interface GroupHost {
	/** Renders `markdown`, a part of the note, into `el` as the reading view renders it. */
	renderMarkdown(markdown: string, el: HTMLElement): Promise<void>;
	/** Copies `text` and says so ("Copied the JAX sample."). */
	copyText(text: string, description: string): void;
}

/** A drawn group: its element, when its parts are rendered, and what undoes it. */
export interface GroupView {
	el: HTMLElement;
	/** Resolves once every part of the note it shows is rendered. */
	ready: Promise<void>;
	/** A link led to item `index` (its heading was the target): it is shown, and scrolled to. */
	reveal(index: number): void;
	dispose(): void;
}

/** The "Side by side" toggle a group's bar carries, pressed while the group is side by side. */
export function layoutToggle(doc: Document, label: string, title: string, pressed: () => boolean, toggle: () => void): { button: HTMLButtonElement; refresh(): void } {
	const button = doc.createElement("button");
	button.type = "button";
	button.className = "framework-compare-group-layout";
	button.textContent = label;
	button.title = title;
	button.addEventListener("click", toggle);
	const refresh = () => button.setAttribute("aria-pressed", String(pressed()));
	refresh();
	return { button, refresh };
}

/**
 * A group's frame, in the page at once so that what renders its parts can tell
 * they belong to the group: the bar, the box its parts go in, and the line shown
 * when every framework of the group is hidden.
 */
export function groupFrame(parent: HTMLElement, kindClass: string, bodyClass: string, emptyText: string): { el: HTMLElement; bar: HTMLElement; body: HTMLElement; empty: HTMLElement } {
	const doc = parent.ownerDocument;
	const el = doc.createElement("div");
	el.className = `framework-compare-group ${kindClass}`;
	const bar = doc.createElement("div");
	bar.className = "framework-compare-group-bar";
	const body = doc.createElement("div");
	body.className = bodyClass;
	const empty = doc.createElement("p");
	empty.className = "framework-compare-group-empty";
	empty.textContent = emptyText;
	el.append(bar, body, empty);
	parent.appendChild(el);
	return { el, bar, body, empty };
}
