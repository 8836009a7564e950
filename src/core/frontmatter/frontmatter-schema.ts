// The frontmatter keys this plugin reads, one reader per key so a wrong value
// in one key does not cost the others. Each reader takes the value as YAML
// gave it and returns what the plugin uses, or undefined when the value is of
// a kind the key does not take. Written out rather than through zod: these are
// checks of a value's kind, and zod's core is 17 KB of main.js (its mini build
// included) for them.
import { visibleName } from "../model/evidence/names";

/** A value YAML writes as one word or number: text, a finite number or true/false. */
function isScalar(value: unknown): value is string | number | boolean {
	return typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

/** Obsidian's older notes write `aliases: a, b`; both that and a list mean the same. */
function splitNames(value: string, separator: RegExp): string[] {
	return value
		.split(separator)
		.map((name) => name.trim())
		.filter((name) => name !== "");
}

/** Nothing, one name, or a list of names and blanks; a list holding a list or a group of properties is not. */
const names =
	(separator: RegExp) =>
	(value: unknown): string[] | undefined => {
		if (value === null) return [];
		if (isScalar(value)) return splitNames(String(value), separator);
		if (!Array.isArray(value)) return undefined;
		const found: string[] = [];
		// Index by index: a hole in a list is an item that is no name, as a written `~` is not.
		for (let i = 0; i < value.length; i++) {
			const item: unknown = value[i];
			if (item === null) continue;
			if (!isScalar(item)) return undefined;
			found.push(...splitNames(String(item), separator));
		}
		return found;
	};

const readAliases = names(/,/);

const tagNames = names(/[,\s]+/);

function readTags(value: unknown): string[] | undefined {
	return tagNames(value)?.map((tag) => tag.replace(/^#/, ""));
}

/** A name in a `frameworks` list: text or a number with something to show, as it was written. */
export function frameworkName(item: unknown): string | null {
	if (typeof item !== "string" && typeof item !== "number") return null;
	const name = String(item).trim();
	// A zero-width space or "** **" is as blank as "": a toggle could show nothing of it.
	return visibleName(name) === "" ? null : name;
}

/**
 * The frameworks a note compares, in the order its views show them. Null means "infer them".
 * Blank, empty and nested entries are left out, not the whole list: the reader is told (parse-frontmatter).
 */
function readFrameworks(value: unknown): string[] | null | undefined {
	if (value === null) return null;
	if (typeof value !== "string" && !Array.isArray(value)) return undefined;
	const list = Array.isArray(value) ? (value as unknown[]).map(frameworkName) : splitNames(value, /,/);
	const cleaned = [...new Set(list.filter((name): name is string => name !== null))];
	return cleaned.length === 0 ? null : cleaned;
}

/** `framework-compare: false` turns the plugin's views off for one note. */
function readEnabled(value: unknown): boolean | undefined {
	if (value === null) return true;
	return typeof value === "boolean" ? value : undefined;
}

export const FRONTMATTER_KEYS = {
	aliases: readAliases,
	alias: readAliases,
	frameworks: readFrameworks,
	tags: readTags,
	tag: readTags,
	"framework-compare": readEnabled,
} as const;

export type FrontmatterKey = keyof typeof FRONTMATTER_KEYS;
