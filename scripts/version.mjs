// One version for the plugin, in step everywhere it is written: package.json
// (and its lock), manifest.json, versions.json (version → minAppVersion, as
// Obsidian reads it) and the command line's --version.
//
//   node scripts/version.mjs 0.2.0   sets the version
//   npm version minor                does the same, through the "version" script
//   node scripts/version.mjs --check fails when any of them disagree
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const path = (name) => join(root, name);
const readJson = (name) => JSON.parse(readFileSync(path(name), "utf8"));
const writeJson = (name, value, indent) => writeFileSync(path(name), `${JSON.stringify(value, null, indent)}\n`);
const CLI_VERSION = "src/cli/version.ts";
const cliSource = (version) => `// Written by scripts/version.mjs: the version the command line reports.\nexport const VERSION = "${version}";\n`;

const arg = process.argv[2];
if (arg === "--check") {
	const pkg = readJson("package.json");
	const manifest = readJson("manifest.json");
	const versions = readJson("versions.json");
	const lock = readJson("package-lock.json");
	const problems = [];
	if (manifest.version !== pkg.version) problems.push(`manifest.json has ${manifest.version}, package.json ${pkg.version}`);
	if (lock.version !== pkg.version) problems.push(`package-lock.json has ${lock.version}, package.json ${pkg.version}`);
	if (versions[pkg.version] !== manifest.minAppVersion) problems.push(`versions.json maps ${pkg.version} to ${versions[pkg.version]}, manifest.json needs ${manifest.minAppVersion}`);
	if (readFileSync(path(CLI_VERSION), "utf8") !== cliSource(pkg.version)) problems.push(`${CLI_VERSION} does not say ${pkg.version}`);
	if (problems.length > 0) {
		console.error(`Versions out of step: ${problems.join("; ")}. Run node scripts/version.mjs ${pkg.version}.`);
		process.exit(1);
	}
	console.log(`Version ${pkg.version} everywhere, for Obsidian ${manifest.minAppVersion} and later.`);
	process.exit(0);
}

const version = arg ?? process.env.npm_package_version;
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
	console.error("usage: node scripts/version.mjs X.Y.Z (Obsidian plugin versions are plain x.y.z)");
	process.exit(1);
}
const pkg = readJson("package.json");
pkg.version = version;
writeJson("package.json", pkg, 2);
const lock = readJson("package-lock.json");
lock.version = version;
if (lock.packages?.[""]) lock.packages[""].version = version;
writeJson("package-lock.json", lock, 2);
const manifest = readJson("manifest.json");
manifest.version = version;
writeJson("manifest.json", manifest, 2);
const versions = readJson("versions.json");
versions[version] = manifest.minAppVersion;
writeFileSync(path("versions.json"), `${JSON.stringify(versions)}\n`);
writeFileSync(path(CLI_VERSION), cliSource(version));
console.log(`Version ${version}, for Obsidian ${manifest.minAppVersion} and later.`);
