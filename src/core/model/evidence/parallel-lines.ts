// Two labels of one side are two attributes of the things compared when their lines hold values
// of their own (`Cost` in prices beside `Support` in words, `Speed` scored 8 or 9 beside `Price`
// in hundreds): each attribute has its kind and its range. Two lines whose every value is of one
// kind, drawn from one set of values (✓ and ✗ under `Morning` and under `Evening`; days of the
// week under `Kitchen` and under `Bathroom`), are one attribute taken twice, at two times or in
// two places: the table crosses two sets of keys (habits by time of day, people by room) and
// says of neither set that it is the things compared. A reader sees this from the values alone,
// in any language: a shared value, or names of the calendar (from `Intl`, ./log-keys.ts), tell one
// set; only plain words, numbers or marks of one kind are needed, never what the labels mean.
import type { NoteContext } from "./context";
import { type GroupFacts, type Side, lineOf } from "./facts";
import { isCalendarName } from "./log-keys";
import { valueKind } from "./value-kind";

/** The items of a cell: a list written with commas or semicolons is several values ("Mon, Thu"). */
function items(text: string): string[] {
	return text
		.split(/[,;]/)
		.map((item) => item.trim())
		.filter((item) => item !== "");
}

/** An item's kind: the cell reader's, with names of days and months as one kind and text as words or prose. */
function kindOf(item: string, note: NoteContext): string | null {
	if (isCalendarName(item)) return "calendar";
	return valueKind(item, note);
}

/**
 * Whether the lines of `side` at `indexes` (two or more) hold one attribute taken twice: every
 * value of each is of one kind, the same for all, and the lines share a value (or the kind is the
 * calendar's, itself one set). Lines with fewer than two values say nothing (false).
 */
export function parallelLines(group: GroupFacts, side: Side, indexes: readonly number[], note: NoteContext): boolean {
	if (indexes.length < 2) return false;
	let kind: string | null = null;
	const sets: Set<string>[] = [];
	for (const index of indexes) {
		const values = new Set<string>();
		for (const cell of lineOf(group, side, index)) {
			for (const item of items(cell)) {
				const found = kindOf(item, note);
				if (found === null) continue;
				if (kind === null) kind = found;
				else if (found !== kind) return false;
				values.add(item.toLowerCase());
			}
		}
		if (values.size === 0) return false;
		sets.push(values);
	}
	if (kind === "calendar") return true;
	const [first, ...rest] = sets as [Set<string>, ...Set<string>[]];
	return rest.every((set) => [...set].some((value) => first.has(value)));
}
