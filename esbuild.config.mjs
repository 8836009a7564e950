// Two bundles from one config: the plugin (main.js, loaded by Obsidian on
// desktop and mobile) and the command line (dist/cli.mjs, run by Node).
import esbuild from "esbuild";
import { pluginBuildOptions } from "./scripts/plugin-bundle.mjs";

const production = process.argv[2] === "production";

const plugin = pluginBuildOptions(production);

const cli = {
	entryPoints: ["src/cli/index.ts"],
	bundle: true,
	format: "esm",
	platform: "node",
	target: "node20",
	outfile: "dist/cli.mjs",
	// The yaml package's Node build calls require("process"); ESM has no require of its own.
	banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
	logLevel: "info",
	sourcemap: false,
	minify: false,
};

const { existsSync } = await import("node:fs");
const configs = [plugin];
if (existsSync(cli.entryPoints[0])) configs.push(cli);

if (production) {
	await Promise.all(configs.map((c) => esbuild.build(c)));
} else {
	const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
	await Promise.all(contexts.map((c) => c.watch()));
}
