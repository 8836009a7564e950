// Inline rule for `[[...]]` and `![[...]]`. Registered before markdown-it's own
// `link` rule; code spans are consumed earlier by `backticks`, so links inside
// them never reach this rule.
import type { StateInline } from "markdown-it";
import { parseWikilinkAt, type WikilinkSyntax } from "../wikilink-syntax";

export const WIKILINK_TOKEN = "wikilink";

/** Stored in `token.meta`: markdown-it records no offsets for inline tokens. */
export type WikilinkMeta = {
	/** Offsets into the inline token's content (`state.src`), end exclusive. */
	start: number;
	end: number;
	link: WikilinkSyntax;
};

export default function wikilink(state: StateInline, silent: boolean): boolean {
	const pos = state.pos;
	const first = state.src.charCodeAt(pos);
	if (first !== 0x5b && first !== 0x21) return false;
	const match = parseWikilinkAt(state.src, pos, state.posMax);
	if (!match) return false;
	if (!silent) {
		const token = state.push(WIKILINK_TOKEN, "", 0);
		token.content = state.src.slice(pos, match.end);
		token.markup = match.link.embed ? "![[" : "[[";
		const meta: WikilinkMeta = { start: pos, end: match.end, link: match.link };
		token.meta = meta;
	}
	state.pos = match.end;
	return true;
}
