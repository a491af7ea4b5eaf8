#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]: renders the README's screenshots into
# docs/screenshots/ (or OUT_DIR): the main window idle, after a passed test and after a
# failed one (wrong password: the authentication finding), each page of the setup wizard,
# and the main window with a dark palette; then, per language (de, es, fr, pt_BR, in
# OUT_DIR/LANGUAGE/), the failed diagnosis and the wizard's first three pages; and everything
# once more at 200 % (OUT_DIR/hidpi/). Under Xvfb
# (xvfb-run, the xcb platform, Fusion), against a loopback Postfix of its own
# (tests/support/postfix), with a throw-away configuration holding one profile; nothing
# touches the keychain. Run by hand (as root, for Postfix), after a build with the tests
# (selfmx-screenshots is built with them).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-docs/screenshots}
program=$build/tests/support/selfmx-screenshots
[[ -x $program ]] || { echo "build first: cmake --build $build (with SELFMX_BUILD_TESTS=ON)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: scripts/install-deps.sh" >&2; exit 1; }

# Fixed paths, so the paths the windows show are the same from run to run.
work=${TMPDIR:-/tmp}/selfmx-screenshots
tests/support/postfix/postfix-fixture.sh stop "$work/postfix" >/dev/null 2>&1 || true
rm -rf "$work"
mkdir -p "$work/postfix" "$work/config/SelfMX/selfmx-console"
chmod 755 "$work" "$work/postfix"
trap 'tests/support/postfix/postfix-fixture.sh stop "$work/postfix" >/dev/null 2>&1 || true' EXIT
tests/support/postfix/postfix-fixture.sh start "$work/postfix" >/dev/null

# One stored profile (no password, so no keychain), as ProfileStore writes it.
cat > "$work/config/SelfMX/selfmx-console/profiles.ini" <<'INI'
[General]
defaultProfile=3f0c2a5e-0000-4000-8000-000000000001

[3f0c2a5e-0000-4000-8000-000000000001]
name=Newsletter (SendGrid)
provider=sendgrid
region=
SMTP_HOST=smtp.sendgrid.net
SMTP_PORT=587
SMTP_USER=apikey
hasPassword=false
hasApiKey=false
INI

mkdir -p "$out"
# shellcheck disable=SC2016 # $1..$3 are the inner shell's arguments
# The environment of the run only: no SMTP_* of the caller's, no desktop's Qt settings.
env -u SMTP_HOST -u SMTP_PORT -u SMTP_USER -u SMTP_PASS -u SMTP_TLS -u SMTP_TLS_MODE \
  -u SMTP_TLS_VERIFY -u SMTP_TLS_CA_FILE -u SMTP_TLS_PIN_SHA256 -u SMTP_TIMEOUT -u SMTP_FROM \
  -u SMTP_AUTH_MECHANISM -u SMTP_EHLO_NAME -u SMTP_ALLOW_PLAINTEXT_AUTH \
  -u QT_SCALE_FACTOR -u QT_SCREEN_SCALE_FACTORS -u QT_STYLE_OVERRIDE -u QT_QPA_PLATFORMTHEME \
  XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8 \
  bash -c 'set -a; source "$1"; set +a; exec xvfb-run -a -s "-screen 0 1280x1024x24 -dpi 96 -noreset" "$2" "$3"' \
  _ "$work/postfix/postfix.env" "$program" "$out"
# Per language (docs/screenshots/LANGUAGE/): the failed diagnosis and the wizard's first
# three pages, to see that the translated words fit.
for language in de es fr pt_BR; do
  env -u SMTP_HOST -u SMTP_PORT -u SMTP_USER -u SMTP_PASS -u SMTP_TLS -u SMTP_TLS_MODE \
    -u SMTP_TLS_VERIFY -u SMTP_TLS_CA_FILE -u SMTP_TLS_PIN_SHA256 -u SMTP_TIMEOUT -u SMTP_FROM \
    -u SMTP_AUTH_MECHANISM -u SMTP_EHLO_NAME -u SMTP_ALLOW_PLAINTEXT_AUTH \
    -u QT_SCALE_FACTOR -u QT_SCREEN_SCALE_FACTORS -u QT_STYLE_OVERRIDE -u QT_QPA_PLATFORMTHEME \
    XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    bash -c 'set -a; source "$1"; set +a; exec xvfb-run -a -s "-screen 0 1280x1024x24 -dpi 96 -noreset" "$2" "$3" "$4"' \
    _ "$work/postfix/postfix.env" "$program" "$out/$language" "$language"
done
# At 200 % (docs/screenshots/hidpi/): the same windows with QT_SCALE_FACTOR=2 on a screen
# twice the size, to see that nothing is clipped or blurry (tests/integration/test_hidpi.cpp).
env -u SMTP_HOST -u SMTP_PORT -u SMTP_USER -u SMTP_PASS -u SMTP_TLS -u SMTP_TLS_MODE \
  -u SMTP_TLS_VERIFY -u SMTP_TLS_CA_FILE -u SMTP_TLS_PIN_SHA256 -u SMTP_TIMEOUT -u SMTP_FROM \
  -u SMTP_AUTH_MECHANISM -u SMTP_EHLO_NAME -u SMTP_ALLOW_PLAINTEXT_AUTH \
  -u QT_SCREEN_SCALE_FACTORS -u QT_STYLE_OVERRIDE -u QT_QPA_PLATFORMTHEME \
  XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=2 LANG=C.UTF-8 LC_ALL=C.UTF-8 \
  bash -c 'set -a; source "$1"; set +a; exec xvfb-run -a -s "-screen 0 2560x2048x24 -dpi 96 -noreset" "$2" "$3"' \
  _ "$work/postfix/postfix.env" "$program" "$out/hidpi"
# Smaller files: the same pixels, recompressed (optipng when it is installed).
if command -v optipng >/dev/null; then optipng -quiet -o2 "$out"/*.png "$out"/*/*.png; fi
ls -lR "$out"
