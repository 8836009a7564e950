// `npm run bench`: runs every benchmark of the performance budgets (issue 15)
// and prints them; with --write it also writes BENCHMARKS.md (figures, the
// machine, the method); --before DIR adds the seed note against an earlier
// build in DIR; --quick runs the browser part twice instead of seven times.
// Each part is a script that prints JSON: { results: [{ name, value, unit,
// baseline, baselineName, budget, holds }] }; this one only gathers them.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem, release } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "../tests/e2e/chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const write = argv.includes("--write");
const before = argv.includes("--before") ? argv[argv.indexOf("--before") + 1] : null;

/** [title, what it measures, command]: each prints its JSON on stdout. */
const PARTS = [
	["Bundle size", "`main.js` as esbuild minifies it, and what each dependency and layer brings.", ["scripts/bundle-size.mjs", "--json"]],
	["Core: note model and link index", "In Node (`scripts/bench-core.mjs`); each figure against a bare baseline in the same run.", ["scripts/bench-core.mjs", "--json"]],
	["Reading view in Chromium", "Debian's Chromium through the demo host with the built `main.js`; medians.", ["bench/reading-view.mjs", "--json", ...(quick ? ["--runs", "2"] : []), ...(before ? ["--before", before] : [])]],
];

function run(script, args) {
	const out = execFileSync(process.execPath, [join(root, script), ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] });
	// The report is the last JSON object printed: tools before it may log.
	const report = JSON.parse(out.slice(out.startsWith("{") ? 0 : out.lastIndexOf("\n{") + 1));
	return report.results ? report : sizeReport(report);
}

/** scripts/bundle-size.mjs prints bytes per part; as a budget: KB = 1,000 bytes. */
function sizeReport(size) {
	const kb = (bytes) => bytes / 1000;
	const parts = [...Object.entries(size.dependencies), ...Object.entries(size.src)].sort((a, b) => b[1] - a[1]);
	return {
		results: [{ name: "main.js, minified", value: kb(size.total), unit: "KB", baseline: null, baselineName: null, budget: "≤ 150 KB (aim 130)", holds: size.total <= 150_000 }],
		notes: [`Made of: ${parts.map(([name, bytes]) => `${name} ${kb(bytes).toFixed(1)} KB`).join(", ")}, esbuild's glue ${kb(size.other).toFixed(1)} KB.`],
	};
}

const fmt = (value, unit) => {
	if (value === null || value === undefined) return "";
	if (unit === "KB") return `${value.toFixed(1)} KB`;
	if (unit === "×") return `${value.toFixed(2)}×`;
	return value >= 100 ? `${value.toFixed(0)} ${unit ?? "ms"}` : value >= 1 ? `${value.toFixed(1)} ${unit ?? "ms"}` : `${value.toPrecision(2)} ${unit ?? "ms"}`;
};

function chromiumVersion() {
	try {
		return execFileSync(findChromium(), ["--version"], { encoding: "utf8" }).trim();
	} catch {
		return "not found";
	}
}

const sections = [];
let allHold = true;
for (const [title, method, [script, ...args]] of PARTS) {
	if (!existsSync(join(root, script))) continue;
	console.error(`running ${script}…`);
	const report = run(script, args);
	const rows = report.results.map((r) => {
		allHold &&= r.holds !== false;
		const ratio = r.baseline ? `${(r.value / r.baseline).toFixed(2)}×` : "";
		return `| ${r.name} | ${fmt(r.value, r.unit)} | ${r.baselineName ? `${fmt(r.baseline, r.unit)} (${r.baselineName})` : ""} | ${ratio} | ${r.budget} | ${r.holds === false ? "**over**" : "holds"} |`;
	});
	const notes = (report.notes ?? []).map((note) => `- ${note}`);
	sections.push([`## ${title}`, "", method, "", "| figure | value | baseline | ratio | budget | |", "|---|--:|--:|--:|---|---|", ...rows, ...(notes.length ? ["", ...notes] : []), ""].join("\n"));
}

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const cpu = cpus();
const text = [
	"# Benchmarks",
	"",
	`Written by \`npm run bench -- --write\` (scripts/benchmarks.mjs) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.`,
	"Every budget is a ratio against a baseline measured in the same run, or a size: the machines are noisy, and a figure",
	"on its own says little. Nothing here is asserted by the tests.",
	"",
	`**Machine:** ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Linux ${release()}, Node ${process.version}, ${chromiumVersion()}; ${pkg.name} ${pkg.version}.`,
	"",
	`**All budgets hold:** ${allHold ? "yes" : "no"}.`,
	"",
	...sections,
	"## Method",
	"",
	"- **Bundle size** is the production build of `main.js` (esbuild, minified), split by the metafile's inputs.",
	"- **Core figures** come from `scripts/bench-core.mjs` (`bench/budgets.ts`): each side first warms up alike (at least a second and three calls, so V8 has compiled it), then baseline and subject run in alternation for 9 rounds of at least 200 ms (one call for notes over 100 kB); each side's fastest round (a shared machine only ever slows a round down), divided by its baseline's. `npm run bench:core` runs the note-model cases under `vitest bench` for a look by hand; its figures are not these.",
	"- **Reading view**: the demo host serves a note with one 10,000-row table (`| Framework | Language | Stars | License |`).",
	"  Opening is the time from navigation to the note's first screen drawn (the host ready, its views settled, two animation",
	"  frames), with the plugin and without it. An interaction is the time from a click to the second animation frame after it",
	"  (the frame that shows the change), against the same for a button that does nothing. `onload` is the plugin's load",
	"  promise in a vault of 10,000 notes with aliases, as Obsidian's start-up timing counts it.",
	"",
].join("\n");
console.log(sections.join("\n"));
if (write) writeFileSync(join(root, "BENCHMARKS.md"), text);
console.log(`${write ? "wrote BENCHMARKS.md; " : ""}all budgets hold: ${allHold ? "yes" : "no"}`);
