// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { drawCodeTabs } from "../../src/views/code-tabs";
import type { GroupHost } from "../../src/views/group-host";
import { NoteViewState } from "../../src/views/note-view-state";

const SAMPLES = [
	{ frameworks: ["JAX"], label: "JAX", code: "jax.grad(f)", fence: "```python\njax.grad(f)\n```" },
	{ frameworks: ["PyTorch"], label: "PyTorch", code: "loss.backward()", fence: "```python\nloss.backward()\n```" },
	{ frameworks: ["TensorFlow"], label: "TensorFlow (Keras)", code: "tape.gradient(loss, x)", fence: "```python\ntape.gradient(loss, x)\n```" },
];

/** Renders each fence as a <pre><code> of its code, as the reading view would. */
function fakeHost(): GroupHost & { copied: string[] } {
	const copied: string[] = [];
	return {
		copied,
		renderMarkdown: (markdown, el) => {
			const pre = el.ownerDocument.createElement("pre");
			pre.appendChild(el.ownerDocument.createElement("code")).textContent = markdown.split("\n").slice(1, -1).join("\n");
			el.appendChild(pre);
			return Promise.resolve();
		},
		copyText: (text) => {
			copied.push(text);
		},
	};
}

function setup(saved?: ConstructorParameters<typeof NoteViewState>[1]) {
	const parent = document.createElement("div");
	document.body.replaceChildren(parent);
	const onChange = vi.fn();
	const state = new NoteViewState(["JAX", "PyTorch", "TensorFlow"], saved, onChange, "note");
	const host = fakeHost();
	const view = drawCodeTabs(parent, { key: "code:JAX|PyTorch|TensorFlow (Keras)", items: SAMPLES }, state, host);
	const tabs = () => Array.from(parent.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
	const shown = () => tabs().filter((tab) => !tab.hidden).map((tab) => `${tab.textContent}${tab.getAttribute("aria-selected") === "true" ? "*" : ""}`);
	const visiblePanels = () => Array.from(parent.querySelectorAll<HTMLElement>(".framework-compare-code-panel")).filter((panel) => !panel.hidden);
	const key = (name: string) => document.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true }));
	return { parent, state, host, view, tabs, shown, visiblePanels, key, onChange };
}

describe("code tabs", () => {
	it("is a tab list of the frameworks' names over one panel labelled by its tab", () => {
		const { parent, tabs, shown, visiblePanels } = setup();
		expect(parent.querySelector('[role="tablist"]')).not.toBeNull();
		// The tab is named by the framework, with data-framework; a label that says more shows in its panel.
		expect(tabs().map((tab) => [tab.textContent, tab.dataset.framework])).toEqual([
			["JAX", "JAX"],
			["PyTorch", "PyTorch"],
			["TensorFlow", "TensorFlow"],
		]);
		expect(shown()).toEqual(["JAX*", "PyTorch", "TensorFlow"]);
		expect(visiblePanels()).toHaveLength(1);
		const panel = visiblePanels()[0];
		expect(panel.getAttribute("role")).toBe("tabpanel");
		expect(panel.getAttribute("aria-labelledby")).toBe(tabs()[0].id);
		expect(tabs()[0].getAttribute("aria-controls")).toBe(panel.id);
		expect(panel.querySelector("code")?.textContent).toBe("jax.grad(f)");
		expect(tabs().map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
	});

	it("moves with the arrow keys, Home and End, selecting as it moves, and saves the choice", () => {
		const { tabs, shown, key, state, visiblePanels } = setup();
		tabs()[0].focus();
		key("ArrowRight");
		expect(shown()).toEqual(["JAX", "PyTorch*", "TensorFlow"]);
		expect(document.activeElement).toBe(tabs()[1]);
		expect(tabs().map((tab) => tab.tabIndex)).toEqual([-1, 0, -1]);
		expect(visiblePanels()[0]?.dataset.framework).toBe("PyTorch");
		key("End");
		expect(shown()).toEqual(["JAX", "PyTorch", "TensorFlow*"]);
		key("ArrowRight");
		expect(shown()).toEqual(["JAX*", "PyTorch", "TensorFlow"]);
		key("ArrowLeft");
		key("Home");
		expect(shown()).toEqual(["JAX*", "PyTorch", "TensorFlow"]);
		tabs()[2].click();
		expect(state.snapshot().groups).toEqual({ "code:JAX|PyTorch|TensorFlow (Keras)": { selected: "TensorFlow (Keras)" } });
	});

	it("hides a hidden framework's tab, hands the selection on, and takes it back when the framework is shown", () => {
		const { tabs, shown, state, parent } = setup();
		tabs()[1].click();
		tabs()[1].focus();
		state.setHidden("PyTorch", true);
		expect(shown()).toEqual(["JAX*", "TensorFlow"]);
		// Focus was on the tab that went: it follows the selection.
		expect(document.activeElement).toBe(tabs()[0]);
		state.setHidden("JAX", true);
		state.setHidden("TensorFlow", true);
		expect(shown()).toEqual([]);
		expect(parent.querySelector<HTMLElement>(".framework-compare-group-empty")?.hidden).toBe(false);
		state.showAll();
		expect(shown()).toEqual(["JAX", "PyTorch*", "TensorFlow"]);
	});

	it("copies each sample's code as written", () => {
		const { parent, host, tabs } = setup();
		tabs()[2].click();
		const copy = Array.from(parent.querySelectorAll<HTMLButtonElement>(".framework-compare-code-copy")).find((button) => !button.closest("[hidden]"));
		expect(copy?.getAttribute("aria-label")).toBe("Copy the TensorFlow (Keras) sample");
		copy?.click();
		expect(host.copied).toEqual(["tape.gradient(loss, x)"]);
	});

	it("shows every sample side by side, each a group named by its label, and back to tabs", () => {
		const { parent, visiblePanels, state } = setup();
		const toggle = parent.querySelector<HTMLButtonElement>(".framework-compare-group-layout")!;
		expect(toggle.textContent).toBe("Show all side by side");
		expect(toggle.getAttribute("aria-pressed")).toBe("false");
		toggle.click();
		expect(toggle.getAttribute("aria-pressed")).toBe("true");
		expect(visiblePanels().map((panel) => [panel.getAttribute("role"), panel.getAttribute("aria-label")])).toEqual([
			["group", "JAX"],
			["group", "PyTorch"],
			["group", "TensorFlow (Keras)"],
		]);
		expect(parent.querySelector<HTMLElement>('[role="tablist"]')?.hidden).toBe(true);
		expect(state.snapshot().groups).toEqual({ "code:JAX|PyTorch|TensorFlow (Keras)": { layout: "side-by-side" } });
		toggle.click();
		expect(visiblePanels()).toHaveLength(1);
		expect(state.snapshot().groups).toBeUndefined();
	});

	it("starts from the saved choices, and leaves nothing behind when disposed", () => {
		const { shown, view, parent } = setup({ hiddenFrameworks: [], groups: { "code:JAX|PyTorch|TensorFlow (Keras)": { selected: "PyTorch" } } });
		expect(shown()).toEqual(["JAX", "PyTorch*", "TensorFlow"]);
		view.dispose();
		expect(parent.childElementCount).toBe(0);
	});
});

describe("two samples of one framework", () => {
	it("are told apart by their labels, and each is reached by its tab and stays in the page when rendered", () => {
		const parent = document.createElement("div");
		document.body.replaceChildren(parent);
		const state = new NoteViewState(["JAX", "PyTorch"], undefined, vi.fn(), "note");
		const items = [
			{ frameworks: ["JAX"], label: "JAX (Flax)", code: "nn.Dense(4)", fence: "```python\nnn.Dense(4)\n```" },
			{ frameworks: ["JAX"], label: "JAX (Haiku)", code: "hk.Linear(4)", fence: "```python\nhk.Linear(4)\n```" },
			{ frameworks: ["PyTorch"], label: "PyTorch", code: "nn.Linear(4, 4)", fence: "```python\nnn.Linear(4, 4)\n```" },
		];
		// What renders a sample finds it already inside the group in the page.
		const inGroup: boolean[] = [];
		const host = { ...fakeHost(), renderMarkdown: (_markdown: string, el: HTMLElement) => (inGroup.push(el.isConnected && el.closest(".framework-compare-group") !== null), Promise.resolve()) };
		drawCodeTabs(parent, { key: "code:JAX (Flax)|JAX (Haiku)|PyTorch", items }, state, host);
		const tabs = Array.from(parent.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
		expect(tabs.map((tab) => [tab.textContent, tab.dataset.framework])).toEqual([
			["JAX (Flax)", "JAX"],
			["JAX (Haiku)", "JAX"],
			["PyTorch", "PyTorch"],
		]);
		tabs[1]?.click();
		expect(tabs.map((tab) => tab.getAttribute("aria-selected"))).toEqual(["false", "true", "false"]);
		expect(inGroup).toEqual([true, true, true]);
	});
});
