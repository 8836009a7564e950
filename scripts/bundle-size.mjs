// How big main.js is and what it is made of: builds it as `npm run build` does
// (minified) with esbuild's metafile, without writing it, and prints the total
// and the bytes of each dependency and each layer of src/ (minified, as they
// stand in main.js; the JSON gives bytes, the table bytes and KiB).
//
//   node scripts/bundle-size.mjs          a table
//   node scripts/bundle-size.mjs --json   the same as JSON
//   ... --files                           also every file's bytes, largest first
import esbuild from "esbuild";
import { pluginBuildOptions } from "./plugin-bundle.mjs";

const result = await esbuild.build({ ...pluginBuildOptions(true), write: false, metafile: true, logLevel: "silent" });
const [output] = Object.values(result.metafile.outputs);
const total = result.outputFiles[0].contents.length;

/** "zod" for node_modules/zod/v4/core/schemas.js, "src/core" for src/core/model/x.ts, "src/main.ts" for itself. */
function part(input) {
	const dependency = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
	if (dependency) return { kind: "dependencies", name: dependency[1] };
	const layer = /^src\/([^/]+)\//.exec(input);
	return { kind: "src", name: layer ? `src/${layer[1]}` : input };
}

const sizes = { dependencies: {}, src: {} };
for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
	const { kind, name } = part(input);
	sizes[kind][name] = (sizes[kind][name] ?? 0) + bytesInOutput;
}
const sorted = (record) => Object.fromEntries(Object.entries(record).sort(([, a], [, b]) => b - a));
// What the inputs' bytes do not add up to: esbuild's own glue (module wrappers, helpers).
const counted = Object.values(output.inputs).reduce((sum, { bytesInOutput }) => sum + bytesInOutput, 0);
const report = { file: "main.js", total, dependencies: sorted(sizes.dependencies), src: sorted(sizes.src), other: total - counted };
const withFiles = process.argv.includes("--files");
/** Each input as a path in the repository or a package ("markdown-it/dist/markdown-it.mjs"). */
const files = sorted(Object.fromEntries(Object.entries(output.inputs).map(([input, { bytesInOutput }]) => [input.replace(/^.*node_modules\//, ""), bytesInOutput])));
if (withFiles) report.files = files;

if (process.argv.includes("--json")) {
	console.log(JSON.stringify(report, null, 2));
} else {
	const kb = (bytes) => `${String(bytes).padStart(7)} B ${(bytes / 1024).toFixed(1).padStart(6)} KiB`;
	const lines = [`${kb(total)}  main.js (minified)`];
	for (const kind of ["src", "dependencies"]) {
		lines.push("", kind === "src" ? "own code" : "dependencies");
		for (const [name, bytes] of Object.entries(report[kind])) lines.push(`${kb(bytes)}  ${name}`);
	}
	lines.push("", `${kb(report.other)}  esbuild's module glue`);
	if (withFiles) lines.push("", "files", ...Object.entries(files).map(([name, bytes]) => `${kb(bytes)}  ${name}`));
	console.log(lines.join("\n"));
}
