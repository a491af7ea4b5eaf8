#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# wizard-atspi.sh GUI CLI POSTFIX_ENV: the setup wizard completed by a screen reader's
# means. Starts the real window program (GUI, selfmx-console-gui) on first start (no profile:
# it opens the wizard) under its own Xvfb (the xcb platform carries Qt's AT-SPI bridge,
# offscreen does not), in a private D-Bus session with its own unlocked gnome-keyring and the
# AT-SPI bus (at-spi-bus-launcher, D-Bus activated), and a throw-away configuration. Then
# wizard_atspi.py walks the wizard through the accessibility tree only, against the suite's
# Postfix, and this script checks with the command line (CLI) that the profile was saved,
# its password in the keyring.
#
# Exit 77 (CTest's SKIP_RETURN_CODE) only when a package it needs is missing:
# python3-gi + gir1.2-atspi-2.0, at-spi2-core, xvfb, gnome-keyring, dbus (scripts/install-deps.sh).
set -euo pipefail

# The part inside the private X server and D-Bus session: this script again, with --inner
# (dbus-run-session execs a program, so exported bash functions would not reach it). gui, cli, py,
# here, work and profile come from the outer run's environment.
if [[ ${1:-} == --inner ]]; then
  echo -n selfmx-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  "$gui" >"$work/gui.log" 2>&1 &
  gui_pid=$!
  trap 'kill "$gui_pid" 2>/dev/null || true; wait "$gui_pid" 2>/dev/null || true' EXIT
  status=0
  timeout 150 "$py" "$here/wizard_atspi.py" "$profile" || status=$?
  if [[ $status -ne 0 ]]; then
    echo "--- the window program said:"
    cat "$work/gui.log"
    exit "$status"
  fi
  "$cli" profile list | tee "$work/list.txt"
  grep -F -- "$profile" "$work/list.txt" >/dev/null || { echo "FAIL: profile list does not show $profile"; exit 1; }
  "$cli" profile show "$profile" | tee "$work/show.txt"
  grep -F "stored in the keychain" "$work/show.txt" >/dev/null || { echo "FAIL: the password is not in the keychain"; exit 1; }
  if grep -rF -- "$POSTFIX_PASS1" "$work/config" >/dev/null; then
    echo "FAIL: the password is in a file"
    exit 1
  fi
  # The stored profile works: its password comes back from the keyring.
  "$cli" test --profile "$profile"
  exit 0
fi

gui=$1 cli=$2 postfix_env=$3
here=$(cd "$(dirname "$0")" && pwd)

missing=()
# Debian's python3-gi is for Debian's python3 (/usr/bin), which a pyenv or venv in PATH hides.
py=
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import gi; gi.require_version("Atspi", "2.0"); from gi.repository import Atspi' 2>/dev/null; then
    py=$candidate
    break
  fi
done
[[ -n $py ]] || missing+=("python3-gi gir1.2-atspi-2.0")
[[ -x /usr/libexec/at-spi-bus-launcher ]] || missing+=(at-spi2-core)
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v gnome-keyring-daemon >/dev/null || missing+=(gnome-keyring)
command -v dbus-run-session >/dev/null || missing+=(dbus)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "SKIP: missing ${missing[*]} (scripts/install-deps.sh installs them)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/selfmx-atspi.XXXXXX")
xvfb=
# Never the verdict (under set -e a failing command in the trap is the exit status): the
# keyring daemon of the session may still be writing under $work as it ends.
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work" || echo "warning: could not remove $work" >&2' EXIT
mkdir -p "$work/home" "$work/run" "$work/config" "$work/data"
chmod 700 "$work/run"

# An X server of its own on a display number it picks itself: Xvfb -displayfd writes the
# number once it accepts connections (xvfb-run -a guesses a free number from lock files,
# which a parallel test or a stale socket can beat). Bounded: 30 s.
# -noreset: an X server with no -noreset resets itself when its last client disconnects, and
# refuses or drops connections while it does. Here the first clients come and go on their
# own schedule (xprobe.py below, at-spi-bus-launcher, which sets a property on the root
# window and leaves): a window program connecting at such a moment failed with "could not
# connect to display" (seen on a clean-clone CI run, then reproduced here one run in five).
mkfifo "$work/displayfd"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -dpi 96 -nolisten tcp -noreset \
  3>"$work/displayfd" >"$work/xvfb.log" 2>&1 &
xvfb=$!
display=
read -r -t 30 display <"$work/displayfd" || true
if [[ -z $display ]]; then
  echo "FAIL: Xvfb did not start within 30 s:"
  cat "$work/xvfb.log"
  exit 1
fi
# Can any X client connect? If not, the machine cannot host this test (the test is about
# the window program, not the machine): say what was seen, and skip.
if ! "$py" "$here/xprobe.py" ":$display" >"$work/xprobe.log" 2>&1; then
  echo "SKIP: no X client can connect to this machine's Xvfb (display :$display):"
  cat "$work/xprobe.log" "$work/xvfb.log"
  echo "--- X sockets:"
  ls -la /tmp/.X11-unix 2>&1 || true
  grep -F X11-unix /proc/net/unix 2>&1 || true
  exit 77
fi

set -a
# shellcheck disable=SC1090
source "$postfix_env"
set +a
export gui cli here work py
export profile="AT-SPI walk $$"
# The environment of the run only: no SMTP_* or DNS_SERVER of the caller's (they would open the
# main window instead of the wizard), no desktop's session or Qt settings.
env -u SMTP_HOST -u SMTP_PORT -u SMTP_USER -u SMTP_PASS -u SMTP_TLS -u SMTP_TLS_MODE \
  -u SMTP_TLS_VERIFY -u SMTP_TLS_CA_FILE -u SMTP_TLS_PIN_SHA256 -u SMTP_TIMEOUT -u SMTP_FROM \
  -u SMTP_AUTH_MECHANISM -u SMTP_EHLO_NAME -u SMTP_ALLOW_PLAINTEXT_AUTH -u SMTP_POOL_SIZE -u DNS_SERVER \
  -u DBUS_SESSION_BUS_ADDRESS \
  -u QT_SCALE_FACTOR -u QT_STYLE_OVERRIDE -u QT_QPA_PLATFORMTHEME -u WAYLAND_DISPLAY DISPLAY=":$display" \
  HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
  QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 PYTHONDONTWRITEBYTECODE=1 \
  LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= \
  timeout 240 dbus-run-session -- "$0" --inner
