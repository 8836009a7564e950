// A note about laptops (its title, file name or aliases name the kind the top-left cell gives
// the rows: "# Laptops" over `| Laptop | Speed | Price |`, "Notiz-Apps im Vergleich" over
// `| App | Preis | Datenschutz |`) looks at its laptops under each heading. A heading that names
// the table's column labels ("## Speed and Price", "## Preis und Datenschutz") then names what
// the section looks at in them, not other things compared, whatever its capitals say: Title
// Case capitalises every word, and German every noun, so the capitals cannot tell attributes
// from names there (./sentence-case.ts reads only headings that lower a label). So the
// heading's word for those column labels is taken back. The rows get no hint from it: a title
// names the kind of what a table looks at as often as of what it compares ("# Feature
// comparison" over `| Feature | React | Vue |` under "## React and Vue"), and there the hint
// gave a toolbar of features; taken back alone, the heading at worst leaves such a table
// without a toolbar. Only the note's own title names the subject here: a heading naming the
// kind ("## Laptops") may be any section's. Left as it is: a top-left cell may name the
// columns' kind (`| Editor | VS Code | Zed |` in "# Editors" under "## VS Code and Zed"), and
// such a table loses the heading's word for its names (no toolbar, never a wrong one); and a
// plural that changes the word's stem (Rad, Räder) is not read as naming the kind.
// Capitals can tell in one case: a title written wholly in sentence case, every later word in
// lower case ("# Features I need in a notes app"), shows a writer who capitalises names only.
// There a heading that writes each part after its first with its capital ("## Obsidian and
// Notion") names names, and keeps its word. A title with any later word capitalised (German
// nouns, "Notiz-Apps im Vergleich", a name in it) or of one word ("# Laptops") shows nothing.
import { type NoteContext, splitSubject } from "./context";
import type { GroupFacts } from "./facts";
import { cornerKind, namesKind } from "./rows-kind";
import type { NameRule } from "./rule";

/** The key of the per-table answer in the note's memo. */
const SUBJECT_ROWS = {};

const namedByHeading = (keys: readonly string[], note: NoteContext) => keys.some((key) => note.headingKeys.has(key));

/**
 * Whether the note's title, file name or aliases name the kind the top-left cell gives the rows,
 * and headings name two column labels or more: one column named by a heading is no section's
 * aspects (and a top-left cell may name the columns' kind: `| lib | Plot | Vega-Lite |`).
 */
function aspectsOfSubject(group: GroupFacts, note: NoteContext): boolean {
	const memo = note.memo.workedOut<GroupFacts, boolean>(SUBJECT_ROWS);
	let found = memo.get(group);
	if (found === undefined) {
		const kind = group.kind === "table" ? cornerKind(group) : null;
		found =
			kind !== null &&
			group.columnLabels.filter((cell) => namedByHeading(note.keysOf(cell.text), note)).length >= 2 &&
			note.facts.subjects.some((subject) => namesKind(subject, kind));
		memo.set(group, found);
	}
	return found;
}

const LATER_WORD = /^\p{L}{2,}$/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** Whether the text is written wholly in sentence case: a capital first, every later word of two letters or more in lower case, one of four at least. */
function wholeSentenceCase(text: string): boolean {
	const words = text.trim().split(" ").filter((word) => word !== "");
	if (words.length < 3 || !UPPER.test(words[0] as string)) return false;
	const later = words.slice(1).filter((word) => LATER_WORD.test(word));
	return later.every((word) => LOWER.test(word)) && later.some((word) => word.length >= 4);
}

const NAMES_MEMO = {};

/**
 * The keys of the labels named by headings that write every part after their first with a capital
 * ("Obsidian and Notion"), in a note whose title is written wholly in sentence case: names, not aspects.
 * Empty where no title shows the writer's case.
 */
function namedAsNames(note: NoteContext): Set<string> {
	const memo = note.memo.workedOut<NoteContext, Set<string>>(NAMES_MEMO);
	let found = memo.get(note);
	if (found === undefined) {
		found = new Set();
		if (note.facts.subjects.some(wholeSentenceCase)) {
			for (const heading of note.facts.headings) {
				const parts = splitSubject(heading);
				if (parts.length < 2 || !parts.slice(1).every((part) => UPPER.test(part))) continue;
				for (const part of parts) for (const key of note.keysOf(part)) found.add(key);
			}
		}
		memo.set(note, found);
	}
	return found;
}

export const aspectHeading: NameRule = (label, note) =>
	label.side === "columns" && namedByHeading(label.keys, note) && aspectsOfSubject(label.group, note) && !label.keys.some((key) => namedAsNames(note).has(key))
		? { rule: "aspect-heading", score: -1, reason: "a heading names it in a note about the rows' kind: an aspect of them" }
		: null;
