// Crestan and Pantel's second signal, read one value at a time: an attribute's
// values are of one kind. Several rules compare kinds along lines, so they
// must agree on what a kind is.
import type { NoteContext } from "./context";
import { wordCount } from "./words";

/**
 * A cell text's kind as the cell reader sees it, or null for a missing value. A unit is part of
 * a number's kind ("35510 ns/op" and "1960 B/op" are two attributes); text splits into short
 * values ("MIT", "Steep") and prose.
 */
export function valueKind(text: string, note: NoteContext): string | null {
	const value = note.readCell(text);
	if (value.kind === "missing") return null;
	if (value.kind === "number") return value.unit === null ? "number" : `number ${value.unit.toLowerCase()}`;
	if (value.kind !== "text") return value.kind;
	return wordCount(value.value) <= 3 ? "word" : "prose";
}
