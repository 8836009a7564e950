import type { NameRule } from "./rule";

/**
 * `{.dense}`, `{: .is-danger}`, `{#top .wide}`: an attribute list (kramdown, Pandoc, Wiki.js) that a
 * writer puts under a table to style it, which a table without a blank line before it reads as one
 * more row. Bounded, so a long cell is refused by its length, not scanned again.
 */
const ATTRIBUTES = /^\{:? ?[.#][\p{L}\p{N}_-]{1,40}(?: [.#][\p{L}\p{N}_-]{1,40}){0,7} ?\}$/u;

/** Blank or punctuation only ("** **", "—"), or a styling attribute list: no name, and no evidence about its side either (left out of its mean). */
export const blankLabel: NameRule = (label) => {
	const head = label.name.head;
	if (!/[\p{L}\p{N}]/u.test(head)) return { rule: "blank-label", score: -3, reason: "has no letters or digits" };
	if (ATTRIBUTES.test(label.cell.text.trim())) return { rule: "blank-label", score: -3, reason: "an attribute list styling the table, no name" };
	return null;
};
