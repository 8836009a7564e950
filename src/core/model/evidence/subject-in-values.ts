// `| Repository | Instructions |` over `cargo install zoxide --locked`, `brew install zoxide`,
// `nix-env -iA nixpkgs.zoxide` in a note about zoxide: every row's values name the one thing the
// note is about, so the rows are ways to get it, run it or reach it (package managers, platforms,
// channels), each a road to the same subject, not things set against each other. A note that
// compares package managers writes the package it installs as an example (`npm install zod`,
// `pnpm add zod`), not as its own subject; and where the subject is itself one of the rows
// (`| Tool | Install |` over `zoxide`, `autojump`) it is compared with the others and the rule
// says nothing. Only what the rows give as code is read (commands, paths, package names): a
// description naming the note's kind (`Rust Excel library` down a list of Excel libraries) is no
// road to it. The subject is read from the note's title, file name and aliases, a word of three
// letters or more, whole between any separators (`nixpkgs.zoxide`, `app-shells/zoxide`).
import type { NoteContext } from "./context";
import type { AxisRule } from "./rule";

/** Rows needed: one or two roads to a thing are not a list of them. */
const LEAST = 3;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const LETTERS = /\p{L}/u;

/** The words of a text, in small letters, split at anything but letters and digits. */
const wordsOf = (text: string) => text.toLowerCase().split(SEPARATORS).filter((word) => word !== "");

/** The key of the subject's words in the note's memo: read once per note. */
const SUBJECT_WORDS = {};

/** The words naming the note's subject: each word of its title, file name and aliases, three letters or more. */
function subjectWords(note: NoteContext): readonly string[] {
	const memo = note.memo.workedOut<object, string[]>(SUBJECT_WORDS);
	let found = memo.get(SUBJECT_WORDS);
	if (found === undefined) {
		const words = new Set<string>();
		for (const subject of note.facts.subjects) for (const word of wordsOf(subject)) if (word.length >= 3 && LETTERS.test(word)) words.add(word);
		found = [...words];
		memo.set(SUBJECT_WORDS, found);
	}
	return found;
}

export const subjectInValues: AxisRule = (group, note) => {
	if (group.kind !== "table" || group.rowLabels.length < LEAST || group.coded === undefined) return [];
	const candidates = subjectWords(note);
	if (candidates.length === 0) return [];
	// The words of each row's code: the commands and paths it gives, not the descriptions that may name a kind.
	const coded = group.coded;
	const rows = group.body.map((row, r) => new Set(row.flatMap((text, column) => (coded[r]?.[column] === true ? wordsOf(text) : []))));
	if (rows.some((words) => words.size === 0)) return [];
	// A subject named by a label of either side is among the things the table sets side by side.
	const labels = new Set([...group.rowLabels, ...group.columnLabels].flatMap((cell) => wordsOf(cell.text)));
	const subject = candidates.find((word) => !labels.has(word) && rows.every((words) => words.has(word)));
	if (subject === undefined) return [];
	return [{ side: "rows", evidence: { rule: "subject-in-values", score: -2, reason: `every row's code names "${subject}", what the note is about: ways to get or run it, not things compared` } }];
};
