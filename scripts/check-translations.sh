#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# scripts/check-translations.sh [--update] [BUILD_DIR]: every translations/*.ts is up to date
# with the sources and complete. lupdate runs over the sources text/CMakeLists.txt lists
# (BUILD_DIR/translations/lupdate-sources.txt, default build/), with the build's options, into
# a copy of each .ts; the check fails when the copy differs (a string was added, changed or
# removed: run this script with --update, then translate), or when an entry is unfinished
# (type="unfinished", an empty translation) or obsolete. Part of scripts/lint.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
update=0
if [[ ${1:-} == --update ]]; then update=1; shift; fi
build=${1:-build}
sources=$build/translations/lupdate-sources.txt
[[ -f $sources ]] || { echo "configure first: cmake -S . -B $build" >&2; exit 1; }
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[[ -x $lupdate ]] || lupdate=$(command -v lupdate6 || command -v lupdate)
mapfile -t files < "$sources"
options=(-silent -locations none -no-obsolete)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in translations/*.ts; do
  copy=$tmp/$(basename "$ts")
  cp "$ts" "$copy"
  "$lupdate" "${options[@]}" "${files[@]}" -ts "$copy" >/dev/null
  if [[ $update == 1 ]]; then
    cp "$copy" "$ts"
  elif ! cmp -s "$ts" "$copy"; then
    echo "$ts is out of date with the sources (run scripts/check-translations.sh --update, then translate):" >&2
    diff -u "$ts" "$copy" | head -40 >&2 || true
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  obsolete=$(grep -cE 'type="(obsolete|vanished)"' "$copy" || true)
  empty=$(grep -cE '<translation>\s*</translation>|<numerusform>\s*</numerusform>' "$copy" || true)
  total=$(grep -c '<source>' "$copy" || true)
  echo "$ts: $total messages, $unfinished unfinished, $empty empty, $obsolete obsolete"
  if (( unfinished + empty + obsolete > 0 )); then status=1; fi
done
exit $status
