// The command line's stand-in for Obsidian's frontmatter parse: the yaml
// package, its errors turned into a line and a short reason.
import { parseDocument } from "yaml";
import { type FrontmatterInput, findFrontmatter } from "../core";

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
	return line;
}

export function readYamlFrontmatter(text: string): FrontmatterInput | undefined {
	const block = findFrontmatter(text);
	if (!block) return undefined;
	try {
		// Pretty errors place every error by scanning from the start: quadratic on YAML
		// broken a thousand times over. Only the first error is shown, so only it is placed.
		const document = parseDocument(block.yaml, { prettyErrors: false, logLevel: "error" });
		const [error] = document.errors;
		if (error) {
			const yamlLine = lineAt(block.yaml, error.pos[0]);
			return { error: { line: block.startLine + yamlLine, message: error.message } };
		}
		return { data: document.toJS() as unknown };
	} catch (error) {
		const reason = error instanceof Error ? error.message : "unreadable YAML";
		return { error: { line: block.startLine, message: reason } };
	}
}
