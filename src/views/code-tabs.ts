// A run of code samples, one per framework, as tabs (CONTRACT §4): a
// `role="tablist"` of `role="tab"` buttons, each carrying `data-framework` and
// named by its framework, over `role="tabpanel"`s, operated as the WAI-ARIA
// tabs pattern says (arrow keys, Home, End; automatic activation; one tab stop).
// Each sample has a Copy button that copies its code as written; "Show all
// side by side" shows every sample at once. A framework hidden by the toggles
// hides its tab, and a hidden selected tab hands the selection on.
import { frameworkSlot } from "./framework-toolbar";
import { type GroupHost, type GroupView, groupFrame, layoutToggle } from "./group-host";
import { itemHidden, shownTab, tabAfterKey } from "./group-layout";
import type { NoteViewState } from "./note-view-state";

export interface CodeSample {
	/** The frameworks its label names, the one it is named after first. */
	frameworks: readonly string[];
	/** The label as a reader sees it, without its colon ("JAX", "JAX (Flax)"). */
	label: string;
	/** The code as written, for Copy. */
	code: string;
	/** The fence as the note writes it, for the reading view to render. */
	fence: string;
}

export interface CodeTabsInput {
	key: string;
	items: readonly CodeSample[];
}

let drawn = 0;

export function drawCodeTabs(parent: HTMLElement, input: CodeTabsInput, state: NoteViewState, host: GroupHost): GroupView {
	const doc = parent.ownerDocument;
	const id = `framework-compare-code-${++drawn}`;
	const { el, bar, body: panels, empty } = groupFrame(parent, "framework-compare-code-group", "framework-compare-code-panels", "The frameworks of these samples are hidden.");

	const all = () => state.group(input.key).layout === "side-by-side";
	const toggle = layoutToggle(doc, "Show all side by side", "Show every sample at once, or one at a time as tabs", all, () =>
		state.updateGroup(input.key, { layout: all() ? undefined : "side-by-side" }),
	);
	const tablist = doc.createElement("div");
	tablist.setAttribute("role", "tablist");
	tablist.setAttribute("aria-label", "Code samples");
	tablist.className = "framework-compare-tablist";
	bar.append(tablist, toggle.button);

	// Two samples of one framework ("JAX (Flax)", "JAX (Haiku)"): their tabs are named by their labels, which hold the name.
	const shared = (framework: string) => input.items.filter((other) => (other.frameworks[0] ?? "") === framework).length > 1;
	const renders: Promise<void>[] = [];
	const parts = input.items.map((item, i) => {
		const framework = item.frameworks[0] ?? "";
		const slot = `framework-compare-slot-${frameworkSlot(state, framework)}`;
		const tab = doc.createElement("button");
		tab.type = "button";
		tab.id = `${id}-tab-${i}`;
		tab.className = `framework-compare-tab ${slot}`;
		tab.setAttribute("role", "tab");
		tab.setAttribute("aria-controls", `${id}-panel-${i}`);
		tab.dataset.framework = framework;
		tab.textContent = shared(framework) ? item.label : framework;
		tab.addEventListener("click", () => select(i, false));
		tablist.appendChild(tab);

		const panel = doc.createElement("div");
		panel.id = `${id}-panel-${i}`;
		panel.className = `framework-compare-code-panel ${slot}`;
		panel.dataset.framework = framework;
		// The panel is one tab stop of its own, so keyboard users reach the code (it has no focusable part).
		panel.tabIndex = 0;
		const head = doc.createElement("div");
		head.className = "framework-compare-code-head";
		const label = doc.createElement("span");
		label.className = "framework-compare-code-label";
		label.textContent = item.label;
		// In tabs the tab names the sample; the label shows only when it says more ("JAX (Flax)").
		if (item.label === tab.textContent) label.classList.add("is-tab-name");
		const copy = doc.createElement("button");
		copy.type = "button";
		copy.className = "framework-compare-code-copy";
		copy.textContent = "Copy";
		copy.setAttribute("aria-label", `Copy the ${item.label} sample`);
		copy.addEventListener("click", () => host.copyText(item.code, `${item.label} sample`));
		head.append(label, copy);
		const body = doc.createElement("div");
		body.className = "framework-compare-code-body";
		panel.append(head, body);
		panels.appendChild(panel);
		renders.push(host.renderMarkdown(item.fence, body));
		return { tab, panel };
	});

	const hiddenNow = () => input.items.map((item) => itemHidden(item, (name) => state.isHidden(name)));
	/** The tab shown now, and so the one with tabindex 0. */
	let current = -1;

	function select(index: number, focus: boolean): void {
		const item = input.items[index];
		if (!item) return;
		// Choosing the tab the note's state already shows changes nothing to save.
		if (index !== current) state.updateGroup(input.key, { selected: item.label });
		if (focus) parts[index]?.tab.focus();
	}

	tablist.addEventListener("keydown", (event) => {
		const at = parts.findIndex((part) => part.tab === doc.activeElement);
		if (at < 0) return;
		const next = tabAfterKey(hiddenNow(), at, event.key);
		if (next === null) return;
		event.preventDefault();
		// Automatic activation: the tab focused is the tab shown.
		select(next, true);
	});

	const refresh = () => {
		const showAll = all();
		toggle.refresh();
		el.classList.toggle("is-side-by-side", showAll);
		const hidden = hiddenNow();
		const focusWasIn = tablist.contains(doc.activeElement);
		current = shownTab(input.items, hidden, state.group(input.key).selected);
		parts.forEach(({ tab, panel }, i) => {
			const isHidden = hidden[i] === true;
			const selected = i === current;
			tab.hidden = isHidden;
			tab.setAttribute("aria-selected", String(selected));
			tab.tabIndex = selected ? 0 : -1;
			if (showAll) {
				// All at once there are no tabs to belong to: each sample is a group named by its framework.
				panel.setAttribute("role", "group");
				panel.removeAttribute("aria-labelledby");
				panel.setAttribute("aria-label", input.items[i]?.label ?? "");
			} else {
				panel.setAttribute("role", "tabpanel");
				panel.setAttribute("aria-labelledby", tab.id);
				panel.removeAttribute("aria-label");
			}
			panel.hidden = isHidden || (!showAll && !selected);
			panel.inert = panel.hidden;
		});
		tablist.hidden = showAll;
		empty.hidden = current >= 0;
		// The focused tab was hidden: focus follows the selection to a visible tab.
		const focused = parts.find((part) => part.tab === doc.activeElement);
		if (focusWasIn && current >= 0 && (!focused || focused.tab.hidden)) parts[current]?.tab.focus();
	};
	refresh();
	const unsubscribe = state.subscribe(refresh);

	return {
		el,
		ready: Promise.all(renders).then(() => undefined),
		reveal(index) {
			const item = input.items[index];
			if (!item) return;
			for (const name of item.frameworks) state.setHidden(name, false);
			select(index, false);
			(parts[index]?.panel ?? el).scrollIntoView({ block: "nearest" });
			el.scrollIntoView({ block: "start" });
		},
		dispose() {
			unsubscribe();
			el.remove();
		},
	};
}
