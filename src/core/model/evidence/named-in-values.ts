import { sideLabels } from "./facts";
import type { NameRule } from "./rule";
import { isOwnFile } from "./attachment";
import { positionOf } from "./label-position";

/**
 * Its own values begin with it: `npm install` under "npm", `docker run` under
 * "Docker". A tool's column (or row) holds its commands; an attribute's holds
 * values that do not repeat its title. A unit after a number ("30k stars") is
 * not a beginning, and neither is the title itself: a column of images captioned with
 * its title or of links all reading "Article" holds no commands.
 */
export const namedInValues: NameRule = (label, note) => {
	const name = label.name.bare.toLowerCase();
	const written = label.cell.text.toLowerCase();
	if (name.length < 2 || !/\p{L}/u.test(name)) return null;
	const index = positionOf(sideLabels(label.group, label.side), label.cell, note);
	if (index < 0) return null;
	const { body } = label.group;
	// The label's column (or row) of values, trimmed and lower-cased, blanks left out: counted in one pass.
	let values = 0;
	let begins = 0;
	const first = name.charCodeAt(0);
	const count = (cell: string | undefined) => {
		const trimmed = (cell ?? "").trim();
		if (trimmed === "") return;
		values++;
		// Most values cannot begin with the name: told by their first character when it is ASCII (whose lower
		// case is one ASCII character wherever it stands), without lower-casing the whole value.
		const code = trimmed.charCodeAt(0);
		if (code < 0x80 && (code >= 0x41 && code <= 0x5a ? code | 0x20 : code) !== first) return;
		const value = trimmed.toLowerCase();
		// The label's own picture (`windows 7 taskbar.png`) is the title itself, not a command.
		if (value.length > name.length && value.startsWith(name) && /[\s.:/]/.test(value.charAt(name.length)) && !isOwnFile(value, name, written)) begins++;
	};
	if (label.side === "columns") for (const row of body) count(row[index]);
	else for (const cell of body[index] ?? []) count(cell);
	if (values === 0) return null;
	if (begins * 5 < values * 4) return null;
	return { rule: "named-in-values", score: 0.5, reason: `its values begin with its name (${begins} of ${values})` };
};
