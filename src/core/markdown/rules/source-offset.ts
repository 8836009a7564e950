// markdown-it records no offsets for inline tokens. Wrapped around its `link`,
// `image` and `autolink` rules, this puts where each link starts in the inline
// source on its token, so the note model places links on their lines directly
// instead of searching the text for them (a search that went quadratic on long
// runs of escapes).
import type { StateInline } from "markdown-it";

export type InlineRule = (state: StateInline, silent: boolean) => boolean;

/** Stored in `token.meta` of `link_open` and `image` tokens. */
export type SourceOffsetMeta = {
	/** Offset into the inline token's content (`state.src`) where the link's markup begins. */
	sourceStart: number;
};

const OPENERS = new Set(["link_open", "image"]);

export function sourceStartOf(meta: unknown): number | null {
	if (meta === null || typeof meta !== "object" || !("sourceStart" in meta)) return null;
	const start = (meta as SourceOffsetMeta).sourceStart;
	return typeof start === "number" ? start : null;
}

export function withSourceOffset(rule: InlineRule): InlineRule {
	return (state, silent) => {
		const start = state.pos;
		const before = state.tokens.length;
		const matched = rule(state, silent);
		if (matched && !silent) {
			// Pending text is flushed first, so the opener is not always the first new token.
			for (let i = before; i < state.tokens.length; i++) {
				const token = state.tokens[i];
				if (token && OPENERS.has(token.type)) {
					token.meta = { ...(token.meta as object | null), sourceStart: start };
					break;
				}
			}
		}
		return matched;
	};
}
