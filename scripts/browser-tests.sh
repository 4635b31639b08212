#!/usr/bin/env bash
# The browser tests against the production build (npm run build first): what npm test runs last.
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests in two runs side by side, as the machines have two cores and one run of journeys
# leaves one of them waiting most of the time (on the server, Chromium or a sub-process): the sweeps
# of every page (axe, valid HTML, component examples) in one, every other file in the other. Each
# run starts its own site and Chromium (tests/support/global-setup.ts); the sweeps get their own
# data folder, so the journeys' counts of survey answers and searches are theirs alone. The sweeps'
# output is printed when both have finished, so the two reports do not interleave.
sweeps=(tests/e2e/accessibility.test.ts tests/e2e/valid-html.test.ts tests/e2e/component-examples.test.ts)
sweep_log=$(mktemp)
sweep_data=$(mktemp -d)
LOCAL_OFFER_DATA_DIR="$sweep_data" npx vitest run --config vitest.e2e.config.ts "${sweeps[@]}" >"$sweep_log" 2>&1 &
sweep=$!
journeys_status=0
npx vitest run --config vitest.e2e.config.ts $(printf -- '--exclude %s ' "${sweeps[@]}") || journeys_status=$?
sweep_status=0
wait "$sweep" || sweep_status=$?
echo
echo "The sweeps of every page (axe, valid HTML, component examples):"
cat "$sweep_log"
rm -rf "$sweep_log" "$sweep_data"
if [ "$journeys_status" != 0 ] || [ "$sweep_status" != 0 ]; then
  echo "Browser tests failed: journeys exit $journeys_status, sweeps exit $sweep_status (see above)." >&2
  exit 1
fi
