// "Protocol Buffers LITE" beside a text that talks of Protocol Buffers: a mode
// of the thing written in capitals after its name. Only when the note's own
// text names the thing without that word and never with it.
import type { NoteFacts } from "./evidence/facts";

/** "LITE", "FAST", "PRO": a last word in capitals, three letters or more. */
const SHOUTED = /^\p{Lu}{3,}$/u;

const counted = new WeakMap<NoteFacts, Map<string, number>>();
/** Each look reads the whole text: a note asks a few, never one per row of a long table. */
const MAX_LOOKS = 32;

/** How often the note's running text writes `phrase` as whole words (letters and digits do not go on around it); -1 past the looks allowed. */
function timesWritten(facts: NoteFacts, phrase: string): number {
	let cache = counted.get(facts);
	if (!cache) {
		cache = new Map();
		counted.set(facts, cache);
	}
	const known = cache.get(phrase);
	if (known !== undefined) return known;
	if (cache.size >= MAX_LOOKS) return -1;
	let count = 0;
	for (const text of facts.prose) {
		for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
			const before = text.charAt(at - 1);
			const after = text.charAt(at + phrase.length);
			if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) count++;
		}
	}
	cache.set(phrase, count);
	return count;
}

/**
 * The name before a last word in capitals ("Protocol Buffers" for "Protocol Buffers
 * LITE"), when the name is written in other case and the note's text names it alone at
 * least twice and never with that word; null otherwise ("Rapid JSON" stays whole).
 */
export function withoutShoutedMode(bare: string, facts: NoteFacts): string | null {
	const space = bare.lastIndexOf(" ");
	if (space <= 0) return null;
	const name = bare.slice(0, space).trim();
	if (!SHOUTED.test(bare.slice(space + 1)) || !/\p{Ll}/u.test(name)) return null;
	if (timesWritten(facts, name) < 2) return null;
	return timesWritten(facts, bare) === 0 ? name : null;
}
