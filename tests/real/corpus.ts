// The real-document corpus (tests/fixtures/real): each document verbatim beside
// a human reading of it, and a score of the detector against those readings.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeName, type Note } from "../../src/core";

export const CORPUS_FOLDER = join(__dirname, "..", "fixtures", "real");

export interface Expected {
	source: { repo: string; path: string; commit: string; license: string };
	language: string;
	/** Each entry one thing compared; an array gives its accepted spellings. */
	frameworks: (string | string[])[];
	tables: { line: number; axis: "rows" | "columns" | "none" }[];
	charts?: { line: number; axis: "rows" | "columns" | "none" }[];
	notes?: string;
}

export interface CorpusDocument {
	name: string;
	file: string;
	expected: Expected;
}

export function corpusDocuments(folder = CORPUS_FOLDER): CorpusDocument[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith(".expected.json"))
		.sort()
		.map((entry) => {
			const name = entry.slice(0, -".expected.json".length);
			return { name, file: join(folder, `${name}.md`), expected: JSON.parse(readFileSync(join(folder, entry), "utf8")) as Expected };
		});
}

export interface DocumentScore {
	name: string;
	exact: boolean;
	found: string[];
	/** Expected names the detector missed, and names it found that nobody compares. */
	missed: string[];
	extra: string[];
	matched: number;
	axes: { line: number; kind: "table" | "chart"; expected: string; found: string }[];
}

export function scoreDocument(document: CorpusDocument, note: Note): DocumentScore {
	const expected = document.expected.frameworks.map((entry) => (Array.isArray(entry) ? entry : [entry]));
	const found = note.frameworks;
	const unused = new Set(found.map((_, i) => i));
	const missed: string[] = [];
	for (const spellings of expected) {
		const keys = new Set(spellings.map(normalizeName));
		const hit = [...unused].find((i) => keys.has(normalizeName(found[i] ?? "")));
		if (hit === undefined) missed.push(spellings[0] ?? "");
		else unused.delete(hit);
	}
	const extra = [...unused].map((i) => found[i] ?? "");
	const axes: DocumentScore["axes"] = [
		...document.expected.tables.map((table) => ({
			line: table.line,
			kind: "table" as const,
			expected: table.axis,
			found: note.tables.find((t) => t.line === table.line)?.frameworkAxis ?? "missing",
		})),
		...(document.expected.charts ?? []).map((chart) => {
			const model = note.charts.find((c) => c.line === chart.line);
			return { line: chart.line, kind: "chart" as const, expected: chart.axis, found: model ? (model.frameworks.length > 0 ? "rows" : "none") : "missing" };
		}),
	];
	// Tables the reader did not list are tables the detector invented.
	for (const table of note.tables) {
		if (!document.expected.tables.some((t) => t.line === table.line)) axes.push({ line: table.line, kind: "table", expected: "unlisted", found: table.frameworkAxis });
	}
	const exact = missed.length === 0 && extra.length === 0 && axes.every((axis) => axis.expected === axis.found);
	return { name: document.name, exact, found, missed, extra, matched: expected.length - missed.length, axes };
}

export interface CorpusScore {
	documents: number;
	exact: number;
	precision: number;
	recall: number;
	axisAccuracy: number;
	scores: DocumentScore[];
}

export function scoreCorpus(scores: DocumentScore[]): CorpusScore {
	const matched = scores.reduce((n, s) => n + s.matched, 0);
	const found = scores.reduce((n, s) => n + s.found.length, 0);
	const expected = scores.reduce((n, s) => n + s.matched + s.missed.length, 0);
	const axes = scores.flatMap((s) => s.axes);
	return {
		documents: scores.length,
		exact: scores.filter((s) => s.exact).length,
		precision: found === 0 ? 1 : matched / found,
		recall: expected === 0 ? 1 : matched / expected,
		axisAccuracy: axes.length === 0 ? 1 : axes.filter((a) => a.expected === a.found).length / axes.length,
		scores,
	};
}

export function formatCorpusScore(score: CorpusScore, verbose: boolean): string {
	const lines: string[] = [];
	for (const s of score.scores) {
		if (s.exact && !verbose) continue;
		lines.push(`${s.exact ? "ok  " : "MISS"} ${s.name}`);
		if (s.missed.length > 0) lines.push(`       missed: ${s.missed.join(", ")}`);
		if (s.extra.length > 0) lines.push(`       extra:  ${s.extra.join(", ")}`);
		for (const axis of s.axes) if (axis.expected !== axis.found) lines.push(`       ${axis.kind} at line ${axis.line}: expected ${axis.expected}, found ${axis.found}`);
	}
	const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
	lines.push(
		"",
		`documents exact:   ${score.exact}/${score.documents} (${percent(score.documents === 0 ? 1 : score.exact / score.documents)})`,
		`name precision:    ${score.precision.toFixed(3)}`,
		`name recall:       ${score.recall.toFixed(3)}`,
		`axis accuracy:     ${percent(score.axisAccuracy)}`,
	);
	return lines.join("\n");
}
