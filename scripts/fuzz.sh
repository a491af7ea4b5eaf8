#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# scripts/fuzz.sh [BUILD_DIR] [SECONDS_EACH]: builds the libFuzzer targets (fuzz/) with
# clang 14, AddressSanitizer and UBSan in BUILD_DIR (default build-fuzz) and runs each on a
# copy of its seed corpus (fuzz/corpus/NAME) for SECONDS_EACH (default 6). A crash, a
# sanitizer report or a broken round trip fails the run and leaves the input in BUILD_DIR/
# fuzz-artifacts. Run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-fuzz}
seconds=${2:-6}
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DSELFMX_FUZZ=ON -DSELFMX_BUILD_TESTS=OFF -DSELFMX_BUILD_BENCH=OFF >/dev/null
cmake --build "$dir" --target fuzzers
artifacts=$dir/fuzz-artifacts
mkdir -p "$artifacts"
status=0
for corpus in fuzz/corpus/*/; do
  name=$(basename "$corpus")
  work=$(mktemp -d)
  cp "$corpus"/* "$work"/
  echo "== fuzz $name (${seconds} s)"
  if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    QT_QPA_PLATFORM=offscreen "$dir/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$artifacts/$name-" -print_final_stats=1 "$work" 2>"$work.log"; then
    tail -40 "$work.log" >&2
    echo "fuzz $name FAILED: input kept in $artifacts" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$work.log" | tail -2 | tr '\n' ' '; echo
  fi
  rm -rf "$work" "$work.log"
done
exit $status
