#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# The test command: installs what is missing, builds with warnings as errors, and runs the
# whole suite through CTest twice: a normal build, then AddressSanitizer + UBSan.
# CTest starts the loopback Postfix itself (fixture "postfix"); this script provides the
# private D-Bus session with an unlocked gnome-keyring the keychain tests need.
#
# The normal configuration also runs scripts/lint.sh (clang-format and clang-tidy, no
# findings allowed) on the code it just built.
#
# Then the libFuzzer targets (scripts/fuzz.sh: reply, address, .env, RFC 2047/2231 round
# trip) run for a few seconds each; a crash or sanitizer report fails the run.
#
#   scripts/test.sh              both configurations, then the fuzzers
#   scripts/test.sh --fast       the normal build only
#   scripts/test.sh --fuzz       the fuzzers only
#   scripts/test.sh -- ARGS      extra arguments for ctest (e.g. -- -R Postfix)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

configs=(normal sanitize)
fuzz=1
ctest_args=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --fast) configs=(normal); fuzz=0; shift ;;
    --fuzz) configs=(); fuzz=1; shift ;;
    --) shift; ctest_args=("$@"); break ;;
    *) echo "usage: scripts/test.sh [--fast|--fuzz] [-- CTEST_ARGS...]" >&2; exit 2 ;;
  esac
done

scripts/install-deps.sh

# A private home, runtime and keyring: tests never touch the real user's.
sandbox=$(mktemp -d "${TMPDIR:-/tmp}/selfmx-test.XXXXXX")
# Never the verdict (under set -e a failing command in the trap is the exit status): a
# keyring daemon of the sessions may still be writing there as it ends.
trap 'rm -rf "$sandbox" || echo "warning: could not remove $sandbox" >&2' EXIT
mkdir -p "$sandbox/home" "$sandbox/run"
chmod 700 "$sandbox/run"

status=0
for config in ${configs[@]+"${configs[@]}"}; do
  case $config in
    normal)   dir=build;      flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo) ;;
    sanitize) dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=Debug -DSELFMX_SANITIZE=ON -DSELFMX_BUILD_BENCH=OFF) ;;
  esac
  echo "== $config build ($dir)"
  cmake -S . -B "$dir" -G Ninja -DSELFMX_WERROR=ON "${flags[@]}" >/dev/null
  cmake --build "$dir"
  if [[ $config == normal ]]; then
    echo "== lint"
    scripts/lint.sh "$dir" || status=1
  fi
  echo "== $config tests"
  # The unlock password must be non-empty, or the daemon wants a prompt (DESIGN.md).
  HOME=$sandbox/home XDG_RUNTIME_DIR=$sandbox/run \
  XDG_CONFIG_HOME=$sandbox/home/.config XDG_DATA_HOME=$sandbox/home/.local/share \
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
  LSAN_OPTIONS=suppressions=$root/tests/support/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  dbus-run-session -- bash -c '
    echo -n selfmx-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    ctest --test-dir "$0" -j2 --output-on-failure --timeout 300 "${@}"
  ' "$dir" "${ctest_args[@]}" || status=1
done
if [[ $fuzz == 1 ]]; then
  echo "== fuzz"
  scripts/fuzz.sh build-fuzz 6 || status=1
fi
exit $status
