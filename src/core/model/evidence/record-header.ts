import type { AxisRule } from "./rule";

/** `full_name`, `max_created_at`, `rel_id`: a field of a database or an API, as a program prints it. */
const FIELD = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * A header of nothing but field names, some of them joined by underscores
 * (`full_name | max_created_at | releases_count`), is a query's output: its
 * rows are records as the program returned them, not things set side by side.
 */
export const recordHeader: AxisRule = (group) => {
	if (group.kind !== "table") return [];
	const header = [...(group.corner ? [group.corner] : []), ...group.columnLabels].map((cell) => cell.text.trim());
	if (header.length < 2 || !header.every((text) => FIELD.test(text)) || !header.some((text) => text.includes("_"))) return [];
	return [{ side: "rows", evidence: { rule: "record-header", score: -1.5, reason: "the header names fields, as a query's output does: its rows are records" } }];
};
