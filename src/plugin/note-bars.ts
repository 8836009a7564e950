// Compact mode: one framework bar per note in each reading view (and each
// embed or hover preview) showing it, instead of the same toggles above every
// table and chart. The bar sits at the top of the rendered note and sticks to
// the top of the pane while any of the note's views is on screen. The views'
// own toggles stay in the page, hidden by a class on the preview (styles.css),
// so switching the setting takes effect at once and unloading leaves nothing.
import type { Plugin } from "obsidian";
import { createFrameworkToolbar, type FrameworkToolbar } from "../views/framework-toolbar";
import type { NoteViewState } from "../views/note-view-state";

export const COMPACT_CLASS = "framework-compare-compact";
const BAR_CLASS = "framework-compare-note-bar";
/** A frame is tried this many times for a section to be put in the page before it is given up. */
const ATTACH_TRIES = 120;

interface NoteBar {
	container: HTMLElement;
	path: string;
	state: NoteViewState;
	el: HTMLElement;
	toolbar: FrameworkToolbar;
	/** The sections drawing a view of the note's shared state, and those of them on screen. */
	sections: Set<HTMLElement>;
	onScreen: Set<Element>;
	observer: IntersectionObserver | null;
}

export class NoteBars {
	private readonly bars = new Map<HTMLElement, NoteBar>();

	constructor(
		private readonly enabled: () => boolean,
		private readonly stateOf: (path: string) => NoteViewState | null,
	) {}

	/**
	 * A section of `path` drew views bound to the note's shared state: until the returned
	 * function is called, the preview holding it shows the note's framework bar.
	 */
	follow(section: HTMLElement, path: string): () => void {
		let released = false;
		let frame = 0;
		let leave: (() => void) | null = null;
		const tryJoin = (tries: number) => {
			if (released) return;
			if (section.isConnected) {
				leave = this.join(section, path);
				return;
			}
			// Obsidian may post-process a section before it is in the page.
			if (tries > 0) frame = window.requestAnimationFrame(() => tryJoin(tries - 1));
		};
		tryJoin(ATTACH_TRIES);
		return () => {
			released = true;
			window.cancelAnimationFrame(frame);
			leave?.();
		};
	}

	/** The setting changed: every bar goes; the views drawn next place them again. */
	clear(): void {
		for (const bar of [...this.bars.values()]) this.remove(bar);
	}

	register(plugin: Plugin): void {
		plugin.register(() => this.clear());
	}

	private join(section: HTMLElement, path: string): (() => void) | null {
		const state = this.stateOf(path);
		const container = section.closest<HTMLElement>(".markdown-preview-view") ?? section.parentElement;
		if (!this.enabled() || !state || !container) return null;
		let bar = this.bars.get(container);
		// The preview now shows another note, or the note's state was made anew.
		if (bar && (bar.path !== path || bar.state !== state)) {
			this.remove(bar);
			bar = undefined;
		}
		bar ??= this.create(container, path, state);
		const joined = bar;
		joined.sections.add(section);
		joined.observer?.observe(section);
		return () => {
			joined.sections.delete(section);
			joined.onScreen.delete(section);
			joined.observer?.unobserve(section);
			if (joined.sections.size === 0) this.remove(joined);
			else this.updateStuck(joined);
		};
	}

	private create(container: HTMLElement, path: string, state: NoteViewState): NoteBar {
		const doc = container.ownerDocument;
		const el = container.createDiv({ cls: BAR_CLASS });
		const toolbar = createFrameworkToolbar(doc, state, "Frameworks in this note", []);
		el.appendChild(toolbar.el);
		container.insertBefore(el, container.firstChild);
		container.classList.add(COMPACT_CLASS);
		const bar: NoteBar = { container, path, state, el, toolbar, sections: new Set(), onScreen: new Set(), observer: null };
		const View = doc.defaultView?.IntersectionObserver;
		if (View) {
			bar.observer = new View((entries) => {
				for (const entry of entries) {
					if (entry.isIntersecting) bar.onScreen.add(entry.target);
					else bar.onScreen.delete(entry.target);
				}
				this.updateStuck(bar);
			});
		}
		this.bars.set(container, bar);
		return bar;
	}

	/** Stuck to the top of the pane while a view of the note is on screen; else it stays at the note's top. */
	private updateStuck(bar: NoteBar): void {
		bar.el.classList.toggle("is-stuck", bar.onScreen.size > 0);
	}

	private remove(bar: NoteBar): void {
		bar.observer?.disconnect();
		bar.toolbar.dispose();
		bar.el.remove();
		bar.container.classList.remove(COMPACT_CLASS);
		if (bar.container.getAttribute("class") === "") bar.container.removeAttribute("class");
		this.bars.delete(bar.container);
	}
}
