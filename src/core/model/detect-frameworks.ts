// Which names a note compares, and on which side of each table and chart they
// stand. The evidence rules (./evidence) each score a label or a side and say
// why; this file adds the scores up in two passes, decides, reads a table
// without row labels as such, and gives each thing compared one name.
// Where the evidence is thin the table is left alone: no toolbar beats a wrong one.
import { type LabelContext, NoteContext, type NameLookup } from "./evidence/context";
import { type CellFacts, type Evidence, type GroupFacts, type NoteFacts, type Side, sideLabels } from "./evidence/facts";
import { plainCell } from "./cell-facts";
import { boundedFacts } from "./evidence/bounded-facts";
import { TextMemo } from "./evidence/text-memo";
import { declared } from "./evidence/declared";
import { frontmatterList } from "./evidence/frontmatter-list";
import { AXIS_RULES, ECHO_RULES, NAME_RULES, SECOND_PASS_AXIS_RULES, TEXT_RULES } from "./evidence/index";
import type { NameRule } from "./evidence/rule";
import { namedInValues } from "./evidence/named-in-values";
import { homeOf } from "./evidence/linked-cell";
import { rowsRepeatTheirLabels } from "./evidence/labels-among-values";
import { subject } from "./evidence/subject";
import { vaultNote } from "./evidence/vault-note";
import { namesBeyondWords } from "./evidence/words-of-prose";
import { STATEMENT_ROWS, statementRows } from "./evidence/statement-rows";
import { kindNamedTogether, measuredColumns, measuredNamesEvidence, measuredNamesReading } from "./evidence/measured-names";
import { labelName, normalizeName, programOf, undecorated, unqualified, variantBase, visibleName, withoutFlags } from "./evidence/names";
import { formedNames } from "./name-forms";
import { initialismOf } from "./initialism";
import type { FrameworkAxis, GroupExplanation, NameExplanation, SideExplanation } from "./types";

/** A side must score at least this, and this much more than the other side. */
const DECIDE_AT = 1;
const MARGIN = 0.5;
/**
 * The names on the chosen side must, on average, look at least this much like
 * names by their own evidence (what other tables decided aside): a table of
 * options or keys has a clear side too, but nothing on it is a thing compared.
 */
const NAMES_AT = 0;
/** Evidence left out of that check: echoes of other tables' calls, so one wrong call does not spread. */
const ECHOES = new Set(["known-framework", "attribute-elsewhere"]);
/** Evidence that a label is no name at all: it is left out of its side's mean. */
const NOT_NAMES = new Set(["against-label", "image-label", "generic-label", "script-outlier", "user-excluded", "blank-label", "prose-column", "constant-name", "weight-column", "winner-line", "signed-line", "ratio-label", "ratio-column"]);
/** A label on the chosen side below this is not one of the things compared ("Average", "2021"). */
const NAME_FLOOR = -1;
/** The evidence that a table is one of equivalents, and what still keeps a header cell out of one. */
const EQUIVALENTS = new Set(["equivalents", "labels-among-values"]);
const NOT_EQUIVALENT = new Set(["image-label", "generic-label", "prose-column", "blank-label", "value-label"]);

export interface DetectedGroup {
	axis: FrameworkAxis;
	frameworks: string[];
	/** Per label on the framework axis, the framework it stands for or null. Empty when the axis is "none". */
	labelFrameworks: (string | null)[];
	/**
	 * The table has no row labels: its top-left cell is one of the names across the
	 * header (`| Azure | AWS | Details |`), so `labelFrameworks` starts with it.
	 */
	headless: boolean;
}

export interface FrameworkDetection {
	frameworks: string[];
	/** Parallel to the note's groups. */
	groups: DetectedGroup[];
	explanation: GroupExplanation[];
}

interface Judged {
	axis: FrameworkAxis;
	sides: Record<Side, SideExplanation>;
	/** The labels on the chosen side that are things compared. */
	accepted: LabelContext[];
}

const sum = (evidence: readonly Evidence[]) => evidence.reduce((total, e) => total + e.score, 0);

function judgeSide(
	group: GroupFacts,
	index: number,
	side: Side,
	axisEvidence: readonly { side: Side; evidence: Evidence }[],
	note: NoteContext,
): { explanation: SideExplanation; labels: LabelContext[] } {
	const { labels, said } = labelsOf(group, index, side, note);
	// Only the echoes of the first pass can have changed since the labels were first judged.
	const names = labels.map((label, i) => withEchoes(label, said[i] as Said, note));
	const evidence = axisEvidence.filter((found) => found.side === side).map((found) => found.evidence);
	// Labels that are plainly not names ("Notes", "Total") stand beside the names
	// without saying the side holds none; but a side needs two names to compare.
	const counted = names.filter(isCounted);
	// One name under the header of a decided table, word for word or with a column or two changed, continues that
	// table's list (a last dataset, a last language; a board of another series under the note's `SOC | MODULE | …`);
	// one name over criteria other tables run for other names is one of a series (./evidence/criteria-series.ts).
	const continues = counted.length === 1 && evidence.some((e) => e.rule === "same-header" || e.rule === "similar-header" || e.rule === "criteria-series");
	// More than the strongest evidence for one label weighs (3): one name is no comparison, however well named
	// (`| Board | CoreMark |`, the title's benchmark over the boards it scores).
	if (counted.length < 2 && !continues) evidence.push({ rule: "too-few", score: -4, reason: `${counted.length === 1 ? "only one name" : "no names"} to compare` });
	// The mean without the lowest fifth, so one note row ("Note: Vamp is used for analysis") does not sink a list.
	const typical = (score: (name: NameExplanation) => number) => trimmedMean(counted.map(score));
	const ownNames = typical(ownScore);
	return { explanation: { score: round(sum(evidence) + typical((name) => name.score)), ownNames: round(ownNames), evidence, names }, labels };
}

/** Whether a label counts among its side's names: no evidence says it is plainly no name (NOT_NAMES). */
function isCounted(name: NameExplanation): boolean {
	for (const e of name.evidence) if (NOT_NAMES.has(e.rule)) return false;
	return true;
}

type AxisEvidence = { side: Side; evidence: Evidence }[];

/** How each name rule of NAME_RULES is asked: for every label, once per label text (TEXT_RULES), or again on every call (an echo). */
const EACH = 0;
const PER_TEXT = 1;
const ECHO = 2;
const RULE_KIND = NAME_RULES.map((rule) => (ECHO_RULES.has(rule) ? ECHO : TEXT_RULES.has(rule) ? PER_TEXT : EACH));
/** The name rules that are echoes, by their place in NAME_RULES (asked again on every call). */
const ECHO_AT = NAME_RULES.flatMap((rule, r) => (RULE_KIND[r] === ECHO ? [r] : []));
/** The name rules asked once per label text, by their place in NAME_RULES. */
const TEXT_AT = NAME_RULES.flatMap((rule, r) => (RULE_KIND[r] === PER_TEXT ? [r] : []));

/** What the name rules other than the echoes said of one label, in rule order, and which rule said each. */
interface Said {
	name: NameExplanation;
	rules: number[];
}

interface SideLabels {
	note: NoteContext;
	labels: LabelContext[];
	said: Said[];
}

/**
 * The note being judged: each side's labels and what the name rules other than the
 * echoes said of them, and what the rules of TEXT_RULES said of each label text (code
 * apart, in the order of TEXT_AT). Worked out once per note and dropped when its
 * detection ends: kept in WeakMaps keyed by table, they outlived the note until a full
 * collection, and every minor one copied them again.
 */
let judging: { note: NoteContext; sides: Map<GroupFacts, Partial<Record<Side, SideLabels>>>; texts: Map<string, (Evidence | null)[]> } | null = null;

function labelsOf(group: GroupFacts, index: number, side: Side, note: NoteContext): SideLabels {
	if (judging?.note !== note) judging = { note, sides: new Map(), texts: new Map() };
	const { sides: sideCache, texts: byText } = judging;
	const sides = sideCache.get(group) ?? {};
	let found = sides[side];
	if (!found || found.note !== note) {
		// Plain loops, not filter/map with a closure per label: a side can hold ten thousand labels.
		const labels: LabelContext[] = [];
		for (const cell of sideLabels(group, side)) if (cell.text.trim() !== "") labels.push(note.label(cell, group, index, side));
		const said: Said[] = [];
		for (const label of labels) {
			const key = label.cell.code ? `\u0000${label.cell.text}` : label.cell.text;
			let textual = byText.get(key);
			if (!textual) {
				textual = [];
				for (const r of TEXT_AT) textual.push((NAME_RULES[r] as NameRule)(label, note));
				byText.set(key, textual);
			}
			const evidence: Evidence[] = [];
			const rules: number[] = [];
			let score = 0;
			let t = 0;
			for (let r = 0; r < NAME_RULES.length; r++) {
				const kind = RULE_KIND[r];
				if (kind === ECHO) continue;
				const found = kind === PER_TEXT ? (textual[t++] as Evidence | null) : (NAME_RULES[r] as NameRule)(label, note);
				if (found === null) continue;
				evidence.push(found);
				rules.push(r);
				// Added up in rule order, as sum() does: the same floating-point total.
				score += found.score;
			}
			said.push({ name: { label: label.cell.text, score: clamp(score), evidence }, rules });
		}
		found = { note, labels, said };
		sides[side] = found;
		sideCache.set(group, sides);
	}
	return found;
}

/** A label's evidence with what the echo rules say of it now, in rule order; the first reading as it was when they say nothing. */
function withEchoes(label: LabelContext, said: Said, note: NoteContext): NameExplanation {
	let echoes: [number, Evidence][] | null = null;
	for (const r of ECHO_AT) {
		const found = (NAME_RULES[r] as NameRule)(label, note);
		if (found !== null) (echoes ??= []).push([r, found]);
	}
	if (echoes === null) return said.name;
	const evidence: Evidence[] = [];
	let next = 0;
	said.name.evidence.forEach((found, i) => {
		while (next < echoes.length && (echoes[next] as [number, Evidence])[0] < (said.rules[i] as number)) evidence.push((echoes[next++] as [number, Evidence])[1]);
		evidence.push(found);
	});
	while (next < echoes.length) evidence.push((echoes[next++] as [number, Evidence])[1]);
	return { label: label.cell.text, score: clamp(sum(evidence)), evidence };
}

/**
 * Whether an echo rule (ECHO_RULES: what the first pass decided for the other tables) says
 * anything of a label on either side of the table. The labels are the first pass's, kept
 * for the note (labelsOf); before the first pass ended the echoes said nothing of any.
 */
function echoesOn(group: GroupFacts, index: number, note: NoteContext): boolean {
	for (const side of ["rows", "columns"] as const) {
		for (const label of labelsOf(group, index, side, note).labels) {
			for (const r of ECHO_AT) if ((NAME_RULES[r] as NameRule)(label, note) !== null) return true;
		}
	}
	return false;
}

/**
 * Every label on one side is a name by its own evidence and none on the other is:
 * `| Critères | PHP | JavaScript | Python |` over criteria. The two sides' labels
 * weighed against each other, a hint added to the side of names.
 */
function namesOnOneSide(sides: Record<Side, SideExplanation>): void {
	const counted = (side: Side) => sides[side].names.filter(isCounted);
	for (const [side, other] of [["rows", "columns"], ["columns", "rows"]] as const) {
		const names = counted(side);
		const others = counted(other);
		if (names.length < 2 || others.length < 2) continue;
		if (!names.every((name) => ownScore(name) > 0) || !others.every((name) => ownScore(name) <= 0)) continue;
		const evidence: Evidence = { rule: "names-on-one-side", score: 0.5, reason: "every label here is a name by its own evidence, none on the other side" };
		sides[side] = { ...sides[side], score: round(sides[side].score + evidence.score), evidence: [...sides[side].evidence, evidence] };
	}
}

function judgeGroup(group: GroupFacts, index: number, note: NoteContext, axisEvidence: AxisEvidence): Judged {
	const judged = {
		rows: judgeSide(group, index, "rows", axisEvidence, note),
		columns: judgeSide(group, index, "columns", axisEvidence, note),
	};
	const sides = { rows: judged.rows.explanation, columns: judged.columns.explanation };
	namesOnOneSide(sides);
	let axis: FrameworkAxis = "none";
	if (group.override !== null) axis = group.override;
	// A header and no rows (`| 기본값 | \`Latin\` |` over its rule, a default written as a table) holds no
	// values to set side by side, whatever its cells name.
	else if (group.kind === "table" && group.body.length === 0) axis = "none";
	else {
		const [best, other]: [Side, Side] = sides.rows.score >= sides.columns.score ? ["rows", "columns"] : ["columns", "rows"];
		const clear = sides[best].score >= DECIDE_AT && sides[best].score - sides[other].score >= MARGIN;
		if (clear && sides[best].ownNames >= NAMES_AT) axis = best;
	}
	if (axis === "none") return { axis, sides, accepted: [] };
	const chosen = judged[axis];
	// In a table of equivalents every column holds the same kind of values, so each header cell is one of the
	// things compared whatever its script (`| 누셸 | SQL | Bash |`); only a description or a blank is not.
	const equivalents = sides[axis].evidence.some((e) => EQUIVALENTS.has(e.rule));
	const accepted = chosen.labels.filter((label, i) => {
		const name = chosen.explanation.names[i];
		if (!name || name.evidence.some((e) => e.rule === "user-excluded")) return false;
		if (note.declaredKeys !== null) return name.evidence.some((e) => e.rule === "declared");
		// What the user asked to compare is compared, values and summary rows aside.
		if (group.override !== null) return !name.evidence.some((e) => e.rule === "value-label" || e.rule === "generic-label" || e.rule === "blank-label");
		if (equivalents) return !name.evidence.some((e) => NOT_EQUIVALENT.has(e.rule));
		return name.score >= NAME_FLOOR;
	});
	return { axis, sides, accepted };
}

/** The mean of the values without the lowest fifth of them; 0 for no values. */
function trimmedMean(values: number[]): number {
	if (values.length === 0) return 0;
	// A typed array sorts numbers without calling back into a comparison for each pair.
	const sorted = Float64Array.from(values).sort();
	let total = 0;
	for (let i = Math.floor(values.length / 5); i < sorted.length; i++) total += sorted[i] as number;
	return total / (sorted.length - Math.floor(values.length / 5));
}

function clamp(score: number): number {
	return Math.max(-3, Math.min(3, score));
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

/** `memo`: the note's memo of names and cells, when the caller reads the same texts before or after detection. */
export function detectFrameworks(written: NoteFacts, lookup: NameLookup, memo = new TextMemo()): FrameworkDetection {
	try {
		return detect(written, lookup, memo);
	} finally {
		judging = null;
	}
}

function detect(written: NoteFacts, lookup: NameLookup, memo: TextMemo): FrameworkDetection {
	const given = boundedFacts(written);
	// One context for the note: what it knows of the note's names does not change when a
	// table turns out to have no row labels.
	const note = new NoteContext(given, lookup, memo);
	const headless = given.groups.map((group, index) => cornerIsName(group, index, note));
	const groupsRead = given.groups.map((group, index) => (headless[index] ? headlessGroup(group) : group));
	const facts: NoteFacts = { ...given, groups: groupsRead };
	// The table's own evidence is read once; the second pass only adds what depends on the first.
	const ownAxis = facts.groups.map((group, index) => AXIS_RULES.flatMap((rule) => rule(group, note, index)));
	let judged = facts.groups.map((group, index) => judgeGroup(group, index, note, ownAxis[index] ?? []));
	// A table left alone may have nothing but names across its header (`| Obsidian | Foam |`
	// over rows of equivalents): read so, it is taken when every header cell is a name of its own.
	judged.forEach((entry, index) => {
		const group = facts.groups[index] as GroupFacts;
		// A table of equivalents (`| Bash | Nu |` over `ls` | `ls`) is read so whatever the first pass said.
		const equivalents = rowsRepeatTheirLabels(group, note);
		if ((entry.axis === "rows" && !equivalents) || headless[index] || !headerMayBeNames(group)) return;
		const read = headlessGroup(group);
		// Read across already, the top-left cell joins the names when its column holds its own
		// commands as every other column does (`| docker | podman |` over `docker run`, `podman run`);
		// read across or left alone (one name across is too few to compare), when it holds statements
		// as the others do (`| Evergreen notes | Zettelkasten |` over sentences).
		const statements = entry.axis !== "rows" && !equivalents && statementRows(group, note);
		if (entry.axis === "columns" && !equivalents && !statements && !read.columnLabels.every((cell) => namedInValues(note.label(cell, read, index, "columns"), note) !== null)) return;
		const header = judgeSide(read, index, "columns", [], note).explanation.names;
		// Among equivalents the header cells need only not be plainly something else ("Funktion" over sentences).
		const names = equivalents ? header.filter((name) => !name.evidence.some((e) => NOT_NAMES.has(e.rule))) : header;
		if (names.length < 2 || !names.every((name) => (equivalents ? ownScore(name) >= 0 : ownScore(name) > 0))) return;
		const axis = [
			...AXIS_RULES.flatMap((rule) => rule(read, note, index)),
			equivalents
				? { side: "columns" as const, evidence: { rule: "equivalents", score: 1, reason: "each row's first cell comes back among its values: every column, the top-left one too, is one of the things compared" } }
				: statements
					? { side: "columns" as const, evidence: STATEMENT_ROWS }
					: { side: "columns" as const, evidence: { rule: "names-only-header", score: 0.5, reason: "every header cell, the top-left one too, is a name of its own" } },
		];
		// Words the text only uses (`| Mount | Data |`) are no header of names unless named together.
		if (!equivalents && !namesBeyondWords(names, axis, note)) return;
		const again = judgeGroup(read, index, note, axis);
		if (again.axis !== "columns") return;
		headless[index] = true;
		groupsRead[index] = read;
		ownAxis[index] = axis;
		judged[index] = again;
	});
	// A header writing one measure beside each thing (`| Test | hidash ops/sec | lodash ops/sec |`) is read
	// again without the measure's word, and so taken when what is left are names: by their own evidence,
	// or as another table of the note compares them (`| Proyecto | Tiempo oxytest | Tiempo pytest |` after
	// `| Modo | pytest | oxytest |`).
	// Which tables the first pass compares each name in: worked out only for a note with such a header.
	const firstReading = judged.slice();
	let comparedIn: Map<string, Set<number>> | null = null;
	const comparedInOf = (): Map<string, Set<number>> => {
		if (comparedIn !== null) return comparedIn;
		const found = new Map<string, Set<number>>();
		firstReading.forEach((entry, index) => {
			for (const label of entry.accepted) for (const key of label.keys) found.set(key, (found.get(key) ?? new Set<number>()).add(index));
		});
		return (comparedIn = found);
	};
	/** Per table read so, the labels that may be things compared (onlyMeasured): those of the measure, or of the same measure. */
	const measuredLabels = new Map<number, ReadonlySet<CellFacts>>();
	judged.forEach((entry, index) => {
		const group = facts.groups[index] as GroupFacts;
		// Rows named by their own evidence (Flask, Django, FastAPI over `CPython req/s | PyPy req/s`) may be the
		// things compared, the header a matrix's other axis: the table is left as the first pass read it.
		if (headless[index] || group.override !== null || entry.sides.rows.ownNames >= 0.5) return;
		const measured = measuredNamesReading(group, note);
		if (measured === null) return;
		// A shared word is as often part of each name (`GeForce RTX4090`, `M1 pro`) as a measure. Where the
		// note writes a label whole elsewhere (`M1 pro` down another table's rows), the word is the name's;
		// across already, it is taken off only in small letters or signs (`time`, `(s)`).
		if (entry.axis === "columns" && CAPITAL.test(measured.word)) return;
		const whole = group.columnLabels.filter((_, i) => measured.stripped.has(measured.read.columnLabels[i] as CellFacts));
		// Over marks or sentences the text may write a label whole as the same kind (`asdf plugins`): a heading naming what is
		// left together decides instead (below). Another table writing it whole still keeps it (`Free plan` over figures).
		if (whole.some((cell) => (measured.figures && note.mentionsOf(cell.text) > 0) || note.returnsElsewhere(cell.text, "rows", index) || note.returnsElsewhere(cell.text, "columns", index))) return;
		const read = judgeSide(measured.read, index, "columns", [], note);
		const names = read.labels.flatMap((label, i) => (measured.stripped.has(label.cell) ? [[label, read.explanation.names[i] as NameExplanation] as const] : []));
		const comparedElsewhere = (label: LabelContext) => label.keys.some((key) => [...(comparedInOf().get(key) ?? [])].some((other) => other !== index));
		// Its shape alone (`p99`, `FP16`, `us-east-1`) names no thing where the table is not read across already:
		// what is left beside a measure is as often a statistic, a setting or a place as a name.
		const own = entry.axis === "columns" ? ownScore : ownBeyondShape;
		// Over marks or sentences the shared word is a kind, not a measure: what is left is taken, in place of its own
		// evidence, where one heading names it together (`## asdf vs vfox` over `| Feature | asdf Plugins | vfox Plugins |`);
		// a table read across already keeps its labels whole (`SQL databases | NoSQL databases` under `## SQL vs NoSQL`).
		if (names.length < 2 || !names.every(([label, name]) => isCounted(name) && (!measured.figures || own(name) > 0 || comparedElsewhere(label)))) return;
		if (!measured.figures && (entry.axis === "columns" || !kindNamedTogether(measured.read, measured.stripped, note))) return;
		const axis = [...AXIS_RULES.flatMap((rule) => rule(measured.read, note, index)), { side: "columns" as const, evidence: measuredNamesEvidence(measured.word, measured.figures) }];
		const again = judgeGroup(measured.read, index, note, axis);
		if (again.axis !== "columns") return;
		groupsRead[index] = measured.read;
		ownAxis[index] = axis;
		const things = measuredColumns(measured.read, measured.stripped, note);
		measuredLabels.set(index, things);
		judged[index] = onlyMeasured(again, things);
	});
	// Second pass: what the first found as compared, or as attributes, is evidence in every other table.
	note.known = new Map();
	note.headerAxes = new Map();
	judged.forEach((entry, index) => {
		for (const label of entry.accepted) {
			for (const key of label.keys) {
				const groups = note.known?.get(key) ?? new Set<number>();
				groups.add(index);
				note.known?.set(key, groups);
			}
		}
		if (entry.axis === "none") return;
		const key = note.headerSignature(index);
		const decided = note.headerAxes?.get(key) ?? new Map<number, Side>();
		decided.set(index, entry.axis);
		note.headerAxes?.set(key, decided);
	});
	note.offAxis = new Map();
	judged.forEach((entry, index) => {
		const group = facts.groups[index];
		if (!group || entry.axis === "none") return;
		for (const cell of sideLabels(group, entry.axis === "rows" ? "columns" : "rows")) {
			for (const key of note.keysOf(cell.text)) {
				const groups = note.offAxis?.get(key) ?? new Set<number>();
				groups.add(index);
				note.offAxis?.set(key, groups);
			}
		}
	});
	const firstPass = judged;
	judged = facts.groups.map((group, index) => {
		const second = SECOND_PASS_AXIS_RULES.flatMap((rule) => rule(group, note, index));
		// Nothing the first pass decided reaches this table (no second-pass evidence, no echo on any
		// label): judged again it would come out as it did, the same evidence added up the same way.
		if (second.length === 0 && !echoesOn(group, index, note)) return firstPass[index] as Judged;
		const again = judgeGroup(group, index, note, [...(ownAxis[index] ?? []), ...second]);
		const measured = measuredLabels.get(index);
		return measured === undefined ? again : onlyMeasured(again, measured);
	});

	const entities = new Entities(note);
	if (note.declaredKeys !== null) for (const name of facts.declared ?? []) entities.declare(name);
	const groups = judged.map((entry, index) => {
		const group = facts.groups[index] as GroupFacts;
		if (entry.axis === "none") return { axis: entry.axis, frameworks: [], labelFrameworks: [], headless: false };
		const names = displayNames(entry.accepted, note, (word) => entities.knows(note.keysOf(word)));
		const shown = entry.accepted.map((label) => names.get(label) ?? { display: label.name.bare, keys: label.keys });
		// A table writing names without their makers (or with them) is a habit shown by two names at least: one alone is a coincidence ("Tailwind CSS", then plain "CSS").
		const makers = entities.makerMatches(shown, index) >= 2;
		const byLabel = new Map<LabelContext, string>();
		for (const [i, label] of entry.accepted.entries()) {
			const { display, keys } = shown[i] as { display: string; keys: readonly string[] };
			const name = entities.nameFor(label, keys, display, index, makers);
			if (name !== null) byLabel.set(label, name);
		}
		const frameworks = [...new Set(byLabel.values())];
		const byCell = new Map<CellFacts, LabelContext>();
		for (const label of entry.accepted) byCell.set(label.cell, label);
		const labelFrameworks = sideLabels(group, entry.axis).map((cell) => {
			const label = byCell.get(cell);
			return label ? (byLabel.get(label) ?? null) : null;
		});
		return { axis: entry.axis, frameworks, labelFrameworks, headless: headless[index] === true };
	});
	// Only the lists the note bore out: `related: [React, Cooking]` beside `tools: [React, Vue]` adds nothing.
	for (const list of note.acceptedLists) for (const item of list.items) entities.mention(item);
	const explanation = judged.map((entry, index) => {
		const group = facts.groups[index] as GroupFacts;
		return { kind: group.kind, line: group.line, axis: entry.axis, decidedBy: group.override !== null ? ("you" as const) : ("evidence" as const), ...entry.sides };
	});
	return { frameworks: entities.names(), groups, explanation };
}

/** The rules that name a thing of its own, whatever table it stands in. */
const NAMING: readonly NameRule[] = [declared, frontmatterList, vaultNote, subject];

/**
 * `| Azure | AWS | Details |` over rows of values: the top-left cell is not a
 * heading of the first column but the first of the names compared. Taken so
 * only when it and another header cell are named by the title, the vault or
 * the frontmatter: a heading of the same word ("### Variables") is not enough.
 */
function cornerIsName(group: GroupFacts, index: number, note: NoteContext): boolean {
	// "Compare the names in this row" on such a table keeps its top-left name among them.
	if (group.kind !== "table" || group.corner === null || group.corner.text.trim() === "" || (group.override !== null && group.override !== "columns")) return false;
	const named = (cell: CellFacts) => {
		const label = note.label(cell, group, index, "columns");
		return NAMING.some((rule) => rule(label, note) !== null);
	};
	return named(group.corner) && group.columnLabels.some(named);
}

function headerMayBeNames(group: GroupFacts): boolean {
	return group.kind === "table" && group.override === null && group.corner !== null && group.corner.text.trim() !== "" && group.columnLabels.length >= 1;
}

function ownScore(name: NameExplanation): number {
	let total = 0;
	for (const e of name.evidence) if (!ECHOES.has(e.rule)) total += e.score;
	return clamp(total);
}

const CAPITAL = /^\p{Lu}/u;

/**
 * A table read as one measure of the things across keeps as compared the labels that wrote the measure or
 * hold the same measure (./evidence/measured-names.ts), and beside them names by their own evidence
 * (`Deno` after `Node.js (ms) | Bun (ms)`, named in the text): the other columns are as often the things'
 * attributes (`Tests`, `Aceleración`).
 */
function onlyMeasured(judged: Judged, measured: ReadonlySet<CellFacts>): Judged {
	if (judged.axis !== "columns") return judged;
	const named = new Set(judged.sides.columns.names.filter((name) => ownScore(name) > 0).map((name) => name.label));
	return { ...judged, accepted: judged.accepted.filter((label) => measured.has(label.cell) || named.has(label.cell.text)) };
}

/** A label's own evidence without its shape: `p99` and `FP16` are spelled as names are. */
function ownBeyondShape(name: NameExplanation): number {
	let total = 0;
	for (const e of name.evidence) if (!ECHOES.has(e.rule) && e.rule !== "name-shape") total += e.score;
	return total;
}

/** The same table read with its top-left cell among the names and no row labels. */
function headlessGroup(group: GroupFacts): GroupFacts {
	const corner = group.corner as CellFacts;
	return {
		...group,
		corner: null,
		columnLabels: [corner, ...group.columnLabels],
		rowLabels: group.rowLabels.map(() => plainCell("")),
		body: group.body.map((row, r) => [group.rowLabels[r]?.text ?? "", ...row]),
	};
}

/**
 * The name each accepted label shows, and the keys it is known by: without
 * qualifier and version ("Electron"), unless that would make two labels of the
 * same table one ("Python 2" and "Python 3"; "pnpm" and "pnpm + pnpr"), then
 * with the version, then as written. The name forms (./name-forms) come first;
 * `named` says whether a name is already a framework of the note.
 */
function displayNames(labels: readonly LabelContext[], note: NoteContext, named: (word: string) => boolean): Map<LabelContext, { display: string; keys: readonly string[] }> {
	const levels: ((label: LabelContext) => string)[] = [(label) => label.name.bare, (label) => label.name.head, (label) => label.name.text.trim()];
	const names = new Map<LabelContext, { display: string; keys: readonly string[] }>();
	// Labels whose writing names them (a build, a range of versions, an operation grid) take that name.
	const formed = formedNames(labels, note, named);
	for (const [label, name] of formed) names.set(label, name);
	let open = labels.filter((label) => !formed.has(label));
	// Every name of the table one thing's, each told apart by brackets naming a way of it
	// (`React Compiler (Rust)` beside `React Compiler (Babel)`): those ways are what the table
	// compares, one toggle each, unless the thing is compared as itself in another table
	// (`Safari` there, `Safari (vor Mac OS Big Sur)` and `Safari (seit …)` here: one browser's
	// rows, as in the other tables). A way is written as a name is, with a capital or a digit
	// first; a phrase in small letters says what was measured of the one thing (`Vite (cold
	// start)`, `Vite (HMR update)`), and a label without brackets is the thing itself, beside a way
	// of running it (`pymarkdown`, `pymarkdown (+extras)`).
	const onlyWaysOfOne = formed.size === 0 && new Set(open.map((label) => note.memo.normalized(label.name.bare))).size === 1 && open.every((label) => namedWay(label.name.text));
	/** A label as written, its decorations and what follows an arrow aside. */
	const drawn = (label: LabelContext) => beforeArrow(undecorated(label.name.text));
	levels.forEach((form, level) => {
		const buckets = new Map<string, LabelContext[]>();
		for (const label of open) {
			const key = note.memo.normalized(form(label));
			const bucket = buckets.get(key);
			if (bucket) bucket.push(label);
			else buckets.set(key, [label]);
		}
		const last = level === levels.length - 1;
		open = [];
		// Several things in the table: runs of one of them in other versions or modes are that thing.
		const several = level === 0 && buckets.size > 1;
		for (const bucket of buckets.values()) {
			// Labels written differently clash ("pnpm" and "pnpm + pnpr"), except by a qualifier
			// in brackets: "pymarkdown (+extras)" is a way of running pymarkdown.
			// One label alone clashes with nothing.
			// Emoji and footnote marks decorate a label without writing it differently (`🥉 React Router` beside `React Router`).
			const clash =
				new Set(bucket.map((label) => normalizeName(unqualified(drawn(label))))).size > 1 ||
				(onlyWaysOfOne && new Set(bucket.map((label) => normalizeName(drawn(label)))).size === bucket.length && !bucket.some((label) => note.knownElsewhere(label.keys, label.index)));
			const apart = bucket.length > 1 && clash && !(several && variantsOfOne(bucket));
			// "JavaScript / node 18.8.0 (x64-linux)" beside "JavaScript / bun 0.1.10 (x64-linux)": what
			// every label of the bucket shares tells them apart from nothing; the rest names each.
			const parts = apart && level === 0 ? distinctParts(bucket) : null;
			if (parts !== null) {
				bucket.forEach((label, i) => {
					const part = parts[i] as string;
					names.set(label, { display: part, keys: note.keysOf(part) });
				});
				continue;
			}
			if (apart && !last) {
				for (const label of bucket) open.push(label);
				continue;
			}
			for (const label of bucket) {
				const keys = level === 0 ? label.keys : level === 1 ? note.versionedKeysOf(label.name) : note.versionedKeysOf({ ...label.name, head: label.name.text });
				names.set(label, { display: form(label), keys });
			}
		}
	});
	return names;
}

/** What a label's closing brackets hold (`Rust` of `React Compiler (Rust)`), or null. */
const CLOSING_QUALIFIER = /[(（]([^()（）]{1,40})[)）]\s*$/u;

/** Whether a label ends in brackets naming a way of its thing: a capital, a digit or a caseless script first. */
function namedWay(text: string): boolean {
	const qualifier = CLOSING_QUALIFIER.exec(undecorated(text).trim())?.[1]?.trim();
	return qualifier !== undefined && /^[\p{Lu}\p{Lo}\d]/u.test(qualifier);
}

/**
 * "zstd 1.5.6 -1" and "zstd 1.5.6 --fast=3": labels that differ only by the options a
 * program ran with (and qualifiers in brackets). Beside other names they are one thing run
 * several ways, one toggle for all their rows; alone in a table they are what it compares.
 * Versions still tell things apart: "Zuul 1.x" and "Zuul 2.x" are two, and so does what
 * follows a maker: "Google's Gemini" and "Google's Bard" are two products, not one maker.
 * Command lines in code that run one program on other paths and patterns (`find . -iregex
 * '…'` and `find . -iname '…'` beside `fd -HI '…'`) are that program run two ways too.
 */
function variantsOfOne(bucket: readonly LabelContext[]): boolean {
	const form = (label: LabelContext) => (label.cell.code ? programOf(label.name.head) : null) ?? withoutFlags(unqualified(beforeArrow(label.name.text)).replace(SPACES, " ").trim());
	return new Set(bucket.map((label) => normalizeName(form(label)))).size === 1;
}

const SPACES = /\s+/g;

/**
 * Each label without the words all of them begin and end with, then without its version:
 * "node", "bun" and "deno" from "JavaScript / node 18.8.0 (x64-linux)" and its neighbours.
 * Null when that leaves a label empty or two labels alike.
 */
/**
 * "Kafka → Redpanda" is a way from Kafka, "undici - fetch" a way of using undici: what
 * follows a spaced arrow or dash does not make it another thing. "pnpm + pnpr" is a
 * combination, and stays apart from "pnpm".
 */
function beforeArrow(text: string): string {
	let cut = text.length;
	for (const mark of [" → ", " - ", " – ", " — "]) {
		const at = text.indexOf(mark);
		if (at > 0 && at < cut) cut = at;
	}
	return text.slice(0, cut);
}

/** A shared beginning that ends so ("JavaScript /", "Python:") is a category before the names. */
const CATEGORY_END = /[/:：|>»]$/;

function distinctParts(bucket: readonly LabelContext[]): string[] | null {
	const words = bucket.map((label) => label.name.text.split(" ").filter((word) => word !== ""));
	const shortest = words.reduce((least, list) => Math.min(least, list.length), Infinity);
	const first = words[0] as string[];
	let start = 0;
	while (start < shortest && words.every((list) => list[start] === first[start])) start++;
	let end = 0;
	while (end < shortest - start && words.every((list) => list[list.length - 1 - end] === first[first.length - 1 - end])) end++;
	if (start === 0 || !CATEGORY_END.test(first[start - 1] as string)) return null;
	const parts = words.map((list) => labelName(list.slice(start, list.length - end).join(" ")).bare);
	const keys = parts.map(normalizeName);
	if (keys.some((key) => !/[\p{L}\p{N}]/u.test(key)) || new Set(keys).size < keys.length) return null;
	return parts;
}

/**
 * The last words of a name after a maker's name written first and capitalised:
 * "creo" of "PTC Creo", "inventor" of "Autodesk Inventor", "audio units" and "units"
 * of "Apple Audio Units". None for a name of one word, or one whose first word is not
 * capitalised ("free tier" is no maker's tier).
 */
function tailsOf(display: string): string[] {
	// One word (most names): no maker before it, and nothing to split.
	if (!display.includes(" ")) return [];
	const words = display.split(" ").filter((word) => word !== "");
	if (words.length < 2 || words.length > 4 || !/^\p{Lu}/u.test(words[0] as string)) return [];
	const tails: string[] = [];
	for (let start = 1; start < words.length; start++) {
		const tail = words.slice(start);
		// A version alone is no name ("Rhino 8" does not end in a thing called "8").
		if (/\p{L}/u.test(tail.join(""))) tails.push(normalizeName(tail.join(" ")));
	}
	return tails;
}

/**
 * A set that holds its first value in place and makes a Set only for a second one: most
 * of a note's frameworks link to one place and stand in one table, and a list of ten
 * thousand names would otherwise make twenty thousand Sets of one value each.
 */
class FewSet<T> {
	private first: T | undefined = undefined;
	private more: Set<T> | null = null;

	get size(): number {
		return this.more !== null ? this.more.size : this.first === undefined ? 0 : 1;
	}

	has(value: T): boolean {
		return this.more !== null ? this.more.has(value) : this.first === value && value !== undefined;
	}

	add(value: T): void {
		if (this.more !== null) this.more.add(value);
		else if (this.first === undefined) this.first = value;
		else if (this.first !== value) this.more = new Set([this.first, value]);
	}
}

interface Entity {
	name: string;
	/** Where its labels link to: two names linking to two places are two things. */
	hrefs: FewSet<string>;
	/** Tables and charts it was seen in, so two names side by side in one table are never merged. */
	groups: FewSet<number>;
}

/** The note's frameworks: one per thing, however many ways the note writes it. */
class Entities {
	private readonly list: Entity[] = [];
	private readonly byKey = new Map<string, Entity>();
	private readonly byBase = new Map<string, Entity>();
	/** Each name's last words after a maker's name ("creo" of "PTC Creo"), for the same thing written without it in another table. */
	private readonly byTail = new Map<string, Entity>();
	/** The initials a name was written with in brackets ("nacls" of "Network Access Control Lists (NACLs)"). */
	private readonly byInitials = new Map<string, Entity>();
	private readonly closed: boolean;

	constructor(private readonly note: NoteContext) {
		this.closed = note.declaredKeys !== null;
	}

	private keysFor(text: string, path: string | null): string[] {
		const keys = [...this.note.keysOf(text)];
		if (path !== null) keys.push(`\u0000${path}`);
		return keys;
	}

	declare(name: string): void {
		const trimmed = visibleName(name);
		if (trimmed === "") return;
		const keys = this.keysFor(trimmed, this.note.noteFor(this.note.nameOf(trimmed).name));
		if (keys.some((key) => this.byKey.has(key))) return;
		this.add(trimmed, keys);
	}

	/** A name from a frontmatter list: added if the tables did not already name it. */
	mention(name: string): void {
		if (!this.closed) this.declare(name);
	}

	/** How many of a table's names another table writes with or without a maker's name ("Creo" here, "PTC Creo" there), not counting names known as they are. */
	makerMatches(names: readonly { display: string; keys: readonly string[] }[], group: number): number {
		let count = 0;
		for (const { display, keys } of names) {
			if (keys.some((key) => this.byKey.has(key))) continue;
			if (this.makerOf(display, group) !== undefined) count++;
		}
		return count;
	}

	private makerOf(display: string, group: number): Entity | undefined {
		// The memo's normalizeName: the same text, worked out once per note.
		const maker = this.byTail.get(this.note.memo.normalized(display)) ?? this.firstKnown(tailsOf(display));
		return maker && !maker.groups.has(group) ? maker : undefined;
	}

	nameFor(label: LabelContext, given: readonly string[], written: string, group: number, makers = false): string | null {
		const owner = this.note.packageOf(written);
		const display = owner ?? written;
		const labelKeys = owner === null ? given : [...this.note.keysOf(owner), ...given];
		const path = this.note.noteFor(label.name);
		// Only read from here on, so the label's own keys serve as they are when no note adds one.
		const keys = path === null ? labelKeys : [...labelKeys, `\u0000${path}`];
		let entity = this.firstKnown(keys);
		// Two labels side by side in one table that resolve to one note (`REPEATABLE READ` and
		// `SERIALIZABLE`, each an alias of the note on isolation levels that compares them) are two
		// things, as every two labels of one table are: the note they share is none of them.
		if (entity && path !== null && entity.groups.has(group) && this.firstKnown(labelKeys) !== entity) entity = undefined;
		// "private-gpt" and "privateGPT" side by side, linking to two repositories, are two things. Only a
		// home tells things apart: rows of one board linking to the issues that measured it are one board.
		const href = homeOf(label.cell.href);
		if (entity && href !== null && entity.groups.has(group) && entity.hrefs.size > 0 && !entity.hrefs.has(href)) entity = undefined;
		if (!entity && !this.closed) {
			const key = this.note.memo.normalized(display);
			const base = variantBase(key);
			const variant = (base !== null ? this.byKey.get(base) : undefined) ?? this.byBase.get(key);
			// "commonmark-py" in one table and "commonmark" in another are one thing; side by side,
			// or linking to different places ("whisper" and "whisper.cpp"), they are two.
			if (variant && !variant.groups.has(group) && (href === null || variant.hrefs.size === 0 || variant.hrefs.has(href))) entity = variant;
			// "PTC Creo" in one table and "Creo" in another are one thing, whichever came first; side by side, two.
			const maker = makers ? this.makerOf(display, group) : undefined;
			if (!entity && maker && href === null) entity = maker;
			// "Network Access Control Lists (NACLs)" in one table and "NACLs" in another are one thing,
			// whichever came first; side by side, two (see ./initialism.ts).
			if (!entity) {
				const short = initialismOf(label.name.text) ?? this.note.shortFormWrittenAlone(label.name.text);
				const spelled = this.byInitials.get(key) ?? (short === null ? undefined : this.firstKnown(this.note.keysOf(short)));
				if (spelled && !spelled.groups.has(group)) entity = spelled;
			}
		}
		if (!entity) {
			const shown = visibleName(display);
			// "** **" or a cell of invisible marks: nothing a toggle could show.
			if (this.closed || shown === "") return null;
			entity = this.add(shown, keys);
			const base = variantBase(this.note.memo.normalized(display));
			if (base !== null && !this.byBase.has(base)) this.byBase.set(base, entity);
			for (const tail of tailsOf(display)) if (!this.byTail.has(tail)) this.byTail.set(tail, entity);
		}
		for (const key of keys) if (!this.byKey.has(key)) this.byKey.set(key, entity);
		const initials = this.closed ? null : (initialismOf(label.name.text) ?? this.note.shortFormWrittenAlone(label.name.text));
		if (initials !== null) for (const key of this.note.keysOf(initials)) if (!this.byInitials.has(key)) this.byInitials.set(key, entity);
		entity.groups.add(group);
		if (href !== null) entity.hrefs.add(href);
		return entity.name;
	}

	/** The entity the first of the keys already names, if any. */
	private firstKnown(keys: readonly string[]): Entity | undefined {
		for (const key of keys) {
			const found = this.byKey.get(key);
			if (found !== undefined) return found;
		}
		return undefined;
	}

	private add(name: string, keys: readonly string[]): Entity {
		const entity: Entity = { name, hrefs: new FewSet(), groups: new FewSet() };
		this.list.push(entity);
		for (const key of keys) if (!this.byKey.has(key)) this.byKey.set(key, entity);
		return entity;
	}

	names(): string[] {
		return this.list.map((entity) => entity.name);
	}

	/** Whether one of the keys already names a framework of the note. */
	knows(keys: readonly string[]): boolean {
		return keys.some((key) => this.byKey.has(key));
	}
}
