// Reads the keys this plugin knows from an already-parsed frontmatter object.
import type * as z from "zod/mini";
import { isRecord } from "../own-keys";
import { FRONTMATTER_KEYS, type FrontmatterKey, frameworkName } from "./frontmatter-schema";

export interface Frontmatter {
	/** `aliases` and `alias` together, in written order, without repeats. */
	aliases: string[];
	/** The frontmatter `frameworks` list, or null to infer them. */
	frameworks: string[] | null;
	tags: string[];
	/** False when the note says `framework-compare: false`. */
	enabled: boolean;
	/** Every key as given, known or not. */
	properties: Record<string, unknown>;
}

export interface FrontmatterIssue {
	/** The key at fault, or null when the whole block is. */
	key: string | null;
	message: string;
}

export type FrontmatterResult =
	| { ok: true; value: Frontmatter }
	/** `partial` holds what could be read, so one bad key does not lose the others. */
	| { ok: false; issues: FrontmatterIssue[]; partial: Frontmatter };

export const EMPTY_FRONTMATTER: Frontmatter = { aliases: [], frameworks: null, tags: [], enabled: true, properties: {} };

function describe(value: unknown): string {
	if (value === null || value === undefined) return "empty";
	if (Array.isArray(value)) {
		const odd: unknown = (value as unknown[]).find((item) => typeof item === "object" && item !== null);
		return odd === undefined ? "a list" : `a list holding ${describe(odd)}`;
	}
	if (isRecord(value)) return "a group of nested properties";
	if (typeof value === "boolean") return `the value ${String(value)}`;
	if (typeof value === "number") return `the number ${value}`;
	if (typeof value === "string") return `"${value}"`;
	return "a value of another kind";
}

const EXPECTED: Record<FrontmatterKey, string> = {
	aliases: "a name or a list of names, like `aliases: [JAX Comparison]`",
	alias: "a name or a list of names, like `alias: JAX Comparison`",
	frameworks: "a list of names, like `frameworks: [JAX, PyTorch, TensorFlow]`",
	tags: "a tag or a list of tags, like `tags: [ml, comparison]`",
	tag: "a tag or a list of tags, like `tag: ml`",
	"framework-compare": "true or false",
};

export function parseFrontmatter(data: unknown): FrontmatterResult {
	if (data === null || data === undefined) return { ok: true, value: { ...EMPTY_FRONTMATTER, properties: {} } };
	if (!isRecord(data)) {
		const issue = {
			key: null,
			message: `The frontmatter should be a set of properties (key: value lines), but it is ${describe(data)}.`,
		};
		return { ok: false, issues: [issue], partial: { ...EMPTY_FRONTMATTER, properties: {} } };
	}
	const issues: FrontmatterIssue[] = [];
	const read = <K extends FrontmatterKey>(key: K) => {
		if (!(key in data)) return undefined;
		const parsed = FRONTMATTER_KEYS[key].safeParse(data[key]);
		if (parsed.success) return parsed.data as z.output<(typeof FRONTMATTER_KEYS)[K]>;
		issues.push({ key, message: `"${key}" should be ${EXPECTED[key]}, but it is ${describe(data[key])}.` });
		return undefined;
	};
	const aliases = [...(read("aliases") ?? []), ...(read("alias") ?? [])];
	const skipped = Array.isArray(data.frameworks) ? (data.frameworks as unknown[]).filter((item) => frameworkName(item) === null).length : 0;
	if (skipped > 0) {
		const entries = skipped === 1 ? "1 entry that is" : `${skipped} entries that are`;
		issues.push({ key: "frameworks", message: `"frameworks" has ${entries} empty or not a name; the other names are used.` });
	}
	const value: Frontmatter = {
		aliases: [...new Set(aliases)],
		frameworks: read("frameworks") ?? null,
		tags: [...new Set([...(read("tags") ?? []), ...(read("tag") ?? [])])],
		enabled: read("framework-compare") ?? true,
		properties: { ...data },
	};
	return issues.length === 0 ? { ok: true, value } : { ok: false, issues, partial: value };
}
