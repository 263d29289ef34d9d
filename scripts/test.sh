#!/usr/bin/env bash
# Every check and test, in order, stopping at the first failure:
#   1. rustfmt, clippy (native and wasm32)
#   2. native cargo test (the pure model)
#   3. wasm-bindgen-test in headless Chromium (components in a real DOM)
#   4. the release build (scripts/release.sh), then Playwright end-to-end tests on dist/
#      (and the load test's native cross-check)
#   5. the payload report and the payload budget test
# The last line sums the tests of all suites: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export TRUNK_SKIP_VERSION_CHECK=true
export WASM_BINDGEN_TEST_TIMEOUT=120
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CARGO_TERM_COLOR=never

logs=target/test-logs
mkdir -p "$logs"
passed=0
failed=0

summary() { echo "$passed passed, $failed failed"; }

# Sums "N passed; M failed" from cargo's and wasm-bindgen-test's result lines.
add_cargo_counts() {
  local log=$1 p f
  p=$(grep -Eo '[0-9]+ passed;' "$log" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p))
  failed=$((failed + f))
}

# Runs a step with its output shown and kept; on failure, stops everything.
run() {
  local name=$1; shift
  echo
  echo "=== $name"
  "$@" 2>&1 | tee "$logs/$name.log"
  local rc=${PIPESTATUS[0]}
  return "$rc"
}

fail() {
  local name=$1 counted=$2
  # A step that failed without failing a test (a build error, a lint) still counts once.
  [ "$counted" -gt 0 ] || failed=$((failed + 1))
  echo
  echo "FAILED: $name (log: $logs/$name.log)"
  summary
  exit 1
}

run fmt cargo fmt --all -- --check || fail fmt 0
run clippy-native cargo clippy --all-targets --locked -- -D warnings || fail clippy-native 0
run clippy-wasm32 cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser --locked -- -D warnings \
  || fail clippy-wasm32 0

before=$failed
run native-tests cargo test --locked
rc=$?
add_cargo_counts "$logs/native-tests.log"
[ "$rc" -eq 0 ] || fail native-tests $((failed - before))

before=$failed
run browser-tests cargo test --locked --target wasm32-unknown-unknown --test browser
rc=$?
add_cargo_counts "$logs/browser-tests.log"
[ "$rc" -eq 0 ] || fail browser-tests $((failed - before))

run trunk-build scripts/release.sh || fail trunk-build 0

before=$failed
rm -f target/e2e-results.json
run e2e-tests npx playwright test
rc=$?
if [ -f target/e2e-results.json ]; then
  read -r p f < <(node -e '
    const s = require("./target/e2e-results.json").stats;
    console.log((s.expected + s.flaky) + " " + s.unexpected);')
  passed=$((passed + p))
  failed=$((failed + f))
fi
[ "$rc" -eq 0 ] || fail e2e-tests $((failed - before))

# The load test's second half: its random widget states recomputed natively.
before=$failed
run load-check cargo test --locked --test load_check -- --ignored
rc=$?
add_cargo_counts "$logs/load-check.log"
[ "$rc" -eq 0 ] || fail load-check $((failed - before))

run payload node scripts/payload.mjs dist || fail payload 0

# The payload budget (deterministic bytes, so a test; times are in bench/).
run budget node scripts/budget.mjs
rc=$?
if grep -q 'budget: 1 passed' "$logs/budget.log"; then passed=$((passed + 1)); fi
[ "$rc" -eq 0 ] || { failed=$((failed + 1)); fail budget 1; }

echo
summary
