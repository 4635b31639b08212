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

# PostgreSQL and nginx: the forms store's tests run against a real PostgreSQL as well as SQLite, and the
# two-server test puts two servers behind nginx (tests/support/postgres.ts, two-servers.ts). Without them
# those tests are skipped with a message, so install them where we can.
if ! compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null || [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's postgresql and nginx-light for the shared-database tests..."
    apt-get update -o DPkg::Lock::Timeout=600 -qq
    # The tests start their own cluster and nginx on free loopback ports; the packages' own services are not used.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 postgresql nginx-light >/dev/null
    # The packages start the system's nginx on port 80 and a PostgreSQL cluster; the tests run their own on loopback.
    service nginx stop >/dev/null 2>&1 || true
  else
    echo "PostgreSQL or nginx is missing: the shared-database tests will be skipped. Install them with 'sudo apt-get install -y postgresql nginx-light'." >&2
  fi
fi

# Astro's telemetry would try the network, which CI machines do not have.
export ASTRO_TELEMETRY_DISABLED=1

# The type check and lint each use about one core, so they run side by side; either failing stops the run.
npm run typecheck &
typecheck=$!
npm run lint &
lint=$!
wait "$typecheck"
wait "$lint"
npx vitest run --config vitest.config.ts
npm run build

bash scripts/browser-tests.sh
