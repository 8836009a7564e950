// The command line's stand-in for Obsidian's frontmatter parse: the yaml
// package, its errors turned into a line and a short reason.
import { parseDocument } from "yaml";
import { type FrontmatterInput, findFrontmatter } from "../core";

export function readYamlFrontmatter(text: string): FrontmatterInput | undefined {
	const block = findFrontmatter(text);
	if (!block) return undefined;
	try {
		const document = parseDocument(block.yaml);
		const [error] = document.errors;
		if (error) {
			const yamlLine = error.linePos?.[0].line ?? 1;
			const reason = (error.message.split("\n")[0] ?? "").replace(/\s*at line \d+, column \d+:?\s*$/, "");
			return { error: { line: block.startLine + yamlLine, message: reason } };
		}
		return { data: document.toJS() as unknown };
	} catch (error) {
		const reason = error instanceof Error ? error.message : "unreadable YAML";
		return { error: { line: block.startLine, message: reason } };
	}
}
