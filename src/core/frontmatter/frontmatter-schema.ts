// The frontmatter keys this plugin reads, one zod schema per key so a wrong
// value in one key does not cost the others. zod/mini keeps the plugin
// bundle small (the full zod adds about 75 KB for the same checks).
import * as z from "zod/mini";
import { visibleName } from "../model/evidence/names";

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** Obsidian's older notes write `aliases: a, b`; both that and a list mean the same. */
function splitNames(value: string, separator: RegExp): string[] {
	return value
		.split(separator)
		.map((name) => name.trim())
		.filter((name) => name !== "");
}

const names = (separator: RegExp) =>
	z.pipe(
		z.union([z.null(), scalar, z.array(z.union([scalar, z.null()]))]),
		z.transform((value): string[] => {
			if (value === null) return [];
			const items = Array.isArray(value) ? value : [value];
			return items.flatMap((item) => (item === null ? [] : splitNames(String(item), separator)));
		}),
	);

export const aliasesSchema = names(/,/);

export const tagsSchema = z.pipe(
	names(/[,\s]+/),
	z.transform((tags: string[]) => tags.map((tag) => tag.replace(/^#/, ""))),
);

/** A name in a `frameworks` list: text or a number with something to show, as it was written. */
export function frameworkName(item: unknown): string | null {
	if (typeof item !== "string" && typeof item !== "number") return null;
	const name = String(item).trim();
	// A zero-width space or "** **" is as blank as "": a toggle could show nothing of it.
	return visibleName(name) === "" ? null : name;
}

/**
 * The frameworks a note compares, in the order its views show them. An empty list means "infer them".
 * Blank, empty and nested entries are left out, not the whole list: the reader is told (parse-frontmatter).
 */
export const frameworksSchema = z.pipe(
	z.union([z.null(), z.string(), z.array(z.unknown())]),
	z.transform((value): string[] | null => {
		if (value === null) return null;
		const list = Array.isArray(value) ? value.map(frameworkName) : splitNames(value, /,/);
		const cleaned = [...new Set(list.filter((name): name is string => name !== null))];
		return cleaned.length === 0 ? null : cleaned;
	}),
);

/** `framework-compare: false` turns the plugin's views off for one note. */
export const enabledSchema = z.pipe(
	z.union([z.null(), z.boolean()]),
	z.transform((value: boolean | null) => value ?? true),
);

export const FRONTMATTER_KEYS = {
	aliases: aliasesSchema,
	alias: aliasesSchema,
	frameworks: frameworksSchema,
	tags: tagsSchema,
	tag: tagsSchema,
	"framework-compare": enabledSchema,
} as const;

export type FrontmatterKey = keyof typeof FRONTMATTER_KEYS;

