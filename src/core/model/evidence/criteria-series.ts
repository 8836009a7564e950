// A series of two-column tables, each naming one thing in its header and running the same
// criteria down its first column (`| Kriterium | Nextcloud |`, then `| Kriterium | Seafile |`,
// `| Criterion | Pixel 8 |`, then `| Criterion | iPhone 15 |`): each table alone compares
// nothing, one name against nothing; together they weigh the things on the same criteria, as one
// table would with the names across its header. What the criteria say about the header cell that
// changes from table to table is that it is what the series is about: each table is read across,
// its one header cell one of the things compared.
//
// The same shape, mirrored, is the seed's: `| Framework | Stars |`, then `| Framework | License |`,
// names coming back down the first column of tables each about one attribute (./names-return.ts).
// The values tell the two apart, as they tell the sides of one table (./value-kinds.ts): stacked
// side by side, a series of things runs alike along each criterion (a price beside a price, a mark
// beside a mark) and mixes kinds down each table (one thing's price, size and marks), while a
// series of attributes runs alike down each table (all stars, all licences) and mixes along each
// name. So the rule fires only where the values are alike across the tables more than down them
// (by 0.1 of a share at least), with a score that grows with the difference, as value-kinds'.
// A series of marks only is alike both ways, and is left to the other rules.
//
// Read from the shape alone, in any language: two tables or more of one value column under the
// same top-left cell, sharing most of their first column (two labels at least, and at least 0.6
// of the longer list), whose header cells differ. Not a series of the same header (`| Feld | Wert
// |` twice: a record's keys, a key/value table, names nothing), nor a reference split into a
// table of defaults and one of descriptions (`| Option | Default |`, `| Option | Description |`,
// alike down each table). Header cells that are values (`2023`, a date), days or months of the
// calendar (`| Übung | Montag |`, a plan by day), or a numbered series (`Woche 1`, `Woche 2`) are a
// log's keys, not things.
import type { CellFacts, GroupFacts, NoteFacts } from "./facts";
import type { NoteContext } from "./context";
import { isCalendarName } from "./log-keys";
import { oneStemCounted } from "./numbered-series";
import type { AxisRule } from "./rule";
import { valueKind } from "./value-kind";

/** Two lists of criteria are one when they share at least this share of the longer one. */
const SHARED_AT = 0.6;
/** Values alike across the tables by at least this share more than down each of them. */
const MORE_ALIKE_BY = 0.1;
/** How many of the following tables under the same top-left cell each table is weighed against. */
const NEXT = 8;

const SERIES = {};

interface OneColumn {
	index: number;
	header: string;
	criteria: Map<string, string>;
	/** The share of the commonest kind among the table's values (1 when all are of one kind). */
	down: number;
}

/** The table's one header cell, or null when the table is no candidate (see above). */
function headerOf(group: GroupFacts, note: NoteContext): string | null {
	if (group.kind !== "table" || group.override !== null || group.columnLabels.length !== 1 || group.rowLabels.length < 2) return null;
	const cell = group.columnLabels[0] as CellFacts;
	const text = cell.text.trim();
	if (text === "" || cell.image === true) return null;
	if (note.readCell(text).kind !== "text" || isCalendarName(text)) return null;
	return text;
}

function criteriaOf(group: GroupFacts, note: NoteContext): Map<string, string> {
	const criteria = new Map<string, string>();
	group.rowLabels.forEach((cell, r) => {
		const key = note.normalized(cell.text);
		if (key !== "" && !criteria.has(key)) criteria.set(key, group.body[r]?.[0] ?? "");
	});
	return criteria;
}

/** The share of the commonest kind among the values, or 1 when fewer than two are read. */
function commonest(values: Iterable<string>, note: NoteContext): number {
	const counts = new Map<string, number>();
	let read = 0;
	for (const value of values) {
		const kind = valueKind(value, note);
		if (kind === null) continue;
		read++;
		counts.set(kind, (counts.get(kind) ?? 0) + 1);
	}
	if (read < 2) return 1;
	return Math.max(...counts.values()) / read;
}

/**
 * How much more alike two tables' values are along their shared criteria than down each table,
 * or null when they do not run the same criteria.
 */
function alikeAcross(a: OneColumn, b: OneColumn, note: NoteContext): number | null {
	let shared = 0;
	let compared = 0;
	let alike = 0;
	for (const [key, value] of a.criteria) {
		const other = b.criteria.get(key);
		if (other === undefined) continue;
		shared++;
		const mine = valueKind(value, note);
		const theirs = valueKind(other, note);
		if (mine === null || theirs === null) continue;
		compared++;
		if (mine === theirs) alike++;
	}
	if (shared < 2 || shared < SHARED_AT * Math.max(a.criteria.size, b.criteria.size) || compared < 2) return null;
	return alike / compared - (a.down + b.down) / 2;
}

/** The tables of the note that belong to a series, by their place in the note. */
function readSeries(facts: NoteFacts, note: NoteContext): Map<number, Series> {
	const byCorner = new Map<string, OneColumn[]>();
	facts.groups.forEach((group, index) => {
		const header = headerOf(group, note);
		if (header === null) return;
		const corner = note.normalized(group.corner?.text ?? "");
		const list = byCorner.get(corner) ?? [];
		const criteria = criteriaOf(group, note);
		list.push({ index, header: note.normalized(header), criteria, down: commonest(criteria.values(), note) });
		byCorner.set(corner, list);
	});
	const found = new Map<number, Series>();
	for (const tables of byCorner.values()) {
		if (tables.length < 2) continue;
		// Each table's best partner under the same top-left cell: another header, the same criteria, values alike across.
		// A series is written table after table: each is weighed against the next few only, so a note of
		// a thousand key/value tables costs a thousand short looks, not a million.
		const best = new Map<OneColumn, number>();
		tables.forEach((table, i) => {
			for (const other of tables.slice(i + 1, i + 1 + NEXT)) {
				if (other.header === table.header) continue;
				const by = alikeAcross(table, other, note);
				if (by === null || by < MORE_ALIKE_BY) continue;
				best.set(table, Math.max(best.get(table) ?? 0, by));
				best.set(other, Math.max(best.get(other) ?? 0, by));
			}
		});
		const headers = new Set([...best.keys()].map((table) => table.header));
		if (headers.size < 2 || oneStemCounted([...headers])) continue;
		for (const [table, by] of best) found.set(table.index, { tables: headers.size, by });
	}
	return found;
}

interface Series {
	/** How many tables, by their different headers. */
	tables: number;
	/** How much more alike the values run across the tables than down this one and its partner. */
	by: number;
}

function seriesOf(note: NoteContext): Map<number, Series> {
	const memo = note.memo.workedOut<NoteFacts, Map<number, Series>>(SERIES);
	let found = memo.get(note.facts);
	if (found === undefined) {
		found = readSeries(note.facts, note);
		memo.set(note.facts, found);
	}
	return found;
}

export const criteriaSeries: AxisRule = (group, note, index) => {
	// Only a table of one value column can stand in a series: most tables are not looked at further.
	if (group.kind !== "table" || group.columnLabels.length !== 1) return [];
	const series = seriesOf(note).get(index);
	if (series === undefined) return [];
	const score = Math.min(2, Math.round(4 * series.by * 100) / 100);
	const reason = `${series.tables} tables under this top-left cell run the same criteria, their values alike along each criterion more than down each table: each header cell is one of the things compared`;
	return [{ side: "columns", evidence: { rule: "criteria-series", score, reason } }];
};
