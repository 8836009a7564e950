import { type CellFacts, sideLabels } from "./facts";
import { headOf, undecorated, withoutVersion } from "./names";
import type { LabelContext, NoteContext } from "./context";

/**
 * "Chrome 120", "iPhone 15", "Windows 11": a name (one or two words of letters, capitals
 * and lower case among them) and a bare whole number of one to three digits, the release or model the
 * maker numbered. Four digits are left out: "Sales 2024" is a year, not a release.
 */
const RELEASE = /^(\p{L}[\p{L}.-]*(?: \p{L}[\p{L}.-]*)?) (\d{1,3})$/u;

/**
 * A name written as a word, with a capital and letters in lower case ("Chrome", "iPhone",
 * "Node"). An acronym numbered by its edition ("HTML 5", "CSS 3", "HTTP 2", "ES 6") is a
 * standard, which a feature matrix lists down its rows as what the products support.
 */
function isWordName(name: string): boolean {
	return /\p{Lu}/u.test(name) && /\p{Ll}/u.test(name);
}

function releaseOf(text: string): string | null {
	return writtenName(text)?.toLowerCase() ?? null;
}

/** The name before the release number, as written: "Chrome" of "Chrome 120". */
export function writtenName(text: string): string | null {
	// "RWKV 5 v2" is RWKV 5: a version after the release number comes off first.
	const match = RELEASE.exec(withoutVersion(headOf(undecorated(text))).trim());
	if (!match || !isWordName(match[1] as string)) return null;
	return match[1] as string;
}

const sides = new WeakMap<readonly CellFacts[], boolean>();

/**
 * Whether the side sets releases side by side: two different names at least, each written
 * with a release number ("Chrome 120", "Firefox 121") or a version of another form beside
 * one so written ("MySQL 8.4" beside "PostgreSQL 16": a whole number is a version as much
 * as a dotted one, and the two come off alike), or one name with two numbers or more that
 * do not count from one ("Node 18", "Node 20"; "Vue 2", "Vue 3"). Numbers counting from
 * one are a series of keys ("Week 1", "Week 2": ./numbered-series).
 */
function setsReleasesApart(side: readonly CellFacts[]): boolean {
	let found = sides.get(side);
	if (found === undefined) {
		const names = new Set<string>();
		const numbers = new Set<number>();
		let versioned = 0;
		for (const cell of side) {
			const release = releaseNumberOf(cell.text);
			if (release === null) {
				if (versionedName(cell.text) !== null) versioned++;
				continue;
			}
			names.add(release.name);
			numbers.add(release.number);
		}
		found = names.size + (names.size > 0 ? versioned : 0) >= 2 || (names.size === 1 && numbers.size >= 2 && Math.min(...numbers) > 1);
		sides.set(side, found);
	}
	return found;
}

/** "MySQL 8.4", "Electron 15.3.0": a name written as a word and a version that comes off it; null otherwise. */
function versionedName(text: string): string | null {
	const head = headOf(undecorated(text)).trim();
	const bare = withoutVersion(head);
	return bare !== head && isWordName(bare) && /^\p{L}[\p{L}.-]*(?: \p{L}[\p{L}.-]*)?$/u.test(bare) ? bare : null;
}

function releaseNumberOf(text: string): { name: string; number: number } | null {
	const match = RELEASE.exec(withoutVersion(headOf(undecorated(text))).trim());
	if (!match || !isWordName(match[1] as string)) return null;
	return { name: (match[1] as string).toLowerCase(), number: Number(match[2]) };
}

/*
 * A release number is no evidence of which side a table compares: it says a label is a
 * product's release, and the targets a thing runs on are releases as often as the things
 * compared are. `| API | Chrome 120 | Firefox 121 |` over features and `| OS | Obsidian |
 * Logseq |` over `Windows 11`, `macOS 14`, or `| App | Windows 10 | Windows 11 |` over apps,
 * are the same grid of ✓ with the releases on either side; only what the labels mean tells
 * them apart. So the number only shapes the name, once other evidence has read the side as
 * names (`Chrome 120` is Chrome), and never scores a side (it did, as a name rule, and gave
 * the systems a toolbar over the apps; the review of issue 12's rules took that out).
 */
/**
 * The name a label with a release number stands for, beside other names so numbered:
 * "Chrome" of "Chrome 120". Null when its side writes the name with two numbers ("Python 2"
 * and "Python 3" are two editions) or the label is no such name.
 */
export function releaseName(label: LabelContext, note: NoteContext): string | null {
	const name = writtenName(label.cell.text);
	if (name === null || label.cell.code) return null;
	if (!setsReleasesApart(sideLabels(label.group, label.side))) return null;
	// `### Fairphone 5` over its section: the note names the model with its number, as its maker does.
	if (note.headingKeys.has(note.normalized(headOf(undecorated(label.cell.text))))) return null;
	const releases = releasesOf(note);
	if (releases.get(name.toLowerCase()) !== 1) return null;
	// `GeForce GTX 970` beside `GeForce GTX 1070` numbers models of one line: beside them `Radeon RX 580` is a model too, not RX's release.
	return numbersModels(sideLabels(label.group, label.side), releases) ? null : name;
}

const modelSides = new WeakMap<readonly CellFacts[], boolean>();

/**
 * Whether a side numbers models: it writes some name with two numbers or more, or a third
 * of its labels end with a model's code of letters and digits (`Raspberry Pi 5B`, `NanoPi M4`,
 * `Khadas VIM4`). Its numbers then tell models apart, each label's as much as the others'.
 */
function numbersModels(side: readonly CellFacts[], releases: ReadonlyMap<string, number>): boolean {
	let found = modelSides.get(side);
	if (found === undefined) {
		let coded = 0;
		let twice = false;
		for (const cell of side) {
			const name = writtenName(cell.text);
			if (name !== null && (releases.get(name.toLowerCase()) ?? 0) > 1) twice = true;
			if (endsWithModelCode(headOf(undecorated(cell.text)).trim())) coded++;
		}
		found = twice || (coded >= 2 && coded * 3 >= side.length);
		modelSides.set(side, found);
	}
	return found;
}

/**
 * A code of letters and digits mixed, opening with a capital or a digit: `5B`, `M4`, `VIM4`, `3B+`,
 * `R2S`. A version's `v20` and a build's `x64` or `arm64` open in lower case.
 */
const MODEL_CODE = /^(?:\p{Lu}\p{L}*\d|\d+\p{L})[\p{L}\d+]{0,12}$/u;

/** Whether a name of a word or more ends with a model's code as its last word. */
function endsWithModelCode(text: string): boolean {
	const space = text.lastIndexOf(" ");
	return space > 0 && MODEL_CODE.test(text.slice(space + 1));
}

const releasesMemo = new WeakMap<NoteContext, Map<string, number>>();

/** A name of one or two words, a model number and words after it: "Pixel 8 Pro" is Pixel's model 8, "Galaxy S 24 Ultra" Galaxy S's 24. */
const MODEL_OF = /^(\p{L}[\p{L}.-]*(?: \p{L}[\p{L}.-]*)? \d{1,3}) \p{L}[\p{L}\s]{0,20}$/u;

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
			// "Pixel 8 Pro" writes Pixel with the number 8, as "Pixel 9" does with 9: two models of one maker.
			const written = MODEL_OF.exec(text)?.[1] ?? text;
			const name = releaseOf(written);
			if (name !== null) forms.set(name, (forms.get(name) ?? new Set()).add(written.toLowerCase()));
		}
		for (const text of texts) forms.get(text.toLowerCase())?.add(text.toLowerCase());
		found = new Map([...forms].map(([name, written]) => [name, written.size]));
		releasesMemo.set(note, found);
	}
	return found;
}
