// Debian's Chromium driven by playwright-core: no browser download works on
// these machines, so a missing browser is a failure that says how to get one.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_FLAGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(
	(path): path is string => Boolean(path),
);


export function findChromium(): string {
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

export async function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
}
