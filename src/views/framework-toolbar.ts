// The framework toggles (contract section 4): one button per framework in
// the note's order, pressed while the framework is shown, bound to the
// note's shared state so every toolbar and view of the note agrees.
import { openFrameworkPicker } from "./framework-picker";
import type { NoteViewState } from "./note-view-state";

/**
 * How much of a line the toggles may take, in characters of their names (each toggle adds
 * TOGGLE_EXTRA for its swatch and padding): about one line of Obsidian's readable width.
 * A note whose frameworks need more shows the first ones and a "More" picker holds the rest.
 */
const LINE_BUDGET = 72;
const TOGGLE_EXTRA = 4;
/** Room kept for the "More (9,990) · 12 hidden" button itself. */
const MORE_COST = 14;

/** A name's width in Latin characters: East Asian wide characters take two. */
function displayWidth(name: string): number {
	let width = 0;
	for (const char of name) {
		const code = char.codePointAt(0) ?? 0;
		const wide =
			(code >= 0x1100 && code <= 0x115f) ||
			(code >= 0x2e80 && code <= 0xa4cf) ||
			(code >= 0xac00 && code <= 0xd7a3) ||
			(code >= 0xf900 && code <= 0xfaff) ||
			(code >= 0xfe30 && code <= 0xfe4f) ||
			(code >= 0xff00 && code <= 0xff60) ||
			(code >= 0xffe0 && code <= 0xffe6) ||
			code >= 0x20000;
		width += wide ? 2 : 1;
	}
	return width;
}

/** How many of `names`, from the first, get a toggle of their own. */
export function togglesThatFit(names: readonly string[]): number {
	const cost = (name: string) => displayWidth(name) + TOGGLE_EXTRA;
	let total = 0;
	for (const name of names) total += cost(name);
	if (total <= LINE_BUDGET) return names.length;
	let room = LINE_BUDGET - MORE_COST;
	let fit = 0;
	while (fit < names.length && cost(names[fit]!) <= room) room -= cost(names[fit++]!);
	// At least one toggle stays on the toolbar, however long its name.
	return Math.max(1, fit);
}

export interface ToolbarAction {
	label: string;
	/** For on/off actions such as Transpose. */
	pressed?: () => boolean;
	run: (button: HTMLButtonElement) => void;
	className?: string;
	/** The label as it is now ("Columns · 1 hidden"), when it changes; `label` otherwise. */
	text?: () => string;
	/** An action that does not apply now is disabled, not hidden. */
	disabled?: () => boolean;
	/** An action shown elsewhere for now (in an Options menu on a narrow chart) is taken out of the row. */
	hidden?: () => boolean;
}

export interface FrameworkToolbar {
	el: HTMLElement;
	refresh(): void;
	dispose(): void;
}

/** Colour slot per framework, the same in every view of a note. */
export function frameworkSlot(state: NoteViewState, framework: string): number {
	return Math.max(0, state.position(framework)) % 8;
}

/**
 * `el` holds two groups: the framework toggles (role="toolbar", as the
 * contract names them) and, beside it, the view's own actions, so a pressed
 * "Transpose" is never mistaken for a framework.
 */
export function createFrameworkToolbar(doc: Document, state: NoteViewState, label: string, actions: ToolbarAction[]): FrameworkToolbar {
	const el = doc.createElement("div");
	el.className = "framework-compare-controls";
	const bar = doc.createElement("div");
	bar.className = "framework-compare-toolbar";
	// Toggles of the note's shared state: in compact mode the note's one framework bar stands in for them.
	if (state.scope === "note") bar.classList.add("framework-compare-note-toggles");
	bar.setAttribute("role", "toolbar");
	bar.setAttribute("aria-label", label);
	el.appendChild(bar);

	let toggles: HTMLButtonElement[] = [];
	let built: readonly string[] = [];
	/** The frameworks past the toolbar's room, reached through the "More" picker. */
	let rest: readonly string[] = [];
	let closePicker: (() => void) | null = null;
	const buildToggles = () => {
		for (const button of toggles) button.remove();
		closePicker?.();
		built = state.frameworks;
		const room = togglesThatFit(built);
		rest = built.slice(room);
		toggles = built.slice(0, room).map((framework) => {
			const button = doc.createElement("button");
			button.type = "button";
			button.className = `framework-compare-toggle framework-compare-slot-${frameworkSlot(state, framework)}`;
			button.dataset.framework = framework;
			const swatch = doc.createElement("span");
			swatch.className = "framework-compare-swatch";
			swatch.setAttribute("aria-hidden", "true");
			button.append(swatch, doc.createTextNode(framework));
			button.title = `Show or hide ${framework} everywhere in this note`;
			button.addEventListener("click", () => state.toggle(framework));
			bar.insertBefore(button, showAll);
			return button;
		});
		// Only a toolbar short of room has the button, so the arrow keys never land on a hidden one.
		if (rest.length > 0) bar.insertBefore(more, showAll);
		else more.remove();
	};

	const more = doc.createElement("button");
	more.type = "button";
	more.className = "framework-compare-more";
	more.setAttribute("aria-haspopup", "menu");
	more.setAttribute("aria-expanded", "false");
	more.addEventListener("click", () => {
		if (more.getAttribute("aria-expanded") === "true") closePicker?.();
		else closePicker = openFrameworkPicker(more, state, rest);
	});

	const showAll = doc.createElement("button");
	showAll.type = "button";
	showAll.className = "framework-compare-show-all";
	showAll.textContent = "Show all";
	showAll.addEventListener("click", () => state.showAll());
	bar.appendChild(showAll);
	buildToggles();

	const spacer = doc.createElement("span");
	spacer.className = "framework-compare-toolbar-spacer";
	el.appendChild(spacer);

	const group = doc.createElement("div");
	group.className = "framework-compare-actions";
	group.setAttribute("role", "group");
	group.setAttribute("aria-label", "View");
	if (actions.length > 0) el.appendChild(group);
	const actionButtons = actions.map((action) => {
		const button = doc.createElement("button");
		button.type = "button";
		button.className = action.className ?? "framework-compare-action";
		button.textContent = action.label;
		button.addEventListener("click", () => action.run(button));
		group.appendChild(button);
		return { action, button };
	});

	// A toolbar is one tab stop; arrow keys move inside it (WAI-ARIA toolbar pattern).
	const focusables = () => Array.from(bar.querySelectorAll<HTMLButtonElement>(":scope > button"));
	const setRoving = (current: HTMLButtonElement) => {
		for (const button of focusables()) button.tabIndex = button === current ? 0 : -1;
	};
	bar.addEventListener("keydown", (event) => {
		const buttons = focusables();
		const index = buttons.indexOf(doc.activeElement as HTMLButtonElement);
		if (index < 0) return;
		let next = -1;
		if (event.key === "ArrowRight") next = (index + 1) % buttons.length;
		else if (event.key === "ArrowLeft") next = (index - 1 + buttons.length) % buttons.length;
		else if (event.key === "Home") next = 0;
		else if (event.key === "End") next = buttons.length - 1;
		if (next < 0) return;
		event.preventDefault();
		setRoving(buttons[next]!);
		buttons[next]!.focus();
	});
	bar.addEventListener("focusin", (event) => {
		if (event.target instanceof HTMLButtonElement && event.target.parentElement === bar) setRoving(event.target);
	});

	const refresh = () => {
		if (built !== state.frameworks) {
			buildToggles();
			const first = focusables()[0];
			if (first) setRoving(first);
		}
		toggles.forEach((button, i) => {
			const shown = !state.isHidden(built[i]!);
			button.setAttribute("aria-pressed", String(shown));
		});
		if (rest.length > 0) {
			const hidden = state.hiddenCount - toggles.filter((button) => button.getAttribute("aria-pressed") === "false").length;
			more.textContent = `More (${rest.length.toLocaleString("en")})${hidden > 0 ? ` · ${hidden.toLocaleString("en")} hidden` : ""}`;
			more.setAttribute("aria-label", `${rest.length.toLocaleString("en")} more frameworks${hidden > 0 ? `, ${hidden} of them hidden` : ""}`);
		}
		showAll.disabled = !state.anythingHidden;
		for (const { action, button } of actionButtons) {
			if (action.pressed) button.setAttribute("aria-pressed", String(action.pressed()));
			if (action.text) button.textContent = action.text();
			if (action.disabled) button.disabled = action.disabled();
			if (action.hidden) button.hidden = action.hidden();
		}
	};
	refresh();
	const first = focusables()[0];
	if (first) setRoving(first);
	const unsubscribe = state.subscribe(refresh);
	return {
		el,
		refresh,
		dispose: () => {
			unsubscribe();
			closePicker?.();
			el.remove();
		},
	};
}
