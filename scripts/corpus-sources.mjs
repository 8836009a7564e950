// Writes tests/fixtures/real/SOURCES.md from the documents' expected files:
// where each document was copied from (repository, path, commit) and under
// which licence. `node scripts/corpus-sources.mjs --check` fails when it is stale.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const folder = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "tests", "fixtures", "real");

export function sourcesMarkdown(dir = folder) {
	const rows = readdirSync(dir)
		.filter((name) => name.endsWith(".expected.json"))
		.sort()
		.map((name) => {
			const { source, language } = JSON.parse(readFileSync(join(dir, name), "utf8"));
			const slug = name.slice(0, -".expected.json".length);
			const cell = (text) => String(text).replace(/\|/g, "\\|");
			return `| ${cell(slug)}.md | ${cell(source.repo)} | ${cell(source.path)} | ${source.commit} | ${cell(source.license)} | ${cell(language)} |`;
		});
	return [
		"# Sources of the real-document corpus",
		"",
		"Each document is copied verbatim from a public repository at the commit given, under that repository's licence,",
		"which permits copying; the copyright stays with its authors. Documents whose licence forbids copying were left out.",
		"This file is written by `node scripts/corpus-sources.mjs` from the `source` of each `<document>.expected.json`.",
		"",
		"| document | repository | path | commit | licence | language |",
		"| --- | --- | --- | --- | --- | --- |",
		...rows,
		"",
	].join("\n");
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
	const target = join(folder, "SOURCES.md");
	const text = sourcesMarkdown();
	if (process.argv.includes("--check")) {
		let current = "";
		try {
			current = readFileSync(target, "utf8");
		} catch {
			// Missing counts as stale.
		}
		if (current !== text) {
			console.error("tests/fixtures/real/SOURCES.md is out of date: run node scripts/corpus-sources.mjs");
			process.exitCode = 1;
		}
	} else writeFileSync(target, text);
}
