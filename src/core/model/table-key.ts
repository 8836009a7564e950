// A table's identity across edits: its header text, and which table with that
// header it is. Saved view choices and the user's detection corrections are
// keyed by it, so a table inserted above another does not take over its choices.

export function tableKey(tables: readonly { header: readonly string[] }[], index: number): string {
	const header = tables[index]?.header.join("|") ?? "";
	let occurrence = 0;
	for (let i = 0; i < index; i++) if (tables[i]?.header.join("|") === header) occurrence++;
	return occurrence === 0 ? header : `${header}#${occurrence + 1}`;
}
