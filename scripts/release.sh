#!/usr/bin/env bash
# The release build: `trunk build --release`, with the standard library
# rebuilt for size and panics that trap at once (`-Cpanic=immediate-abort`:
# no panic hook, message or formatting code; −15.6 KB gzip, see
# bench/CUTS.md). The crash still shows each widget's contact
# card: the loader sees the trap (src/embed/crash.rs).
#
# Both are unstable compiler options, enabled on this stable toolchain by
# RUSTC_BOOTSTRAP=1 (as Firefox and the Linux kernel build theirs), for this
# build only: checks and tests build with the usual options. rust-src, the
# standard library's source, comes with `rustup component add` (setup.sh).
set -euo pipefail
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
exec trunk build --release "$@"
