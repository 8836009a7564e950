import { type CellFacts, sideLabels } from "./facts";
import { headOf, undecorated, withoutVersion } from "./names";
import type { NameRule } from "./rule";
import type { LabelContext, NoteContext } from "./context";

/**
 * "Chrome 120", "iPhone 15", "Windows 11": a name (one or two words of letters, a capital
 * among them) and a bare whole number of one to three digits, the release or model the
 * maker numbered. Four digits are left out: "Sales 2024" is a year, not a release.
 */
const RELEASE = /^(\p{L}[\p{L}.-]*(?: \p{L}[\p{L}.-]*)?) (\d{1,3})$/u;

function releaseOf(text: string): string | null {
	return writtenName(text)?.toLowerCase() ?? null;
}

/** The name before the release number, as written: "Chrome" of "Chrome 120". */
export function writtenName(text: string): string | null {
	// "RWKV 5 v2" is RWKV 5: a version after the release number comes off first.
	const match = RELEASE.exec(withoutVersion(headOf(undecorated(text))).trim());
	if (!match || !/\p{Lu}/u.test(match[1] as string)) return null;
	return match[1] as string;
}

const sides = new WeakMap<readonly CellFacts[], number>();

/** How many different names the side writes with a release number. */
function namesWithReleases(side: readonly CellFacts[]): number {
	let found = sides.get(side);
	if (found === undefined) {
		const names = new Set<string>();
		for (const cell of side) {
			const name = releaseOf(cell.text);
			if (name !== null) names.add(name);
		}
		found = names.size;
		sides.set(side, found);
	}
	return found;
}

/**
 * `| API | Chrome 120 | Firefox 121 | Safari 17 |`: products carry the numbers their makers
 * gave their releases, and a bare number is no version the version rule can read ("Office
 * 365" is a name as a whole). Two different names on one side each written with such a
 * number are releases of things set side by side; features and criteria are not numbered
 * so. One name numbered several times is left to other rules: `test 1 | test 2` is a
 * series of keys (./numbered-series), `Node 18 | Node 20` releases of one thing.
 */
export const releaseNumber: NameRule = (label) =>
	releaseOf(label.cell.text) !== null && namesWithReleases(sideLabels(label.group, label.side)) >= 2
		? { rule: "release-number", score: 1, reason: "a name with a release number, beside other names so numbered" }
		: null;

/**
 * The name a label with a release number stands for, beside other names so numbered:
 * "Chrome" of "Chrome 120". Null when its side writes the name with two numbers ("Python 2"
 * and "Python 3" are two editions) or the label is no such name.
 */
export function releaseName(label: LabelContext, note: NoteContext): string | null {
	const name = writtenName(label.cell.text);
	if (name === null || label.cell.code) return null;
	if (namesWithReleases(sideLabels(label.group, label.side)) < 2) return null;
	return releasesOf(note).get(name.toLowerCase()) === 1 ? name : null;
}

const releasesMemo = new WeakMap<NoteContext, Map<string, number>>();

/**
 * Per name, how many forms the note's labels write it in: each release number is one, the
 * name alone another. "RWKV 4" in one table and "RWKV 5" in the next, or "Falcon" beside
 * "Falcon 2", are releases the note tells apart, and keep their numbers.
 */
function releasesOf(note: NoteContext): Map<string, number> {
	let found = releasesMemo.get(note);
	if (!found) {
		const forms = new Map<string, Set<string>>();
		const texts: string[] = [];
		for (const group of note.facts.groups) for (const side of ["rows", "columns"] as const) for (const cell of sideLabels(group, side)) texts.push(note.nameOf(cell.text).name.bare.trim());
		for (const text of texts) {
			const name = releaseOf(text);
			if (name !== null) forms.set(name, (forms.get(name) ?? new Set()).add(text.toLowerCase()));
		}
		for (const text of texts) forms.get(text.toLowerCase())?.add(text.toLowerCase());
		found = new Map([...forms].map(([name, written]) => [name, written.size]));
		releasesMemo.set(note, found);
	}
	return found;
}
