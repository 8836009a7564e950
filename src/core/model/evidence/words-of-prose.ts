// A word of the prose is not yet a name. A header read as nothing but names (`| Obsidian |
// Foam |` over rows of equivalents, its top-left cell among them) needs more than each
// cell's being used in the text: `| Mount | Data |` over `/boot | Linux Kernel` in a note
// that speaks of mounts and data is a key and its value, not two things compared. Such a
// header is taken when a title or heading names its cells together, when the note's title
// names one of them (`# Coming from Obsidian` over `| Obsidian | Foam |`: the note is about
// them), or when each cell has some evidence of its own beyond mentions: a link, a known name,
// a product's spelling, a heading, its own commands among its values. General, whatever the language.
import type { Evidence } from "./facts";
import type { NameExplanation } from "../types";

/** Rules that say only that the text uses the label, not what kind of thing it is. */
const MENTIONS: ReadonlySet<string> = new Set(["mentioned"]);

/** `label` stands in `title` as a whole word, whatever the case. */
function inTitle(label: string, title: string): boolean {
	const word = label.trim().toLowerCase();
	const text = title.toLowerCase();
	if (word === "") return false;
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		const before = text.charAt(at - 1);
		const after = text.charAt(at + word.length);
		if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
	}
	return false;
}

/**
 * Every header cell has evidence of its own besides its mentions, the header's axis evidence
 * names them together, or the note's title names one of them.
 */
export function namesBeyondWords(header: readonly NameExplanation[], axis: readonly { side: string; evidence: Evidence }[], title: string): boolean {
	if (axis.some((entry) => entry.side === "columns" && entry.evidence.rule === "named-together")) return true;
	if (header.some((name) => inTitle(name.label, title))) return true;
	return header.every((name) => name.evidence.some((e) => e.score > 0 && !MENTIONS.has(e.rule)));
}
