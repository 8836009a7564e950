// A table's identity across edits: its header text, and which table with that
// header it is. Saved view choices and the user's detection corrections are
// keyed by it, so a table inserted above another does not take over its choices.

const computed = new WeakMap<readonly { header: readonly string[] }[], string[]>();

/** Every table's key, in one pass over the note's tables. */
export function tableKeys(tables: readonly { header: readonly string[] }[]): string[] {
	let keys = computed.get(tables);
	if (!keys) {
		const seen = new Map<string, number>();
		keys = tables.map((table) => {
			const header = table.header.join("|");
			const occurrence = seen.get(header) ?? 0;
			seen.set(header, occurrence + 1);
			return occurrence === 0 ? header : `${header}#${occurrence + 1}`;
		});
		computed.set(tables, keys);
	}
	return keys;
}

/** One table's key; asked for every table of a note, the note's tables are gone through once. */
export function tableKey(tables: readonly { header: readonly string[] }[], index: number): string {
	return tableKeys(tables)[index] ?? "";
}
