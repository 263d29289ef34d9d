#!/usr/bin/env bash
# The benchmark (on demand, not part of `make test`): builds the release
# bundle and measures payload, start-up, update latency, layout shift,
# memory and Lighthouse scores in headless Chromium on 127.0.0.1.
# Prints a table and writes bench/results.json.   Usage: make bench
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true

if [ "${1:-}" != "--no-build" ]; then
  scripts/release.sh
fi
# Lighthouse 12.2.3 runs on Node 20 (13.x needs Node 22); installed on demand
# from the npm registry into bench/.lighthouse, outside the test toolchain.
if [ ! -x bench/.lighthouse/node_modules/.bin/lighthouse ]; then
  mkdir -p bench/.lighthouse
  printf '{"name":"bench-lighthouse","private":true}\n' > bench/.lighthouse/package.json
  (cd bench/.lighthouse && npm install --no-audit --no-fund --loglevel=error lighthouse@12.2.3)
fi
node bench/bench.mjs
