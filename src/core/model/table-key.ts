// A table's or chart's identity across edits: its header text (a chart's title
// and column labels), and which one with that header it is. Saved view choices
// and the user's detection corrections are keyed by it, so a table or chart
// inserted above another does not take over its choices, and editing a value
// keeps them.

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

const chartComputed = new WeakMap<readonly ChartHeader[], string[]>();

interface ChartHeader {
	title: string | null;
	columnLabels: readonly string[];
}

/** Every chart's key: `chart:` and its title and column labels, numbered when two charts share them. */
export function chartKeys(charts: readonly ChartHeader[]): string[] {
	let keys = chartComputed.get(charts);
	if (!keys) {
		const seen = new Map<string, number>();
		keys = charts.map((chart) => {
			const header = `chart:${chart.title ?? ""}|${chart.columnLabels.join("|")}`;
			const occurrence = seen.get(header) ?? 0;
			seen.set(header, occurrence + 1);
			return occurrence === 0 ? header : `${header}#${occurrence + 1}`;
		});
		chartComputed.set(charts, keys);
	}
	return keys;
}

export function chartKey(charts: readonly ChartHeader[], index: number): string {
	return chartKeys(charts)[index] ?? "";
}
