#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# Renders the application icon's PNGs (hicolor sizes) from icons/io.selfmx.Console.svg.
# The PNGs are committed, so a build needs no SVG renderer; run this after editing the
# SVG and commit both. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "render-icons.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "icons/hicolor/${size}x${size}"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
    icons/io.selfmx.Console.svg -o "icons/hicolor/${size}x${size}/io.selfmx.Console.png"
done
echo "rendered icons/hicolor/*/io.selfmx.Console.png"
