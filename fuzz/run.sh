#!/usr/bin/env bash
# Seeds the corpus of each fuzz target from tests/data and runs it: `fuzz/run.sh [SECONDS]`
# (default 300 per target). Needs `cargo install cargo-fuzz` and the nightly toolchain.
# Crashes land in fuzz/artifacts/<target>/; copy each into fuzz/regressions/ (which
# crates/syntax/tests/fuzz_regressions.rs replays) once reported.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-300}"
for target in tokenize parse; do
    mkdir -p "corpus/$target"
    # Files longer than -max_len are truncated by libFuzzer as they load.
    find ../tests/data -name '*.py' -exec cp -n {} "corpus/$target/" \;
    find regressions -type f ! -name README.md -exec cp -n {} "corpus/$target/" \;
    cargo +nightly fuzz run "$target" "corpus/$target" -- \
        -max_total_time="$secs" -max_len=8192 -timeout=10 -print_final_stats=1
done
