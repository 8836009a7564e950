// `npm run install-plugin -- VAULT [--create]`: copy the built plugin into a
// vault and enable it, as installing a community plugin by hand does. Every
// check runs before the first write, so a refusal leaves the vault as it was.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const USAGE = `Usage: npm run install-plugin -- VAULT [--create]
  Copies main.js, manifest.json and styles.css into VAULT/.obsidian/plugins/framework-compare/
  and enables the plugin. VAULT must be an Obsidian vault (a folder holding .obsidian/);
  --create makes VAULT/.obsidian/ in a folder that is not one yet.`;

function fail(message) {
	console.error(`install-plugin: ${message}`);
	process.exit(1);
}

const isFolder = (path) => existsSync(path) && statSync(path).isDirectory();

let args;
try {
	args = parseArgs({ allowPositionals: true, options: { create: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
} catch (error) {
	fail(`${error instanceof Error ? error.message : error}; see --help`);
}
if (args.values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (args.positionals.length !== 1) {
	console.error(USAGE);
	process.exit(1);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const vault = resolve(args.positionals[0]);
if (!isFolder(vault)) fail(`no such folder: ${vault}`);

// Obsidian marks a vault with .obsidian/; making one silently would turn any folder into a vault.
const config = join(vault, ".obsidian");
if (!existsSync(config)) {
	if (!args.values.create) fail(`${vault} is not an Obsidian vault (it has no .obsidian/ folder). Open it as a vault in Obsidian first, or run again with --create to make it one. Nothing was installed.`);
} else if (!isFolder(config)) {
	fail(`${config} is not a folder, so ${vault} is not a usable vault. Nothing was installed.`);
}

const files = ["main.js", "manifest.json", "styles.css"];
const missing = files.filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) fail(`${missing.join(", ")} missing; run npm run build first.`);
const { id } = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));

// Obsidian enables the community plugins listed here when the vault opens.
const listFile = join(config, "community-plugins.json");
let enabled = [];
if (existsSync(listFile)) {
	let parsed;
	try {
		parsed = JSON.parse(readFileSync(listFile, "utf8"));
	} catch {
		fail(`${listFile} is not valid JSON; fix or delete it, then run again. Nothing was installed.`);
	}
	if (!Array.isArray(parsed) || !parsed.every((entry) => typeof entry === "string")) {
		fail(`${listFile} should be a list of plugin ids, like ["dataview"]; fix or delete it, then run again. Nothing was installed.`);
	}
	enabled = parsed;
}

const target = join(config, "plugins", id);
for (const folder of [join(config, "plugins"), target]) {
	if (existsSync(folder) && !isFolder(folder)) fail(`${folder} is a file where a folder should be. Nothing was installed.`);
}

try {
	mkdirSync(target, { recursive: true });
	for (const file of files) copyFileSync(join(root, file), join(target, file));
	if (!enabled.includes(id)) writeFileSync(listFile, JSON.stringify([...enabled, id], null, 2) + "\n");
} catch (error) {
	fail(`could not write into ${vault}: ${error instanceof Error ? error.message : error}`);
}
console.log(`Installed ${id} into ${target} and enabled it. In Obsidian: Settings → Community plugins must allow community plugins (turn off Restricted mode).`);
