// Values alike down each column say the rows are records of one kind (./value-kinds.ts), but
// not which kind: a shortlist of cameras (`| Camera | Sensor | Weight |`) and a log of
// exercises (`| Exercise | Sets | Reps |`), dinners or episodes watched have the same shape,
// and only a log is kept one entry a row. What tells them apart for a reader is what the note
// says it is about: "# Camera bodies" over `| Camera |` is a note about cameras, and its rows
// are what it compares; "# Leg day" over `| Exercise |` is a day's log, and its exercises are
// entries. So when the values are the rows' only evidence of being compared, the top-left
// cell names their kind, and neither the note's title, file name or aliases nor the headings
// the table stands under name that kind, this rule takes back most of what the values gave.
// Where a row label has evidence of its own (a link, a mention in the text, a vault note, a
// product's spelling), the rows are not a bare log, and the rule says nothing.
// Read by the words' beginnings (`Laptop` in "Laptops", `App` in "Notiz-Apps", `Bundler` in
// "JS bundlers"), or inside the text in scripts written without spaces: no word list.
import { codeLabel } from "./code-label";
import type { NoteContext } from "./context";
import { declared } from "./declared";
import { type CellFacts, type GroupFacts, type Side, sideLabels } from "./facts";
import { frontmatterList } from "./frontmatter-list";
import { heading } from "./heading";
import { identifierShape } from "./identifier-shape";
import { linkedCell } from "./linked-cell";
import { linkedInNote } from "./linked-in-note";
import { mentioned } from "./mentioned";
import { nameShape } from "./name-shape";
import { normalizeName } from "./names";
import { operationGrid } from "../operation-grid";
import type { AxisRule, NameRule } from "./rule";
import { subject } from "./subject";
import { valueKinds } from "./value-kinds";
import { vaultNote } from "./vault-note";
import { versionFamily } from "./version-family";
import { versionedName } from "./versioned-name";

/**
 * A word spelled as products are, within a label of several ("iPhone 15", "Galaxy S24", "Sony A7 IV",
 * "Tailwind CSS"): an inner capital, letters glued to digits, two capitals in a row (an acronym).
 */
const PRODUCT_WORD = /\p{Ll}\p{Lu}|\p{L}\d|\p{Lu}\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * One word in lower case ("node", "ripgrep") under a capitalised header: written as its makers
 * spell it, since a log's entries take the capital its header takes ("Squat", "Lasagne").
 */
const LOWER_WORD = /^\p{Ll}[\p{L}\p{N}._-]*$/u;
const CAPITAL = /^\p{Lu}/u;

/** The name rules that find a label named by the note or spelled as a product: evidence of its own. */
const OWN_EVIDENCE: readonly NameRule[] = [declared, frontmatterList, vaultNote, subject, linkedInNote, linkedCell, heading, mentioned, nameShape, versionedName, versionFamily, codeLabel, identifierShape];

/** Letters of scripts written without spaces between words (Han, kana, Hangul is spaced, Thai). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** What splits a title into words: spaces, dashes, slashes and punctuation. */
const WORD_BREAK = /[\s\-–—_/\\|,.;:!?()[\]{}"'«»„“”]+/u;

/** The shared beginning of two words, in characters. */
function sharedStart(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
	return n;
}

/**
 * Whether `text` names the kind `kind`: one of its words begins with the kind, or with all of
 * it but its last letter ("librar" of "Library" in "libraries"), three letters at least.
 */
export function namesKind(text: string, kind: string): boolean {
	const lower = normalizeName(text);
	if (UNSPACED.test(kind)) return lower.includes(kind);
	const least = Math.max(3, kind.length - 1);
	return lower.split(WORD_BREAK).some((word) => word.length >= least && sharedStart(word, kind) >= least);
}

/** The kind the top-left cell gives the rows: one word or two, of letters; null otherwise. */
export function cornerKind(group: GroupFacts): string | null {
	const text = normalizeName(group.corner?.text ?? "");
	if (text.length < 2 || text.split(" ").length > 2 || !/^\p{L}[\p{L}\p{M} -]*$/u.test(text)) return null;
	return text;
}

/** Whether one of the row's values is its label again, as written or in another case. */
function repeatsItself(label: string, row: readonly string[] | undefined): boolean {
	const key = label.toLowerCase();
	return row !== undefined && row.some((value) => value.trim().toLowerCase() === key);
}

/**
 * Whether a label of the side has evidence of its own of being a name: the note links, mentions
 * or names it, it is spelled as a product, in one word of several or as one word in lower case
 * beside a capitalised header row, its row names it again among its values, or the labels
 * cross names with operations. A log's entries and a plan's steps have none of these.
 */
export function labelsSpeakForThemselves(group: GroupFacts, side: Side, note: NoteContext, index: number): boolean {
	// The header row beside the label: the top-left cell and the column labels for a row label, the top-left cell for a column label.
	const header = side === "rows" ? [group.corner, ...group.columnLabels] : [group.corner];
	// Cells without letters ("#", "Σ") are neither capitalised nor not.
	const worded = header.filter((cell): cell is CellFacts => cell !== null && LETTER.test(cell.text));
	const capitalHeader = worded.length > 0 && worded.every((cell) => CAPITAL.test(cell.text.trim()));
	const labels = sideLabels(group, side);
	// Names crossed with operations ("React render", "Preact update"): a benchmark's grid, not a log's entries.
	if (operationGrid(labels.map((cell) => cell.text)) !== null) return true;
	return labels.some((cell, i) => {
		const text = cell.text.trim();
		if (text === "") return false;
		if (text.split(" ").some((word) => PRODUCT_WORD.test(word))) return true;
		if (capitalHeader && LOWER_WORD.test(text)) return true;
		// A row that names its thing again among its values (a link to its page, its repository).
		if (side === "rows" && repeatsItself(text, group.body[i])) return true;
		const label = note.label(cell, group, index, side);
		return OWN_EVIDENCE.some((rule) => (rule(label, note)?.score ?? 0) > 0);
	});
}

export const rowsKind: AxisRule = (group, note: NoteContext, index) => {
	if (group.kind !== "table") return [];
	const kind = cornerKind(group);
	if (kind === null) return [];
	// Only where the values speak for the rows: otherwise there is nothing to take back.
	if (!valueKinds(group, note, index).some((found) => found.side === "rows")) return [];
	const places = [...note.facts.subjects, ...(group.headings ?? [])];
	if (places.some((place) => namesKind(place, kind))) return [];
	// A row label the note links, mentions or names, or spelled as a product, speaks for the rows itself.
	if (labelsSpeakForThemselves(group, "rows", note, index)) return [];
	return [{ side: "rows", evidence: { rule: "rows-kind", score: -1.5, reason: `the note's title and headings do not say it is about "${kind}": records of one kind may be a log's entries` } }];
};
