#!/usr/bin/env bash
# Installs everything Framework Compare needs on a fresh Debian machine:
# the Node packages pinned in package-lock.json, Debian's Chromium for the
# end-to-end tests when it is missing (the two at once), then builds the plugin and the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
	echo "setup: Node.js 20 or newer is needed (apt-get install nodejs npm, or your usual Node install)." >&2
	exit 1
fi

# Debian's Chromium downloads while npm installs: both wait on the network, and
# one after the other they cost a fresh machine half a minute more.
chromium_install=""
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
	echo "setup: installing Debian's chromium for the browser tests"
	if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
	( $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null ) &
	chromium_install=$!
fi

npm ci --no-audit --no-fund

if [ -n "$chromium_install" ] && ! wait "$chromium_install"; then
	echo "setup: installing chromium with apt-get failed; the browser tests need it (or CHROMIUM_PATH)." >&2
	exit 1
fi

# Only the bundles: `npm test` type-checks and lints on its own, so doing it
# here as well cost CI a minute and a half for nothing.
node esbuild.config.mjs production
