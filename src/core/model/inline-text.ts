// The text a reader sees in an inline run: markup removed, "<br>" kept as a line
// break, wikilinks shown as Obsidian shows them.
import type { Token } from "markdown-it";
import { WIKILINK_TOKEN, type WikilinkMeta } from "../markdown/rules/wikilink";
import { wikilinkText } from "../markdown/wikilink-syntax";

const BREAK_TAG = /^<br\s*\/?>$/i;

export function inlineText(tokens: readonly Token[] | null): string {
	let out = "";
	for (const token of tokens ?? []) {
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
			case "image":
				out += inlineText(token.children);
				break;
			case WIKILINK_TOKEN:
				out += wikilinkText((token.meta as WikilinkMeta).link);
				break;
			default:
				break;
		}
	}
	return out.replace(/[ \t]*\n[ \t]*/g, "\n").trim();
}
