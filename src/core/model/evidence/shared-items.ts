// `| Aplicación | Ventajas | Desventajas |` over OneNote `- Sincronización - Intuitivo …`, Evernote
// `- Sincronización - Intuitivo …`: cells that list qualities (one per line, after a bullet or
// not) share them along an attribute, as the things compared meet on a quality or a
// drawback; one thing's cells across its attributes do not repeat themselves (what is good about it
// is not also bad). So where two lines one way each hold an item written in two cells, and no line
// the other way does, the repeating lines are attributes and the labels across them the things.
// shared-values reads such a category when each cell is one word; this reads cells of lists.
// Items are short: a few words, a letter in them, no number.
import type { NoteContext } from "./context";
import { type Side, linesAlong } from "./facts";
import type { AxisRule } from "./rule";
import { wordCount } from "./words";

/**
 * What parts a cell's list: line breaks (`<br>`), as notes write a list in a cell. Commas are left
 * alone: a reference lists types and values between them (`string, number`), and shares those.
 */
const ITEM_BREAKS = /\n/u;
/** A bullet or a mark opening an item: `- `, `• `, `* `, `✅ `. */
const BULLET = /^(?:[-*•·▪◦]|\p{Extended_Pictographic}\uFE0F?)\s*/u;
/** An item is a quality in a few words, not a sentence. */
const MOST_WORDS = 5;
/** Lines with an item in two cells needed: one shared item may be chance. */
const LINES_SHARING = 2;

function itemsOf(text: string, note: NoteContext): Set<string> {
	const items = new Set<string>();
	if (note.readCell(text).kind === "missing") return items;
	const written = text.split(ITEM_BREAKS);
	// A cell of one item is a value, not a list: repeated, it is a category (./shared-values.ts).
	if (written.length < 2) return items;
	for (const part of written) {
		const item = part.trim().replace(BULLET, "").trim().toLowerCase();
		if (item === "" || !/\p{L}/u.test(item) || /\p{N}/u.test(item) || wordCount(item) > MOST_WORDS) continue;
		items.add(item);
	}
	return items;
}

/** How many lines hold an item written in two of their cells or more. */
function linesSharing(lines: readonly (readonly string[])[], note: NoteContext): number {
	let sharing = 0;
	for (const line of lines) {
		const seen = new Set<string>();
		let shared = false;
		for (const text of line) {
			for (const item of itemsOf(text, note)) {
				if (seen.has(item)) shared = true;
				seen.add(item);
			}
			if (shared) break;
		}
		if (shared) sharing++;
	}
	return sharing;
}

export const sharedItems: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.body.length < 2) return [];
	// Lists are written in prose cells: a table of short values has none to share (./shared-values.ts reads those).
	if (!group.body.some((row) => row.some((text) => ITEM_BREAKS.test(text)))) return [];
	const down = linesSharing(linesAlong(group, "rows"), note);
	const across = linesSharing(group.body, note);
	let things: Side | null = null;
	if (down >= LINES_SHARING && across === 0) things = "rows";
	else if (across >= LINES_SHARING && down === 0) things = "columns";
	if (things === null) return [];
	const reason = `the things meet on qualities listed along ${LINES_SHARING} attributes or more`;
	return [{ side: things, evidence: { rule: "shared-items", score: 1, reason } }];
};
