// The plugin's saved data, validated value by value so one bad value in an
// old or hand-edited data.json resets that value only: not the note's entry
// it sits in, not any other note's. Pure: the plugin shows the notice.
import * as z from "zod/mini";
import { isRecord } from "../core";
import type { NoteViewSnapshot } from "../views/note-view-state";
import { readNames, readNoteViewStates } from "./saved-view-states";

const fields = {
	linkFrameworkNames: z.boolean(),
	rememberViewState: z.boolean(),
	compactToolbar: z.boolean(),
	interactiveTables: z.boolean(),
	drawCharts: z.boolean(),
	sideBySideSections: z.boolean(),
	codeTabs: z.boolean(),
	defaultChartView: z.enum(["chart", "table", "text"]),
	defaultChartScale: z.enum(["linear", "log", "percent"]),
};

const TableAxis = z.enum(["rows", "columns", "none"]);

/** The user's corrections to detection for one note ("Not a framework", "Compare these"). */
export interface NoteDetection {
	/** Names marked "Not a framework", as the note wrote them. */
	notFrameworks?: string[];
	/** Per table, keyed by the core's `tableKey`: which side lists the things compared. */
	tableAxes?: Record<string, z.infer<typeof TableAxis>>;
}

export interface FrameworkCompareSettings {
	/** Turn framework names in tables that name a vault note into links. */
	linkFrameworkNames: boolean;
	/** Keep hidden frameworks and view choices per note between sessions. */
	rememberViewState: boolean;
	/** One framework bar per note, kept in view, instead of the toggles above every table and chart. */
	compactToolbar: boolean;
	/** Enhance comparison tables (toggles, sort, transpose, copy); off leaves them as Obsidian renders them. */
	interactiveTables: boolean;
	/** Draw box-drawing and block-character charts as interactive SVG charts. */
	drawCharts: boolean;
	/** Sibling sections named after the note's frameworks may be shown side by side. */
	sideBySideSections: boolean;
	/** A run of code samples, one per framework, is shown as tabs. */
	codeTabs: boolean;
	/** What a chart shows before the user picks: the drawn chart, a table of its values, or the note's text. */
	defaultChartView: "chart" | "table" | "text";
	/** A chart's scale before the user picks (a scale the chart cannot use falls back to linear). */
	defaultChartScale: "linear" | "log" | "percent";
	/** Per note path: what the user hid or chose; never written into the note. */
	noteViewState: Record<string, NoteViewSnapshot>;
	/** Per note path: the user's corrections to framework detection; never written into the note. */
	detection: Record<string, NoteDetection>;
}

export const DEFAULT_SETTINGS: FrameworkCompareSettings = {
	linkFrameworkNames: true,
	rememberViewState: true,
	compactToolbar: true,
	interactiveTables: true,
	drawCharts: true,
	sideBySideSections: true,
	codeTabs: true,
	defaultChartView: "chart",
	defaultChartScale: "linear",
	noteViewState: {},
	detection: {},
};

export interface SettingsReading {
	settings: FrameworkCompareSettings;
	/** Names of the saved values that were invalid and fell back to defaults. */
	reset: string[];
}

function defaults(): FrameworkCompareSettings {
	return { ...DEFAULT_SETTINGS, noteViewState: {}, detection: {} };
}

/**
 * The saved corrections, read value by value: a bad note entry, list or table
 * axis is dropped and named in `reset`; the rest is kept.
 */
export function readDetection(saved: unknown): { detection: Record<string, NoteDetection>; reset: string[] } {
	if (!isRecord(saved)) return { detection: {}, reset: ["detection"] };
	const reset: string[] = [];
	const notes: [string, NoteDetection][] = [];
	for (const [path, entry] of Object.entries(saved)) {
		const where = `detection[${JSON.stringify(path)}]`;
		if (!isRecord(entry)) {
			reset.push(where);
			continue;
		}
		const note: NoteDetection = {};
		if ("notFrameworks" in entry) {
			const names = readNames(entry.notFrameworks, `${where}.notFrameworks`, reset);
			if (names && names.length > 0) note.notFrameworks = names;
		}
		if ("tableAxes" in entry) {
			if (isRecord(entry.tableAxes)) {
				const axes: [string, z.infer<typeof TableAxis>][] = [];
				for (const [key, value] of Object.entries(entry.tableAxes)) {
					const axis = TableAxis.safeParse(value);
					if (axis.success) axes.push([key, axis.data]);
					else reset.push(`${where}.tableAxes[${JSON.stringify(key)}]`);
				}
				if (axes.length > 0) note.tableAxes = Object.fromEntries(axes);
			} else reset.push(`${where}.tableAxes`);
		}
		if (note.notFrameworks || note.tableAxes) notes.push([path, note]);
	}
	// fromEntries defines each key as the object's own, so a key spelled "__proto__" is only a key.
	return { detection: Object.fromEntries(notes), reset };
}

export function readSettings(saved: unknown): SettingsReading {
	const settings = defaults();
	if (saved === null || saved === undefined) return { settings, reset: [] };
	if (typeof saved !== "object" || Array.isArray(saved)) return { settings, reset: [...Object.keys(fields), "noteViewState", "detection"] };
	const record = saved as Record<string, unknown>;
	const reset: string[] = [];
	const target = settings as unknown as Record<string, unknown>;
	for (const [key, schema] of Object.entries(fields)) {
		if (!(key in record)) continue;
		const parsed = schema.safeParse(record[key]);
		if (parsed.success) target[key] = parsed.data;
		else reset.push(key);
	}
	if ("noteViewState" in record) {
		const read = readNoteViewStates(record.noteViewState);
		settings.noteViewState = read.noteViewState;
		reset.push(...read.reset);
	}
	if ("detection" in record) {
		const read = readDetection(record.detection);
		settings.detection = read.detection;
		reset.push(...read.reset);
	}
	return { settings, reset };
}

/** Names shown in the notice; a data.json broken all over would otherwise fill the screen. */
const NAMED_IN_NOTICE = 5;

/** The one notice for everything reset on loading. */
export function describeReset(reset: string[]): string {
	const named = reset.slice(0, NAMED_IN_NOTICE).join(", ");
	const more = reset.length > NAMED_IN_NOTICE ? ` and ${reset.length - NAMED_IN_NOTICE} more` : "";
	return `Framework Compare: some saved settings were not valid and were reset to their defaults (${named}${more}); everything else was kept.`;
}
