// Benchmark tool output pasted into a fence: one line per candidate measured,
// the candidate's name and then its figure, lines alike in shape.
//   JSON.stringify      x   53,899 ops/sec ±0.76% (92 runs sampled)   (benchmark.js)
//   mistune: 15.494156199973077    # v3.0.2                            (a script's print)
//   micro-template      20.72 µs/iter  19.75 µs                        (mitata)
// The names are what the document measures, so detection hears them; the
// fence stays code, never a chart and never a problem. Read line by line,
// token by token: linear, no pattern that can backtrack.
import { splitLines } from "../frontmatter/frontmatter-block";

export interface ToolOutput {
	/** The opening fence's line. */
	line: number;
	/** Each candidate once, in the order first measured. */
	labels: string[];
	/** The first figure measured for each label. */
	values: number[];
	/** The figures' unit as printed ("ops/sec", "µs/iter"), or "" for bare numbers. */
	unit: string;
}

interface Token {
	text: string;
	/** Whitespace before it. */
	gap: number;
}

interface Measurement {
	label: string;
	value: number;
	unit: string;
	/** How the name is set apart from the figure: " x ", ":" or a wide gap. */
	separator: "x" | ":" | "gap";
	indent: number;
}

const NUMBER = /^[~≈]?\d[\d,]*(?:\.\d+)?$/;
/** A figure with its unit written on: "20.72µs", "12ms". */
const NUMBER_WITH_UNIT = /^[~≈]?(\d[\d,]*(?:\.\d+)?)([^\d\s,.][^\s]*)$/;
/**
 * Units of measure as tools print them: SI-prefixed seconds, bytes and hertz,
 * rates per unit of time (ops/sec, req/s, it/s), percentages, multiples. A
 * symbol set, not words: "root" after a number in `ls -l` is no unit.
 */
const UNIT = /^(?:[pnuµm]?s|sec|secs|seconds?|min|h|[kKMGT]?i?[bB]|[kKMG]?Hz|%|x|ops?|req|reqs|rps|qps|it|iter|runs?)(?:\/(?:[pnuµm]?s|sec|op|iter|it|run|call))?$/;
const MAX_LABEL = 60;
/**
 * A line drawn as a branch of a tree (`├ chunks/main.js  31.5 kB`, `└── src  4.0K`,
 * `` `-- lib ``) or marked as a summary (`+ First Load JS shared by all`) is an
 * entry of a listing: files, routes or packages with their sizes, printed by a
 * build, `tree` or `du`. Its figure is a size, not a result measured on a candidate.
 */
const LISTING_ENTRY = /^[\u2500-\u257F+`]/u;
/** The branch a tree draws before an entry: `├─ `, `╰─ `, `│ └── `, `` `-- ``. */
const BRANCH = /^[\u2500-\u257F`\-\s]+/u;
/**
 * A duration or a rate, which a listing never prints for its entries: a tree of results
 * (`├─ radsort  41.21 µs │ 80.11 µs`, Rust's divan) draws its candidates as branches, and
 * their figures are measured on them. Sizes, counts and shares (`31.5 kB`, `84 %`) stay a
 * listing's; so do bytes (`kB`), but not bytes per second (`MB/s`, a rate: the `/` alternative).
 */
const MEASURED = /^(?:[pnuµm]?s|sec|secs|seconds?|min|h|[kKMG]?Hz|x|ops?|req|reqs|rps|qps|it|iter|runs?)(?:\/(?:[pnuµm]?s|sec|op|iter|it|run|call))?$|\//;

/** A label drawn as a branch of a tree: its entry, when its figure was measured on it; else null. */
function branchEntry(label: string, unit: string): string | null {
	if (!LISTING_ENTRY.test(label)) return label;
	if (label.startsWith("+") || !MEASURED.test(unit)) return null;
	const entry = label.replace(BRANCH, "");
	return /\p{L}/u.test(entry) ? entry : null;
}
/**
 * Fences that hold what a program printed. Code and configuration (`yaml`,
 * `js`, `ini`) are left out: "timeout: 30" there is a setting, not a result.
 */
const OUTPUT_FENCES = new Set(["", "text", "txt", "plain", "plaintext", "console", "shell", "sh", "bash", "zsh", "terminal", "output", "log", "none"]);

export function isOutputFence(language: string): boolean {
	return OUTPUT_FENCES.has(language);
}

function tokens(line: string): Token[] {
	const out: Token[] = [];
	let gap = 0;
	let start = -1;
	for (let i = 0; i <= line.length; i++) {
		const ch = i < line.length ? line.charAt(i) : " ";
		const space = ch === " " || ch === "\t";
		if (space) {
			if (start >= 0) {
				out.push({ text: line.slice(start, i), gap });
				start = -1;
				gap = 0;
			}
			gap += ch === "\t" ? 4 : 1;
		} else if (start < 0) start = i;
	}
	return out;
}

function figure(token: string, next: string | undefined): { value: number; unit: string } | null {
	if (NUMBER.test(token)) {
		const value = Number(token.replace(/^[~≈]/, "").replace(/,/g, ""));
		const unit = next !== undefined && UNIT.test(next) ? next : "";
		return Number.isFinite(value) ? { value, unit } : null;
	}
	const joined = NUMBER_WITH_UNIT.exec(token);
	if (!joined || !UNIT.test(joined[2] as string)) return null;
	const value = Number((joined[1] as string).replace(/,/g, ""));
	return Number.isFinite(value) ? { value, unit: joined[2] as string } : null;
}

/**
 * A label saying in brackets which statistic it prints, by the signs of a spread or a range
 * (hyperfine's `Time (mean ± σ):`, `Range (min … max):`): a quantity of the run, not a candidate.
 * Its fence may hold one run alone, so the record is not seen repeating.
 */
const STATISTIC = /\([^()]*[±…][^()]*\)/u;

/** One line read as "name, then its figure", or null. */
export function readMeasurement(line: string): Measurement | null {
	const indent = line.length - line.trimStart().length;
	const parts = tokens(line);
	for (let i = 1; i < parts.length; i++) {
		const part = parts[i] as Token;
		const found = figure(part.text, parts[i + 1]?.text);
		if (found === null) continue;
		let labelParts = parts.slice(0, i);
		let separator: Measurement["separator"] | null = null;
		const before = labelParts[labelParts.length - 1] as Token;
		if (before.text === "x" && labelParts.length > 1) {
			separator = "x";
			labelParts = labelParts.slice(0, -1);
		} else if (before.text.endsWith(":")) separator = ":";
		else if (part.gap >= 2) separator = "gap";
		// A figure inside a sentence ("run with Python 3.11") names nothing.
		if (separator === null) return null;
		// Bare numbers only where the tool sets them apart by name: "mistune: 15.49", "klona x 281,215".
		if (separator === "gap" && found.unit === "") return null;
		const drawn = labelParts
			.map((token, k) => (k === 0 ? token.text : `${" ".repeat(Math.min(token.gap, 1))}${token.text}`))
			.join("")
			.replace(/:$/, "")
			.trim();
		const label = branchEntry(drawn, found.unit);
		if (label === null || label === "" || label.length > MAX_LABEL || !/\p{L}/u.test(label) || /^[#$>([|-]/.test(label) || STATISTIC.test(label)) return null;
		return { label, value: found.value, unit: found.unit, separator, indent };
	}
	return null;
}

/** Figures of one quantity: the largest at most this many times the smallest. */
const SPREAD = 10_000;

function oneQuantity(run: readonly Measurement[]): boolean {
	let smallest = Infinity;
	let largest = 0;
	for (const m of run) {
		const size = Math.abs(m.value);
		if (size === 0) continue;
		smallest = Math.min(smallest, size);
		largest = Math.max(largest, size);
	}
	return largest === 0 || largest <= SPREAD * smallest;
}

/**
 * The candidates measured in a fence's text: runs of at least two lines of one
 * shape (separator, unit, indentation), with blank lines and more deeply
 * indented detail lines allowed between. A lone "Test iterations: 1000" is no
 * run. Null when the fence holds none.
 */
export function readToolOutput(text: string, fenceLine: number): ToolOutput | null {
	const runs: Measurement[][] = [];
	let run: Measurement[] = [];
	const close = () => {
		// Bare figures after a colon must look measured ("15.494"), not counted or set ("retries: 3").
		const measured = run.some((m) => m.unit !== "" || m.separator === "x" || !Number.isInteger(m.value));
		// One quantity measured on each candidate: every label once, the figures within a few
		// orders of magnitude ("elapsed_seconds: 0.008" over "lines_per_second: 820250" is a record).
		if (run.length >= 2 && measured && new Set(run.map((m) => m.label)).size === run.length && oneQuantity(run)) runs.push(run);
		run = [];
	};
	// Each line is read once, for runs and for blocks alike.
	const lines = splitLines(text)
		.filter((line) => line.trim() !== "")
		.map((line) => ({ line, measured: readMeasurement(line) }));
	for (const { line, measured } of lines) {
		const first = run[0];
		if (measured !== null) {
			const same = first !== undefined && first.separator === measured.separator && first.unit === measured.unit && first.indent === measured.indent;
			if (!same) close();
			run.push(measured);
			continue;
		}
		// Details under a result ("    ✘ Buffer", mitata's spread lines) do not end the run.
		if (first !== undefined && line.length - line.trimStart().length > first.indent) continue;
		close();
	}
	close();
	// The same labels in the same order, run after run, are a record printed per candidate
	// (hyperfine's "Time (mean ± σ):" and "Range (min … max):"), not candidates.
	const runOf = (found: Measurement[]) => labelSequence(found.map((m) => m.label));
	const sequences = countsOf(runs, runOf);
	const kept = runs.filter((found) => sequences.get(runOf(found)) === 1).map(quotedNames);
	const measured = [...kept.flat(), ...blockResults(lines)];
	const candidate = benchmarkCandidate(measured.map((m) => m.label));
	const labels: string[] = [];
	const values: number[] = [];
	const seen = new Set<string>();
	for (const m of measured) {
		const label = candidate(m.label);
		if (seen.has(label)) continue;
		seen.add(label);
		labels.push(label);
		values.push(m.value);
	}
	return labels.length >= 2 ? { line: fenceLine, labels, values, unit: measured[0]?.unit ?? "" } : null;
}

/** Labels in their order, as one key: runs and blocks are told alike by it. */
function labelSequence(labels: readonly string[]): string {
	return labels.join("\u0000");
}

/** How many of `items` share each key. */
function countsOf<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
}

/** A label's one quoted span (`~> "ava" took`): the text outside it, and the quoted text. */
const ONE_QUOTED = /^([^"']*)(["'])([^"'\n]{1,60})\2([^"']*)$/;

/**
 * A runner that prints each candidate's name quoted inside the same words (`~> "ava" took 594ms`,
 * `~> "jest" took 962ms`) names the candidate by the quoted part: what is the same on every line
 * is the tool's wording. Only when every line of the run has one quoted span and the same words around it.
 */
function quotedNames(run: Measurement[]): Measurement[] {
	const parts = run.map((m) => ONE_QUOTED.exec(m.label));
	const first = parts[0];
	if (first == null || !parts.every((found) => found !== null && found[1] === first[1] && found[4] === first[4])) return run;
	return run.map((m, i) => ({ ...m, label: (parts[i] as RegExpExecArray)[3] as string }));
}

/** Per a unit of time, in a figure's unit or a statistic's name: `ops/sec`, `MB/s`, `Requests/sec`. */
const RATE = /\/(?:[pnuµm]?s|secs?|seconds?|min|h|hr)$/iu;

/** A candidate's block: its heading line, the labels of the statistics under it, and whether one is a rate. */
interface ResultBlock {
	heading: Measurement;
	statistics: string[];
	rated: boolean;
}

/** At most this many words in a line that heads a block of results: a name, not a sentence. */
const HEADING_WORDS = 4;

/**
 * Results printed as a block per candidate, as load testers (wrk, autocannon) print them: a
 * line holding only the candidate's name, then its statistics indented under it, the same
 * statistics in every block.
 *   Polka
 *       Latency     1.98ms  119.26us   4.45ms   92.87%
 *     Requests/sec:  50475.67
 * Two blocks or more, each with the same measured lines in the same order and a rate among them,
 * make the headings the candidates, each with its block's first figure. A heading with a colon inside
 * (`Benchmark 1: scc valkey`, hyperfine's) names a command run, not a candidate.
 */
function blockResults(lines: readonly { line: string; measured: Measurement | null }[]): Measurement[] {
	const blocks: ResultBlock[] = [];
	let open: ResultBlock | null = null;
	for (const { line, measured } of lines) {
		const content = line.trim();
		const indent = line.length - line.trimStart().length;
		if (open !== null && indent > open.heading.indent) {
			if (measured !== null) {
				if (open.statistics.length === 0) {
					open.heading.value = measured.value;
					open.heading.unit = measured.unit;
				}
				open.statistics.push(measured.label);
				// A load tester reports a rate (`Requests/sec:`, `289,159 ops/sec`); a status dump (`docker
				// stats`, a CI summary, a config's environments) has sizes, shares and durations under its names.
				if (RATE.test(measured.unit) || RATE.test(measured.label)) open.rated = true;
			}
			continue;
		}
		open = null;
		const name = content.replace(/:$/, "");
		const words = tokens(name);
		if (measured !== null || name.length > MAX_LABEL || !/\p{L}/u.test(name) || /^[#$>([|~*=+-]/.test(name) || name.includes(":") || words.length > HEADING_WORDS) continue;
		open = { heading: { label: name, value: 0, unit: "", separator: "gap", indent }, statistics: [], rated: false };
		blocks.push(open);
	}
	const rated = blocks.filter((block) => block.rated);
	const signature = (block: ResultBlock) => labelSequence(block.statistics);
	const counts = countsOf(rated, signature);
	const found = rated.filter((block) => (counts.get(signature(block)) ?? 0) >= 2);
	return new Set(found.map((block) => block.heading.label)).size === found.length ? found.map((block) => block.heading) : [];
}

/**
 * A benchmark names its cases after the candidate and a way of running it:
 * "micro-template pre compiled" and "micro-template (not cached)" beside
 * "micro-template"; "ejs.compile" beside "ejs.render". Each case counts for its
 * candidate. "Visual Studio Code" beside "Visual Studio" stays apart: a mode is
 * written in lower case or in brackets. Read for a framed bar plot's bars too
 * (./name-forms), which a benchmark tool labels the same way.
 */
export function benchmarkCandidate(all: readonly string[]): (label: string) => string {
	const plain = benchmarkCandidateOf(all.map(quotedCallee));
	return (label) => plain(quotedCallee(label));
}

/**
 * `'npm-packlist'(preparedArbTree)`, `'view-ignored'.scan(Git)`: a benchmark written as code names
 * its case by the package it calls, quoted as a string is; what follows is the call.
 */
const QUOTED_CALLEE = /^(['"`])([^'"`\s][^'"`]{0,99})\1(?=[.(]|$)/;

function quotedCallee(label: string): string {
	const quoted = QUOTED_CALLEE.exec(label);
	return quoted === null ? label : (quoted[2] as string);
}

function benchmarkCandidateOf(all: readonly string[]): (label: string) => string {
	const names = new Set(all);
	const members = new Map<string, number>();
	for (const label of names) {
		const dot = label.indexOf(".");
		if (dot > 0 && !label.slice(0, dot).includes(" ")) members.set(label.slice(0, dot), (members.get(label.slice(0, dot)) ?? 0) + 1);
	}
	return (label) => {
		for (let space = label.indexOf(" "); space > 0; space = label.indexOf(" ", space + 1)) {
			const head = label.slice(0, space);
			const rest = label.charAt(space + 1);
			if (names.has(head) && (rest === "(" || (rest.toLowerCase() === rest && rest.toUpperCase() !== rest))) return head;
		}
		const dot = label.indexOf(".");
		const owner = dot > 0 ? label.slice(0, dot) : "";
		return owner !== "" && (members.get(owner) ?? 0) >= 2 ? owner : label;
	};
}
