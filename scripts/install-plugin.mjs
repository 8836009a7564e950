// `npm run install-plugin -- VAULT`: copy the built plugin into a vault and
// enable it, as installing a community plugin by hand does.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const vaultArg = process.argv[2];
if (!vaultArg || vaultArg === "--help" || vaultArg === "-h") {
	console.log("Usage: npm run install-plugin -- VAULT\n  Copies main.js, manifest.json and styles.css into VAULT/.obsidian/plugins/framework-compare/ and enables the plugin.");
	process.exit(vaultArg ? 0 : 1);
}
const vault = resolve(vaultArg);
if (!existsSync(vault) || !statSync(vault).isDirectory()) {
	console.error(`install-plugin: no such folder: ${vault}`);
	process.exit(1);
}
const { id } = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
const files = ["main.js", "manifest.json", "styles.css"];
const missing = files.filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) {
	console.error(`install-plugin: ${missing.join(", ")} missing; run npm run build first.`);
	process.exit(1);
}
const target = join(vault, ".obsidian", "plugins", id);
mkdirSync(target, { recursive: true });
for (const file of files) copyFileSync(join(root, file), join(target, file));

// Obsidian enables the community plugins listed here when the vault opens.
const listFile = join(vault, ".obsidian", "community-plugins.json");
let enabled = [];
if (existsSync(listFile)) {
	try {
		enabled = JSON.parse(readFileSync(listFile, "utf8"));
	} catch {
		console.error(`install-plugin: ${listFile} is not valid JSON; fix or delete it, then run again.`);
		process.exit(1);
	}
}
if (!enabled.includes(id)) {
	enabled.push(id);
	writeFileSync(listFile, JSON.stringify(enabled, null, 2) + "\n");
}
console.log(`Installed ${id} into ${target} and enabled it. In Obsidian: Settings → Community plugins must allow community plugins (turn off Restricted mode).`);
