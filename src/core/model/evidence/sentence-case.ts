// Where a script has capitals, a name keeps its spelling in running text ("React and Vue",
// "zustand or Redux"), while a heading in sentence case lowers the attributes it names
// ("## Speed and price" over the label `Price`). A heading that writes one of the note's
// capitalised labels in lower case, after its first word, is such a heading: it talks of
// attributes, and what it joins is not set against each other as things compared. The
// heading's first word is capitalised either way and says nothing; scripts without case
// never lower anything, so their headings are read as before.
import { type NoteContext, splitSubject } from "./context";
import { sideLabels } from "./facts";

const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;

const capitalisedMemo = new WeakMap<NoteContext, Set<string>>();

/** The keys of the note's table and chart labels that are written with a first capital. */
function capitalisedLabels(note: NoteContext): Set<string> {
	let found = capitalisedMemo.get(note);
	if (!found) {
		found = new Set();
		for (const group of note.facts.groups) {
			for (const side of ["rows", "columns"] as const) {
				for (const cell of sideLabels(group, side)) {
					const text = cell.text.trim();
					if (STARTS_UPPER.test(text)) for (const key of note.keysOf(text)) found.add(key);
				}
			}
		}
		capitalisedMemo.set(note, found);
	}
	return found;
}

/** Whether `written` (a word or words of a heading, not its first) is in lower case where a label of the note spelling it is capitalised. */
export function lowersLabel(written: string, note: NoteContext): boolean {
	if (!STARTS_LOWER.test(written.trim())) return false;
	const capitalised = capitalisedLabels(note);
	return note.keysOf(written).some((key) => capitalised.has(key));
}

const onlyLoweredMemo = new WeakMap<NoteContext, Set<string>>();

/**
 * The keys that the note's headings name only as parts of headings in sentence case
 * ("speed" and "price" of "Speed and price"): the heading rule does not count them. A
 * heading that is the label itself ("### Price") still names it.
 */
export function namedOnlyInLoweredHeadings(note: NoteContext): Set<string> {
	let found = onlyLoweredMemo.get(note);
	if (!found) {
		const lowered = new Set<string>();
		const kept = new Set<string>();
		for (const heading of note.facts.headings) {
			for (const key of note.keysOf(heading)) kept.add(key);
			if (note.facts.subjects.includes(heading)) continue;
			const parts = splitSubject(heading);
			if (parts.length < 2) continue;
			const target = parts.slice(1).some((part) => lowersLabel(part, note)) ? lowered : kept;
			for (const part of parts) for (const key of note.keysOf(part)) target.add(key);
		}
		found = new Set([...lowered].filter((key) => !kept.has(key)));
		onlyLoweredMemo.set(note, found);
	}
	return found;
}

const loweredSubjectMemo = new WeakMap<NoteContext, Set<string>>();

/**
 * The keys that the note's title, file name or aliases write only in lower case where a label
 * spelling them is capitalised ("pros" and "cons" of "Note apps, pros and cons" over the
 * labels `Pros | Cons`): a title in sentence case names attributes so, as a heading does, and
 * the subject rule does not count them. Read part by part, since a title names its things
 * beside their aspects ("Obsidian vs Logseq, sync and plugins" still names Obsidian); only
 * titles that start with a capital are read so, and a part written with a capital anywhere
 * among them keeps its word.
 */
export function loweredInSubjects(note: NoteContext): Set<string> {
	let found = loweredSubjectMemo.get(note);
	if (!found) {
		const lowered = new Set<string>();
		const kept = new Set<string>();
		for (const subject of note.facts.subjects) {
			if (!STARTS_UPPER.test(subject.trim())) continue;
			const parts = splitSubject(subject);
			parts.forEach((part, i) => {
				const target = i > 0 && lowersLabel(part, note) ? lowered : kept;
				for (const key of note.keysOf(part)) target.add(key);
			});
		}
		found = new Set([...lowered].filter((key) => !kept.has(key)));
		loweredSubjectMemo.set(note, found);
	}
	return found;
}
