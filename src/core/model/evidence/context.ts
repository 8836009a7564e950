// What the evidence rules share about one note: its facts, and lookups built
// once from them (name keys, the title's names, headings, links, where each
// label stands in the other tables, and the names the note's text mentions).
import type { LinkResolver } from "../../vault/link-resolver";
import type { CellValue } from "../cell-value";
import { type CellFacts, type GroupFacts, type NoteFacts, type Side, sideLabels } from "./facts";
import { TextMemo } from "./text-memo";
import { bracketedShortForm } from "../initialism";
import { codeName, type LabelName } from "./names";
import { namesMeasure } from "./measure";
import { isLatin } from "./words";


/** The top-left cell, the row labels, then the column labels. */
function labelsOf(group: GroupFacts): CellFacts[] {
	const cells = group.corner ? [group.corner] : [];
	for (const cell of group.rowLabels) cells.push(cell);
	for (const cell of group.columnLabels) cells.push(cell);
	return cells;
}

/** White space as `\s` matches it. */
function isSpace(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Between words of running text, besides white space and a dot before a space or the end. The
 * full-width marks too: Chinese and Japanese text lists names with no space ("JSONB、hessian、javaSerialize").
 */
const BREAKS = new Set(Array.from(",;:!?()[]{}\"'“”‘’«»<>|*`、。，；：！？（）「」『』【】《》〈〉", (ch) => ch.charCodeAt(0)));

/** Per ASCII code: 1 white space, 2 another break; 0 a character of a word (a dot is decided by what follows it). */
const ASCII_BREAK = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_BREAK[code] = isSpace(code) ? 1 : BREAKS.has(code) ? 2 : 0;

function isBreak(text: string, i: number, code: number): boolean {
	if (code < 128) {
		if (ASCII_BREAK[code] !== 0) return true;
		return code === 0x2e && (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)));
	}
	return isSpace(code) || BREAKS.has(code);
}

/**
 * Where the words of running text are, as [start, end) pairs in `spans`: runs of
 * characters between white space, the punctuation above and a dot that ends a
 * sentence, so the dots and dashes inside names stay (Vue.js, date-fns). One
 * scan, no regular expression, and no string made until a word is wanted.
 */
function wordSpans(text: string, spans: number[]): void {
	spans.length = 0;
	let start = -1;
	let previous = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isBreak(text, i, code)) {
			if (start >= 0) spans.push(start, i);
			start = -1;
		} else if (start < 0) start = i;
		else if ((code >= 0x3040 || previous >= 0x3040) && isWide(code) !== isWide(previous)) {
			// "Nu는", "sql의", "Reactで": a name in Latin script ends where the note's own script begins.
			spans.push(start, i);
			start = i;
		}
		previous = code;
	}
	if (start >= 0) spans.push(start, text.length);
}

/** The words of running text (see wordSpans). */
function wordsOf(text: string): string[] {
	const spans: number[] = [];
	wordSpans(text, spans);
	const words: string[] = [];
	for (let w = 0; w < spans.length; w += 2) words.push(text.slice(spans[w], spans[w + 1]));
	return words;
}

/** Hangul, kana and CJK ideographs, whose words follow a Latin name without a space. */
function isWide(code: number): boolean {
	return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

/** Each text normalised, through the note's memo: the forms are often one text ("PyTorch" as written, without qualifier, without version). */
function normalForms(texts: readonly string[], memo: TextMemo): string[] {
	return texts.map((text) => memo.normalized(text));
}

function keysOfNormal(normal: readonly string[]): string[] {
	// "date-fns" and "DateFns", "Moment.js" and "moment js": one name however it is joined.
	// The forms, then the forms without joiners, each once and none empty; a handful, so a list serves.
	const keys: string[] = [];
	for (const form of normal) if (form !== "" && !keys.includes(form)) keys.push(form);
	for (const form of normal) {
		const joined = withoutJoiners(form);
		if (joined !== "" && !keys.includes(joined)) keys.push(joined);
	}
	return keys;
}

/** The text without "-", "_", "." and spaces, in one scan; the text itself when it has none. */
function withoutJoiners(text: string): string {
	let out = "";
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x2d || code === 0x5f || code === 0x2e || code === 0x20) {
			out += text.slice(from, i);
			from = i + 1;
		}
	}
	return from === 0 ? text : out + text.slice(from);
}

function keysOfForms(texts: readonly string[], memo: TextMemo): string[] {
	return keysOfNormal(normalForms(texts, memo));
}

/**
 * A word's first two characters and length as one small number, to rule most words out
 * before cutting them from the text. Words of one shape may differ; words that differ in
 * shape never match.
 */
function shapeOf(text: string, start: number, length: number): number {
	const second = length > 1 ? text.charCodeAt(start + 1) : 0;
	return (((text.charCodeAt(start) * 64) ^ second) & 0x3fffff) * 64 + Math.min(length, 63);
}

export type NameLookup = Pick<LinkResolver, "findNoteByName">;

/** A label on one side of a table or chart, as name rules see it. */
export interface LabelContext {
	cell: CellFacts;
	name: LabelName;
	/** Its normalised forms: as written, without qualifier, without version. */
	keys: readonly string[];
	group: GroupFacts;
	/** The group's index in the note's source order. */
	index: number;
	side: Side;
}

/**
 * Splits "A vs B vs C", "A, B and C", "A / B", "A & B": one scan, no backtracking.
 * A slash or ampersand splits only between spaces, so "HTTP/2" and "W&B" stay whole.
 */
export function splitSubject(subject: string): string[] {
	// A full-width colon ends its word wherever it stands (`选型：Kafka`): no space follows it in CJK text.
	const spaced = subject.includes("：") ? subject.replace(/：/g, "： ") : subject;
	const words = (spaced.includes(",") || spaced.includes("|") ? spaced.replace(/[,|]/g, " , ") : spaced).split(" ");
	const setAgainst = againstSegment(words);
	return setAgainst === null ? splitWords(words) : splitWords(setAgainst);
}

/** A word that ends a lead-in or opens a subtitle: a colon at its end (`Confusion :`, `Performance:`, `比较：`). */
const endsInColon = (word: string) => word.endsWith(":") || word.endsWith("：");

/**
 * "Confusion fréquente : Claude in Excel vs Cowork", "React vs Vue: which to choose": the colon parts a
 * topic or a subtitle from the things set against each other. The words between colons that hold the
 * vs are the ones to split; null when no colon parts the words, or no part, or two, hold a vs.
 */
function againstSegment(words: readonly string[]): string[] | null {
	if (!words.some(endsInColon)) return null;
	const segments: string[][] = [[]];
	for (const word of words) {
		const segment = segments[segments.length - 1] as string[];
		if (endsInColon(word)) {
			const kept = word.replace(/[:：]+$/u, "");
			if (kept !== "") segment.push(kept);
			segments.push([]);
		} else segment.push(word);
	}
	const holding = segments.filter((segment) => segment.some((word) => AGAINST.has(word.toLowerCase())));
	return holding.length === 1 ? (holding[0] as string[]) : null;
}

function splitWords(words: readonly string[]): string[] {
	const parts: string[] = [];
	let current: string[] = [];
	const flush = () => {
		if (current.length > 0) parts.push(current.join(" "));
		current = [];
	};
	for (const word of words) {
		if (word === "") continue;
		// No connector is longer than "versus", and lower case is never shorter.
		if (word === "," || word === "/" || word === "&" || (word.length <= CONNECTOR_LENGTH && CONNECTORS.has(word.toLowerCase()))) flush();
		else current.push(word);
	}
	flush();
	return parts;
}

/**
 * "2. 비교 REST API" and "GraphQL 구조" from "2. 비교 REST API VS GraphQL 구조": where the heading's
 * own words are in another script, the names compared are the runs of Latin-script words at the
 * ends of its parts.
 */
function latinEnds(parts: readonly string[]): string[] {
	const ends: string[] = [];
	for (const part of parts) {
		const words = part.split(" ").filter((word) => word !== "");
		if (words.every(isLatin)) continue;
		let start = words.length;
		while (start > 0 && isLatin(words[start - 1] as string)) start--;
		let end = 0;
		while (end < words.length && isLatin(words[end] as string)) end++;
		if (start < words.length) ends.push(words.slice(start).join(" "));
		if (end > 0) ends.push(words.slice(0, end).join(" "));
	}
	return ends;
}

/** Words that join the names in a title. "y" and "et" are left out: "Project Y" is one name. */
/** The words that set one thing against another in a title or heading ("React vs Vue"). */
export const AGAINST = new Set(["vs", "vs.", "versus", "v.", "対"]);
/** Those and the words that join two things ("Cookie and Session"). */
const CONNECTORS = new Set([...AGAINST, "and", "или", "и", "und", "与", "和"]);
const CONNECTOR_LENGTH = Math.max(...Array.from(CONNECTORS, (word) => word.length));

export class NoteContext {
	readonly declaredKeys: Set<string> | null;
	/** Key of each name in a frontmatter list that the note's tables or headings bear out, with the list's key. */
	readonly listed = new Map<string, string>();
	/** The frontmatter lists the note bears out, as given. */
	readonly acceptedLists: { key: string; items: readonly string[] }[] = [];
	readonly subjectKeys = new Set<string>();
	readonly headingKeys = new Set<string>();
	readonly linkedKeys = new Set<string>();
	readonly excluded = new Set<string>();
	/** How often each label occurs, as written, in the note's running text; counted on first use. */
	private mentions: Map<string, number> | null = null;
	/** Second pass: for each key found as a compared name, the tables and charts (by index) it was found in. */
	known: Map<string, Set<number>> | null = null;
	/** Second pass: for each key of a label on the attribute side of a decided table or chart, those tables and charts. */
	offAxis: Map<string, Set<number>> | null = null;
	/** Second pass: the axis decided for each table header, so a table shaped like another reads the same way. */
	headerAxes: Map<string, Map<number, Side>> | null = null;
	/** Per side, the tables and charts (by index) each label appears in. */
	private readonly sideGroups: Record<Side, Map<string, number[]>> = { rows: new Map(), columns: new Map() };
	/** Per table or chart, its labels on each side as one string: two tables of one shape share it. */
	private readonly signatures: Record<Side, string>[] = [];
	/** Per table or chart, its labels on each side without the top-left cell, which only says what the rows are. */
	private readonly sides: Record<Side, string>[] = [];
	private readonly names = new Map<string, { name: LabelName; keys: string[]; normalized: string }>();
	/** Every label of the note as written, normalised; gathered on first need. */
	private labelForms: Set<string> | undefined;
	private readonly notes = new Map<string, string | null>();
	/**
	 * Keys of every label of every table and chart, top-left cells included; gathered on first
	 * use (a frontmatter list, a label written as a package's subpath). A long list with
	 * neither never needs them, and ten thousand labels made a Set of twenty thousand keys.
	 */
	private gatheredLabelKeys: Set<string> | null = null;

	constructor(
		readonly facts: NoteFacts,
		private readonly lookup: NameLookup,
		/** The note's memo of names and cells, shared with what reads the note before and after detection. */
		readonly memo: TextMemo = new TextMemo(),
	) {
		this.declaredKeys = facts.declared && facts.declared.length > 0 ? new Set(facts.declared.flatMap((name) => this.keysOf(name))) : null;
		for (const subject of facts.subjects) {
			const parts = splitSubject(subject);
			for (const part of parts) for (const key of this.keysOf(part)) this.subjectKeys.add(key);
			if (parts.length >= 2) for (const name of latinEnds(parts)) for (const key of this.keysOf(name)) this.subjectKeys.add(key);
		}
		for (const heading of facts.headings) {
			for (const key of this.keysOf(heading)) this.headingKeys.add(key);
			// "## React vs Vue" names both, as a title does (a heading that is the title already counts once).
			const parts = facts.subjects.includes(heading) ? [] : splitSubject(heading);
			if (parts.length >= 2) for (const part of [...parts, ...latinEnds(parts)]) for (const key of this.keysOf(part)) this.headingKeys.add(key);
		}
		for (const name of facts.linked) for (const key of this.keysOf(name)) this.linkedKeys.add(key);
		for (const name of facts.notFrameworks) for (const key of this.keysOf(name)) this.excluded.add(key);
		facts.groups.forEach((group, index) => {
			for (const side of ["rows", "columns"] as const) {
				const seen = new Set(sideLabels(group, side).map((cell) => this.normalized(cell.text)).filter((key) => key !== ""));
				for (const key of seen) {
					const groups = this.sideGroups[side].get(key);
					if (groups) groups.push(index);
					else this.sideGroups[side].set(key, [index]);
				}
			}
			const signature = (cells: readonly { text: string }[]) => cells.map((cell) => this.normalized(cell.text)).join("|");
			const rows = signature(group.rowLabels);
			this.signatures.push({ rows, columns: signature([group.corner ?? { text: "" }, ...group.columnLabels]) });
			this.sides.push({ rows, columns: signature(group.columnLabels) });
		});
		// A frontmatter list counts when at least two of its names, and half of them at least, appear
		// in the note's tables, charts or headings: then it names what the note compares, whatever its
		// key. A list of topics that names two of the things among concepts
		// (`topics: [competitive-analysis, ghostty, warp, positioning, architecture]`) does not.
		for (const list of facts.lists) {
			const present = list.items.filter((item) => this.keysOf(item).some((key) => this.labelKeys.has(key) || this.headingKeys.has(key)));
			if (present.length < 2 || present.length * 2 < list.items.length) continue;
			// Named only in headings, the list is the note's sections (`sections: [Audio Server, ASR]`), an outline.
			if (!list.items.some((item) => this.keysOf(item).some((key) => this.labelKeys.has(key)))) continue;
			this.acceptedLists.push(list);
			for (const item of list.items) for (const key of this.keysOf(item)) if (!this.listed.has(key)) this.listed.set(key, list.key);
		}
	}

	nameOf(text: string, code = false): { name: LabelName; keys: string[]; normalized: string } {
		// Code is read literally; the same text outside code may carry qualifiers, so it is cached apart.
		const cacheKey = code ? `\u0000${text}` : text;
		let found = this.names.get(cacheKey);
		if (!found) {
			const name = code ? codeName(text) : this.memo.labelName(text);
			// name.text is the text itself, so its normal form is the first. The three forms are
			// mostly one text ("PyTorch"): a form like the one before it is not normalised again.
			const text0 = this.memo.normalized(name.text);
			const head = name.head === name.text ? text0 : this.memo.normalized(name.head);
			const bare = name.bare === name.head ? head : this.memo.normalized(name.bare);
			found = { name, keys: keysOfNormal([text0, head, bare]), normalized: text0 };
			this.names.set(cacheKey, found);
		}
		return found;
	}

	/** The short form a label gives in brackets (`État de lien (OSPF)` -> OSPF), or null; a unit (`Memory (MB)`) is none. */
	shortFormOf(text: string): string | null {
		const short = bracketedShortForm(text)?.short;
		return short === undefined || namesMeasure(text) ? null : short;
	}

	/**
	 * The short form a label gives in brackets that some label of the note writes alone:
	 * `Vecteur de distance (RIP)` where another table heads a column `RIP`. A qualifier no
	 * label writes alone (`XXH3 (SSE2)`, `XXH128 (SSE2)`) or a unit (`Memory (MB)`) is none.
	 */
	shortFormWrittenAlone(text: string): string | null {
		const short = this.shortFormOf(text);
		if (short === null) return null;
		if (this.labelForms === undefined) {
			this.labelForms = new Set();
			for (const group of this.facts.groups) for (const cell of labelsOf(group)) this.labelForms.add(this.memo.normalized(cell.text));
		}
		return this.labelForms.has(this.memo.normalized(short)) ? short : null;
	}

	/** The one cell reader's reading of a cell, once per text: the rules read the same cells over and over. */
	readCell(text: string): CellValue {
		return this.memo.readCell(text);
	}

	/** `normalizeName(text)`, computed once per label text. */
	normalized(text: string): string {
		return this.nameOf(text).normalized;
	}

	keysOf(text: string): string[] {
		return this.nameOf(text).keys;
	}

	/** The keys of a name kept with its version: "Python 3" is not "Python". */
	versionedKeysOf(name: LabelName): string[] {
		return keysOfForms([name.text, name.head], this.memo);
	}

	/** The vault note a label names, by file name or alias. */
	noteFor(name: LabelName): string | null {
		const cacheKey = name.text;
		if (this.notes.has(cacheKey)) return this.notes.get(cacheKey) ?? null;
		let path: string | null = null;
		let tried = "";
		for (const form of [name.text, name.head, name.bare]) {
			const clean = form.replace(/[*_`]/g, "").trim();
			// The forms are often one text: a name looked up once is not looked up again.
			if (clean === "" || clean === tried) continue;
			tried = clean;
			path = this.lookup.findNoteByName(clean);
			if (path !== null) break;
		}
		this.notes.set(cacheKey, path);
		return path;
	}

	private get labelKeys(): Set<string> {
		if (this.gatheredLabelKeys === null) {
			const keys = new Set<string>();
			// The top-left cell too: in a table without row labels it is one of the names.
			for (const group of this.facts.groups) for (const cell of labelsOf(group)) for (const key of this.keysOf(cell.text)) keys.add(key);
			this.gatheredLabelKeys = keys;
		}
		return this.gatheredLabelKeys;
	}

	label(cell: CellFacts, group: GroupFacts, index: number, side: Side): LabelContext {
		const { name, keys } = this.nameOf(cell.text, cell.code);
		return { cell, name, keys, group, index, side };
	}

	/** A table's header as one normalised string (top-left cell first): two tables of one shape share it. */
	headerSignature(group: number): string {
		return this.signatures[group]?.columns ?? "";
	}

	/**
	 * Whether a label on `side` of table `group` comes back on the same side of
	 * another table that looks at something else: the seed's JAX, PyTorch and
	 * TensorFlow down the rows of tables with different headers.
	 */
	returnsElsewhere(text: string, side: Side, group: number): boolean {
		const groups = this.sideGroups[side].get(this.memo.normalized(text)) ?? [];
		const own = this.sides[group];
		// The other side must differ: a header repeated word for word over other rows is a template,
		// whatever its top-left cell says ("Compile" and "Validate" over TB1X | AJV8).
		const other: Side = side === "rows" ? "columns" : "rows";
		const differs = (index: number) => this.sides[index] !== undefined && this.sides[index]?.[other] !== own?.[other];
		// A few are enough to know; a name in ten thousand tables is not looked at ten thousand times.
		return groups.slice(0, 8).some((index) => index !== group && differs(index));
	}

	/**
	 * "klona/lite", "lodash/clonedeep", "React#renderToString": a subpath or a
	 * member of a package the note also names on its own, so the package is the
	 * thing compared. "encoding/json" stays whole where "encoding" is no label.
	 */
	packageOf(text: string): string | null {
		const slash = text.search(/[/#]/);
		if (slash <= 0 || slash === text.length - 1 || /[\s/#]/.test(text.slice(slash + 1)) || /\s/.test(text.slice(0, slash))) return null;
		const owner = text.slice(0, slash);
		return this.keysOf(owner).some((key) => this.labelKeys.has(key)) ? owner : null;
	}

	/** Whether the note's title, aliases or a heading names one of these keys (`# React vs Vue`, `## Svelte`). */
	namedByTitleOrHeading(keys: readonly string[]): boolean {
		return keys.some((key) => this.subjectKeys.has(key) || this.headingKeys.has(key));
	}

	/** How often the note's running text writes a name exactly as the label does. */
	mentionsOf(name: string): number {
		this.mentions ??= this.countMentions();
		// A note whose text names none of its labels (a long list, no prose) has nothing to look up.
		if (this.mentions.size === 0) return 0;
		return this.mentions.get(wordsOf(name).join(" ")) ?? 0;
	}

	/**
	 * One pass over the running text, counting only the labels of the note's
	 * tables and charts, not every run of words. A word is cut out of the text
	 * only where one of the labels could start: same first character, same length.
	 */
	private countMentions(): Map<string, number> {
		// No running text (a note that is one long table): nothing to count, and no label to take apart.
		if (this.facts.prose.every((text) => text === "")) return new Map();
		const wanted = new Set<string>();
		const starts = new Set<string>();
		/** The first words of labels of two or three words: only there is a run of words worth joining. */
		const longer = new Set<string>();
		/** First characters and length of each word that starts a label, as one number. */
		const shapes = new Set<number>();
		const heads = new Set<string>();
		for (const group of this.facts.groups) {
			for (const cell of labelsOf(group)) {
				const head = this.nameOf(cell.text).name.head;
				// A label written again (JAX down the rows of ten tables) is taken apart once.
				if (heads.has(head)) continue;
				heads.add(head);
				// `État de lien (OSPF)`: the text may name it by its initialism alone.
				const initialism = this.shortFormOf(cell.text);
				if (initialism !== null) {
					wanted.add(initialism);
					starts.add(initialism);
					shapes.add(shapeOf(initialism, 0, initialism.length));
				}
				const words = wordsOf(head);
				if (words.length === 0 || words.length > 3) continue;
				const first = words[0] as string;
				wanted.add(words.join(" "));
				starts.add(first);
				if (words.length > 1) longer.add(first);
				shapes.add(shapeOf(first, 0, first.length));
			}
		}
		// At a word that starts a label, the runs of one to three words from there: a few lookups.
		const counts = new Map<string, number>();
		if (starts.size === 0) return counts;
		const spans: number[] = [];
		for (const text of this.facts.prose) {
			wordSpans(text, spans);
			for (let w = 0; w < spans.length; w += 2) {
				const start = spans[w] as number;
				const end = spans[w + 1] as number;
				if (!shapes.has(shapeOf(text, start, end - start))) continue;
				const word = text.slice(start, end);
				if (!starts.has(word)) continue;
				let run = word;
				if (wanted.has(run)) counts.set(run, (counts.get(run) ?? 0) + 1);
				if (!longer.has(word)) continue;
				for (let n = 1; n < 3 && w + 2 * n < spans.length; n++) {
					run = `${run} ${text.slice(spans[w + 2 * n], spans[w + 2 * n + 1])}`;
					if (wanted.has(run)) counts.set(run, (counts.get(run) ?? 0) + 1);
				}
			}
		}
		return counts;
	}

	/** Whether a key stands on the attribute side of a table or chart other than `group`: its own first reading is no evidence. */
	attributeElsewhere(keys: readonly string[], group: number): boolean {
		return keys.some((key) => {
			const groups = this.offAxis?.get(key);
			return groups !== undefined && (groups.size > 1 || !groups.has(group));
		});
	}

	/** Whether a key was found as a compared name in a table or chart other than `group`. */
	knownElsewhere(keys: readonly string[], group: number): boolean {
		return keys.some((key) => {
			const groups = this.known?.get(key);
			return groups !== undefined && (groups.size > 1 || !groups.has(group));
		});
	}
}
