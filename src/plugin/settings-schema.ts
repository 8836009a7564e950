// The plugin's saved data, validated field by field so one bad value in an
// old or hand-edited data.json resets that value only.
import * as z from "zod/mini";

const TableViewChoices = z.object({
	transposed: z.optional(z.boolean()),
	hiddenColumns: z.optional(z.array(z.string())),
	sort: z.optional(z.object({ column: z.number(), direction: z.enum(["ascending", "descending"]) })),
});

const ChartViewChoices = z.object({
	view: z.optional(z.enum(["chart", "table", "text"])),
	grouping: z.optional(z.enum(["column", "framework"])),
	scale: z.optional(z.enum(["linear", "log", "percent"])),
	hiddenColumns: z.optional(z.array(z.string())),
});

const NoteViewState = z.object({
	hiddenFrameworks: z.array(z.string()),
	tables: z.optional(z.record(z.string(), TableViewChoices)),
	charts: z.optional(z.record(z.string(), ChartViewChoices)),
});

const fields = {
	linkFrameworkNames: z.boolean(),
	rememberViewState: z.boolean(),
	noteViewState: z.record(z.string(), NoteViewState),
};

const TableAxis = z.enum(["rows", "columns", "none"]);
const NotFrameworks = z.array(z.string());

export type NoteViewState = z.infer<typeof NoteViewState>;

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
	/** Per note path: what the user hid or chose; never written into the note. */
	noteViewState: Record<string, NoteViewState>;
	/** Per note path: the user's corrections to framework detection; never written into the note. */
	detection: Record<string, NoteDetection>;
}

export const DEFAULT_SETTINGS: FrameworkCompareSettings = {
	linkFrameworkNames: true,
	rememberViewState: true,
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

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The saved corrections, read value by value: a bad note entry, list or table
 * axis is dropped and named in `reset`; the rest is kept.
 */
export function readDetection(saved: unknown): { detection: Record<string, NoteDetection>; reset: string[] } {
	const detection: Record<string, NoteDetection> = {};
	if (!isRecord(saved)) return { detection, reset: ["detection"] };
	const reset: string[] = [];
	for (const [path, entry] of Object.entries(saved)) {
		const where = `detection[${JSON.stringify(path)}]`;
		if (!isRecord(entry)) {
			reset.push(where);
			continue;
		}
		const note: NoteDetection = {};
		if ("notFrameworks" in entry) {
			const names = NotFrameworks.safeParse(entry.notFrameworks);
			if (names.success) {
				if (names.data.length > 0) note.notFrameworks = names.data;
			} else reset.push(`${where}.notFrameworks`);
		}
		if ("tableAxes" in entry) {
			if (isRecord(entry.tableAxes)) {
				const axes: Record<string, z.infer<typeof TableAxis>> = {};
				for (const [key, value] of Object.entries(entry.tableAxes)) {
					const axis = TableAxis.safeParse(value);
					if (axis.success) axes[key] = axis.data;
					else reset.push(`${where}.tableAxes[${JSON.stringify(key)}]`);
				}
				if (Object.keys(axes).length > 0) note.tableAxes = axes;
			} else reset.push(`${where}.tableAxes`);
		}
		if (note.notFrameworks || note.tableAxes) detection[path] = note;
	}
	return { detection, reset };
}

export function readSettings(saved: unknown): SettingsReading {
	const settings = defaults();
	if (saved === null || saved === undefined) return { settings, reset: [] };
	if (typeof saved !== "object" || Array.isArray(saved)) return { settings, reset: [...Object.keys(fields), "detection"] };
	const record = saved as Record<string, unknown>;
	const reset: string[] = [];
	const target = settings as unknown as Record<string, unknown>;
	for (const [key, schema] of Object.entries(fields)) {
		if (!(key in record)) continue;
		const parsed = schema.safeParse(key === "noteViewState" ? upgradeChartChoices(record[key]) : record[key]);
		if (parsed.success) target[key] = parsed.data;
		else reset.push(key);
	}
	if ("detection" in record) {
		const read = readDetection(record.detection);
		settings.detection = read.detection;
		reset.push(...read.reset);
	}
	return { settings, reset };
}

/**
 * Data saved by 0.1.0 development builds kept a chart's hidden columns as a JSON
 * string: read as the list it is, so those choices survive the typed schema.
 */
function upgradeChartChoices(saved: unknown): unknown {
	if (!isRecord(saved)) return saved;
	const out: Record<string, unknown> = {};
	for (const [path, note] of Object.entries(saved)) {
		if (!isRecord(note) || !isRecord(note.charts)) {
			out[path] = note;
			continue;
		}
		const charts: Record<string, unknown> = {};
		for (const [key, chart] of Object.entries(note.charts)) {
			if (isRecord(chart) && typeof chart.hiddenColumns === "string") {
				let list: unknown = [];
				try {
					list = JSON.parse(chart.hiddenColumns);
				} catch {
					list = [];
				}
				charts[key] = { ...chart, hiddenColumns: Array.isArray(list) ? list.filter((item) => typeof item === "string") : [] };
			} else charts[key] = chart;
		}
		out[path] = { ...note, charts };
	}
	return out;
}

export function describeReset(reset: string[]): string {
	return `Framework Compare: some saved settings were not valid and were reset to their defaults (${reset.join(", ")}).`;
}
