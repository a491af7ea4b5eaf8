#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# bench/oneclick.sh [BUILD_DIR] [ROUNDS]: the one-click test, whole process against whole
# process, in one run and alternating (each round runs every client once, in an order
# shuffled anew each round from a fixed seed: with a rotating order each client always
# followed the same one, and what ran just before can move a start), against a Postfix of
# its own (tests/support/postfix, STARTTLS on the submission port and implicit TLS,
# certificate verified against the run's CA, AUTH, QUIT and its 221):
#   selfmx-console test               the command people type
#   oneclick_qt                       a minimal Qt Core + Network client from the same build
#                                     (the floor for Qt TLS in a fresh process)
#   python3 smtplib                   starttls(), login(), quit()
#   swaks (Debian)                    --tls --tls-verify --quit-after AUTH
# and then the window's Test button clicked 20 times in one process (bench/secondclick),
# whose later clicks have their own target (<= 5 ms).
# Prints a Markdown table for the README (median and 90th percentile wall time per run,
# ratios of medians) and checks the targets of issue 11: ours <= 1.2 x oneclick_qt and
# <= 0.3 x swaks. Needs a build with SELFMX_BUILD_BENCH=ON (the default) and swaks.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rounds=${2:-40}
for f in "$build/app/selfmx-console" "$build/bench/oneclick_qt" "$build/bench/secondclick"; do
  [[ -x $f ]] || { echo "build first: cmake --build $build (with SELFMX_BUILD_BENCH=ON)" >&2; exit 1; }
done
command -v swaks >/dev/null || { echo "swaks is missing: scripts/install-deps.sh" >&2; exit 1; }

pfdir=$(mktemp -d "${TMPDIR:-/tmp}/selfmx-bench-postfix.XXXXXX")
chmod 755 "$pfdir"
trap 'tests/support/postfix/postfix-fixture.sh stop "$pfdir" >/dev/null 2>&1 || true; rm -rf "$pfdir"' EXIT
tests/support/postfix/postfix-fixture.sh start "$pfdir" >/dev/null
# shellcheck disable=SC1091
source "$pfdir/postfix.env"

python3 - "$build" "$rounds" "$POSTFIX_SUBMISSION_PORT" "$POSTFIX_IMPLICIT_PORT" "$POSTFIX_CA_FILE" \
  "$POSTFIX_USER1" "$POSTFIX_PASS1" <<'PY'
import os, random, statistics, subprocess, sys, time

build, rounds, sub, imp, ca, user, password = sys.argv[1], int(sys.argv[2]), *sys.argv[3:]
host = "127.0.0.1"
smtplib_script = r'''
import smtplib, ssl, sys
host, port, ca, user, password, mode = sys.argv[1:]
context = ssl.create_default_context(cafile=ca)
if mode == "implicit":
    s = smtplib.SMTP_SSL(host, int(port), context=context)
else:
    s = smtplib.SMTP(host, int(port))
    s.starttls(context=context)
s.login(user, password)
s.quit()
'''

def clients(port, mode):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMTP_")}
    ours_env = dict(env, SMTP_HOST=host, SMTP_PORT=port, SMTP_TLS_CA_FILE=ca, SMTP_USER=user, SMTP_PASS=password,
                    SMTP_TLS_MODE=mode)
    swaks = ["swaks", "--server", f"{host}:{port}", "--tls-verify", "--tls-ca-path", ca, "--auth", "PLAIN",
             "--auth-user", user, "--auth-password", password, "--quit-after", "AUTH", "--silent", "3"]
    swaks.insert(3, "--tlsc" if mode == "implicit" else "--tls")
    return [
        ("selfmx-console test", [f"{build}/app/selfmx-console", "test"], ours_env),
        ("minimal Qt Core+Network client", [f"{build}/bench/oneclick_qt", host, port, mode, ca, user, password], env),
        ("python3 smtplib", ["python3", "-c", smtplib_script, host, port, ca, user, password, mode], env),
        ("swaks", swaks, env),
    ]

def run(argv, env):
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000

for port, mode, label in ((sub, "starttls", "STARTTLS (submission port)"), (imp, "implicit", "implicit TLS")):
    cs = clients(port, mode)
    for _, argv, env in cs:  # warm the page cache and Postfix's processes
        run(argv, env)
    times = {name: [] for name, _, _ in cs}
    shuffle = random.Random(20261130).shuffle
    for r in range(rounds):
        order = list(cs)
        shuffle(order)
        for name, argv, env in order:
            times[name].append(run(argv, env))
    med = {n: statistics.median(t) for n, t in times.items()}
    p90 = {n: sorted(t)[int(len(t) * 0.9) - 1] for n, t in times.items()}
    floor = med["minimal Qt Core+Network client"]
    print(f"\n**{label}**, {rounds} alternating rounds, wall time of the whole process:\n")
    print("| client | median (ms) | p90 (ms) | vs. minimal Qt client |")
    print("|---|---|---|---|")
    for n, _, _ in cs:
        print(f"| {n} | {med[n]:.1f} | {p90[n]:.1f} | {med[n] / floor:.2f} |")
    ours = med["selfmx-console test"]
    print(f"\nTargets: ours <= 1.2 x minimal Qt: {ours / floor:.2f} "
          f"({'met' if ours <= 1.2 * floor else 'NOT met'}); ours <= 0.3 x swaks: {ours / med['swaks']:.2f} "
          f"({'met' if ours <= 0.3 * med['swaks'] else 'NOT met'}).")
    # The window: the real TestPanel clicked again and again in one process (bench/secondclick.cpp).
    second = subprocess.run([f"{build}/bench/secondclick", "20"], env=dict(clients(port, mode)[0][2], QT_QPA_PLATFORM="offscreen"),
                            check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.split()
    fields = dict(f.split("=") for f in second)
    print(f"\nThe window's Test button (TestPanel, in one process): first click {fields['first_ms']} ms, later clicks "
          f"median {fields['median_ms']} / p90 {fields['p90_ms']} ms (target <= 5 ms: "
          f"{'met' if float(fields['median_ms']) <= 5 else 'NOT met'}).")
print(f"\n{os.cpu_count()} cores; {time.strftime('%Y-%m-%d', time.gmtime())}.")
PY
