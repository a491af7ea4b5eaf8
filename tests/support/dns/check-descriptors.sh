#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# The DNS fixture's servers keep no descriptor of the shell that started them (but 0-2): one
# they inherited, such as the build lock of a suite run under flock, they would hold until
# stopped, so a suite killed half-way left that lock taken. Starts a fixture of its own with
# a descriptor open on a marker file and looks for the marker among its servers' descriptors.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cleanup() { # never the verdict: under set -e a failing command here would be the exit status
  "$here/dns-fixture.sh" stop "$work/dns" >/dev/null 2>&1 || true
  rm -rf "$work" || echo "check-descriptors: could not remove $work" >&2
}
trap cleanup EXIT
exec 9>"$work/marker"
"$here/dns-fixture.sh" start "$work/dns" >"$work/start.log" 2>&1 || { cat "$work/start.log" >&2; exit 1; }
exec 9>&-
held=0
checked=0
for pidfile in "$work"/dns/*.pid; do
  pid=$(cat "$pidfile")
  for p in "$pid" $(pgrep -P "$pid" || true); do
    checked=$((checked + 1))
    for fd in /proc/"$p"/fd/*; do
      if [[ $(readlink "$fd" 2>/dev/null) == "$work/marker" ]]; then
        echo "$(tr '\0' ' ' </proc/"$p"/cmdline) holds the starting shell's descriptor ${fd##*/}" >&2
        held=1
      fi
    done
  done
done
((checked >= 4)) || { echo "found only $checked server processes" >&2; exit 1; }
((held == 0)) || exit 1
echo "$checked server processes, none holding an inherited descriptor"
