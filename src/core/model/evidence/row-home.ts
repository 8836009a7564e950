// `| Name | Description | Link |` over `LangChain | … | https://github.com/langchain-ai/langchain`:
// a list that does not link its names links each row to its home in a column of its own. A row
// whose values hold the address of a site or repository named as the row is named (`LlamaIndex`
// and `run-llama/llama_index`, `Semantic Kernel` and `microsoft/semantic-kernel`) is a thing with
// a home of its own, as a name linked in place is (./linked-cell.ts). Only the last part of the
// address is read, letters and digits alone, against the label without a qualifier in brackets
// (`Haystack (Agents)` is at `deepset-ai/haystack`): a link to an article about the row, or to a
// page of this document, names the page, not the row.
import type { LabelContext, NoteContext } from "./context";
import type { CellFacts, GroupFacts } from "./facts";
import type { NameRule } from "./rule";
import { squeezed } from "./names";

/** A bare address of a site or a repository: a host and at most two path segments. */
const HOME = /^<?https?:\/\/([^/?#\s]+)((?:\/[^/?#\s>]+){0,2})\/?>?$/i;
/** A qualifier in brackets after the name: `Haystack (Agents)`. */
const QUALIFIER = /\s*[([].*$/u;

/** What a home address is named: its last path segment, or the host's first label when it has none. */
function homeName(text: string): string | null {
	const match = HOME.exec(text.trim());
	if (match === null) return null;
	const path = match[2] ?? "";
	if (path !== "") return squeezed(path.slice(path.lastIndexOf("/") + 1));
	const host = (match[1] ?? "").replace(/^www\./i, "");
	return squeezed(host.slice(0, host.indexOf(".") < 0 ? host.length : host.indexOf(".")));
}

/** The key of each table's row of each label in the note's memo: found once per table, not searched once per label. */
const ROW_OF = {};

/** The row a label names, through a map made once per table (a list of thousands of rows stays linear). */
function rowOf(label: LabelContext, note: NoteContext): number {
	const memo = note.memo.workedOut<GroupFacts, Map<CellFacts, number>>(ROW_OF);
	let rows = memo.get(label.group);
	if (rows === undefined) {
		rows = new Map(label.group.rowLabels.map((cell, i) => [cell, i]));
		memo.set(label.group, rows);
	}
	return rows.get(label.cell) ?? -1;
}

export const rowHome: NameRule = (label, note) => {
	if (label.side !== "rows" || label.group.kind !== "table" || label.cell.linked) return null;
	const row = rowOf(label, note);
	const values = row < 0 ? undefined : label.group.body[row];
	if (values === undefined) return null;
	const name = squeezed(label.cell.text.replace(QUALIFIER, ""));
	if (name.length < 2) return null;
	for (const value of values) {
		if (homeName(value) === name) return { rule: "row-home", score: 1.5, reason: "its row links to a site or repository named as it is" };
	}
	return null;
};
