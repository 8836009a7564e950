// The text a reader sees in an inline run: markup removed, "<br>" kept as a line
// break, wikilinks shown as Obsidian shows them.
import type { Token } from "markdown-it";
import { WIKILINK_TOKEN, type WikilinkMeta } from "../markdown/rules/wikilink";
import { wikilinkText } from "../markdown/wikilink-syntax";

const BREAK_TAG = /^<br\s*\/?>$/i;

export function inlineText(tokens: readonly Token[] | null): string {
	let out = "";
	const list = tokens ?? [];
	for (const [i, token] of list.entries()) {
		switch (token.type) {
			case "text":
			case "text_special":
			case "code_inline":
				out += token.content;
				break;
			case "softbreak":
				out += " ";
				break;
			case "hardbreak":
				out += "\n";
				break;
			case "html_inline":
				if (BREAK_TAG.test(token.content.trim())) out += "\n";
				break;
			case "image": {
				// A logo beside the name it shows (`![CentOS](logo.png) CentOS`): its text stands in for the
				// picture, and the name written beside it already says it.
				const alt = inlineText(token.children);
				if (!besideItsName(alt, out, list[i + 1])) out += alt;
				break;
			}
			case WIKILINK_TOKEN:
				out += wikilinkText((token.meta as WikilinkMeta).link);
				break;
			default:
				break;
		}
	}
	// One line, as most runs are: nothing to split and join again.
	if (!out.includes("\n")) return trimSpaces(out).trim();
	return out.split("\n").map(trimSpaces).join("\n").trim();
}

/** Whether an image's text is written right beside it: ending the text before it, or opening the text after it. */
function besideItsName(alt: string, before: string, next: Token | undefined): boolean {
	const name = alt.trim().toLowerCase();
	if (name === "") return false;
	if (trimSpaces(before).toLowerCase().endsWith(name)) return true;
	if (next?.type !== "text") return false;
	const after = trimSpaces(next.content).toLowerCase();
	return after === name || (after.startsWith(name) && /^[\s,:(]/.test(after.slice(name.length)));
}

/**
 * Spaces and tabs off both ends, by scanning: a regular expression of spaces,
 * a newline and spaces backtracks over every run of spaces, so 30,000 of them
 * cost a second.
 */
function trimSpaces(line: string): string {
	let start = 0;
	let end = line.length;
	while (start < end && (line.charCodeAt(start) === 32 || line.charCodeAt(start) === 9)) start++;
	while (end > start && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
	return line.slice(start, end);
}
