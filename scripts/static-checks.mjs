// `npm test`'s first step: the type checks, the linter and the dependency checks,
// run side by side (each is mostly one core, and CI has two), each one's output
// printed whole when it ends so the logs do not interleave. Fails if any fails.
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

const results = await Promise.all(CHECKS.map(run));
if (results.includes(false)) process.exit(1);
