// The per-note view choices in the plugin's data, read value by value: each
// bad value (a sort that is no column number, a list that is not a list, a
// name that is not text) is dropped and named, and everything else in that
// note's entry, and every other note's, is kept. Whether a value fits a given
// table (a sort column past its end) only the view can tell; it drops such
// values when it applies them. Pure: no DOM, no obsidian.
import * as z from "zod/mini";
import { isRecord } from "../core";
import type { ChartViewChoices, GroupViewChoices, NoteViewSnapshot, TableViewChoices } from "../views/note-view-state";

const Flag = z.boolean();
const SortColumn = z.int().check(z.minimum(0));
const SortDirection = z.enum(["ascending", "descending"]);
const ChartView = z.enum(["chart", "table", "text"]);
const Grouping = z.enum(["column", "framework"]);
const Scale = z.enum(["linear", "log", "percent"]);
const GroupLayout = z.enum(["flow", "side-by-side"]);
const Label = z.string();

/** Where a value sits in data.json, as the notice names it: `noteViewState["a.md"].tables["A|B"].sort`. */
const at = (where: string, key: string) => `${where}[${JSON.stringify(key)}]`;

/**
 * A list of names: not a list resets it; an item that is not text is dropped
 * and named; repeats go without a word (they change nothing).
 */
export function readNames(value: unknown, where: string, reset: string[]): string[] | undefined {
	if (!Array.isArray(value)) {
		reset.push(where);
		return undefined;
	}
	const names: string[] = [];
	value.forEach((item, i) => {
		if (typeof item !== "string") reset.push(`${where}[${i}]`);
		else if (!names.includes(item)) names.push(item);
	});
	return names;
}

/** One leaf through its schema: kept when it passes, else named and left out. */
function readLeaf<T>(schema: z.ZodMiniType<T>, value: unknown, where: string, reset: string[]): T | undefined {
	const parsed = schema.safeParse(value);
	if (parsed.success) return parsed.data;
	reset.push(where);
	return undefined;
}

/**
 * A sort is kept whole or dropped whole: a column number and a direction. Read
 * field by field with zod's leaf schemas, as z.object would (a plain object, its
 * other keys left behind), without z.object's machinery: about 4 KB of main.js.
 */
function readSort(value: unknown, where: string, reset: string[]): TableViewChoices["sort"] {
	if (isRecord(value)) {
		const column = SortColumn.safeParse(value.column);
		const direction = SortDirection.safeParse(value.direction);
		if (column.success && direction.success) return { column: column.data, direction: direction.data };
	}
	reset.push(where);
	return undefined;
}

function readTable(saved: Record<string, unknown>, where: string, reset: string[]): TableViewChoices {
	const choices: TableViewChoices = {};
	if ("transposed" in saved) {
		const transposed = readLeaf(Flag, saved.transposed, `${where}.transposed`, reset);
		if (transposed !== undefined) choices.transposed = transposed;
	}
	if ("hiddenColumns" in saved) {
		const hidden = readNames(saved.hiddenColumns, `${where}.hiddenColumns`, reset);
		if (hidden && hidden.length > 0) choices.hiddenColumns = hidden;
	}
	if ("sort" in saved) {
		const sort = readSort(saved.sort, `${where}.sort`, reset);
		if (sort !== undefined) choices.sort = sort;
	}
	return choices;
}

function readChart(saved: Record<string, unknown>, where: string, reset: string[]): ChartViewChoices {
	const choices: ChartViewChoices = {};
	if ("view" in saved) {
		const view = readLeaf(ChartView, saved.view, `${where}.view`, reset);
		if (view !== undefined) choices.view = view;
	}
	if ("grouping" in saved) {
		const grouping = readLeaf(Grouping, saved.grouping, `${where}.grouping`, reset);
		if (grouping !== undefined) choices.grouping = grouping;
	}
	if ("scale" in saved) {
		const scale = readLeaf(Scale, saved.scale, `${where}.scale`, reset);
		if (scale !== undefined) choices.scale = scale;
	}
	if ("hiddenColumns" in saved) {
		const hidden = readNames(upgradeHiddenColumns(saved.hiddenColumns), `${where}.hiddenColumns`, reset);
		if (hidden && hidden.length > 0) choices.hiddenColumns = hidden;
	}
	return choices;
}

function readGroup(saved: Record<string, unknown>, where: string, reset: string[]): GroupViewChoices {
	const choices: GroupViewChoices = {};
	if ("layout" in saved) {
		const layout = readLeaf(GroupLayout, saved.layout, `${where}.layout`, reset);
		if (layout !== undefined) choices.layout = layout;
	}
	if ("selected" in saved) {
		const selected = readLeaf(Label, saved.selected, `${where}.selected`, reset);
		if (selected !== undefined) choices.selected = selected;
	}
	return choices;
}

/**
 * Data saved by 0.1.0 development builds kept a chart's hidden columns as a JSON
 * string: read as the list it is, so those choices survive.
 */
function upgradeHiddenColumns(saved: unknown): unknown {
	if (typeof saved !== "string") return saved;
	try {
		const list: unknown = JSON.parse(saved);
		return Array.isArray(list) ? list : saved;
	} catch {
		return saved;
	}
}

/** A map of choices per table or chart key: each key's entry read on its own. */
function readEach<T extends object>(saved: unknown, where: string, reset: string[], read: (entry: Record<string, unknown>, where: string, reset: string[]) => T): Record<string, T> | undefined {
	if (!isRecord(saved)) {
		reset.push(where);
		return undefined;
	}
	const entries: [string, T][] = [];
	for (const [key, entry] of Object.entries(saved)) {
		if (!isRecord(entry)) {
			reset.push(at(where, key));
			continue;
		}
		const choices = read(entry, at(where, key), reset);
		if (Object.keys(choices).length > 0) entries.push([key, choices]);
	}
	// fromEntries defines each key as the object's own, so a key spelled "__proto__" is only a key.
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function readNote(saved: Record<string, unknown>, where: string, reset: string[]): NoteViewSnapshot {
	const snapshot: NoteViewSnapshot = { hiddenFrameworks: [] };
	if ("hiddenFrameworks" in saved) snapshot.hiddenFrameworks = readNames(saved.hiddenFrameworks, `${where}.hiddenFrameworks`, reset) ?? [];
	if ("tables" in saved) {
		const tables = readEach(saved.tables, `${where}.tables`, reset, readTable);
		if (tables) snapshot.tables = tables;
	}
	if ("charts" in saved) {
		const charts = readEach(saved.charts, `${where}.charts`, reset, readChart);
		if (charts) snapshot.charts = charts;
	}
	if ("groups" in saved) {
		const groups = readEach(saved.groups, `${where}.groups`, reset, readGroup);
		if (groups) snapshot.groups = groups;
	}
	return snapshot;
}

/**
 * Every note's saved view choices. `reset` names each value that was not
 * valid and was dropped (its default applies); a note left with no choices
 * at all is left out.
 */
export function readNoteViewStates(saved: unknown): { noteViewState: Record<string, NoteViewSnapshot>; reset: string[] } {
	const reset: string[] = [];
	if (!isRecord(saved)) return { noteViewState: {}, reset: ["noteViewState"] };
	const entries: [string, NoteViewSnapshot][] = [];
	for (const [path, entry] of Object.entries(saved)) {
		const where = at("noteViewState", path);
		if (!isRecord(entry)) {
			reset.push(where);
			continue;
		}
		const snapshot = readNote(entry, where, reset);
		if (snapshot.hiddenFrameworks.length > 0 || snapshot.tables || snapshot.charts || snapshot.groups) entries.push([path, snapshot]);
	}
	return { noteViewState: Object.fromEntries(entries), reset };
}
