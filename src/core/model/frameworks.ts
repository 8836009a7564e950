// Which names a note compares, and on which side of each table and chart they
// stand. A label counts as a framework when the note gives evidence for it:
// the frontmatter lists it, it names a vault note or alias, the note's title,
// aliases or links name it, or it recurs in two or more tables/charts. An axis
// whose labels are (nearly) all frameworks wins.
import type { LinkResolver } from "../vault/link-resolver";
import type { FrameworkAxis } from "./types";

/** One table or chart, as far as detection cares. */
export interface LabelGroup {
	/** A table's first-column cells, or a chart's row labels. */
	rowLabels: readonly string[];
	/** A table's header cells after the first, or a chart's column labels. */
	columnLabels: readonly string[];
	/** A table's first header cell ("Framework", "Feature"), or null. */
	cornerLabel: string | null;
}

export interface FrameworkHints {
	/** The frontmatter `frameworks` list; when given it is the answer. */
	declared: readonly string[] | null;
	/** Names the note is about: its title, file name and aliases ("A vs B vs C" is split). */
	subjects: readonly string[];
	/** Link targets and display texts written in the note. */
	linked: readonly string[];
}

export interface FrameworkDetection {
	frameworks: string[];
	/** Parallel to the groups given. */
	groups: DetectedGroup[];
}

export interface DetectedGroup {
	axis: FrameworkAxis;
	frameworks: string[];
	/**
	 * Per label on the framework axis (every row label, or every column label),
	 * the framework it stands for or null: "Postgres" in a row is PostgreSQL
	 * when that is its note's alias. Empty when the axis is "none".
	 */
	labelFrameworks: (string | null)[];
}

type NameLookup = Pick<LinkResolver, "findNoteByName">;

/** At least this share of an axis's labels must be frameworks. */
const AXIS_SHARE = 0.75;
const DECLARED_AXIS_SHARE = 0.5;
/** Everyday labels that recur across tables without being anything compared. */
const GENERIC = new Set(
	"total average avg mean median sum overall other others notes note comments remarks none yes no winner best worst score rank summary verdict".split(" "),
);
/** First header cells that say what the rows are. */
const ROW_CORNERS =
	/^(frameworks?|librar(y|ies)|tools?|databases?|db|languages?|engines?|products?|options?|platforms?|services?|systems?|models?|names?|runtimes?|implementations?|backends?|packages?|solutions?|vendors?|providers?|stacks?|technolog(y|ies)|editors?|browsers?|os|servers?|clouds?|apps?|applications?|projects?)$/;
/** First header cells that say the rows are features, so the columns are the things compared. */
const COLUMN_CORNERS =
	/^(features?|aspects?|criteri(on|a)|metrics?|propert(y|ies)|categor(y|ies)|dimensions?|capabilit(y|ies)|attributes?|comparisons?|characteristics?|areas?|factors?|parameters?|benchmarks?|tests?|tasks?|use cases?|scenarios?|operations?|specs?|specifications?|workloads?)$/;

const HEAD_SPLIT = /\s*(?:[/(,+&[]|\s[-–—]\s)/;
const SUBJECT_SPLIT = /\s+(?:vs\.?|versus|v\.)\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s*\/\s*/i;

export function normalizeName(name: string): string {
	return name
		.replace(/[*_`~]/g, "")
		.replace(/\s+/g, " ")
		.trim()
		.toLowerCase();
}

/** "JAX/Flax" -> "JAX", "PyTorch (2.1)" -> "PyTorch". */
function headOf(label: string): string {
	return (label.split(HEAD_SPLIT)[0] ?? label).trim();
}

interface Label {
	text: string;
	/** The short form used as a framework's name. */
	head: string;
	keys: string[];
	nameKeys: string[];
}

class LabelKeys {
	private readonly cache = new Map<string, Label>();
	constructor(private readonly lookup: NameLookup) {}

	of(text: string): Label {
		let label = this.cache.get(text);
		if (label) return label;
		const head = headOf(text) || text.trim();
		const nameKeys = [...new Set([normalizeName(text), normalizeName(head)])].filter((key) => key !== "").map((key) => `n:${key}`);
		const paths = new Set<string>();
		for (const form of [text.trim(), head]) {
			const path = form === "" ? null : this.lookup.findNoteByName(form.replace(/[*_`]/g, ""));
			if (path !== null) paths.add(`p:${path}`);
		}
		label = { text, head, keys: [...nameKeys, ...paths], nameKeys };
		this.cache.set(text, label);
		return label;
	}
}

interface Entity {
	name: string;
	keys: Set<string>;
}

class Entities {
	readonly list: Entity[] = [];
	private readonly byKey = new Map<string, Entity>();

	find(label: Label): Entity | undefined {
		for (const key of label.keys) {
			const entity = this.byKey.get(key);
			if (entity) return entity;
		}
		return undefined;
	}

	add(name: string, label: Label): Entity {
		const entity: Entity = { name, keys: new Set() };
		this.list.push(entity);
		this.attach(entity, label);
		return entity;
	}

	attach(entity: Entity, label: Label): void {
		for (const key of label.keys) {
			entity.keys.add(key);
			if (!this.byKey.has(key)) this.byKey.set(key, entity);
		}
	}
}

function labelsOf(group: LabelGroup, axis: "rows" | "columns"): string[] {
	return (axis === "rows" ? group.rowLabels : group.columnLabels).filter((label) => label.trim() !== "");
}

function cornerAxis(group: LabelGroup): "rows" | "columns" | null {
	const corner = normalizeName(group.cornerLabel ?? "");
	if (ROW_CORNERS.test(corner)) return "rows";
	if (COLUMN_CORNERS.test(corner)) return "columns";
	return null;
}

interface AxisScore {
	matched: number;
	strong: number;
	total: number;
}

/** How many labels of an axis have evidence of being frameworks, and how many strong evidence. */
function scoreLabels(list: readonly string[], judge: (text: string) => "strong" | "weak" | null): AxisScore {
	const found = list.map(judge);
	return {
		matched: found.filter((e) => e !== null).length,
		strong: found.filter((e) => e === "strong").length,
		total: list.length,
	};
}

function pickAxis(group: LabelGroup, score: (axis: "rows" | "columns") => AxisScore, share: number, minimum: number): FrameworkAxis {
	const rows = score("rows");
	const columns = score("columns");
	const qualifies = (s: AxisScore) => s.matched >= minimum && s.total > 0 && s.matched / s.total >= share;
	const rowsOk = qualifies(rows);
	const columnsOk = qualifies(columns);
	if (rowsOk && !columnsOk) return "rows";
	if (columnsOk && !rowsOk) return "columns";
	if (!rowsOk) return "none";
	const strongDiff = rows.strong / rows.total - columns.strong / columns.total;
	if (strongDiff !== 0) return strongDiff > 0 ? "rows" : "columns";
	const matchDiff = rows.matched / rows.total - columns.matched / columns.total;
	if (matchDiff !== 0) return matchDiff > 0 ? "rows" : "columns";
	return cornerAxis(group) ?? "rows";
}

export function detectFrameworks(groups: readonly LabelGroup[], hints: FrameworkHints, lookup: NameLookup): FrameworkDetection {
	const labels = new LabelKeys(lookup);
	const entities = new Entities();

	if (hints.declared !== null && hints.declared.length > 0) {
		for (const name of hints.declared) {
			const label = labels.of(name);
			const known = entities.find(label);
			if (known) entities.attach(known, label);
			else entities.add(name.trim(), label);
		}
		const isDeclared = (text: string) => entities.find(labels.of(text)) !== undefined;
		const result = groups.map((group) => {
			const axis = pickAxis(
				group,
				(side) => scoreLabels(labelsOf(group, side), (text) => (isDeclared(text) ? "strong" : null)),
				DECLARED_AXIS_SHARE,
				Math.min(2, hints.declared?.length ?? 0),
			);
			return { axis, frameworks: axis === "none" ? [] : namesOn(labelsOf(group, axis), labels, entities, false) };
		});
		return { frameworks: entities.list.map((entity) => entity.name), groups: withLabelFrameworks(groups, result, labels, entities) };
	}

	const subjectKeys = new Set<string>();
	for (const subject of hints.subjects) {
		for (const part of subject.split(SUBJECT_SPLIT)) subjectKeys.add(`n:${normalizeName(part)}`);
	}
	for (const name of hints.linked) for (const key of labels.of(name).keys) subjectKeys.add(key);

	// In how many tables/charts each name appears, on either side.
	const recurrence = new Map<string, number>();
	for (const group of groups) {
		const seen = new Set<string>();
		for (const text of [...labelsOf(group, "rows"), ...labelsOf(group, "columns")]) {
			for (const key of labels.of(text).nameKeys) seen.add(key);
		}
		for (const key of seen) recurrence.set(key, (recurrence.get(key) ?? 0) + 1);
	}

	const evidence = (text: string): "strong" | "weak" | null => {
		const label = labels.of(text);
		if (label.keys.some((key) => key.startsWith("p:") || subjectKeys.has(key))) return "strong";
		const recurs = label.nameKeys.some((key) => (recurrence.get(key) ?? 0) >= 2 && !GENERIC.has(key.slice(2)));
		return recurs ? "weak" : null;
	};

	let axes = groups.map((group) => pickAxis(group, (side) => scoreLabels(labelsOf(group, side), evidence), AXIS_SHARE, 2));
	let fromCorner = false;
	if (axes.every((axis) => axis === "none")) {
		// No evidence anywhere (one table, no vault): fall back on what the first header cell says.
		fromCorner = true;
		axes = groups.map((group) => {
			const side = cornerAxis(group);
			return side !== null && labelsOf(group, side).length >= 2 ? side : "none";
		});
	}

	// A name that only recurs, and stands on the other side of a table or chart that
	// compares something else ("Vite" as a bundler column of a chart of UI frameworks),
	// is not one of the things compared.
	let accepts = (text: string) => fromCorner || evidence(text) !== null;
	if (!fromCorner) {
		const offAxis = new Set<string>();
		groups.forEach((group, index) => {
			const axis = axes[index];
			if (axis === undefined || axis === "none") return;
			for (const text of labelsOf(group, axis === "rows" ? "columns" : "rows")) for (const key of labels.of(text).nameKeys) offAxis.add(key);
		});
		const refined = (text: string): "strong" | "weak" | null => {
			const found = evidence(text);
			return found === "weak" && labels.of(text).nameKeys.some((key) => offAxis.has(key)) ? null : found;
		};
		if (offAxis.size > 0) {
			axes = groups.map((group, index) =>
				axes[index] === "none" ? "none" : pickAxis(group, (side) => scoreLabels(labelsOf(group, side), refined), AXIS_SHARE, 2),
			);
			accepts = (text) => refined(text) !== null;
		}
	}

	const result = groups.map((group, index) => {
		const axis = axes[index] ?? "none";
		if (axis === "none") return { axis, frameworks: [] as string[] };
		const accepted = labelsOf(group, axis).filter(accepts);
		return { axis, frameworks: namesOn(accepted, labels, entities, true) };
	});
	// A chart that adds a third provider to two known ones: half its labels being
	// frameworks already found is enough, but only those are named.
	groups.forEach((group, index) => {
		const entry = result[index];
		if (!entry || entry.axis !== "none" || entities.list.length === 0) return;
		const isKnown = (text: string) => entities.find(labels.of(text)) !== undefined;
		const axis = pickAxis(
			group,
			(side) => scoreLabels(labelsOf(group, side), (text) => (isKnown(text) ? "strong" : null)),
			DECLARED_AXIS_SHARE,
			2,
		);
		if (axis !== "none") result[index] = { axis, frameworks: namesOn(labelsOf(group, axis), labels, entities, false) };
	});
	return { frameworks: entities.list.map((entity) => entity.name), groups: withLabelFrameworks(groups, result, labels, entities) };
}

function withLabelFrameworks(
	groups: readonly LabelGroup[],
	result: { axis: FrameworkAxis; frameworks: string[] }[],
	labels: LabelKeys,
	entities: Entities,
): DetectedGroup[] {
	return result.map((entry, index) => {
		const group = groups[index];
		if (!group || entry.axis === "none") return { ...entry, labelFrameworks: [] };
		const all = entry.axis === "rows" ? group.rowLabels : group.columnLabels;
		const labelFrameworks = all.map((text) => {
			if (text.trim() === "") return null;
			const name = entities.find(labels.of(text))?.name ?? null;
			// Only names this group shows: a stray label never hides with another group's framework.
			return name !== null && entry.frameworks.includes(name) ? name : null;
		});
		return { ...entry, labelFrameworks };
	});
}

/** The framework names for a row or column of labels, creating entities as they first appear. */
function namesOn(texts: readonly string[], labels: LabelKeys, entities: Entities, create: boolean): string[] {
	const names: string[] = [];
	for (const text of texts) {
		const label = labels.of(text);
		let entity = entities.find(label);
		if (entity) entities.attach(entity, label);
		else if (create) entity = entities.add(label.head, label);
		if (entity && !names.includes(entity.name)) names.push(entity.name);
	}
	return names;
}
