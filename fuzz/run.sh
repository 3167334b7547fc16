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
    find ../tests/data -name '*.py' -size -16k -exec cp -n {} "corpus/$target/" \;
    cp -n regressions/* "corpus/$target/" 2>/dev/null || true
    cargo +nightly fuzz run "$target" "corpus/$target" -- \
        -max_total_time="$secs" -max_len=8192 -timeout=10 -print_final_stats=1
done
