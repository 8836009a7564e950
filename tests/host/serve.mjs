// `npm run demo -- [--vault DIR] [--port N]`: serve a vault through the host.
import { parseArgs } from "node:util";
import { startHost } from "./server.mjs";

const { values } = parseArgs({
	options: {
		vault: { type: "string" },
		port: { type: "string", default: "8787" },
		help: { type: "boolean", short: "h" },
	},
});
if (values.help) {
	console.log("Usage: npm run demo -- [--vault DIR] [--port N]\n  Serves DIR (default: example-vault/) with the built plugin at http://127.0.0.1:N/ (default 8787).");
	process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`demo: --port must be a port number, not "${values.port}"`);
	process.exit(1);
}
try {
	const host = await startHost({ vault: values.vault, port });
	console.log(`Framework Compare demo: ${host.url}`);
	console.log(`(serving a scratch copy of the vault at ${host.scratch}; Ctrl-C stops)`);
	const stop = async () => {
		await host.close();
		process.exit(0);
	};
	process.on("SIGINT", stop);
	process.on("SIGTERM", stop);
} catch (error) {
	console.error(`demo: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
