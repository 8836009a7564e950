#!/usr/bin/env node
// The published command: a thin shim over the bundled CLI so `npx
// framework-compare` works from a checkout once `npm run build` has run.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const bundle = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.mjs");
if (!existsSync(bundle)) {
	process.stderr.write("framework-compare: dist/cli.mjs is missing; run `npm run build` first.\n");
	process.exit(1);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
