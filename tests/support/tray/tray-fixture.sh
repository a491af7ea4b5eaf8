#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# A private X server with a real system tray, for the tray icon's tests (tests/integration
# test_tray.cpp): Xvfb on a display it picks itself, and trayer, a small XEmbed tray (Debian
# package trayer). Qt's xcb QSystemTrayIcon uses XEmbed when no StatusNotifierWatcher is on
# the session bus, as in the suite's private D-Bus session.
#
#   tray-fixture.sh start DIR   start both, wait until the tray owns _NET_SYSTEM_TRAY_S0,
#                               write DIR/tray.env (DISPLAY=:N)
#   tray-fixture.sh stop DIR    stop them (the logs are kept for post-mortems)
set -euo pipefail

action=${1:?usage: tray-fixture.sh start|stop DIR}
dir=${2:?usage: tray-fixture.sh start|stop DIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

stop() {
  local name pid
  for name in trayer xvfb; do
    if [[ -s $dir/$name.pid ]]; then
      pid=$(<"$dir/$name.pid")
      kill "$pid" 2>/dev/null || true
      rm -f "$dir/$name.pid"
    fi
  done
  rm -f "$dir/tray.env"
}

if [[ $action == stop ]]; then
  stop
  exit 0
fi
[[ $action == start ]] || { echo "unknown action: $action" >&2; exit 2; }
# A previous run's instances in the same directory are stopped first.
stop
for tool in Xvfb trayer python3; do
  command -v "$tool" >/dev/null || { echo "tray-fixture: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done

# Xvfb picks a free display and writes its number to -displayfd once it accepts clients:
# read through a FIFO with a timeout, no fixed display and no polling. setsid and the
# redirections detach both servers from ctest, which waits for the test's output to close.
fifo=$dir/displayfd
rm -f "$fifo"
mkfifo "$fifo"
setsid Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$fifo" </dev/null >"$dir/xvfb.log" 2>&1 &
echo $! >"$dir/xvfb.pid"
number=""
read -r -t 15 number <"$fifo" || true
rm -f "$fifo"
if [[ -z $number ]]; then
  echo "tray-fixture: Xvfb did not start:" >&2
  cat "$dir/xvfb.log" >&2
  stop
  exit 1
fi
export DISPLAY=:$number

setsid trayer --edge top --align right --widthtype pixel --width 200 --heighttype pixel --height 32 \
  </dev/null >"$dir/trayer.log" 2>&1 &
echo $! >"$dir/trayer.pid"
if ! python3 "$here/wait-tray-owner.py" 15; then
  echo "tray-fixture: trayer did not take _NET_SYSTEM_TRAY_S0 on $DISPLAY:" >&2
  cat "$dir/trayer.log" >&2
  stop
  exit 1
fi
echo "DISPLAY=$DISPLAY" >"$dir/tray.env.tmp"
mv "$dir/tray.env.tmp" "$dir/tray.env"
echo "tray host on $DISPLAY"
