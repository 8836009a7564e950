// The plugin's saved data, validated field by field so one bad value in an
// old or hand-edited data.json resets that value only.
import * as z from "zod/mini";

const TableViewChoices = z.object({
	transposed: z.optional(z.boolean()),
	hiddenColumns: z.optional(z.array(z.string())),
	sort: z.optional(z.object({ column: z.number(), direction: z.enum(["ascending", "descending"]) })),
});

const NoteViewState = z.object({
	hiddenFrameworks: z.array(z.string()),
	tables: z.optional(z.record(z.string(), TableViewChoices)),
	charts: z.optional(z.record(z.string(), z.record(z.string(), z.string()))),
});

const fields = {
	linkFrameworkNames: z.boolean(),
	rememberViewState: z.boolean(),
	noteViewState: z.record(z.string(), NoteViewState),
};

export type NoteViewState = z.infer<typeof NoteViewState>;

export interface FrameworkCompareSettings {
	/** Turn framework names in tables that name a vault note into links. */
	linkFrameworkNames: boolean;
	/** Keep hidden frameworks and view choices per note between sessions. */
	rememberViewState: boolean;
	/** Per note path: what the user hid or chose; never written into the note. */
	noteViewState: Record<string, NoteViewState>;
}

export const DEFAULT_SETTINGS: FrameworkCompareSettings = {
	linkFrameworkNames: true,
	rememberViewState: true,
	noteViewState: {},
};

export interface SettingsReading {
	settings: FrameworkCompareSettings;
	/** Names of the saved values that were invalid and fell back to defaults. */
	reset: string[];
}

function defaults(): FrameworkCompareSettings {
	return { ...DEFAULT_SETTINGS, noteViewState: {} };
}

export function readSettings(saved: unknown): SettingsReading {
	const settings = defaults();
	if (saved === null || saved === undefined) return { settings, reset: [] };
	if (typeof saved !== "object" || Array.isArray(saved)) return { settings, reset: Object.keys(fields) };
	const record = saved as Record<string, unknown>;
	const reset: string[] = [];
	const target = settings as unknown as Record<string, unknown>;
	for (const [key, schema] of Object.entries(fields)) {
		if (!(key in record)) continue;
		const parsed = schema.safeParse(record[key]);
		if (parsed.success) target[key] = parsed.data;
		else reset.push(key);
	}
	return { settings, reset };
}

export function describeReset(reset: string[]): string {
	return `Framework Compare: some saved settings were not valid and were reset to their defaults (${reset.join(", ")}).`;
}
