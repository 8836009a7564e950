// Turns what the caller knows about a note's frontmatter into values and
// user-facing problems with file line numbers.
import type { Problem } from "../result";
import { type FrontmatterBlock, lineOfKey } from "./frontmatter-block";
import { EMPTY_FRONTMATTER, type Frontmatter, parseFrontmatter } from "./parse-frontmatter";

/**
 * The plugin passes Obsidian's parsed object as `{ data }`; the command line
 * passes the yaml package's result, or `{ error }` when the YAML is broken
 * (line is 1-based in the file). Omitted: core only skips the block.
 */
export type FrontmatterInput = { data: unknown } | { error: { line: number; message: string } };

export function readFrontmatter(
	input: FrontmatterInput | undefined,
	block: FrontmatterBlock | null,
): { frontmatter: Frontmatter; problems: Problem[] } {
	const empty = { ...EMPTY_FRONTMATTER, properties: {} };
	if (input === undefined) return { frontmatter: empty, problems: [] };
	if ("error" in input) {
		const reason = input.error.message.trim().replace(/\.$/, "");
		const message = `The frontmatter is not valid YAML (${reason}), so this note's aliases and frameworks are ignored.`;
		return { frontmatter: empty, problems: [{ line: input.error.line, message }] };
	}
	const parsed = parseFrontmatter(input.data);
	if (parsed.ok) return { frontmatter: parsed.value, problems: [] };
	const problems = parsed.issues.map((issue) => ({
		line: block && issue.key !== null ? lineOfKey(block, issue.key) : (block?.startLine ?? 1),
		message: issue.message,
	}));
	return { frontmatter: parsed.partial, problems };
}
