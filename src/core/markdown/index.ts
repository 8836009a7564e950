// The one markdown-it instance core parses notes with. Rules are added from one
// list so their order is visible in one place.
import markdownIt from "markdown-it";
import type { MarkdownIt } from "markdown-it";
import { type InlineRule, withSourceOffset } from "./rules/source-offset";
import wikilink from "./rules/wikilink";

/** [name, rule, the built-in rule it must run before]. */
const INLINE_RULES: [string, InlineRule, string][] = [
	// Before `link`, so "[[x]]" is not tried as a "[label]" and "![[x]]" not as an image.
	["wikilink", wikilink, "link"],
];

/** Built-in rules whose tokens get their source offset (see ./rules/source-offset). */
const POSITIONED_RULES = ["link", "image", "autolink"];

export function createMarkdownParser(): MarkdownIt {
	// html: Obsidian notes use inline HTML such as <br> in table cells.
	const md = markdownIt("default", { html: true, linkify: false, typographer: false });
	for (const [name, rule, before] of INLINE_RULES) md.inline.ruler.before(before, name, rule);
	for (const name of POSITIONED_RULES) {
		const original = md.inline.ruler.__rules__.find((rule) => rule.name === name)?.fn;
		if (original) md.inline.ruler.at(name, withSourceOffset(original));
	}
	return md;
}

let shared: MarkdownIt | null = null;

/** Parsing holds no state between calls, so one instance serves every note. */
export function markdownParser(): MarkdownIt {
	shared ??= createMarkdownParser();
	return shared;
}
