#!/usr/bin/env bash
# The one test command (npm test): type check, unit tests, a production build with its
# search index, then browser tests (axe on every page) in Debian's Chromium, and the
# deployment behind Debian's nginx.
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

# The deployment test (tests/e2e/deploy-nginx.test.ts) runs Debian's nginx in front of the built server.
if [ ! -x "${NGINX_PATH:-/usr/sbin/nginx}" ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's nginx-light for the deployment test..."
    apt-get update -o DPkg::Lock::Timeout=600 -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 nginx-light >/dev/null
    # The package starts the system's nginx on port 80; the test runs its own on loopback.
    service nginx stop >/dev/null 2>&1 || true
  else
    echo "nginx is missing: run 'sudo apt-get install -y nginx-light' and then 'npm test' again." >&2
    exit 1
  fi
fi

# Astro's telemetry would try the network, which CI machines do not have.
export ASTRO_TELEMETRY_DISABLED=1

npm run typecheck
npx vitest run --config vitest.config.ts
npm run build
npx vitest run --config vitest.e2e.config.ts
