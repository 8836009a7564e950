// `npm test` after the build: the type checks, the linter and the dependency checks,
// run side by side (each is mostly one core, and CI has two), each one's output
// printed whole when it ends so the logs do not interleave. Fails if any fails.
// With `--and-tests`, vitest runs beside them: the browser tests leave a core idle
// while they wait on pages, and the checks took a minute before any test began.
import { spawn } from "node:child_process";

const CHECKS = ["typecheck", "lint", "check:deps"];

function run(script) {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
		let output = "";
		child.stdout.on("data", (chunk) => (output += chunk));
		child.stderr.on("data", (chunk) => (output += chunk));
		child.on("close", (code) => {
			const seconds = ((Date.now() - started) / 1000).toFixed(0);
			process.stdout.write(`\n> npm run ${script}: ${code === 0 ? "passed" : `failed (exit ${code})`} in ${seconds} s\n${output}`);
			resolve(code === 0);
		});
	});
}

/** vitest with its own output as it goes, as `vitest run` alone prints it. */
function tests() {
	return new Promise((resolve) => {
		const child = spawn("npx", ["vitest", "run"], { stdio: "inherit" });
		child.on("close", (code) => resolve(code === 0));
	});
}

const runs = CHECKS.map(run);
if (process.argv.includes("--and-tests")) runs.push(tests());
const results = await Promise.all(runs);
if (results.includes(false)) process.exit(1);
