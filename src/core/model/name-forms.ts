// The name a label of a decided table stands for, when the way it is written says
// more than its own text: the name forms, in order. Each reads one label with what
// its table and the note say, and gives the name (and the keys it is known by), or
// null to leave the label to the ordinary naming (without qualifier and version).
import type { LabelContext, NoteContext } from "./evidence/context";
import { rangeName } from "./evidence/version-family";
import { operationGrid } from "./operation-grid";
import { releaseName } from "./evidence/release-number";
import { withoutShoutedMode } from "./shouted-mode";
import { benchmarkCandidate } from "./tool-output";
import { type CellFacts, type GroupFacts, sideLabels } from "./evidence/facts";
import { namesMeasures } from "./evidence/measures-across";
import { positionOf } from "./evidence/label-position";
import { programsOfCommands } from "./command-names";
import { sharedKindPart } from "./evidence/heading-parts";

export interface FormedName {
	display: string;
	keys: readonly string[];
}

interface FormContext {
	note: NoteContext;
	/** Whether the note compares a name (in a table read so far, or in the first pass). */
	known: (word: string) => boolean;
	/** The table's labels as they name things (lower case): a name the table writes alone is one thing of its own. */
	written: ReadonlySet<string>;
}

type NameForm = (label: LabelContext, context: FormContext) => FormedName | null;

const formed = (name: string | null, note: NoteContext): FormedName | null => (name === null ? null : { display: name, keys: note.keysOf(name) });

/** "Firefox 128 bis 131", "Firefox 132 und später", "Opera 12-": a name written with ranges of versions is that name. */
const rangeOf: NameForm = (label, { note, known }) => (label.cell.code ? null : formed(rangeName(label, known), note));

/**
 * "Protocol Buffers LITE" in a note that talks of Protocol Buffers: a mode written in capitals.
 * A table that writes the name alone too compares the two: "React" beside "React DOM" stays two.
 */
const shoutedModeOf: NameForm = (label, { note, written }) => {
	if (label.cell.code) return null;
	const name = withoutShoutedMode(label.name.bare, note.facts);
	return name === null || written.has(name.toLowerCase()) ? null : formed(name, note);
};

/** "Chrome 120" beside "Firefox 121": a release the maker numbered is its product (./evidence/release-number). */
const releaseOfName: NameForm = (label, { note }) => formed(releaseName(label, note), note);

/**
 * The bars of a plot a benchmark tool drew name each case after the candidate and a way
 * of running it, as its printed results do (./tool-output): "micro-template pre compiled"
 * beside "micro-template", "ejs.compile (pre compiled)" beside "ejs.render". Each bar
 * counts for its candidate. Charts only: a table writes its rows for a reader, who may
 * set "Python (PyPy)" against "Python".
 */
const CANDIDATES = {};
const candidateOfBar: NameForm = (label, { note }) => {
	if (label.group.kind !== "chart") return null;
	// Worked out once per side of the plot, not once per bar.
	const bySide = note.memo.workedOut<readonly CellFacts[], (text: string) => string>(CANDIDATES);
	const side = sideLabels(label.group, label.side);
	let candidate = bySide.get(side);
	if (candidate === undefined) {
		candidate = benchmarkCandidate(side.map((cell) => cell.text));
		bySide.set(side, candidate);
	}
	const name = candidate(label.cell.text);
	return name === label.cell.text ? null : formed(name, note);
};

/**
 * `rg TODO` beside `ag TODO` under `Mean [ms]`: commands timed on one input are named by the
 * program each runs (./command-names). Only where every label of the side is code and the
 * other side names measures, as a benchmark of commands writes them.
 */
const COMMANDS = {};
const programOfTimedCommand: NameForm = (label, { note }) => {
	if (!label.cell.code) return null;
	const side = sideLabels(label.group, label.side);
	const bySide = note.memo.workedOut<readonly CellFacts[], readonly (string | null)[] | null>(COMMANDS);
	let programs = bySide.get(side);
	if (programs === undefined) {
		const other = sideLabels(label.group, label.side === "rows" ? "columns" : "rows");
		programs = side.every((cell) => cell.code) && namesMeasures(other, note) ? programsOfCommands(side.map((cell) => cell.text)) : null;
		bySide.set(side, programs);
	}
	return formed(programs?.[positionOf(side, label.cell, note)] ?? null, note);
};

/** The key of the note's index of what each label's line holds, in its memo. */
const LINE_VALUES = {};

/**
 * Per table, which values each label's line holds: `modal\u0000t4` where the row `Modal` has `T4`
 * in a cell (or the column `Modal` does, across). Keyed by the label's keys and the value's
 * normalised text; worked out once per note, one pass over its cells.
 */
function lineValues(note: NoteContext): Map<string, Set<number>> {
	const memo = note.memo.workedOut<object, Map<string, Set<number>>>(LINE_VALUES);
	let pairs = memo.get(note.facts);
	if (pairs === undefined) {
		const found = new Map<string, Set<number>>();
		const add = (label: CellFacts | undefined, text: string, index: number) => {
			if (label === undefined || text.trim() === "") return;
			const value = note.memo.normalized(text);
			for (const key of note.keysOf(label.text)) {
				const pair = `${key}\u0000${value}`;
				const tables = found.get(pair) ?? new Set<number>();
				tables.add(index);
				found.set(pair, tables);
			}
		};
		note.facts.groups.forEach((group, index) => {
			if (group.kind !== "table") return;
			group.body.forEach((row, r) => {
				row.forEach((text, c) => {
					add(group.rowLabels[r], text, index);
					add(group.columnLabels[c], text, index);
				});
			});
		});
		pairs = found;
		memo.set(note.facts, pairs);
	}
	return pairs;
}

/** The most words a name written with an attribute's value runs to. */
const OFFERING_WORDS = 6;

/**
 * "Modal T4" beside "Together.ai H100", where the note's other tables set Modal and Together.ai
 * down their rows over a GPU column of T4 and H100: a thing compared, written with the value one
 * of its attributes takes elsewhere, is that thing on that value, and counts for it. The name must
 * be one the note compares, and another table must write the rest as a whole cell of that name's
 * own row or column: `React Native` stays itself though React is compared and `Native` is how
 * Flutter's neighbour draws its UI. A table that writes the name alone too sets the two apart
 * ("Modal" beside "Modal T4"), and so does one that writes it on two values (formedNames).
 */
const offeringOf: NameForm = (label, { note, known, written }) => {
	if (label.cell.code) return null;
	const words = label.name.bare.split(" ");
	// A name and a value are a few words: a longer label is a phrase, and each cut costs its length.
	if (words.length > OFFERING_WORDS) return null;
	for (let cut = words.length - 1; cut >= 1; cut--) {
		const name = words.slice(0, cut).join(" ");
		if (!known(name) || written.has(name.toLowerCase())) continue;
		const value = note.memo.normalized(words.slice(cut).join(" "));
		for (const key of note.keysOf(name)) {
			const tables = lineValues(note).get(`${key}\u0000${value}`);
			if (tables !== undefined && [...tables].some((index) => index !== label.index)) return formed(name, note);
		}
	}
	return null;
};

/** One word cut short with a dot: `Port.`, `Casa.`, `Dkge.`. */
const ABBREVIATION = /^\p{L}[\p{L}\p{N}]{1,7}\.$/u;

/** Whether every letter of `short` stands in `long`, in order, the first first. */
function keptInOrder(short: string, long: string): boolean {
	if (short.charAt(0) !== long.charAt(0)) return false;
	let at = 0;
	for (const char of short) {
		at = long.indexOf(char, at);
		if (at < 0) return false;
		at += char.length;
	}
	return true;
}

/** The most names of one first letter an abbreviation is looked up among. */
const ABBREVIATED_AMONG = 48;

/** The key of the note's compared names by first letter, in its memo. */
const BY_FIRST_LETTER = {};

/** The note's compared names (their keys) by first letter: made once per note, so each abbreviation looks at a few. */
function knownByFirstLetter(note: NoteContext): Map<string, string[]> {
	const memo = note.memo.workedOut<object, Map<string, string[]>>(BY_FIRST_LETTER);
	const known = note.known as Map<string, Set<number>>;
	let found = memo.get(known);
	if (found === undefined) {
		found = new Map();
		for (const key of known.keys()) {
			const first = key.charAt(0);
			const list = found.get(first) ?? [];
			list.push(key);
			found.set(first, list);
		}
		memo.set(known, found);
	}
	return found;
}

/** The key of each table's labels by their keys, in the note's memo. */
const NAMES_BY_KEY = {};

/** What each key of a table's labels names (`portainer` → Portainer): made once per table, not searched per abbreviation. */
function namesByKey(group: GroupFacts, note: NoteContext): Map<string, string> {
	const memo = note.memo.workedOut<GroupFacts, Map<string, string>>(NAMES_BY_KEY);
	let names = memo.get(group);
	if (names === undefined) {
		names = new Map();
		for (const cell of [...sideLabels(group, "rows"), ...sideLabels(group, "columns")]) {
			for (const key of note.keysOf(cell.text)) if (!names.has(key)) names.set(key, note.memo.labelName(cell.text).bare);
		}
		memo.set(group, names);
	}
	return names;
}

/**
 * `Port. | Casa. | Dkge.` across a feature table, in a note whose first table lists Portainer, CasaOS
 * and Dockge: a word cut short with a dot is the one name the note compares elsewhere that keeps its
 * letters in order from the first. Where two names fit (`Dock.` beside Docker and Dockge), it says nothing.
 */
const abbreviationOf: NameForm = (label, { note }) => {
	const text = label.cell.text.trim();
	if (label.cell.code || note.known === null || !ABBREVIATION.test(text)) return null;
	const letters = text.slice(0, -1).toLowerCase();
	const candidates = knownByFirstLetter(note).get(letters.charAt(0)) ?? [];
	// Past a few dozen names of one first letter, a few letters tell none apart; and each label looks at no more.
	if (candidates.length > ABBREVIATED_AMONG) return null;
	let found: string | null = null;
	for (const key of candidates) {
		const groups = note.known.get(key) as Set<number>;
		if (key.length <= letters.length || groups.has(label.index) || !keptInOrder(letters, key)) continue;
		const group = note.facts.groups[[...groups][0] as number];
		const display = group && namesByKey(group, note).get(key);
		if (display === undefined) continue;
		if (found !== null && note.memo.normalized(found) !== note.memo.normalized(display)) return null;
		found = display;
	}
	return formed(found, note);
};

/**
 * `asdf Plugins` under `## asdf vs vfox`, beside `vfox Plugins`: the heading's name, written with the kind both
 * share (./evidence/heading-parts). A label a heading or another table writes whole is a name of its own
 * (`## Semantic Search` over `| Semantic Search | Keyword Search |` under `### Semantic vs Keyword`).
 */
const headingPartOf: NameForm = (label, { note }) => {
	const part = label.cell.code ? null : sharedKindPart(label, note);
	if (part === null) return null;
	// Written whole by a heading, or down or across another table, a label is a name of its own there too: one toggle for both.
	// Only a side whose every label held a part gets here: a few labels, each the heading's, so looking at all of them is cheap.
	// So is a label that links to its own note or page, or that the text links to (`[[Obsidian Sync]]`).
	const whole = (cell: CellFacts) =>
		cell.linked ||
		note.keysOf(cell.text).some((key) => note.headingKeys.has(key) || note.linkedKeys.has(key)) ||
		note.returnsElsewhere(cell.text, "rows", label.index) ||
		note.returnsElsewhere(cell.text, "columns", label.index);
	return sideLabels(label.group, label.side).some(whole) ? null : formed(part, note);
};

// Builds of a package with its version ("clap_derive" beside "clap") were read as the package once; that was
// taken out: "react-dom" beside "react", both 18.3.1, are two packages a note compares.
const NAME_FORMS: readonly NameForm[] = [candidateOfBar, programOfTimedCommand, rangeOf, shoutedModeOf, releaseOfName, abbreviationOf, headingPartOf];

/**
 * The names the forms give the accepted labels of one table. "std decode", "easyjson
 * decode", "std encode": when the labels cross every name with every operation, each is
 * its name, and no other form is asked.
 */
export function formedNames(labels: readonly LabelContext[], note: NoteContext, named: (word: string) => boolean): Map<LabelContext, FormedName> {
	const names = new Map<LabelContext, FormedName>();
	const grid = operationGrid(labels.map((label) => label.name.bare));
	if (grid !== null) {
		labels.forEach((label, i) => names.set(label, formed(grid[i] as string, note) as FormedName));
		return names;
	}
	const context: FormContext = {
		note,
		known: (word) => named(word) || note.keysOf(word).some((key) => note.known?.has(key) === true),
		written: new Set(labels.map((label) => label.name.bare.toLowerCase())),
	};
	for (const label of labels) {
		for (const form of NAME_FORMS) {
			const name = form(label, context);
			if (name === null) continue;
			names.set(label, name);
			break;
		}
	}
	// Two labels of one table that would both be one name on two values (`Vultr 20GB SSD` beside
	// `Vultr 25GB SSD`) are two plans set side by side, as any two labels of one table are.
	const offerings = new Map<string, [LabelContext, FormedName][]>();
	for (const label of labels) {
		if (names.has(label)) continue;
		const name = offeringOf(label, context);
		if (name === null) continue;
		const key = note.memo.normalized(name.display);
		offerings.set(key, [...(offerings.get(key) ?? []), [label, name]]);
	}
	for (const found of offerings.values()) if (found.length === 1) names.set(...(found[0] as [LabelContext, FormedName]));
	return names;
}
