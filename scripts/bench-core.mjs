// `node scripts/bench-core.mjs [--rounds=N] [--only=PREFIX] [--json]`: every
// performance budget of the core (bench/budgets.ts) as JSON on stdout,
// { "results": [...] } with one object per budget: { name, value, baseline,
// baselineName, unit, ratio, budget, holds, description }. Each ratio is read
// against a baseline measured in the same run; `budget` is the highest ratio
// allowed. Exits 0 whether or not the budgets hold (figures on a shared
// machine are noisy); `holds` says which do. The output is always JSON
// (`--json` is accepted for callers that ask for it). Bundled with esbuild, so
// no TypeScript runner is needed.
import esbuild from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const rounds = Number(option("rounds", "9"));
const only = option("only", "");

// The heap budget needs full collections on demand.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

const dir = mkdtempSync(join(tmpdir(), "framework-compare-bench-"));
const outfile = join(dir, "budgets.mjs");
try {
	await esbuild.build({
		entryPoints: [join(root, "bench/budgets.ts")],
		bundle: true,
		format: "esm",
		platform: "node",
		target: "node20",
		outfile,
		logLevel: "warning",
	});
	const { runBudgets } = await import(pathToFileURL(outfile).href);
	const results = runBudgets(root, { rounds, gc, only });
	process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
