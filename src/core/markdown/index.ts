// The one markdown-it instance core parses notes with. Rules are added from one
// list so their order is visible in one place.
import markdownIt from "markdown-it";
import type { MarkdownIt, StateBlock } from "markdown-it";
import { type InlineRule, withSourceOffset } from "./rules/source-offset";
import { withCellSpans } from "./rules/table-cell-spans";
import wikilink from "./rules/wikilink";

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** [name, rule, the built-in rule it must run before]. */
const INLINE_RULES: [string, InlineRule, string][] = [
	// Before `link`, so "[[x]]" is not tried as a "[label]" and "![[x]]" not as an image.
	["wikilink", wikilink, "link"],
];

/** Built-in inline rules whose tokens get their source offset (see ./rules/source-offset). */
const POSITIONED_RULES = ["link", "image", "autolink"];

/** [built-in rule, wrapper around it, the chains it ends a block in (markdown-it's own: parser_block)]. */
const BLOCK_WRAPPERS: [string, (rule: BlockRule) => BlockRule, string[]][] = [
	// The table rule as markdown-it has it, also telling where each cell is written.
	["table", withCellSpans, ["paragraph", "reference"]],
];

export function createMarkdownParser(): MarkdownIt {
	// html: Obsidian notes use inline HTML such as <br> in table cells.
	const md = markdownIt("default", { html: true, linkify: false, typographer: false });
	for (const [name, rule, before] of INLINE_RULES) md.inline.ruler.before(before, name, rule);
	for (const name of POSITIONED_RULES) md.inline.ruler.at(name, withSourceOffset(builtInInlineRule(name)));
	for (const [name, wrap, alt] of BLOCK_WRAPPERS) md.block.ruler.at(name, wrap(builtInBlockRule(name)), { alt });
	return md;
}

/** A block rule as markdown-it ships it, found through the public ruler API of a throwaway instance. */
function builtInBlockRule(name: string): BlockRule {
	const probe = markdownIt("default");
	probe.block.ruler.enableOnly([name]);
	const [rule] = probe.block.ruler.getRules("");
	if (!rule) throw new Error(`markdown-it has no block rule "${name}"`);
	return rule;
}

/** An inline rule as markdown-it ships it, found the same way. */
function builtInInlineRule(name: string): InlineRule {
	const probe = markdownIt("default");
	probe.inline.ruler.enableOnly([name]);
	const [rule] = probe.inline.ruler.getRules("");
	if (!rule) throw new Error(`markdown-it has no inline rule "${name}"`);
	return rule;
}

let shared: MarkdownIt | null = null;

/** Parsing holds no state between calls, so one instance serves every note. */
export function markdownParser(): MarkdownIt {
	shared ??= createMarkdownParser();
	return shared;
}
