// `npm run eval [-- --verbose] [-- --folder=DIR]`: bundles the corpus scorer
// with esbuild (no TypeScript runner needed) and prints exact-document rate,
// name precision and recall, and axis accuracy. `npm run agreement` (`--agreement`)
// bundles the comparison of the corpus's readings with their second readings instead.
import esbuild from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = mkdtempSync(join(tmpdir(), "framework-compare-eval-"));
const outfile = join(dir, "eval.mjs");
try {
	await esbuild.build({
		entryPoints: [process.argv.includes("--agreement") ? "tests/real/agreement-main.ts" : "tests/real/eval-main.ts"],
		bundle: true,
		format: "esm",
		platform: "node",
		target: "node20",
		outfile,
		define: { __dirname: JSON.stringify(join(process.cwd(), "tests", "real")) },
		banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
		logLevel: "warning",
	});
	await import(pathToFileURL(outfile).href);
} finally {
	// The import has finished reading the bundle; the run itself is asynchronous but needs nothing on disk.
	setTimeout(() => rmSync(dir, { recursive: true, force: true }), 0).unref();
}
