// A template note (Obsidian's Templates, Templater, a report rendered by Jinja or Handlebars) writes
// placeholders where its tables' values will go: `{{item.platform}}`, `{% for item in results %}`,
// `<% tp.file.title %>`. They name nothing and measure nothing until the template is used.
import type { GroupFacts } from "./facts";

/** The marks that open and close template syntax: Handlebars and Obsidian's Templates, Jinja's tags, Templater. */
const PLACEHOLDER_MARKS: readonly (readonly [string, string])[] = [
	["{{", "}}"],
	["{%", "%}"],
	["<%", "%>"],
];

/** A blank cell, or one of placeholders and signs only (`¥{{item.price}}`, `{% endfor %}`): it stands in for a value. */
export function isPlaceholder(text: string): boolean {
	let rest = "";
	let at = 0;
	let found = false;
	// Where each kind opens next, looked up again only once passed: one scan of the text for each kind.
	const opens = PLACEHOLDER_MARKS.map(([open]) => text.indexOf(open));
	for (;;) {
		for (let k = 0; k < opens.length; k++) if ((opens[k] as number) >= 0 && (opens[k] as number) < at) opens[k] = text.indexOf((PLACEHOLDER_MARKS[k] as readonly [string, string])[0], at);
		let kind = -1;
		for (let k = 0; k < opens.length; k++) if ((opens[k] as number) >= 0 && (kind < 0 || (opens[k] as number) < (opens[kind] as number))) kind = k;
		if (kind < 0) break;
		const [open, close] = PLACEHOLDER_MARKS[kind] as readonly [string, string];
		const index = opens[kind] as number;
		const end = text.indexOf(close, index + open.length);
		if (end < 0) break;
		rest += text.slice(at, index);
		at = end + close.length;
		found = true;
	}
	rest += text.slice(at);
	return (found || rest.trim() === "") && !/[\p{L}\p{N}]/u.test(rest);
}

/** Whether a table's body holds nothing but blanks and placeholders: no rows at all, or a template's. */
export function onlyPlaceholders(group: GroupFacts): boolean {
	return group.rowLabels.every((cell) => isPlaceholder(cell.text)) && group.body.every((row) => row.every(isPlaceholder));
}
