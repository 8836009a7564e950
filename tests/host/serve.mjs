// `npm run demo -- [--vault DIR] [--port N]`: build the plugin, then serve a
// vault through the host until a signal stops it.
//
// package.json runs this with `exec`, so it is npm's own child: npm passes a
// SIGTERM or SIGINT it receives on to its child only, and a shell in between
// would take the signal and leave this server running.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startHost } from "./server.mjs";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

let values;
try {
	({ values } = parseArgs({
		options: {
			vault: { type: "string" },
			port: { type: "string", default: "8787" },
			help: { type: "boolean", short: "h" },
		},
	}));
} catch (error) {
	console.error(`demo: ${error instanceof Error ? error.message : error}; see --help`);
	process.exit(1);
}
if (values.help) {
	console.log("Usage: npm run demo -- [--vault DIR] [--port N]\n  Builds the plugin and serves DIR (default: example-vault/) with it at http://127.0.0.1:N/ (default 8787).");
	process.exit(0);
}
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) {
	console.error(`demo: --port must be a port number, not "${values.port}"`);
	process.exit(1);
}

/** The one line a failure to start is reported as: what went wrong and what to do, never a stack. */
function describeStartError(error) {
	const code = error?.code;
	if (code === "EADDRINUSE") return `port ${port} is already in use (another demo still running?); stop it, or pick another port with --port N`;
	if (code === "EACCES") return `port ${port} needs more privileges than this user has; pick a port above 1023 with --port N`;
	return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

/** `node esbuild.config.mjs production`, the build `npm run build` ends with; resolves to whether it succeeded. */
function buildPlugin() {
	return new Promise((done) => {
		const build = spawn(process.execPath, ["esbuild.config.mjs", "production"], { cwd: repoRoot, stdio: "inherit" });
		build.once("error", () => done(false));
		build.once("exit", (code) => done(code === 0));
	});
}

// Handled from the start, so a signal that comes while the vault is copied or
// the plugin built still ends with the copy removed from the temp folder.
let host = null;
let stopping = false;
const stop = async () => {
	if (stopping) return;
	stopping = true;
	// Still starting: the steps below see `stopping` and close the host themselves.
	if (!host) return;
	await host.close();
	process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

const quit = async (message) => {
	if (message && !stopping) console.error(`demo: ${message}`);
	await host?.close();
	process.exit(message && !stopping ? 1 : 0);
};

// The port is taken before the build, so a port in use is reported at once.
try {
	host = await startHost({ vault: values.vault, port });
} catch (error) {
	await quit(describeStartError(error));
}
if (stopping) await quit(null);
if (!(await buildPlugin())) await quit("the build failed (its errors are above)");
if (stopping) await quit(null);
console.log(`Framework Compare demo: ${host.url}`);
console.log(`(serving a scratch copy of the vault at ${host.scratch}; Ctrl-C stops)`);
