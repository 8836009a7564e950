// @vitest-environment happy-dom
// A table view that throws halfway leaves the table exactly as it was rendered,
// with a message above it; unloading removes the message.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { enhanceComparisonTable, type ComparisonTableInput } from "../../src/views/comparison-table";
import { NoteViewState } from "../../src/views/note-view-state";
import { guardTableView } from "../../src/views/table-guard";
import { fakeMenuHost } from "./fake-menu-host";

const TABLE = `| Framework | Org | APIs |
|---|---|---|
| **JAX** | Google Research | Flax |
| **PyTorch** | Meta AI | Lightning |
| **TensorFlow** | Google AI | Keras |`;

const INPUT: ComparisonTableInput = {
	key: "0",
	model: {
		header: ["Framework", "Org", "APIs"],
		rows: [
			["JAX", "Google Research", "Flax"],
			["PyTorch", "Meta AI", "Lightning"],
			["TensorFlow", "Google AI", "Keras"],
		],
		frameworkAxis: "rows",
	},
	source: null,
	frameworkOf: ["JAX", "PyTorch", "TensorFlow"],
};

function render(): { section: HTMLElement; table: HTMLTableElement } {
	const section = document.createElement("div");
	const html = new MarkdownIt({ html: true }).render(`Before\n\n${TABLE}\n\nAfter`);
	section.append(...Array.from(new DOMParser().parseFromString(html, "text/html").body.childNodes));
	document.body.replaceChildren(section);
	return { section, table: section.querySelector("table")! };
}

describe("guardTableView", () => {
	it("puts the table back as rendered when the view throws after it rebuilt everything", () => {
		const { section, table } = render();
		const rendered = section.innerHTML;
		// The last thing the view does is subscribe to the note's state: by then links, toolbar and rows are all in place.
		const state = new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined);
		state.subscribe = () => {
			throw new Error("state went away");
		};
		const dispose = guardTableView(table, () => enhanceComparisonTable(table, INPUT, state, { ...fakeMenuHost, linkFor: () => "Frameworks/JAX", copyText: () => undefined }));
		const message = section.querySelector(".framework-compare-message");
		expect(message?.textContent).toBe("This table could not be made interactive, so it stays as written (Error: state went away).");
		message?.remove();
		expect(section.innerHTML).toBe(rendered);
		dispose();
		expect(section.querySelector(".framework-compare-message")).toBeNull();
	});

	it("hands back the view's own dispose when nothing throws", () => {
		const { section, table } = render();
		const rendered = section.innerHTML;
		const dispose = guardTableView(table, () => enhanceComparisonTable(table, INPUT, new NoteViewState(["JAX", "PyTorch", "TensorFlow"], undefined), { ...fakeMenuHost, linkFor: () => null, copyText: () => undefined }));
		expect(section.querySelector(".framework-compare-table")).not.toBeNull();
		expect(section.querySelector(".framework-compare-message")).toBeNull();
		dispose();
		expect(section.innerHTML).toBe(rendered);
	});
});
