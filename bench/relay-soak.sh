#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#
# bench/relay-soak.sh [BUILD_DIR] [RATE] [SECONDS]: the relay held at a steady rate (default
# 6000 messages/s asked; about 5400/s reached on 2 cores, more than half of what bench/relay.sh
# measures it delivering, since the pacing gap comes on top of each request's latency) for
# SECONDS (default 300), 1 KiB messages over 50 connections, delivering into smtp-sink with
# the durable queue on. wrk paces each connection with its delay() hook (a fixed gap
# between one connection's requests, so the rate holds while latency stays below the gap).
# Every 10 s it samples the relay's RSS and queue depth; at the end it prints the samples,
# the rate reached and whether the targets of issue 9 hold: RSS flat (the last minute's
# peak within 10 % of the first minute's) and no queue growth (depth at the end no larger
# than one second of traffic). Exit 1 when one does not.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rate=${2:-6000}
seconds=${3:-300}
connections=50
# shellcheck source=bench/relay-setup.sh
source bench/relay-setup.sh
gap_ms=$(python3 -c "print(max(1, round(1000 * $connections / $rate)))")
{ cat "$work/post.lua"; echo "function delay() return $gap_ms end"; } >"$work/soak.lua"

rss() { awk '/VmRSS/ {print $2}' /proc/"$relay"/status; }

wrk -t2 -c$connections -d${seconds}s --latency -s "$work/soak.lua" "http://127.0.0.1:$relay_port/emails" >"$work/wrk.txt" &
load=$!
: >"$work/samples"
elapsed=0
while kill -0 $load 2>/dev/null; do
  sleep 10
  elapsed=$((elapsed + 10))
  echo "$elapsed $(rss) $(metric selfmx_relay_queue_depth) $(metric selfmx_relay_accepted_total) $(metric selfmx_relay_delivered_total)" >>"$work/samples"
done
wait $load || true

echo "| t (s) | relay RSS (MiB) | queue depth | accepted | delivered |"
echo "|---|---|---|---|---|"
awk '{printf "| %s | %.1f | %s | %s | %s |\n", $1, $2 / 1024, $3, $4, $5}' "$work/samples"
echo
grep -E "Requests/sec|99%" "$work/wrk.txt" || true
python3 - "$work/samples" "$rate" "$seconds" <<'PY'
import sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if len(l.split()) == 5]
rate, seconds = float(sys.argv[2]), float(sys.argv[3])
first = [r[1] for r in rows if r[0] <= 60] or [rows[0][1]]
last = [r[1] for r in rows if r[0] > rows[-1][0] - 60] or [rows[-1][1]]
reached = rows[-1][3] / rows[-1][0]
flat = max(last) <= 1.10 * max(first)
depth_ok = rows[-1][2] <= rate
print(f"\nrate asked {rate:.0f}/s, accepted {reached:.0f}/s over {rows[-1][0]:.0f} s")
print(f"RSS first minute peak {max(first)/1024:.1f} MiB, last minute peak {max(last)/1024:.1f} MiB: {'flat (met)' if flat else 'GROWING (not met)'}")
print(f"queue depth at the end {rows[-1][2]:.0f} (limit: one second of traffic, {rate:.0f}): {'no growth (met)' if depth_ok else 'GROWING (not met)'}")
sys.exit(0 if flat and depth_ok else 1)
PY
