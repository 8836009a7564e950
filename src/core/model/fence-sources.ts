// The text of every code fence of a note, by the 1-based line of its opening
// fence (the line a chart of the note model gives), read from markdown-it's
// tokens as the note model reads them: a fence inside a quote or a list has
// its container's prefixes taken off.
import { blankFrontmatter, findFrontmatter } from "../frontmatter/frontmatter-block";
import { markdownParser } from "../markdown";

export function fenceSources(text: string): Map<number, string> {
	const tokens = markdownParser().parse(blankFrontmatter(text, findFrontmatter(text)), {});
	const sources = new Map<number, string>();
	for (const token of tokens) {
		if (token.type === "fence" && token.map) sources.set(token.map[0] + 1, token.content.replace(/\n$/, ""));
	}
	return sources;
}
