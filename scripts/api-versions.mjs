// Which Obsidian APIs the plugin calls, and the newest of them by the
// `@since` tags of obsidian.d.ts: manifest.json's minAppVersion must be at
// least that. Uses TypeScript's checker, so `debounced.run()` is known to be
// Debouncer.run and not any other `run`.
//
//   node scripts/api-versions.mjs          prints every versioned API used, newest first
//   node scripts/api-versions.mjs --check  fails when minAppVersion is older than the newest
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
if (!config) throw new Error("tsconfig.json could not be read");
const program = ts.createProgram(config.fileNames, config.options);
const checker = program.getTypeChecker();

const isObsidian = (decl) => decl.getSourceFile().fileName.replace(/\\/g, "/").endsWith("/obsidian/obsidian.d.ts");

function sinceOf(symbol) {
	for (const tag of symbol.getJsDocTags(checker)) {
		if (tag.name !== "since") continue;
		const text = ts.displayPartsToString(tag.text).trim();
		if (/^\d+(\.\d+)*$/.test(text)) return text;
	}
	return null;
}

function nameOf(symbol, decl) {
	const parent = decl.parent && (ts.isClassDeclaration(decl.parent) || ts.isInterfaceDeclaration(decl.parent)) && decl.parent.name ? `${decl.parent.name.text}.` : "";
	return `${parent}${symbol.getName()}`;
}

const compare = (a, b) => {
	const pa = a.split(".").map(Number);
	const pb = b.split(".").map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
	return 0;
};

const used = new Map();
for (const file of program.getSourceFiles()) {
	const path = file.fileName.replace(/\\/g, "/");
	if (!path.startsWith(`${root.replace(/\\/g, "/")}/src/`) || path.includes("/src/cli/")) continue;
	const record = (name, since, node) => {
		const where = `${path.slice(root.length + 1)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
		const known = used.get(name);
		if (!known || compare(since, known.since) > 0) used.set(name, { since, where });
	};
	const visit = (node) => {
		// A call of an overloaded method (`metadataCache.on("changed", …)`): the overload it resolves to has its own @since.
		if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
			const declaration = checker.getResolvedSignature(node)?.declaration;
			if (declaration && isObsidian(declaration)) {
				const tag = ts.getJSDocTags(declaration).find((t) => t.tagName.text === "since");
				const text = typeof tag?.comment === "string" ? tag.comment.trim() : "";
				const owner = declaration.parent && (ts.isClassDeclaration(declaration.parent) || ts.isInterfaceDeclaration(declaration.parent)) && declaration.parent.name ? `${declaration.parent.name.text}.` : "";
				const name = declaration.name && ts.isIdentifier(declaration.name) ? declaration.name.text : "constructor";
				if (/^\d+(\.\d+)*$/.test(text)) record(`${owner}${name}`, text, node);
			}
		}
		if (ts.isIdentifier(node)) {
			let symbol = checker.getSymbolAtLocation(node);
			if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
			for (const decl of symbol?.getDeclarations() ?? []) {
				if (!isObsidian(decl)) continue;
				const since = sinceOf(symbol);
				if (since === null) continue;
				record(nameOf(symbol, decl), since, node);
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
}

const list = [...used.entries()].sort((a, b) => compare(b[1].since, a[1].since) || a[0].localeCompare(b[0]));
const newest = list[0]?.[1].since ?? "0.0.0";
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
if (process.argv.includes("--check")) {
	if (compare(manifest.minAppVersion, newest) < 0) {
		const [name, { where }] = list[0];
		console.error(`manifest.json says minAppVersion ${manifest.minAppVersion}, but ${name} (${where}) needs Obsidian ${newest}.`);
		process.exit(1);
	}
	console.log(`minAppVersion ${manifest.minAppVersion} covers every API the plugin calls (newest: ${newest}).`);
} else {
	for (const [name, { since, where }] of list) console.log(`${since.padEnd(8)} ${name.padEnd(40)} ${where}`);
	console.log(`\nnewest: ${newest}; manifest.json minAppVersion: ${manifest.minAppVersion}`);
}
