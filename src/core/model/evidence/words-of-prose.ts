// A common word is not a name. A header read as nothing but names (`| Obsidian | Foam |`
// over rows of equivalents, its top-left cell among them) needs more than each cell's being
// used in the text: `| Mount | Data |` over `/boot | Linux Kernel` in a note that speaks of
// mounts and data is a key and its value, not two things compared. A name keeps its capital
// wherever the text writes it; a common word, capitalised in a header or at a sentence's
// start, is written in lower case in the running text as often as not ("data" 28 times beside
// "Data" 7). Such a header is left alone when one of its cells is such a word and has no
// evidence of its own beyond mentions (a link, a known name, a product's spelling, a heading),
// unless a title or heading names the cells together or the note's title names one of them
// (`# Coming from Obsidian` over `| Obsidian | Foam |`: the note is about them). Only the
// header's own words are counted, in any script with capitals; never a word list.
import { commonWordOfNote } from "./common-word";
import type { NoteContext } from "./context";
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
 * The header may be read as names: the header's axis evidence names its cells together, the
 * note's title names one of them, or none is a common word of the text without evidence of its
 * own beyond mentions.
 */
export function namesBeyondWords(header: readonly NameExplanation[], axis: readonly { side: string; evidence: Evidence }[], note: NoteContext): boolean {
	const title = note.facts.subjects[0] ?? "";
	if (axis.some((entry) => entry.side === "columns" && entry.evidence.rule === "named-together")) return true;
	if (header.some((name) => inTitle(name.label, title))) return true;
	return header.every((name) => name.evidence.some((e) => e.score > 0 && !MENTIONS.has(e.rule)) || !commonWordOfNote(name.label, note));
}
