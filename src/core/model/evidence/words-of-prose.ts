// A word of the prose is not yet a name. A header read as nothing but names (`| Obsidian |
// Foam |` over rows of equivalents, its top-left cell among them) needs more than each
// cell's being used in the text: `| Mount | Data |` over `/boot | Linux Kernel` in a note
// that speaks of mounts and data is a key and its value, not two things compared. Such a
// header is taken when a title or heading names its cells together, or when each cell has
// some evidence of its own beyond mentions: a link, a known name, a product's spelling, a
// heading, its own commands among its values. General, whatever the language.
import type { Evidence } from "./facts";
import type { NameExplanation } from "../types";

/** Rules that say only that the text uses the label, not what kind of thing it is. */
const MENTIONS: ReadonlySet<string> = new Set(["mentioned"]);

/** Every header cell has evidence of its own besides its mentions, or the header's axis evidence names them together. */
export function namesBeyondWords(header: readonly NameExplanation[], axis: readonly { side: string; evidence: Evidence }[]): boolean {
	if (axis.some((entry) => entry.side === "columns" && entry.evidence.rule === "named-together")) return true;
	return header.every((name) => name.evidence.some((e) => e.score > 0 && !MENTIONS.has(e.rule)));
}
