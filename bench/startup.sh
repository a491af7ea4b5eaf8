#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# bench/startup.sh [BUILD_DIR] [ROUNDS]: cold start of the window to its first paint, and
# its idle RSS, against the smallest Qt Widgets program from the same build, in one run and
# alternating (each round starts every program once, in an order shuffled anew each round
# from a fixed seed, so a run can be repeated; with a rotating order each program always
# followed the same one, and what ran just before moves a start by up to 3 ms):
#   selfmx-console (profile stored)   the command people type, no arguments: it loads the
#                                     window module (lib/selfmx-console/selfmx-window.so)
#                                     and runs it in its own process, which opens the main
#                                     window and loads the default profile
#   selfmx-console (first start)      no profile yet: the setup wizard alone (the main window
#                                     opens when it closes: ui/consolestart.h)
#   selfmx-console-gui (directly)     the window as a program of its own, main window
#                                     (for the record; the targets are for the above)
#   minimal_widgets                   QApplication + one QLabel (bench/minimal_widgets.cpp)
# Each program prints "painted" once its windows got their first Paint event
# (SELFMX_EXIT_AFTER_FIRST_PAINT=1 for ours), then its VmRSS after the queued events, and
# quits. The time is the wall time from spawning the process to reading "painted" on its
# stdout, measured from outside. Under Xvfb (QT_QPA_PLATFORM=xcb, the real thing), then
# offscreen as a second table. Prints Markdown tables for the README and checks the
# targets of issue 10: ours <= 1.5 x minimal_widgets, idle RSS <= 60 MiB.
# Needs a build with SELFMX_BUILD_BENCH=ON (the default) and Xvfb (scripts/install-deps.sh).
# SELFMX_MODULE_DIR=/nonexistent bench/startup.sh times the window's fallback: without its
# module, selfmx-console loads the command line's, which execs selfmx-console-gui.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rounds=${2:-20}
for f in "$build/app/selfmx-console" "$build/app/selfmx-console-gui" "$build/bench/minimal_widgets"; do
  [[ -x $f ]] || { echo "build first: cmake --build $build (with SELFMX_BUILD_BENCH=ON)" >&2; exit 1; }
done
command -v Xvfb >/dev/null || { echo "Xvfb is missing: scripts/install-deps.sh" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/selfmx-bench-startup.XXXXXX")
xvfb_pid=
cleanup() {
  if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Two throw-away configurations: one with a stored profile (the main window opens), one
# empty (first start: the wizard opens alone). The file is what ProfileStore writes
# ($XDG_CONFIG_HOME/SelfMX/selfmx-console/profiles.ini). The profile is the default, so the
# window loads it at start (MainWindow::restoreSession); it has no password, so the
# keychain is not asked (a profile with one would add the Secret Service's round trip).
mkdir -p "$work/stored/SelfMX/selfmx-console" "$work/first"
cat > "$work/stored/SelfMX/selfmx-console/profiles.ini" <<'INI'
[General]
defaultProfile=3f0c2a5e-0000-4000-8000-000000000001

[3f0c2a5e-0000-4000-8000-000000000001]
name=Bench
provider=custom
region=
SMTP_HOST=smtp.example.com
SMTP_PORT=587
SMTP_USER=bench@example.com
hasPassword=false
hasApiKey=false
INI

# A private X server on a free display number.
display=
for n in $(seq 90 140); do
  [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
  Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do
    [[ -e /tmp/.X11-unix/X$n ]] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    python3 -c 'import time; time.sleep(0.05)'
  done
  if [[ -e /tmp/.X11-unix/X$n ]]; then display=:$n; break; fi
  xvfb_pid=
done
[[ -n $display ]] || { echo "could not start Xvfb" >&2; cat "$work/xvfb.log" >&2; exit 1; }

python3 - "$build" "$rounds" "$work" "$display" <<'PY'
import os, random, statistics, subprocess, sys, time

build, rounds, work, display = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
base = {k: v for k, v in os.environ.items()
        if not k.startswith(("SMTP_", "QT_", "API_KEY", "WAYLAND_", "DBUS_SESSION"))}
base["DISPLAY"] = display

def programs(platform):
    env = dict(base, QT_QPA_PLATFORM=platform)
    ours = dict(env, SELFMX_EXIT_AFTER_FIRST_PAINT="1")
    return [
        ("selfmx-console, main window (default profile loaded)", [f"{build}/app/selfmx-console"],
         dict(ours, XDG_CONFIG_HOME=f"{work}/stored")),
        ("selfmx-console, first start (the setup wizard)", [f"{build}/app/selfmx-console"],
         dict(ours, XDG_CONFIG_HOME=f"{work}/first")),
        ("selfmx-console-gui run directly, main window", [f"{build}/app/selfmx-console-gui"],
         dict(ours, XDG_CONFIG_HOME=f"{work}/stored")),
        ("minimal Qt Widgets program (one QLabel)", [f"{build}/bench/minimal_widgets"],
         dict(env, XDG_CONFIG_HOME=f"{work}/first")),
    ]

def run(argv, env):
    start = time.perf_counter()
    p = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    painted = None
    rss = None
    for line in p.stdout:
        if line.strip() == "painted" and painted is None:
            painted = (time.perf_counter() - start) * 1000
        elif line.startswith("rss-kib "):
            rss = int(line.split()[1])
    if p.wait(timeout=30) != 0 or painted is None or rss is None:
        sys.exit(f"{argv[0]} did not report its first paint (exit {p.returncode})")
    return painted, rss

for platform, label in (("xcb", "xcb (Xvfb)"), ("offscreen", "offscreen")):
    ps = programs(platform)
    for _, argv, env in ps:  # warm the page cache
        run(argv, env)
    times = {name: [] for name, _, _ in ps}
    rss = {name: [] for name, _, _ in ps}
    shuffle = random.Random(20261130).shuffle
    for r in range(rounds):
        order = list(ps)
        shuffle(order)
        for name, argv, env in order:
            t, m = run(argv, env)
            times[name].append(t)
            rss[name].append(m)
    med = {n: statistics.median(t) for n, t in times.items()}
    p90 = {n: sorted(t)[max(0, int(len(t) * 0.9) - 1)] for n, t in times.items()}
    mib = {n: statistics.median(m) / 1024 for n, m in rss.items()}
    floor = med["minimal Qt Widgets program (one QLabel)"]
    print(f"\n**{label}**, {rounds} alternating rounds, wall time from spawn to first paint:\n")
    print("| program | median (ms) | p90 (ms) | vs. minimal | idle RSS (MiB) |")
    print("|---|---|---|---|---|")
    for n, _, _ in ps:
        print(f"| {n} | {med[n]:.1f} | {p90[n]:.1f} | {med[n] / floor:.2f} | {mib[n]:.1f} |")
    verdicts = []
    for n, _, _ in ps[:2]:
        ratio = med[n] / floor
        verdicts.append(f"{n.split(', ')[1]}: {ratio:.2f} x ({'met' if ratio <= 1.5 else 'NOT met'}), "
                        f"{mib[n]:.1f} MiB ({'met' if mib[n] <= 60 else 'NOT met'})")
    print("\nTargets (<= 1.5 x minimal, idle RSS <= 60 MiB): " + "; ".join(verdicts) + ".")
print(f"\n{os.cpu_count()} cores; {time.strftime('%Y-%m-%d', time.gmtime())}.")
PY
