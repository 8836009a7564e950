// `npm run demo`, run as a child process: a port in use is one clear line and
// leaves no vault copy behind; a signal to npm stops the server and removes its
// copy. Each child gets its own TMPDIR, so "no copy left" is checked exactly.
import { once } from "node:events";
import { readdirSync, readlinkSync } from "node:fs";
import { createServer, type AddressInfo, connect } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepo, removeScratchFolders, repoRoot, scratchFolder, start } from "./sandbox";

afterAll(removeScratchFolders);

const vaultCopies = (tmp: string) => readdirSync(tmp).filter((name) => name.startsWith("framework-compare-vault-"));

function accepts(port: number): Promise<boolean> {
	return new Promise((done) => {
		const socket = connect(port, "127.0.0.1");
		socket.once("connect", () => {
			socket.destroy();
			done(true);
		});
		socket.once("error", () => done(false));
	});
}

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
	const deadline = Date.now() + ms;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((done) => setTimeout(done, 50));
	}
}

describe("npm run demo on a port in use", () => {
	const taken = createServer();
	let port: number;
	beforeAll(async () => {
		taken.listen(0, "127.0.0.1");
		await once(taken, "listening");
		port = (taken.address() as AddressInfo).port;
	});
	afterAll(() => {
		taken.close();
	});

	it("says so in one line, exits 1 and leaves no vault copy in the temp folder", async () => {
		const tmp = scratchFolder("demo-tmp");
		// What `npm run demo` runs (it takes the port before it builds anything).
		const { code, out, err } = await start("node", [join(repoRoot, "tests", "host", "serve.mjs"), "--port", String(port)], { env: { TMPDIR: tmp } }).finished;
		expect(code).toBe(1);
		expect(out).toBe("");
		expect(err).toBe(`demo: port ${port} is already in use (another demo still running?); stop it, or pick another port with --port N\n`);
		expect(vaultCopies(tmp)).toEqual([]);
	});
});

/** Processes still running in `folder` (Linux's /proc), so a failed test does not leave a server behind. */
function processesIn(folder: string): number[] {
	const pids: number[] = [];
	for (const entry of readdirSync("/proc")) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (readlinkSync(`/proc/${entry}/cwd`) === folder) pids.push(Number(entry));
		} catch {
			// Gone already, or not ours to read.
		}
	}
	return pids;
}

describe("a signal to npm run demo", () => {
	let repo: string;
	beforeAll(() => {
		// The demo builds main.js before serving; in a copy, that build never touches the checkout other tests load.
		repo = copyRepo(["package.json", "esbuild.config.mjs", "scripts/plugin-bundle.mjs", "tsconfig.json", "tsconfig.base.json", "manifest.json", "styles.css", "src", "tests/host", "example-vault"]);
	});
	afterAll(() => {
		for (const pid of processesIn(repo)) process.kill(pid, "SIGKILL");
	});

	it.each(["SIGTERM", "SIGINT"] as const)("%s stops the server and removes its vault copy", async (signal) => {
		const tmp = scratchFolder("demo-tmp");
		const demo = start("npm", ["run", "demo", "--", "--port", "0"], { cwd: repo, env: { TMPDIR: tmp } });
		let url = "";
		await until(() => {
			url = /Framework Compare demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(demo.output.out)?.[1] ?? "";
			return url !== "" || demo.child.exitCode !== null;
		}, "the demo's URL", 60_000);
		expect(url, demo.output.err).not.toBe("");
		const port = Number(new URL(url).port);
		expect((await fetch(`${url}?note=Welcome.md`)).status).toBe(200);
		expect(vaultCopies(tmp)).toHaveLength(1);

		demo.child.kill(signal);
		await demo.finished;
		await until(async () => !(await accepts(port)) && vaultCopies(tmp).length === 0, "the server to stop and its copy to go");
	}, 90_000);
});
