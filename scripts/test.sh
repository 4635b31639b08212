#!/usr/bin/env bash
# The one test command (npm test): type check, unit tests, a production build with its
# search index, then browser tests (axe on every page) in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -o DPkg::Lock::Timeout=600 -qq
    apt-get install -y -qq -o DPkg::Lock::Timeout=600 chromium >/dev/null
  else
    echo "Chromium is missing: run 'sudo apt-get install -y chromium' and then 'npm test' again." >&2
    exit 1
  fi
fi

# Astro's telemetry would try the network, which CI machines do not have.
export ASTRO_TELEMETRY_DISABLED=1

npm run typecheck
npx vitest run --config vitest.config.ts
npm run build
npx vitest run --config vitest.e2e.config.ts
