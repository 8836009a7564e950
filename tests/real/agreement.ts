// How far two careful readings of the same real documents agree: the corpus's reading
// (tests/fixtures/real) and a second one made apart, without seeing the first or the
// detector (tests/fixtures/second-reading). Scored as the detector is (./corpus.ts): a
// document agrees when both list the same things and give every table and chart the same axis.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeName } from "../../src/core";
import { CORPUS_FOLDER, type DocumentScore, type Expected } from "./corpus";

export const SECOND_READING_FOLDER = join(__dirname, "..", "fixtures", "second-reading");

type Reading = Pick<Expected, "frameworks" | "tables" | "charts">;

export interface ReadingAgreement {
	name: string;
	agrees: boolean;
	/** Things only the corpus's reading lists, and things only the second lists. */
	onlyFirst: string[];
	onlySecond: string[];
	/** Tables and charts the two readings set on different axes ("unlisted" where one leaves it out). */
	axes: { line: number; kind: "table" | "chart"; first: string; second: string }[];
}

const spellings = (entry: string | string[]) => (Array.isArray(entry) ? entry : [entry]);

/** The two readings of one document compared: a thing of one matches a thing of the other that shares a spelling. */
export function compareReadings(name: string, first: Reading, second: Reading): ReadingAgreement {
	const secondKeys = second.frameworks.map((entry) => new Set(spellings(entry).map(normalizeName)));
	const unused = new Set(secondKeys.map((_, i) => i));
	const onlyFirst: string[] = [];
	for (const entry of first.frameworks) {
		const keys = spellings(entry).map(normalizeName);
		const hit = [...unused].find((i) => keys.some((key) => secondKeys[i]?.has(key)));
		if (hit === undefined) onlyFirst.push(spellings(entry)[0] ?? "");
		else unused.delete(hit);
	}
	const onlySecond = [...unused].map((i) => spellings(second.frameworks[i] ?? "")[0] ?? "");
	const axes: ReadingAgreement["axes"] = [];
	const compare = (kind: "table" | "chart", a: Reading["tables"], b: Reading["tables"]) => {
		for (const item of a) {
			const other = b.find((x) => x.line === item.line)?.axis ?? "unlisted";
			if (other !== item.axis) axes.push({ line: item.line, kind, first: item.axis, second: other });
		}
		for (const item of b) if (!a.some((x) => x.line === item.line)) axes.push({ line: item.line, kind, first: "unlisted", second: item.axis });
	};
	compare("table", first.tables, second.tables);
	compare("chart", first.charts ?? [], second.charts ?? []);
	return { name, agrees: onlyFirst.length === 0 && onlySecond.length === 0 && axes.length === 0, onlyFirst, onlySecond, axes };
}

/** Every document with a second reading, compared with the corpus's reading of it. */
export function readingAgreements(): ReadingAgreement[] {
	if (!existsSync(SECOND_READING_FOLDER)) return [];
	return readdirSync(SECOND_READING_FOLDER)
		.filter((entry) => entry.endsWith(".expected.json"))
		.sort()
		.map((entry) => {
			const name = entry.slice(0, -".expected.json".length);
			const read = (folder: string) => JSON.parse(readFileSync(join(folder, entry), "utf8")) as Reading;
			return compareReadings(name, read(CORPUS_FOLDER), read(SECOND_READING_FOLDER));
		});
}

/** The readers' agreement, and the detector's exact documents among those they agree and disagree on. */
export function formatAgreement(agreements: readonly ReadingAgreement[], detector: readonly DocumentScore[], verbose: boolean): string {
	const exact = new Map(detector.map((score) => [score.name, score.exact]));
	const agreed = agreements.filter((a) => a.agrees);
	const disputed = agreements.filter((a) => !a.agrees);
	const exactAmong = (list: readonly ReadingAgreement[]) => list.filter((a) => exact.get(a.name) === true).length;
	const percent = (n: number, of: number) => (of === 0 ? "-" : `${((100 * n) / of).toFixed(1)} %`);
	const lines: string[] = [];
	for (const a of verbose ? agreements : disputed) {
		lines.push(`${a.agrees ? "same" : "DIFF"} ${a.name}`);
		if (a.onlyFirst.length > 0) lines.push(`       only the corpus's reading: ${a.onlyFirst.join(", ")}`);
		if (a.onlySecond.length > 0) lines.push(`       only the second reading:   ${a.onlySecond.join(", ")}`);
		for (const axis of a.axes) lines.push(`       ${axis.kind} at line ${axis.line}: corpus ${axis.first}, second ${axis.second}`);
	}
	lines.push("");
	lines.push(`documents read twice:        ${agreements.length}`);
	lines.push(`readings agree:              ${agreed.length}/${agreements.length} (${percent(agreed.length, agreements.length)})`);
	lines.push(`detector exact, agreed ones: ${exactAmong(agreed)}/${agreed.length} (${percent(exactAmong(agreed), agreed.length)})`);
	lines.push(`detector exact, disputed:    ${exactAmong(disputed)}/${disputed.length} (${percent(exactAmong(disputed), disputed.length)})`);
	return lines.join("\n");
}
