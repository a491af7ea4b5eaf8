#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# scripts/lint.sh [BUILD_DIR]: the tree's habits, checked. Part of the test command.
#   1. clang-format (.clang-format): every C++ file of the project is formatted.
#   2. clang-tidy (.clang-tidy): no finding in core/, text/, ui/ or app/, using the
#      compile commands of BUILD_DIR (default: build).
#   3. translations (scripts/check-translations.sh): every translations/*.ts is up to date
#      with the sources (lupdate) and has no unfinished entry.
# Fix formatting with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-build}

mapfile -t sources < <(git ls-files '*.cpp' '*.h' | grep -E '^(core|text|ui|app|tests|bench)/')
echo "== clang-format: ${#sources[@]} files"
clang-format --dry-run -Werror "${sources[@]}"

echo "== translations"
scripts/check-translations.sh "$build"

echo "== clang-tidy: core/ text/ ui/ app/"
# run-clang-tidy prints every command and the tool's header lines; keep the findings.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! run-clang-tidy -p "$build" -quiet -j "$(nproc)" "^$root/(core|text|ui|app)/.*\.cpp\$" >"$log" 2>&1; then
  sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E "(warning|error):" | sort -u
  echo "clang-tidy: findings above (see .clang-tidy)" >&2
  exit 1
fi
echo "clang-tidy: no findings"
