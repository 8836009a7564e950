// Debian's Chromium driven by playwright-core: no browser download works on
// these machines, so a missing browser is a failure that says how to get one.
// Plain JavaScript so that the browser benchmark (a Node script) shares it with the tests.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

export const CHROMIUM_FLAGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	// The pages a test file opens share one renderer, warm with the host's compiled scripts: a
	// process of its own for each page made every later page open cost 0.9 s, not 0.5 s.
	"--process-per-site",
];

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);

export function findChromium() {
	const found = CANDIDATES.find((path) => existsSync(path));
	if (!found) {
		throw new Error(
			"No Chromium found for the end-to-end tests (looked at " +
				CANDIDATES.join(", ") +
				"). Install Debian's browser with `sudo apt-get install -y chromium` (or run `bash scripts/setup.sh`), " +
				"point CHROMIUM_PATH at another Chromium, or set FRAMEWORK_COMPARE_SKIP_E2E=1 to leave these tests out on purpose.",
		);
	}
	return found;
}

export async function launchChromium() {
	return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
}
